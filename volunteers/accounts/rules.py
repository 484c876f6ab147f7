"""What a person may do with their own account: their memberships and API tokens are theirs alone."""

from volunteers.models import ApiToken, Membership, User


def _own_membership(user: User, membership: Membership) -> bool:
    """Only the member leaves a scheme or signs its code of conduct for themself."""
    return membership.user_id == user.id


def _own_token(user: User, token: ApiToken) -> bool:
    return token.user_id == user.id


RULES = {
    "membership.leave": _own_membership,
    "membership.sign_code_of_conduct": _own_membership,
    "api_token.revoke": _own_token,
}
