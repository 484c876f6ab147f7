"""Investigation: what a complaint is about is found through the schemes' registered subject
kinds, only in the complaint's force, and every reading of it is audited; the complainant's
details are for the force's admins only."""

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_coordinator, make_force, make_member, make_officer, make_scheme
from tests.speedwatch.factories import make_speedwatch_world, sightings_of, submitted_session
from tests.watch.factories import decide, make_report
from volunteers.complaints import services
from volunteers.complaints.models import ComplaintStatus
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.watch.models import ReportDecision


def _events(action: str) -> list[AuditEvent]:
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()


@pytest.fixture
def watch_report(world):
    scheme = make_scheme(world.area)
    return make_report(scheme, make_member(scheme), "Someone was trying car door handles on Elm Road.")


def test_every_scheme_offers_what_a_complaint_may_be_about(app):
    from volunteers.complaints.subjects import subject_kinds

    assert set(subject_kinds()) >= {
        "watch_report",
        "watch_report_decision",
        "speedwatch_session",
        "speedwatch_sighting",
    }


def test_reading_a_subject_is_audited_each_time_with_who_read_what(world, watch_report, client, login_as):
    complaint = services.submit_complaint(None, world.area.id, "handling", "My report was ignored.")
    subject = services.add_subject(world.admin, complaint, "watch_report", watch_report.id)
    assert complaint.status == ComplaintStatus.INVESTIGATING
    login_as(world.admin)
    for _ in range(2):
        page = client.get(f"/admin/complaints/subjects/{subject.id}")
        assert page.status_code == 200 and "Elm Road" in page.get_data(as_text=True)
    events = _events("complaints.subject_viewed")
    assert len(events) == 2
    assert {(e.actor_id, e.subject_id, e.after["subject_type"], e.after["subject_id"]) for e in events} == {
        (world.admin.id, str(complaint.id), "watch_report", watch_report.id)
    }


def test_opening_a_complaint_with_contact_details_is_audited_and_an_anonymous_one_is_not(world, client, login_as):
    named = services.submit_complaint(
        None, world.area.id, "conduct", "He shouted at me.", name="Pat Parent", email="pat@example.test"
    )
    anonymous = services.submit_complaint(None, world.area.id, "conduct", "He shouted at me too.")
    login_as(world.admin)
    for complaint in (named, anonymous):
        page = client.get(f"/admin/complaints/{complaint.id}")
        assert page.status_code == 200
    events = _events("complaints.complainant_viewed")
    assert [(event.actor_id, event.subject_id) for event in events] == [(world.admin.id, str(named.id))]
    assert "pat@example.test" not in str(events[0].after) + str(events[0].before)


def test_a_decision_session_and_sighting_can_be_investigated(world, client, login_as):
    speedwatch = make_speedwatch_world(force=world.force)
    session = submitted_session(speedwatch)
    [sighting, _other] = sightings_of(session)
    scheme = make_scheme(world.area)
    report = make_report(scheme, make_member(scheme))
    decide(report, make_officer(world.area))
    decision = db.session.scalars(sa.select(ReportDecision)).one()
    complaint = services.submit_complaint(None, speedwatch.area.id, "conduct", "They stood in the road.")
    added = [
        services.add_subject(world.admin, complaint, kind, number)
        for kind, number in (
            ("speedwatch_session", session.id),
            ("speedwatch_sighting", sighting.id),
            ("watch_report_decision", decision.id),
        )
    ]
    login_as(world.admin)
    pages = [client.get(f"/admin/complaints/subjects/{subject.id}").get_data(as_text=True) for subject in added]
    assert "Mill Lane" in pages[0] and "Volunteer 1" in pages[0]
    assert "AB12CDE" in pages[1]
    assert "Decision on Neighbourhood Watch report" in pages[2]
    assert len(_events("complaints.subject_viewed")) == 3


def test_a_subject_from_another_force_or_that_does_not_exist_cannot_be_added(world):
    elsewhere = make_scheme()
    report = make_report(elsewhere, make_member(elsewhere))
    complaint = services.submit_complaint(None, world.area.id, "handling", "My report was ignored.")
    unknown = (("watch_report", 999999), ("watch_report", 2**40), ("speedwatch_sighting", 2**62))
    for kind, number in (("watch_report", report.id), *unknown, ("no_such_kind", 1), ("", None)):
        with pytest.raises(DomainError):
            services.add_subject(world.admin, complaint, kind, number)
    assert complaint.subjects == [] and _events("complaints.subject_added") == []


def test_the_subject_form_turns_bad_input_into_form_errors(world, client, login_as):
    complaint = services.submit_complaint(None, world.area.id, "handling", "My report was ignored.")
    login_as(world.admin)
    for data in (
        {"subject_type": "watch_report", "subject_id": "abc"},
        {"subject_type": "watch_report", "subject_id": str(2**40)},
        {"subject_type": "speedwatch_sighting", "subject_id": str(2**70)},
        {},
    ):
        response = client.post(f"/admin/complaints/{complaint.id}/subjects", data=data)
        assert response.status_code == 400, data


def test_the_complaint_and_its_subjects_are_for_the_forces_admins_only(world, watch_report, client, login_as):
    complaint = services.submit_complaint(
        None, world.area.id, "conduct", "He shouted.", name="Dana Driver", email="dana@example.test"
    )
    subject = services.add_subject(world.admin, complaint, "watch_report", watch_report.id)
    login_as(world.admin)
    assert "dana@example.test" in client.get(f"/admin/complaints/{complaint.id}").get_data(as_text=True)
    scheme = watch_report.scheme
    for person in (make_admin(make_force()), make_officer(world.area), make_coordinator(scheme)):
        login_as(person)
        for url in (f"/admin/complaints/{complaint.id}", f"/admin/complaints/subjects/{subject.id}"):
            response = client.get(url)
            assert response.status_code in (403, 404) and "dana" not in response.get_data(as_text=True).lower()
    assert len(_events("complaints.subject_viewed")) == 0


def test_the_admins_list_shows_their_forces_complaints_only(world, client, login_as):
    ours = services.submit_complaint(None, world.area.id, "conduct", "He shouted.")
    other_force = make_force()
    theirs_admin = make_admin(other_force)
    login_as(world.admin)
    assert ours.reference in client.get("/admin/complaints").get_data(as_text=True)
    login_as(theirs_admin)
    assert ours.reference not in client.get("/admin/complaints").get_data(as_text=True)
