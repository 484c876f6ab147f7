"""What Community Speed Watch adds to people's home pages and navigation."""

from flask import url_for
from flask_babel import format_datetime, ngettext
from flask_babel import gettext as _

from volunteers.home import HomeLink, HomeSection, NavEntry, SchemeAction
from volunteers.models import MembershipStatus, SchemeKind, User
from volunteers.permissions import can
from volunteers.speedwatch import letters, queries
from volunteers.speedwatch.models import SessionStatus


def _in_a_speedwatch_scheme(user: User) -> bool:
    return any(
        m.scheme.kind == SchemeKind.SPEEDWATCH and m.status not in (MembershipStatus.LEFT, MembershipStatus.INVITED)
        for m in user.memberships
    )


NAV_ENTRIES = (NavEntry(lambda: _("Speed Watch"), "speedwatch.my_sessions", 12, _in_a_speedwatch_scheme),)
SCHEME_ACTIONS = (SchemeAction(SchemeKind.SPEEDWATCH, lambda: _("Sites and sessions"), "speedwatch.scheme"),)


def _session_link(session) -> HomeLink:
    when = format_datetime(session.starts_at, "EEEE d MMMM, HH:mm")
    if session.status == SessionStatus.RUNNING:
        return HomeLink(
            _("Record sightings at %(site)s", site=session.site.name),
            url_for("speedwatch.roadside", session_id=session.id),
            _("Running now: record vehicles at %(threshold)d mph or more", threshold=session.threshold),
        )
    return HomeLink(
        _("%(site)s, %(when)s", site=session.site.name, when=when),
        url_for("speedwatch.session", session_id=session.id),
        ngettext("%(num)d volunteer booked", "%(num)d volunteers booked", len(session.volunteers)),
    )


def _volunteer_sections(user: User) -> list[HomeSection]:
    if not _in_a_speedwatch_scheme(user):
        return []
    sessions = [s for s in queries.sessions_of_volunteer(user) if s.status in queries.OPEN_STATUSES]
    links = [_session_link(session) for session in sessions[:5]]
    for membership in user.memberships:
        scheme = membership.scheme
        if scheme.kind == SchemeKind.SPEEDWATCH and can(user, "speedwatch.scheme.coordinate", scheme):
            links.append(
                HomeLink(
                    _("Sites, devices and sessions of %(scheme)s", scheme=scheme.name),
                    url_for("speedwatch.scheme", scheme_id=scheme.id),
                    _("Propose a site, keep devices calibrated, book a session"),
                )
            )
    if not links:
        links.append(HomeLink(_("Your Speed Watch sessions"), url_for("speedwatch.my_sessions"), _("None booked yet")))
    return [HomeSection(_("Community Speed Watch"), 11, links=links)]


HOME_SECTIONS = {"speedwatch.volunteer": _volunteer_sections}


# --- Letters ----------------------------------------------------------------------------------


def _sees_letters(user: User) -> bool:
    return user.is_officer or user.is_admin


def _letter_sections(user: User) -> list[HomeSection]:
    """Officers: how many letters are due in their areas, waiting to go into a batch."""
    if not user.is_officer:
        return []
    due = letters.count_due_for_batch(user)
    links = [
        HomeLink(
            _("Speed Watch letters"),
            url_for("speedwatch_letters.letters_list"),
            ngettext("%(num)d letter due to go out", "%(num)d letters due to go out", due),
            count=due,
        )
    ]
    return [HomeSection(_("Community Speed Watch letters"), 12, links=links)]


NAV_ENTRIES += (NavEntry(lambda: _("Letters"), "speedwatch_letters.letters_list", 22, _sees_letters),)
HOME_SECTIONS["speedwatch.letters"] = _letter_sections
