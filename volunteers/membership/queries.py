"""Reading memberships for pages, the API and emails: member lists with their checklists, a
coordinator's counts, applications, invitations, schemes taking interest. Nothing here changes
anything.
"""

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from volunteers import vetting
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership.models import (
    ExpressionOfInterest,
    InterestStatus,
    MembershipApplication,
    VolunteerProfile,
)
from volunteers.models import (
    Area,
    AuditEvent,
    ForceAdmin,
    Membership,
    MembershipRole,
    MembershipStatus,
    OneTimeToken,
    Scheme,
    TokenPurpose,
    User,
)
from volunteers.permissions import can
from volunteers.tokens import find_usable_token

MEMBER_STATUS_FILTERS = ("", "all", *(status.value for status in MembershipStatus))
ATTENTION_FILTERS = ("", "any", "missing", "due_soon", "expired")


def managers_of(scheme: Scheme) -> list[User]:
    """Who hears about a scheme's applications and interest: its coordinators, or its force's admins."""
    coordinators = db.session.scalars(
        sa.select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(
            Membership.scheme_id == scheme.id,
            Membership.role == MembershipRole.COORDINATOR,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(User.id)
    ).all()
    if coordinators:
        return list(coordinators)
    return list(
        db.session.scalars(
            sa.select(User)
            .join(ForceAdmin, ForceAdmin.user_id == User.id)
            .where(ForceAdmin.force_id == scheme.force_id)
        )
    )


def member_name(viewer: User, membership: Membership) -> str:
    """The member's name as this viewer may read it: in full for whoever may see their contact
    details, otherwise as their scheme kind allows (a young person's first name only)."""
    if can(viewer, "membership.view_contact", membership):
        return membership.user.display_name
    return vetting.policy_for(membership).name_without_contact(membership)


def profile_of(user: User) -> VolunteerProfile | None:
    return db.session.scalar(sa.select(VolunteerProfile).where(VolunteerProfile.user_id == user.id))


def application_of(membership: Membership) -> MembershipApplication | None:
    return db.session.scalar(
        sa.select(MembershipApplication).where(MembershipApplication.membership_id == membership.id)
    )


def invitation_for_link(secret: str) -> OneTimeToken | None:
    """The invitation behind a link, if the link is genuine, unused, in date and still awaited."""
    token = find_usable_token(TokenPurpose.INVITATION, secret)
    if token is None or token.membership is None or token.membership.status != MembershipStatus.INVITED:
        return None
    return token


def open_invitation(membership: Membership) -> OneTimeToken | None:
    """The newest invitation link of a membership that can still be used, for its expiry date."""
    token = db.session.scalar(
        sa.select(OneTimeToken)
        .where(OneTimeToken.purpose == TokenPurpose.INVITATION, OneTimeToken.membership_id == membership.id)
        .order_by(OneTimeToken.id.desc())
        .limit(1)
    )
    return token if token is not None and token.is_usable_at(utcnow()) else None


def interest_for(scheme: Scheme, status: InterestStatus, limit: int = 200) -> list[ExpressionOfInterest]:
    order = ExpressionOfInterest.created_at if status == InterestStatus.NEW else ExpressionOfInterest.decided_at.desc()
    return db.session.scalars(
        sa.select(ExpressionOfInterest)
        .where(ExpressionOfInterest.scheme_id == scheme.id, ExpressionOfInterest.status == status)
        .order_by(order)
        .limit(limit)
    ).all()


def scheme_or_none(scheme_id: str) -> Scheme | None:
    """The scheme a query-string id names, or None for anything that is not one."""
    if not scheme_id.isdigit() or len(scheme_id) > 9:
        return None
    return db.session.get(Scheme, int(scheme_id))


def schemes_taking_interest(search: str = "") -> sa.Select:
    """Schemes the public may ask to join, by area then name, optionally narrowed by a search."""
    query = (
        sa.select(Scheme)
        .join(Area, Area.id == Scheme.area_id)
        .where(Scheme.accepts_interest.is_(True))
        .order_by(Area.name, Scheme.name, Scheme.id)
        .options(selectinload(Scheme.area))
    )
    search = search.strip()[:100]
    if search:
        query = query.where(
            sa.or_(Scheme.name.icontains(search, autoescape=True), Area.name.icontains(search, autoescape=True))
        )
    return query


# --- The coordinator's views of a scheme --------------------------------------------------------

# Those a coordinator is waiting to vet, and the member list's status filter that shows them.
AWAITING_VETTING = (MembershipStatus.APPLIED, MembershipStatus.VETTING)
TO_VET = "to_vet"


@dataclass(frozen=True)
class MemberFilters:
    """`status`: "" for everyone but those who left, "all", TO_VET (applied or being vetted: whom
    the coordinator is to vet), or one status; `attention`: which items."""

    status: str = ""
    attention: str = ""
    name: str = ""


@dataclass
class MemberRow:
    """One membership with its checklist as it stands today (empty before the person applies)."""

    membership: Membership
    items: list[vetting.ChecklistItem] = field(default_factory=list)

    def _with(self, *states: vetting.ItemState) -> list[vetting.ChecklistItem]:
        return [item for item in self.items if item.state in states]

    @property
    def missing(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.MISSING, vetting.ItemState.OLD_VERSION)

    @property
    def expired(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.EXPIRED)

    @property
    def due_soon(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.DUE_SOON)

    def matches(self, attention: str) -> bool:
        if attention == "missing":
            return bool(self.missing)
        if attention == "expired":
            return bool(self.expired)
        if attention == "due_soon":
            return bool(self.due_soon)
        if attention == "any":
            return bool(self.missing or self.expired or self.due_soon)
        return True


def _has_checklist(membership: Membership) -> bool:
    return membership.status not in (MembershipStatus.INVITED, MembershipStatus.LEFT)


def member_row(membership: Membership, today: date) -> MemberRow:
    items = vetting.checklist(membership, today) if _has_checklist(membership) else []
    return MemberRow(membership, items)


def member_rows(
    scheme: Scheme, today: date, filters: MemberFilters = MemberFilters(), viewer: User | None = None
) -> list[MemberRow]:
    """The scheme's memberships with their checklists, filtered, coordinators first then by name;
    for a `viewer`, the name searched for must be in the name they are shown (an officer cannot
    find a young person by a surname they are not told)."""
    query = (
        sa.select(Membership)
        .join(User, User.id == Membership.user_id)
        .where(Membership.scheme_id == scheme.id)
        .options(selectinload(Membership.user), selectinload(Membership.checks))
        .order_by(sa.case((Membership.role == MembershipRole.COORDINATOR, 0), else_=1), User.name, Membership.id)
    )
    if filters.status == "":
        query = query.where(Membership.status != MembershipStatus.LEFT)
    elif filters.status == TO_VET:
        query = query.where(Membership.status.in_(AWAITING_VETTING))
    elif filters.status != "all":
        query = query.where(Membership.status == MembershipStatus(filters.status))
    name = filters.name.strip()[:100]
    if name:
        query = query.where(User.name.icontains(name, autoescape=True))
    rows = (member_row(membership, today) for membership in db.session.scalars(query))
    return [
        row
        for row in rows
        if row.matches(filters.attention)
        and (not name or viewer is None or name.casefold() in member_name(viewer, row.membership).casefold())
    ]


@dataclass(frozen=True)
class SchemeSummary:
    scheme: Scheme
    active: int
    awaiting_vetting: int
    invited: int
    suspended: int
    needing_attention: int
    new_interest: int


def scheme_summary(scheme: Scheme, today: date) -> SchemeSummary:
    """Counts for a coordinator's dashboard: who is waiting for them and what is running out."""
    rows = member_rows(scheme, today)
    by_status = {status: sum(1 for row in rows if row.membership.status == status) for status in MembershipStatus}
    new_interest = db.session.scalar(
        sa.select(sa.func.count(ExpressionOfInterest.id)).where(
            ExpressionOfInterest.scheme_id == scheme.id, ExpressionOfInterest.status == InterestStatus.NEW
        )
    )
    return SchemeSummary(
        scheme=scheme,
        active=by_status[MembershipStatus.ACTIVE],
        awaiting_vetting=sum(by_status[status] for status in AWAITING_VETTING),
        invited=by_status[MembershipStatus.INVITED],
        suspended=by_status[MembershipStatus.SUSPENDED],
        needing_attention=sum(
            1 for row in rows if row.membership.status == MembershipStatus.ACTIVE and row.matches("any")
        ),
        new_interest=int(new_interest or 0),
    )


def coordinated_schemes(user: User) -> list[Scheme]:
    """The schemes a person coordinates and may manage today."""
    schemes = [m.scheme for m in user.memberships if m.is_acting_coordinator]
    return sorted((s for s in schemes if can(user, "scheme.manage_members", s)), key=lambda s: s.name)


def lapsed_coordinator_schemes(user: User) -> list[Scheme]:
    """Schemes a person coordinates but may not manage now, because their own vetting lapsed."""
    return [
        m.scheme
        for m in user.memberships
        if m.is_acting_coordinator and not can(user, "scheme.manage_members", m.scheme)
    ]


def membership_history(membership: Membership) -> list[AuditEvent]:
    """What happened to a membership, oldest first, from the audit trail."""
    return db.session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.subject_type == "membership", AuditEvent.subject_id == str(membership.id))
        .order_by(AuditEvent.seq)
    ).all()
