"""Officer accountability: per officer and area, reviews, how soon, which decisions, for admins."""

import io
import zipfile
from datetime import timedelta

import pytest

from tests.factories import make_admin, make_area, make_force, make_officer
from tests.speedwatch.factories import accept_all, make_speedwatch_world, submitted_session
from tests.watch.factories import FLAGGED_TEXT, decide, make_report, make_watch_world
from volunteers.accountability import services
from volunteers.db_types import utcnow
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied


@pytest.fixture
def world(app):
    return make_watch_world()


def _record_for(records, officer, area):
    return next(record for record in records if record.officer_id == officer.id and record.area_id == area.id)


def test_an_officers_reviews_decisions_and_median_wait_are_counted_per_area(world):
    now = utcnow()
    first = make_report(
        world.scheme, world.member, now=now - timedelta(hours=10), occurred_at=now - timedelta(hours=11)
    )
    second = make_report(world.scheme, world.member, now=now - timedelta(hours=4), occurred_at=now - timedelta(hours=5))
    decide(first, world.officer, "needs_more_information", message="Which end of the road was it?")
    decide(second, world.officer, "no_further_action")
    admin = make_admin(world.force)

    records = services.officer_accountability(admin, world.force, services.period_start(365))

    record = _record_for(records, world.officer, world.area)
    assert record.reviews == 2
    assert record.decisions == {
        "Report: Needs more information from the reporter": 1,
        "Report: No further action": 1,
    }
    # Waits of about 10 and 4 hours: the median is their middle, about 7 hours.
    assert timedelta(hours=6, minutes=55) < record.median_first_decision < timedelta(hours=7, minutes=5)


def test_only_the_first_decision_on_a_report_counts_towards_the_wait(world):
    now = utcnow()
    report = make_report(world.scheme, world.member, now=now - timedelta(hours=3), occurred_at=now - timedelta(hours=4))
    decide(report, world.officer, "needs_more_information", message="Which end of the road was it?")
    records = services.officer_accountability(make_admin(world.force), world.force, services.period_start(30))
    assert len(_record_for(records, world.officer, world.area).first_decision_waits) == 1


def test_flagged_reports_closed_with_each_flag_weighed_are_counted(world):
    flagged = make_report(world.scheme, world.member, FLAGGED_TEXT)
    decide(flagged, world.officer, "rejected", rejection_ground="malicious")
    make_report(world.scheme, world.member)
    records = services.officer_accountability(make_admin(world.force), world.force, services.period_start(30))
    record = _record_for(records, world.officer, world.area)
    assert (record.flagged_closed, record.flagged_closed_with_reasons) == (1, 1)


def test_speed_watch_reviews_count_for_the_reviewing_officer(app):
    world = make_speedwatch_world()
    accept_all(world, submitted_session(world))
    records = services.officer_accountability(make_admin(world.force), world.force, services.period_start(30))
    record = _record_for(records, world.officer, world.area)
    assert record.decisions["Speed Watch session reviewed"] == 1
    assert record.first_decision_waits


def test_figures_can_be_limited_to_one_area_and_leave_other_areas_out(world):
    other_area = make_area(world.force)
    other_officer = make_officer(other_area)
    decide(make_report(world.scheme, world.member), world.officer)
    admin = make_admin(world.force)
    records = services.officer_accountability(admin, world.force, services.period_start(30), other_area)
    assert [(record.officer_id, record.area_id, record.reviews) for record in records] == [
        (other_officer.id, other_area.id, 0)
    ]


def test_an_officer_who_decided_nothing_is_listed_with_no_reviews(world):
    records = services.officer_accountability(make_admin(world.force), world.force, services.period_start(30))
    record = _record_for(records, world.officer, world.area)
    assert (record.reviews, record.median_first_decision) == (0, None)


def test_decisions_before_the_period_are_left_out(world):
    decide(make_report(world.scheme, world.member), world.officer)
    admin = make_admin(world.force)
    records = services.officer_accountability(admin, world.force, utcnow() + timedelta(minutes=1))
    assert [record.reviews for record in records] == [0]


def test_an_admin_of_another_force_and_an_officer_are_refused(world):
    with pytest.raises(PermissionDenied):
        services.officer_accountability(make_admin(make_force()), world.force, services.period_start(30))
    with pytest.raises(PermissionDenied):
        services.officer_accountability(world.officer, world.force, services.period_start(30))


def test_the_page_shows_each_officer_with_their_figures(world, client, login_as):
    decide(make_report(world.scheme, world.member), world.officer)
    login_as(make_admin(world.force))
    page = client.get(f"/admin/forces/{world.force.id}/officers/accountability?period=90")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert world.officer.name in text and "Report: Actioned: 1" in text


def test_a_bad_period_falls_back_to_a_year_instead_of_failing(world, client, login_as):
    login_as(make_admin(world.force))
    page = client.get(f"/admin/forces/{world.force.id}/officers/accountability?period=7000&area=abc")
    assert page.status_code == 200


def test_the_scrutiny_export_names_no_one_redacts_reasons_and_is_audited(world, client, login_as):
    report = make_report(world.scheme, world.member)
    decide(report, world.officer, "no_further_action", reason="Spoke to Dave Smith at 14 Easington Way about it.")
    admin = login_as(make_admin(world.force))
    response = client.post(f"/admin/forces/{world.force.id}/scrutiny-export", data={"period": "365"})
    assert response.status_code == 200 and response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    decisions = archive.read("decisions.csv").decode()
    assert decisions.splitlines()[0].startswith("scheme,area,what,decision")
    assert "watch," in decisions and "no_further_action" in decisions
    everything = "".join(archive.read(name).decode() for name in archive.namelist())
    for personal in ("Dave Smith", "Easington Way", world.officer.name, world.member.name, world.member.email):
        assert personal not in everything
    assert [event.actor_id for event in AuditEvent.query.filter_by(action="accountability.scrutiny_exported")] == [
        admin.id
    ]
