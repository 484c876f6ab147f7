"""Who may do what in a Youth Commission's safeguarding: guardians' consent and events.

The facilitator (the scheme's coordinator) runs the commission's events and keeps in touch with
guardians, so only they (and their force's admins, who manage memberships) see a guardian's name
and email or which young person's consent is missing. Officers of the area see none of it.
"""

from volunteers.models import SchemeKind, User
from volunteers.permissions import coordinates, is_admin_of


def _is_youth(scheme) -> bool:
    return scheme.kind == SchemeKind.YOUTH


def _facilitates(user: User, scheme) -> bool:
    """The commission's acting facilitator, whose own vetting (DBS included) is in date."""
    return _is_youth(scheme) and coordinates(user, scheme.id)


def _looks_after(user: User, scheme) -> bool:
    return _is_youth(scheme) and (coordinates(user, scheme.id) or is_admin_of(user, scheme.force_id))


def _guardian_of(user: User, membership) -> bool:
    """A young person's guardian and their consent (seeing them, asking again): the facilitator and
    the force's admins, never the young person's own account."""
    return membership.user_id != user.id and _looks_after(user, membership.scheme)


def _view_scheme_guardians(user: User, scheme) -> bool:
    return _looks_after(user, scheme)


def _manage_events(user: User, scheme) -> bool:
    return _facilitates(user, scheme)


def _view_events(user: User, scheme) -> bool:
    return _looks_after(user, scheme)


def _view_event(user: User, event) -> bool:
    """An event's page names who has consent and who came: the facilitator and the admins."""
    return _looks_after(user, event.scheme)


def _manage_event(user: User, event) -> bool:
    return _facilitates(user, event.scheme)


RULES = {
    "youth.guardian.view": _guardian_of,
    "youth.guardian.ask": _guardian_of,
    "youth.scheme.view_guardians": _view_scheme_guardians,
    "youth.scheme.manage_events": _manage_events,
    "youth.scheme.view_events": _view_events,
    "youth.event.view": _view_event,
    "youth.event.manage": _manage_event,
}
