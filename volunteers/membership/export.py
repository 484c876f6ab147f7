"""A scheme's member list as CSV, for its coordinators and its force's admins."""

from datetime import date

from volunteers import audit
from volunteers.membership.queries import MemberFilters, MemberRow, member_rows
from volunteers.models import CheckKind, Scheme, User
from volunteers.permissions import require
from volunteers.transaction import service

CSV_HEADER = ("name", "email", "phone", "role", "status", "status_since", *(kind.value for kind in CheckKind))


def _csv_check(row: MemberRow, kind: CheckKind) -> str:
    item = next((item for item in row.items if item.kind == kind), None)
    if item is None:
        return ""
    if item.check is None:
        return item.state.value
    until = f" until {item.expires_on.isoformat()}" if item.expires_on else ""
    return f"{item.state.value}: {item.check.completed_on.isoformat()}{until}"


@service
def export_members(actor: User, scheme: Scheme, filters: MemberFilters, today: date) -> list[tuple]:
    """The member list as CSV rows, for the scheme's own coordinators and its force's admins only.

    Taking personal data away in bulk is recorded in the audit trail.
    """
    require(actor, "scheme.manage_members", scheme)
    rows = member_rows(scheme, today, filters)
    audit.record(
        actor,
        "scheme.members_exported",
        scheme,
        after={"rows": len(rows), "status": filters.status, "attention": filters.attention},
    )
    return [
        (
            row.membership.user.name,
            row.membership.user.email,
            row.membership.user.phone,
            row.membership.role.value,
            row.membership.status.value,
            row.membership.status_changed_at.date().isoformat(),
            *(_csv_check(row, kind) for kind in CheckKind),
        )
        for row in rows
    ]
