"""What onboarding's audit actions are called on membership histories and the audit pages."""

from flask_babel import lazy_gettext as _l

AUDIT_ACTIONS = {
    "membership.invited": _l("Invited"),
    "membership.invitation_resent": _l("Invitation sent again"),
    "membership.invitation_cancelled": _l("Invitation cancelled"),
    "membership.applied": _l("Applied"),
    "membership.check_recorded": _l("Check recorded"),
    "membership.activated": _l("Became an active member"),
    "membership.code_of_conduct_signed": _l("Signed the code of conduct"),
    "membership.suspended": _l("Suspended"),
    "membership.reinstated": _l("Reinstated"),
    "membership.ended": _l("Membership ended"),
    "membership.left": _l("Left the scheme"),
    "interest.expressed": _l("Asked to join"),
    "interest.declined": _l("Request to join declined"),
}
