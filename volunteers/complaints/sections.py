"""Where complaints show outside their own pages: the admins' navigation, and the conduct record on
a member's page for those the rules let read it."""

from flask_babel import gettext as _

from volunteers.complaints import queries
from volunteers.home import NavEntry
from volunteers.models import Membership, User
from volunteers.permissions import can

NAV_ENTRIES = (NavEntry(lambda: _("Complaints"), "complaints.complaints", 42, lambda user: user.is_admin),)


def conduct_record_section(viewer: User, membership: Membership) -> tuple[str, dict] | None:
    """The volunteer's conduct record, for their coordinator, the area's officers and the admins:
    the partial to include and what it shows, or None for anyone else."""
    if not can(viewer, "complaints.view_conduct", membership):
        return None
    return "complaints/_conduct_record.html", {"entries": queries.conduct_record(membership)}


MEMBERSHIP_SECTIONS = {"complaints.conduct_record": conduct_record_section}
