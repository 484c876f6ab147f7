"""Who may see what of a membership beyond the shared rules in `volunteers.permissions`."""

from volunteers.models import Membership, User, VettingCheck
from volunteers.permissions import can, is_admin_of, is_officer_of


def _manages_scheme(user: User, scheme) -> bool:
    return can(user, "scheme.manage_members", scheme)


def _view_members(user: User, scheme) -> bool:
    """Coordinators and admins manage the member list; officers of the area may read it."""
    return _manages_scheme(user, scheme) or is_officer_of(user, scheme.area_id)


def _view_contact(user: User, membership: Membership) -> bool:
    """Contact details and date of birth: the person, and whoever vets them (their coordinator, the
    force's admins). Officers of the area see a member's name and vetting checks only, as the
    privacy notice on the application says; they reach a volunteer through the coordinator."""
    return membership.user_id == user.id or _manages_scheme(user, membership.scheme)


def _view_application(user: User, membership: Membership) -> bool:
    """Why someone applied and their accessibility needs are for them and whoever vets them."""
    return membership.user_id == user.id or _manages_scheme(user, membership.scheme)


def _withdraw_check(user: User, check: VettingCheck) -> bool:
    """Whoever may manage the membership (never the member themself) withdraws a mistaken check."""
    return can(user, "membership.manage", check.membership)


def _change_role(user: User, membership: Membership) -> bool:
    """Who coordinates a scheme is its force's admins' decision, and never about themself."""
    return membership.user_id != user.id and is_admin_of(user, membership.force_id)


def _decide_interest(user: User, interest) -> bool:
    return _manages_scheme(user, interest.scheme)


RULES = {
    "scheme.view_members": _view_members,
    "membership.view_contact": _view_contact,
    "membership.view_application": _view_application,
    "membership.withdraw_check": _withdraw_check,
    "membership.change_role": _change_role,
    "interest.decide": _decide_interest,
}
