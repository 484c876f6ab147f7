"""Who may see what of a membership beyond the shared rules in `volunteers.permissions`."""

from volunteers.models import Membership, MembershipRole, SchemeKind, User
from volunteers.permissions import coordinates, is_admin_of, is_officer_of, rule


def _manages_scheme(user: User, scheme) -> bool:
    return coordinates(user, scheme.id) or is_admin_of(user, scheme.force_id)


@rule("scheme.view_members")
def _view_members(user: User, scheme) -> bool:
    """Coordinators and admins manage the member list; officers of the area may read it."""
    return _manages_scheme(user, scheme) or is_officer_of(user, scheme.area_id)


@rule("membership.view_contact")
def _view_contact(user: User, membership: Membership) -> bool:
    """Contact details: the person, their coordinator, admins, and officers except for young people.

    Officers never see a young person's contact details; the facilitator (coordinator) does.
    """
    if membership.user_id == user.id or _manages_scheme(user, membership.scheme):
        return True
    is_young_person = membership.scheme.kind == SchemeKind.YOUTH and membership.role == MembershipRole.MEMBER
    return is_officer_of(user, membership.area_id) and not is_young_person


@rule("membership.view_application")
def _view_application(user: User, membership: Membership) -> bool:
    """Why someone applied and their accessibility needs are for them and whoever vets them."""
    return membership.user_id == user.id or _manages_scheme(user, membership.scheme)


@rule("interest.decide")
def _decide_interest(user: User, interest) -> bool:
    return _manages_scheme(user, interest.scheme)
