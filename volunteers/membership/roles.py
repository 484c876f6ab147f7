"""A member's role in their scheme: an admin makes them its coordinator, or takes the role away.

Coordinators invite and vet the members of their scheme, so only an admin of the scheme's force
changes who coordinates it, never for themself, always with a reason. A coordinator acts only
while their own membership is active and vetted (`permissions.coordinates`), so promoting someone
still being vetted takes effect when their vetting is complete. A scheme kind may refuse someone
as coordinator (a Youth Commission's facilitator must be an adult).
"""

import logging
from datetime import date

from flask_babel import gettext as _

from volunteers import audit, vetting
from volunteers.errors import Conflict
from volunteers.membership.lifecycle import checked_reason, tell_member
from volunteers.models import Membership, MembershipRole, MembershipStatus, User
from volunteers.permissions import require
from volunteers.transaction import service

log = logging.getLogger(__name__)

EVENTS = {
    MembershipRole.COORDINATOR: "membership.made_coordinator",
    MembershipRole.MEMBER: "membership.coordinator_removed",
}


def _refusal(membership: Membership, role: MembershipRole) -> str | None:
    if membership.status == MembershipStatus.INVITED:
        return _("This person has not accepted the invitation yet: invite them as a coordinator instead")
    if membership.status == MembershipStatus.LEFT:
        return _("This person has left the scheme")
    if membership.role == role:
        if role == MembershipRole.COORDINATOR:
            return _("This person is already a coordinator of the scheme")
        return _("This person is not a coordinator of the scheme")
    if role == MembershipRole.COORDINATOR:
        if membership.status == MembershipStatus.SUSPENDED:
            return _("A suspended member cannot be made a coordinator")
        return vetting.policy_for(membership).coordinator_problem(membership, date.today())
    return None


@service
def change_role(actor: User, membership: Membership, role: MembershipRole, reason: str) -> None:
    """Make a member the coordinator of their scheme, or take the coordinator role away; the person
    is told, and the audit trail keeps who did it and why."""
    require(actor, "membership.change_role", membership)
    refusal = _refusal(membership, role)
    if refusal:
        raise Conflict(refusal)
    reason = checked_reason(reason, _("Say why the role is changing"))
    before = membership.role
    membership.role = role
    audit.record(
        actor,
        EVENTS[role],
        membership,
        reason=reason,
        before={"role": before.value},
        after={"role": role.value, "status": membership.status.value},
    )
    scheme = membership.scheme.name
    if role == MembershipRole.COORDINATOR:
        subject = _("You are now a coordinator of %(scheme)s", scheme=scheme)
    else:
        subject = _("You are no longer a coordinator of %(scheme)s", scheme=scheme)
    tell_member(
        membership, "membership_role_changed", subject, reason=reason, coordinator=role == MembershipRole.COORDINATOR
    )
    log.info("membership %s: role %s -> %s by user %s", membership.id, before.value, role.value, actor.id)
