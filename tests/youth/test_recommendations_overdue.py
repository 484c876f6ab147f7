"""Reminders about responses due and overdue: the addressed police are emailed once per threshold
(7 days before, on the day, 7 days after), never twice, never after a response; admins see the
overdue ones on a page."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.youth.recommendation_factories import make_youth_world, sent
from volunteers import reminders
from volunteers.extensions import db
from volunteers.youth import recommendations
from volunteers.youth.models import ResponseReminder
from volunteers.youth.overdue import send_response_reminders


@pytest.fixture
def world(app):
    return make_youth_world()


def _last_day(recommendation) -> date:
    return recommendations.last_day_to_respond(recommendation)


def test_reminders_are_sent_once_per_threshold(world, smtp):
    recommendation = sent(world)
    last_day = _last_day(recommendation)
    assert send_response_reminders(last_day - timedelta(days=8)) == 0
    assert send_response_reminders(last_day - timedelta(days=7)) == 1
    assert send_response_reminders(last_day - timedelta(days=6)) == 0
    assert send_response_reminders(last_day - timedelta(days=7)) == 0
    assert send_response_reminders(last_day) == 1
    assert send_response_reminders(last_day) == 0
    assert send_response_reminders(last_day + timedelta(days=7)) == 1
    assert send_response_reminders(last_day + timedelta(days=30)) == 0
    received = [m for m in smtp.to(world.officer.email) if m["Subject"].startswith("Response")]
    assert [message["Subject"].split(":")[0] for message in received] == [
        "Response due soon",
        "Response due today",
        "Response overdue",
    ]
    assert smtp.to(world.other_officer.email) == []
    text = smtp.text(received[-1])
    assert "Northgate Youth Commission" in text and "Better lighting in the park" in text
    assert world.member.email not in text and world.member.name not in text


def test_a_run_that_finds_several_thresholds_passed_sends_only_the_latest(world, smtp):
    recommendation = sent(world)
    assert send_response_reminders(_last_day(recommendation) + timedelta(days=8)) == 1
    received = [m for m in smtp.to(world.officer.email) if m["Subject"].startswith("Response")]
    assert [m["Subject"].split(":")[0] for m in received] == ["Response overdue"]
    recorded = db.session.scalars(sa.select(ResponseReminder.days_from_deadline).order_by("days_from_deadline"))
    assert list(recorded) == [-7, 0, 7]
    assert send_response_reminders(_last_day(recommendation) + timedelta(days=9)) == 0


def test_no_reminder_once_the_police_have_responded(world, smtp):
    recommendation = sent(world)
    recommendations.respond(world.officer, recommendation, "accepted", "", "Plan", "Owner", date.today())
    assert send_response_reminders(_last_day(recommendation)) == 0


def test_force_wide_reminders_go_to_the_forces_admins(world, smtp):
    recommendation = sent(world, addressee="force")
    assert send_response_reminders(_last_day(recommendation)) == 1
    assert [m["Subject"].split(":")[0] for m in smtp.to(world.admin.email)][-1] == "Response due today"
    assert smtp.to(world.officer.email) == []


def test_the_thresholds_are_a_force_setting(world, smtp):
    world.force.settings = {"youth_response_reminder_days": [3]}
    db.session.commit()
    recommendation = sent(world)
    assert send_response_reminders(_last_day(recommendation)) == 0
    assert send_response_reminders(_last_day(recommendation) + timedelta(days=3)) == 1


def test_flask_reminders_send_runs_the_youth_job(world, smtp, app):
    recommendation = sent(world)
    assert reminders.send_all(_last_day(recommendation))["youth_responses"] == 1


def test_admins_see_overdue_responses_and_officers_do_not(world, client, login_as):
    from volunteers.db_types import utcnow

    sent(world, title="Overdue lighting", now=utcnow() - timedelta(days=40))
    sent(world, title="Still in time")
    login_as(world.admin)
    page = client.get("/youth/overdue").get_data(as_text=True)
    assert "Overdue lighting" in page and "Still in time" not in page
    assert world.member.email not in page and world.member.name not in page
    login_as(world.officer)
    assert client.get("/youth/overdue").status_code == 403
