"""Who may do what with a Youth Commission's consultations and recommendations.

The commission (its members and its facilitator) sees all of its own work. The police see a
recommendation only once it is sent, and only the addressed ones: the officers of the area for a
recommendation to the area, the force's admins for one to the whole force; they see approved
quotes only. Members draft, the facilitator checks quotes and approves, the addressed officers
respond and report progress, and the commission comments on the response.
"""

from volunteers.models import MembershipRole, SchemeKind, User
from volunteers.permissions import coordinates, is_admin_of, is_member, is_officer_of, may_submit_to
from volunteers.review import may_review
from volunteers.youth.models import Addressee, RecommendationStatus

NOT_YET_SENT = frozenset({RecommendationStatus.SUBMITTED, RecommendationStatus.RETURNED})


def _is_youth(scheme) -> bool:
    return scheme.kind == SchemeKind.YOUTH


def in_commission(user: User, scheme_id: int) -> bool:
    """A member (in any status but left) or the facilitator of the commission."""
    return is_member(user, scheme_id)


def _acts_for_commission(user: User, scheme_id: int) -> bool:
    """An active, vetted member or an acting facilitator: those who may speak for the commission."""
    return may_submit_to(user, scheme_id) or coordinates(user, scheme_id)


def _view_commission(user: User, scheme) -> bool:
    return _is_youth(scheme) and (
        in_commission(user, scheme.id) or is_officer_of(user, scheme.area_id) or is_admin_of(user, scheme.force_id)
    )


def _record_consultation(user: User, scheme) -> bool:
    return _is_youth(scheme) and _acts_for_commission(user, scheme.id)


def _draft_recommendation(user: User, scheme) -> bool:
    """Recommendations are the young people's own: an active, vetted member, not the facilitator."""
    membership = user.membership_of(scheme.id)
    return (
        _is_youth(scheme)
        and membership is not None
        and membership.role == MembershipRole.MEMBER
        and may_submit_to(user, scheme.id)
    )


def _view_consultation(user: User, consultation) -> bool:
    return _view_commission(user, consultation.scheme)


def _add_quote(user: User, consultation) -> bool:
    return _acts_for_commission(user, consultation.scheme_id)


def _check_quote(user: User, quote) -> bool:
    """The facilitator checks every quote before it is used anywhere."""
    return coordinates(user, quote.scheme_id)


def addressed_to(user: User, recommendation) -> bool:
    """The police a sent recommendation is addressed to."""
    if recommendation.addressee == Addressee.FORCE:
        return is_admin_of(user, recommendation.force_id)
    return is_officer_of(user, recommendation.area_id)


def _view_recommendation(user: User, recommendation) -> bool:
    if in_commission(user, recommendation.scheme_id):
        return True
    if recommendation.status in NOT_YET_SENT:
        return False
    return addressed_to(user, recommendation) or is_admin_of(user, recommendation.force_id)


def _edit_recommendation(user: User, recommendation) -> bool:
    return (
        recommendation.is_authored_by(user)
        and recommendation.status in NOT_YET_SENT
        and may_submit_to(user, recommendation.scheme_id)
    )


def _approve_recommendation(user: User, recommendation) -> bool:
    return coordinates(user, recommendation.scheme_id) and not recommendation.is_authored_by(user)


def _respond(user: User, recommendation) -> bool:
    """The addressed police, never someone who wrote it."""
    if recommendation.addressee == Addressee.FORCE:
        return is_admin_of(user, recommendation.force_id) and not recommendation.is_authored_by(user)
    return may_review(user, recommendation)


def _comment(user: User, recommendation) -> bool:
    return _acts_for_commission(user, recommendation.scheme_id)


def _comment_on_response(user: User, response) -> bool:
    return _comment(user, response.recommendation)


def _view_overdue(user: User, force) -> bool:
    return is_admin_of(user, force.id)


RECOMMENDATION_RULES = {
    "youth.commission.view": _view_commission,
    "youth.consultation.record": _record_consultation,
    "youth.consultation.view": _view_consultation,
    "youth.consultation.add_quote": _add_quote,
    "youth.quote.check": _check_quote,
    "youth.recommendation.draft": _draft_recommendation,
    "youth.recommendation.view": _view_recommendation,
    "youth.recommendation.edit": _edit_recommendation,
    "youth.recommendation.approve": _approve_recommendation,
    "youth.recommendation.respond": _respond,
    "youth.recommendation.update_progress": _respond,
    "youth.recommendation.comment": _comment,
    "youth.response.comment": _comment_on_response,
    "youth.overdue.view": _view_overdue,
}
