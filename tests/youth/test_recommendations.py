"""Recommendations from a member's draft to the police's response: approval sends with a deadline,
a late response is counted late, a refused response stores nothing, and every step is audited."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.youth.recommendation_factories import draft, make_youth_world, record_consultation, sent
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.youth import consultations, recommendations
from volunteers.youth.models import (
    Recommendation,
    RecommendationResponse,
    RecommendationStatus,
    ResponseOutcome,
)
from volunteers.youth.recommendations import response_figures


@pytest.fixture
def world(app):
    return make_youth_world()


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)))


def _respond(world, recommendation, outcome="accepted", reason="", now=None, **fields):
    return recommendations.respond(
        world.officer,
        recommendation,
        outcome,
        reason,
        fields.get("action_plan", "New lights by the skate park"),
        fields.get("owner", "Neighbourhood Inspector"),
        fields.get("due_on", date.today() + timedelta(days=60)),
        now=now,
    )


def test_a_member_drafts_and_the_facilitator_sends_it_with_a_deadline(world):
    recommendation = draft(world)
    assert recommendation.status == RecommendationStatus.SUBMITTED
    recommendations.decide_recommendation(world.facilitator, recommendation, True, "")
    assert recommendation.status == RecommendationStatus.SENT
    assert recommendations.days_left(recommendation) == 28
    assert len(_events("youth.recommendation.sent")) == 1
    assert _events("youth.recommendation.sent")[0].actor_id == world.facilitator.id


def test_the_facilitator_cannot_draft_and_a_member_cannot_approve(world):
    with pytest.raises(PermissionDenied):
        recommendations.draft_recommendation(world.facilitator, world.scheme, "T", "D", "area")
    recommendation = draft(world)
    with pytest.raises(PermissionDenied):
        recommendations.decide_recommendation(world.member, recommendation, True, "")


def test_returning_needs_a_reason_and_the_member_resubmits(world):
    recommendation = draft(world)
    with pytest.raises(InvalidInput) as refused:
        recommendations.decide_recommendation(world.facilitator, recommendation, False, "")
    assert "reason" in refused.value.errors
    recommendations.decide_recommendation(
        world.facilitator, recommendation, False, "Please say which park you mean in the detail"
    )
    assert recommendation.status == RecommendationStatus.RETURNED
    recommendations.edit_recommendation(world.member, recommendation, "Lights in Victoria Park", "Detail", "area")
    assert recommendation.status == RecommendationStatus.SUBMITTED


def test_a_response_after_the_deadline_is_counted_as_late(world):
    on_time = sent(world)
    late = sent(world, title="Youth drop-in at the station")
    _respond(world, on_time)
    _respond(world, late, now=late.response_due_at + timedelta(hours=1))
    assert on_time.answered_on_time() is True
    assert late.answered_on_time() is False
    figures = response_figures(force_id=world.force.id)
    assert (figures.answered, figures.answered_on_time, figures.share_on_time) == (2, 1, 0.5)
    assert _events("youth.recommendation.responded")[-1].after["on_time"] is False


def test_a_response_on_the_last_day_is_on_time(world):
    recommendation = sent(world)
    _respond(world, recommendation, now=recommendation.response_due_at - timedelta(minutes=1))
    assert recommendation.answered_on_time() is True


@pytest.mark.parametrize("outcome", ["not_accepted", "partly_accepted"])
def test_a_response_without_a_reason_is_refused_and_nothing_is_stored(world, outcome):
    recommendation = sent(world)
    before = len(db.session.scalars(sa.select(AuditEvent)).all())
    with pytest.raises(InvalidInput) as refused:
        _respond(world, recommendation, outcome, "")
    assert refused.value.errors["reason"] == ["Give the reason for your decision"]
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).status == RecommendationStatus.SENT
    assert db.session.scalars(sa.select(RecommendationResponse)).all() == []
    assert len(db.session.scalars(sa.select(AuditEvent)).all()) == before


def test_a_not_accepted_response_with_a_reason_is_recorded_once(world):
    recommendation = sent(world)
    _respond(
        world,
        recommendation,
        "not_accepted",
        "The park is the council's: we have passed it on.",
        action_plan="",
        owner="",
        due_on=None,
    )
    assert recommendation.response.outcome == ResponseOutcome.NOT_ACCEPTED
    with pytest.raises(Conflict):
        _respond(world, recommendation)


def test_officers_of_other_areas_and_the_author_cannot_respond(world):
    recommendation = sent(world)
    for stranger in (world.other_officer, world.member, world.admin):
        with pytest.raises(PermissionDenied):
            recommendations.respond(stranger, recommendation, "accepted", "", "Plan", "Owner", date.today())


def test_a_force_wide_recommendation_is_answered_by_the_forces_admins(world):
    recommendation = sent(world, addressee="force")
    with pytest.raises(PermissionDenied):
        _respond(world, recommendation)
    recommendations.respond(world.admin, recommendation, "accepted", "", "Plan", "Chief Inspector", date.today())
    assert recommendation.status == RecommendationStatus.RESPONDED


def test_progress_updates_run_until_implemented_and_the_commission_comments(world):
    recommendation = sent(world)
    response = _respond(world, recommendation)
    recommendations.record_progress(world.officer, recommendation, "in_progress", "Lights ordered")
    recommendations.record_progress(world.officer, recommendation, "implemented", "Lights are on")
    with pytest.raises(Conflict):
        recommendations.record_progress(world.officer, recommendation, "closed", "Again")
    recommendations.comment_on_response(world.member, response, "Thank you, it feels safer")
    assert [u.status.value for u in recommendation.updates] == ["in_progress", "implemented"]
    assert len(_events("youth.response.commented")) == 1


def test_only_checked_quotes_of_cited_consultations_can_be_cited(world):
    consultation = record_consultation(world)
    quote = consultations.add_quote(world.member, consultation, "It is too dark to walk home.")
    with pytest.raises(InvalidInput) as refused:
        draft(world, consultation_ids=[consultation.id], quote_ids=[quote.id])
    assert "quote_ids" in refused.value.errors
    consultations.approve_quote(world.facilitator, quote)
    recommendation = draft(world, consultation_ids=[consultation.id], quote_ids=[quote.id])
    assert recommendation.quotes == [quote]


def test_figures_give_the_median_days_to_answer(world):
    start = utcnow() - timedelta(days=20)
    for days in (2, 4, 9):
        recommendation = sent(world, now=start)
        _respond(world, recommendation, now=start + timedelta(days=days))
    figures = response_figures(scheme_id=world.scheme.id)
    assert figures.median_days_to_answer == 4.0
    assert figures.share_on_time == 1.0
