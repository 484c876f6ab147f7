"""What onboarding's audit actions are called on membership histories and the audit pages."""

from flask_babel import lazy_gettext as _l

AUDIT_ACTIONS = {
    "membership.invited": _l("Invited"),
    "membership.invitation_resent": _l("Invitation sent again"),
    "membership.invitation_cancelled": _l("Invitation cancelled"),
    "membership.applied": _l("Applied"),
    "membership.check_recorded": _l("Check recorded"),
    "membership.check_withdrawn": _l("Check withdrawn as recorded by mistake"),
    "membership.activated": _l("Became an active member"),
    "membership.code_of_conduct_signed": _l("Signed the code of conduct"),
    "membership.date_of_birth_corrected": _l("Date of birth corrected"),
    "membership.made_coordinator": _l("Made a coordinator of the scheme"),
    "membership.coordinator_removed": _l("No longer a coordinator of the scheme"),
    "membership.suspended": _l("Suspended"),
    "membership.reinstated": _l("Reinstated"),
    "membership.ended": _l("Membership ended"),
    "membership.left": _l("Left the scheme"),
    "membership.retention_purged": _l("Old requests to join and unused invitations deleted"),
    "interest.expressed": _l("Asked to join"),
    "interest.declined": _l("Request to join declined"),
}
