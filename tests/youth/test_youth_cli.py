"""`flask youth overdue` and `flask youth figures`: the overdue responses and how the police answer,
force by force, never naming a young person."""

from datetime import date, timedelta

import pytest

from tests.factories import make_force
from tests.youth.recommendation_factories import make_youth_world, sent
from volunteers.db_types import utcnow
from volunteers.youth import recommendations


@pytest.fixture
def world(app):
    return make_youth_world()


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["youth", *args])


def _answered(world, sent_days_ago: int, answered_days_ago: int):
    now = utcnow()
    recommendation = sent(world, now=now - timedelta(days=sent_days_ago), title=f"Sent {sent_days_ago} days ago")
    recommendations.respond(
        world.officer,
        recommendation,
        "accepted",
        "",
        "Meet the commission monthly",
        "Northgate inspector",
        date.today() + timedelta(days=30),
        now=now - timedelta(days=answered_days_ago),
    )
    return recommendation


def test_overdue_lists_the_commission_area_title_and_days_overdue_without_the_young_persons_name(app, world):
    late = sent(world, now=utcnow() - timedelta(days=40), title="Lights in the park")
    sent(world, title="Not due yet")
    _answered(world, 60, 50)

    result = _run(app, "overdue")
    assert result.exit_code == 0, result.output
    days = (date.today() - recommendations.last_day_to_respond(late)).days
    assert 11 <= days <= 13
    assert f"Northgate Youth Commission | Northgate | Lights in the park | {days} day(s) overdue" in result.output
    assert f"{world.force.slug}: 1 overdue response(s)" in result.output
    assert "Not due yet" not in result.output and "Sent 60 days ago" not in result.output
    assert world.member.name not in result.output and world.member.email not in result.output


def test_overdue_for_one_force_leaves_the_others_out(app, world):
    other = make_force("Elsewhere Police", slug="elsewhere")
    sent(world, now=utcnow() - timedelta(days=40))

    everyone = _run(app, "overdue").output
    assert "elsewhere: 0 overdue response(s)" in everyone and f"{world.force.slug}: 1" in everyone
    only = _run(app, "overdue", "--force", other.slug)
    assert only.exit_code == 0 and only.output.strip() == "elsewhere: 0 overdue response(s)"


def test_figures_print_the_share_answered_on_time_and_the_median_days_to_answer(app, world):
    _answered(world, 10, 4)  # on time, after 6 days
    _answered(world, 60, 20)  # late (due after 28 days), after 40 days
    sent(world, now=utcnow() - timedelta(days=40))  # overdue
    sent(world)  # not yet due

    result = _run(app, "figures", "--force", world.force.slug)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        f"{world.force.slug}: 4 sent, 2 answered, 1 overdue; answered on time: 33% (1 of 3); "
        "median days to answer: 23.0"
    )


def test_figures_before_anything_is_due_say_so(app, world):
    result = _run(app, "figures")
    assert "answered on time: none due yet; median days to answer: none answered yet" in result.output


@pytest.mark.parametrize("command", ["overdue", "figures"])
def test_an_unknown_force_is_a_clear_error(app, world, command):
    result = _run(app, command, "--force", "no-such-force")
    assert result.exit_code != 0
    assert "No force has the slug 'no-such-force'" in result.output
