"""Recommendations awaiting a response in the officers' single queue: with the deadline and the
days left, an overdue one marked and first, only in the addressed area, gone once answered."""

from datetime import date, timedelta

import pytest

from tests.youth.recommendation_factories import make_youth_world, sent
from volunteers import review
from volunteers.db_types import utcnow
from volunteers.youth import recommendations
from volunteers.youth.queue import RECOMMENDATIONS_KIND


@pytest.fixture
def world(app):
    return make_youth_world()


def _items(officer):
    with_request = review.QueuePage(officer, review.QueueFilters(kind=RECOMMENDATIONS_KIND))
    return with_request.items


def test_the_queue_lists_sent_recommendations_with_days_left_and_orders_overdue_first(world, app):
    fresh = sent(world, title="Fresh one")
    overdue = sent(world, title="Overdue one", now=utcnow() - timedelta(days=40))
    with app.test_request_context():
        items = _items(world.officer)
    assert [item.id for item in items] == [overdue.id, fresh.id]
    assert items[0].overdue and items[0].urgent
    late_by = -recommendations.days_left(overdue)
    assert late_by >= 11  # forty days ago, a 28-day deadline (the local day may differ from UTC's)
    assert items[0].notes[0] == f"Overdue by {late_by} days"
    assert not items[1].overdue
    assert items[1].notes[0] == "28 days left to respond"
    assert items[1].due_at == fresh.response_due_at


def test_only_the_addressed_areas_officers_see_it_and_it_leaves_once_answered(world, app):
    recommendation = sent(world)
    sent(world, addressee="force")
    with app.test_request_context():
        assert [item.id for item in _items(world.officer)] == [recommendation.id]
        assert _items(world.other_officer) == []
    recommendations.respond(world.officer, recommendation, "accepted", "", "Plan", "Owner", date.today())
    with app.test_request_context():
        assert _items(world.officer) == []


def test_drafts_are_not_in_the_queue(world, app):
    from tests.youth.recommendation_factories import draft

    draft(world)
    assert review.queue_counts(world.officer).total == 0


def test_the_officers_home_counts_recommendations_awaiting_a_response(world, client, login_as):
    sent(world)
    sent(world, now=utcnow() - timedelta(days=40))
    login_as(world.officer)
    page = client.get("/").get_data(as_text=True)
    assert "Youth Commission recommendations awaiting your response" in page
    assert "2 awaiting a response" in page and "1 overdue" in page
