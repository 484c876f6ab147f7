"""What onboarding adds to people's home pages and navigation."""

from datetime import date

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _

from volunteers import vetting
from volunteers.extensions import db
from volunteers.home import HomeLink, HomeSection, NavEntry, scheme_actions_for
from volunteers.membership import queries
from volunteers.models import MembershipStatus, Scheme

# How many schemes an officer's home page lists before pointing elsewhere.
OFFICER_SCHEMES_SHOWN = 20

NAV_ENTRIES = (NavEntry(lambda: _("Coordinate"), "membership.coordinate", 10, lambda user: user.is_coordinator),)


def _volunteer_sections(user) -> list[HomeSection]:
    memberships = [m for m in user.memberships if m.status != MembershipStatus.LEFT]
    if not memberships:
        return []
    today = date.today()
    rows = [
        {
            "membership": membership,
            "blocking": [item for item in queries.member_row(membership, today).items if item.blocks],
            "cleared": vetting.is_cleared(membership, today),
            "actions": scheme_actions_for(user, membership.scheme),
        }
        for membership in sorted(memberships, key=lambda m: m.scheme.name)
    ]
    return [HomeSection(_("Your schemes"), 10, template="membership/_home_memberships.html", context={"rows": rows})]


def _coordinator_sections(user) -> list[HomeSection]:
    if not user.is_coordinator:
        return []
    today = date.today()
    summaries = [queries.scheme_summary(scheme, today) for scheme in queries.coordinated_schemes(user)]
    lapsed = queries.lapsed_coordinator_schemes(user)
    if not summaries and not lapsed:
        return []
    return [
        HomeSection(
            _("Schemes you coordinate"),
            8,
            template="membership/_home_coordinating.html",
            context={"summaries": summaries, "lapsed": lapsed},
        )
    ]


def _officer_sections(user) -> list[HomeSection]:
    if not user.is_officer:
        return []
    schemes = db.session.scalars(
        sa.select(Scheme)
        .where(Scheme.area_id.in_(user.officer_area_ids))
        .order_by(Scheme.name)
        .limit(OFFICER_SCHEMES_SHOWN + 1)
    ).all()
    if not schemes:
        return []
    links = [
        HomeLink(scheme.name, url_for("membership.scheme_members", scheme_id=scheme.id), scheme.area.name)
        for scheme in schemes[:OFFICER_SCHEMES_SHOWN]
    ]
    intro = _("Members and their vetting, for the schemes in your areas.")
    if len(schemes) > OFFICER_SCHEMES_SHOWN:
        intro += " " + _("The first %(count)d are shown.", count=OFFICER_SCHEMES_SHOWN)
    return [HomeSection(_("Schemes in your areas"), 6, intro=intro, links=links)]


HOME_SECTIONS = {
    "membership.volunteer": _volunteer_sections,
    "membership.coordinator": _coordinator_sections,
    "membership.officer": _officer_sections,
}
