"""Who may do what in reverse mentoring.

The commission's facilitator (its acting, vetted coordinator) and the force's admins arrange
pairings; the two people in a pairing log its meetings and give feedback, and only they; either
of them, the facilitator or an admin may end it. Only a force admin records an officer's DBS
check, and never their own.
"""

from volunteers.models import MembershipStatus, SchemeKind, User
from volunteers.permissions import coordinates, is_admin_of, may_submit_to


def _arrange(user: User, scheme) -> bool:
    """Pair a commission's young people with officers: its facilitator or the force's admins."""
    return scheme.kind == SchemeKind.YOUTH and (coordinates(user, scheme.id) or is_admin_of(user, scheme.force_id))


def _view_pairing(user: User, pairing) -> bool:
    """The two people in it, the commission's facilitator and the force's admins."""
    return (
        pairing.side_of(user) is not None or coordinates(user, pairing.scheme_id) or is_admin_of(user, pairing.force_id)
    )


def _log_meeting(user: User, pairing) -> bool:
    """Either side of an active pairing while the young person is an active member (the time is
    their volunteer hours); the young person themself only while cleared to take part."""
    if not pairing.is_active or pairing.membership.status != MembershipStatus.ACTIVE:
        return False
    if user.id == pairing.commissioner_id:
        return may_submit_to(user, pairing.scheme_id)
    return user.id == pairing.officer_id and user.is_officer


def _give_feedback(user: User, meeting) -> bool:
    """Only the two people who met say how a meeting went."""
    return meeting.pairing.side_of(user) is not None


def _end_pairing(user: User, pairing) -> bool:
    """Either side may end a pairing at any time, as may the facilitator and the force's admins."""
    return pairing.is_active and _view_pairing(user, pairing)


def _record_officer_dbs(user: User, officer: User) -> bool:
    """An admin of a force the officer serves in; nobody records their own check."""
    return officer.id != user.id and any(is_admin_of(user, a.area.force_id) for a in officer.officer_assignments)


RULES = {
    "youth.mentoring.arrange": _arrange,
    "youth.mentoring.view": _view_pairing,
    "youth.mentoring.log_meeting": _log_meeting,
    "youth.mentoring.give_feedback": _give_feedback,
    "youth.mentoring.end": _end_pairing,
    "youth.officer_dbs.record": _record_officer_dbs,
}
