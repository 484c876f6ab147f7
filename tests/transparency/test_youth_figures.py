"""Youth Commissions on the public transparency pages: recommendations sent, whether the police
answered on time, the share on time and the median days, with small counts withheld."""

from datetime import timedelta

import pytest

from tests.youth.recommendation_factories import make_youth_world, sent
from volunteers.db_types import utcnow
from volunteers.transparency import figures
from volunteers.youth import recommendations


@pytest.fixture
def world(app):
    """Seven recommendations sent ten days ago or more: four answered in 3 days, one answered
    after its deadline, one overdue and one still within its deadline."""
    world = make_youth_world()
    now = utcnow()
    for number in range(4):
        answered = sent(world, title=f"On time {number}", now=now - timedelta(days=20))
        _respond(world, answered, now - timedelta(days=17))
    late = sent(world, title="Late", now=now - timedelta(days=40))
    _respond(world, late, now - timedelta(days=1))
    sent(world, title="Overdue", now=now - timedelta(days=35))
    sent(world, title="Waiting", now=now - timedelta(days=10))
    figures.refresh_force(world.force)
    return world


def _respond(world, recommendation, now):
    recommendations.respond(
        world.officer,
        recommendation,
        "accepted",
        "",
        "Lights on the path by March.",
        "Inspector",
        (now + timedelta(days=90)).date(),
        now=now,
    )


def _youth_measures(client, world, area: str = "") -> dict[str, dict]:
    query = f"force={world.force.slug}" + (f"&area={world.area.slug}" if area else "")
    body = client.get(f"/api/v1/public/stats?{query}").get_json()
    [youth] = [scheme for scheme in body["schemes"] if scheme["kind"] == "youth"]
    assert youth["available"] is True
    return {measure["measure"]: measure for measure in youth["measures"]}


def _period(measure: dict) -> dict:
    return measure["period"]


def test_the_share_answered_on_time_counts_late_and_overdue_answers_against_the_police(client, world):
    measures = _youth_measures(client, world)
    assert _period(measures["recommendations_sent"])["value"] == 7
    assert _period(measures["on_time_per_cent"])["value"] == pytest.approx(66.7)
    assert _period(measures["answer_days_median"])["value"] == pytest.approx(3.0)


def test_small_youth_counts_are_withheld_in_the_stats_and_on_the_page(client, world):
    measures = _youth_measures(client, world, area=world.area.slug)
    for name in ("answered_on_time", "answered_late", "overdue", "awaiting"):
        assert _period(measures[name]) == {"value": None, "shown": "fewer than 5", "withheld": True}
    page = client.get(f"/transparency/{world.force.slug}/{world.area.slug}").text
    assert "Recommendations sent to the police" in page and "Not yet available" not in page.split("Youth")[-1]
    assert world.member.name not in page and world.member.email not in page
