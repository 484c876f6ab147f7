"""Youth Commissions and complaints in officer accountability and in the scrutiny export, and a
complaint's suspension stopping a young member's submissions at once."""

import io
import zipfile
from datetime import timedelta

import pytest

from tests.youth.recommendation_factories import draft, make_youth_world, sent
from volunteers.accountability import services
from volunteers.accountability.scrutiny import scrutiny_zip
from volunteers.complaints import services as complaint_services
from volunteers.db_types import utcnow
from volunteers.models import MembershipStatus
from volunteers.permissions import PermissionDenied
from volunteers.youth import recommendations

FINDINGS = "The volunteer's messages to other members were abusive on three occasions."
REASON = "Abuse of other members breaks the code of conduct, so the membership is suspended."


@pytest.fixture
def world(app):
    return make_youth_world()


def _respond(world, recommendation, outcome="not_accepted", now=None):
    recommendations.respond(
        world.officer,
        recommendation,
        outcome,
        "The budget for lighting this year is spent; we will look again in April.",
        "",
        "",
        None,
        now=now,
    )


def _record(records, officer, area):
    return next(record for record in records if record.officer_id == officer.id and record.area_id == area.id)


def test_a_response_to_a_recommendation_counts_as_a_review_with_its_wait(world):
    recommendation = sent(world, now=utcnow() - timedelta(days=3))
    _respond(world, recommendation)
    records = services.officer_accountability(world.admin, world.force, services.period_start(30))
    record = _record(records, world.officer, world.area)
    assert record.decisions == {"Youth recommendation: Not accepted": 1}
    assert timedelta(days=2, hours=23) < record.median_first_decision < timedelta(days=3, hours=1)


def test_an_overdue_recommendation_is_counted_for_every_officer_of_its_area(world):
    sent(world, now=utcnow() - timedelta(days=40))
    sent(world, title="Answered in time")
    records = services.officer_accountability(world.admin, world.force, services.period_start(365))
    assert _record(records, world.officer, world.area).overdue_responses == 1
    other = next(record for record in records if record.officer_id == world.other_officer.id)
    assert other.overdue_responses == 0


def _zip_files(force, since) -> dict[str, str]:
    archive = zipfile.ZipFile(io.BytesIO(scrutiny_zip(force, since)))
    return {name: archive.read(name).decode() for name in archive.namelist()}


def test_the_scrutiny_export_has_response_times_complaints_and_youth_decisions_without_names(world):
    late = sent(world, now=utcnow() - timedelta(days=40))
    _respond(world, late)
    sent(world, title="Still waiting", now=utcnow() - timedelta(days=35))
    complaint = complaint_services.submit_complaint(
        None,
        world.area.id,
        "handling",
        "My daughter's recommendation was ignored.",
        name="Pat Parent",
        email="pat.parent@example.test",
    )
    complaint_services.add_subject(world.admin, complaint, "youth_recommendation", late.id)

    files = _zip_files(world.force, services.period_start(365))

    times = files["youth_response_times.csv"].splitlines()
    assert times[0] == "area,addressed_to,sent_on,due_on,answered_on,days_to_answer,on_time"
    assert sorted(line.rsplit(",", 1)[1] for line in times[1:]) == ["no", "no"]
    assert "youth,Northgate,recommendation,not_accepted" in files["decisions.csv"]
    assert files["complaints.csv"].splitlines()[1].startswith("Northgate,handling,")
    everything = "".join(files.values())
    for personal in (world.member.name, world.member.email, world.officer.name, "Pat Parent", "pat.parent"):
        assert personal not in everything


def test_a_complaint_about_a_recommendation_shows_the_commission_never_the_young_author(world):
    recommendation = sent(world)
    complaint = complaint_services.submit_complaint(None, world.area.id, "handling", "No answer came.")
    subject = complaint_services.add_subject(world.admin, complaint, "youth_recommendation", recommendation.id)
    facts = complaint_services.view_subject(world.admin, subject)
    shown = " ".join(value for _label, value in facts.facts)
    assert world.scheme.name in shown and world.member.name not in shown


def test_a_suspension_from_a_complaint_stops_a_young_members_recommendations_at_once(world):
    draft(world)
    complaint = complaint_services.submit_complaint(None, world.area.id, "conduct", "Abusive messages to members.")
    complaint_services.add_volunteer(world.admin, complaint, world.member.email)
    complaint_services.record_outcome(world.admin, complaint, True, "suspension", FINDINGS, REASON)
    assert world.member.memberships[0].status == MembershipStatus.SUSPENDED
    with pytest.raises(PermissionDenied):
        draft(world, title="Another idea")
