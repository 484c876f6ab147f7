"""What guardians' consent and events add to people's home pages and navigation: a young member's
events, and for a facilitator their commission's events and guardians."""

from flask import url_for
from flask_babel import gettext as _

from volunteers.db_types import utcnow
from volunteers.home import HomeLink, HomeSection, NavEntry
from volunteers.models import MembershipRole, MembershipStatus, SchemeKind, User
from volunteers.permissions import can
from volunteers.youth import activities


def _young_member(user: User) -> bool:
    return any(
        m.scheme.kind == SchemeKind.YOUTH
        and m.role == MembershipRole.MEMBER
        and m.status not in (MembershipStatus.INVITED, MembershipStatus.LEFT)
        for m in user.memberships
    )


def _sections(user: User) -> list[HomeSection]:
    links = []
    if _young_member(user):
        upcoming = activities.upcoming_for(user, utcnow())
        links.append(
            HomeLink(
                _("Your Youth Commission events"),
                url_for("youth_events.my_events"),
                _("%(count)d coming up", count=len(upcoming)),
            )
        )
    for membership in user.memberships:
        scheme = membership.scheme
        if scheme.kind == SchemeKind.YOUTH and can(user, "youth.scheme.manage_events", scheme):
            links.append(
                HomeLink(
                    _("Events of %(scheme)s", scheme=scheme.name),
                    url_for("youth_events.scheme_events", scheme_id=scheme.id),
                    _("Arrange events, ask guardians, record who came"),
                )
            )
            links.append(
                HomeLink(
                    _("Guardians' consent in %(scheme)s", scheme=scheme.name),
                    url_for("youth_consent.scheme_guardians", scheme_id=scheme.id),
                    _("Members under 18 and where their guardian's consent stands"),
                )
            )
    return [HomeSection(_("Youth Commission"), 13, links=links)] if links else []


HOME_SECTIONS = {"youth.events": _sections}
NAV_ENTRIES = (NavEntry(lambda: _("Youth events"), "youth_events.my_events", 14, _young_member),)
