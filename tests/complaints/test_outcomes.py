"""Triage and outcomes: a reason is required, the complainant is told only if they left an
address, and a suspension or removal acts at once through the shared membership lifecycle."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_force, make_member, make_membership, make_officer, make_scheme
from tests.speedwatch.factories import entry, make_speedwatch_world, running_session
from tests.watch.factories import details
from volunteers.complaints import services
from volunteers.complaints.models import ComplaintStatus, Outcome
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent, MembershipStatus, SchemeKind
from volunteers.permissions import PermissionDenied, can
from volunteers.speedwatch import services as speedwatch_services
from volunteers.watch import services as watch_services

REASON = "The volunteer confronted the driver, which the code of conduct forbids."
FINDINGS = "Two witnesses and the volunteer's own account agree that he shouted at the driver."


def _events(action: str) -> list[AuditEvent]:
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()


def _complaint(world, email: str = "", **fields):
    return services.submit_complaint(None, world.area.id, "conduct", "He shouted at me.", email=email, **fields)


def test_an_outcome_requires_a_reason_and_findings(world):
    complaint = _complaint(world)
    with pytest.raises(DomainError) as refused:
        services.record_outcome(world.admin, complaint, True, "warning", "", "  ")
    assert set(refused.value.errors) == {"findings", "reason"}
    assert complaint.status == ComplaintStatus.RECEIVED and complaint.outcome is None
    assert _events("complaints.outcome_recorded") == []


def test_the_outcome_page_shows_every_missing_answer_instead_of_failing(world, client, login_as):
    complaint = _complaint(world)
    login_as(world.admin)
    response = client.post(f"/admin/complaints/{complaint.id}/outcome", data={"outcome": "no_such_thing"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    for message in ("Record what you found", "Choose whether the complaint is upheld", "Choose the outcome"):
        assert message in page
    assert "Give the reason for the outcome" in page


def test_advice_or_a_warning_needs_the_complaint_upheld(world):
    complaint = _complaint(world)
    with pytest.raises(DomainError) as refused:
        services.record_outcome(world.admin, complaint, False, "advice", FINDINGS, REASON)
    assert "outcome" in refused.value.errors


def test_the_outcome_is_emailed_with_its_reason_when_the_complainant_left_an_address(world, smtp):
    complaint = _complaint(world, email="dana@example.test")
    services.record_outcome(world.admin, complaint, True, "warning", FINDINGS, REASON)
    email = smtp.last_to("dana@example.test")
    text = smtp.text(email)
    assert complaint.reference in email["Subject"] and REASON in text and "Warning" in text
    assert FINDINGS not in text
    [event] = _events("complaints.outcome_recorded")
    assert event.actor_id == world.admin.id and event.reason == REASON and event.after["outcome"] == "warning"


def test_no_outcome_email_is_sent_when_the_complainant_left_no_address(world, smtp):
    complaint = _complaint(world)
    smtp.messages.clear()
    services.record_outcome(world.admin, complaint, False, "no_action", FINDINGS, REASON)
    assert smtp.messages == []
    assert complaint.status == ComplaintStatus.CLOSED


def test_an_outcome_is_recorded_once(world):
    complaint = _complaint(world)
    services.record_outcome(world.admin, complaint, False, "no_action", FINDINGS, REASON)
    with pytest.raises(DomainError):
        services.record_outcome(world.admin, complaint, True, "warning", FINDINGS, REASON)
    with pytest.raises(DomainError):
        services.assign(world.admin, complaint, world.other_admin.id)
    assert len(_events("complaints.outcome_recorded")) == 1


def test_only_the_admins_of_the_complaints_force_triage_and_decide_it(world):
    complaint = _complaint(world)
    officer = make_officer(world.area)
    stranger_admin = make_admin(make_force())
    for person in (officer, stranger_admin):
        assert not can(person, "complaints.view", complaint)
        with pytest.raises(PermissionDenied):
            services.record_outcome(person, complaint, True, "warning", FINDINGS, REASON)
        with pytest.raises(PermissionDenied):
            services.assign(person, complaint, world.admin.id)
    assert _events("complaints.outcome_recorded") == [] and _events("complaints.assigned") == []


def test_assigning_is_to_an_admin_of_the_force_and_starts_the_investigation(world):
    complaint = _complaint(world)
    with pytest.raises(DomainError) as refused:
        services.assign(world.admin, complaint, make_admin(make_force()).id)
    assert "assignee" in refused.value.errors
    services.assign(world.admin, complaint, world.other_admin.id)
    assert complaint.assigned_to_id == world.other_admin.id and complaint.status == ComplaintStatus.INVESTIGATING
    [event] = _events("complaints.assigned")
    assert event.actor_id == world.admin.id


@pytest.fixture
def volunteer_in_both(world):
    """A Speed Watch volunteer, booked on a running session, who is also in a watch scheme of the
    same force."""
    speedwatch = make_speedwatch_world(force=world.force)
    watch_scheme = make_scheme(speedwatch.area, SchemeKind.WATCH)
    volunteer = speedwatch.volunteers[0]
    make_membership(volunteer, watch_scheme)
    session = running_session(speedwatch)
    return speedwatch, watch_scheme, volunteer, session


def test_a_suspension_stops_the_volunteers_submissions_in_every_scheme_at_once(world, volunteer_in_both):
    speedwatch, watch_scheme, volunteer, session = volunteer_in_both
    watch_services.submit_report(volunteer, watch_scheme, details())
    speedwatch_services.record_sighting(volunteer, session, entry(session, "AB12CDE"))
    complaint = services.submit_complaint(
        None, speedwatch.area.id, "conduct", "A volunteer at Mill Lane shouted at me.", location="Mill Lane"
    )
    named = services.add_volunteer(world.admin, complaint, volunteer.email)
    assert {link.membership.scheme_id for link in named} == {speedwatch.scheme.id, watch_scheme.id}

    services.record_outcome(world.admin, complaint, True, "suspension", FINDINGS, REASON)

    assert {m.status for m in volunteer.memberships} == {MembershipStatus.SUSPENDED}
    with pytest.raises(PermissionDenied):
        watch_services.submit_report(volunteer, watch_scheme, details())
    with pytest.raises(PermissionDenied):
        speedwatch_services.record_sighting(volunteer, session, entry(session, "XY70ZZT", minutes=20))
    with pytest.raises(PermissionDenied):
        speedwatch_services.submit_session(volunteer, session, now=session.ends_at - timedelta(minutes=1))
    assert len(_events("membership.suspended")) == 2
    [event] = _events("complaints.outcome_recorded")
    assert sorted(event.after["memberships_acted_on"]) == sorted(m.id for m in volunteer.memberships)


def test_a_suspended_volunteer_is_refused_by_the_pages_too(world, volunteer_in_both, client, login_as):
    speedwatch, watch_scheme, volunteer, session = volunteer_in_both
    pages = ("/watch/reports/new", f"/speedwatch/sessions/{session.id}/submit")
    login_as(volunteer)
    assert [client.get(page).status_code for page in pages] == [200, 200]
    complaint = services.submit_complaint(None, speedwatch.area.id, "conduct", "He blocked my car.")
    services.add_volunteer(world.admin, complaint, volunteer.email)
    services.record_outcome(world.admin, complaint, True, "suspension", FINDINGS, REASON)
    assert [client.get(page).status_code for page in pages] == [403, 403]
    assert client.post(pages[1]).status_code == 403
    assert session.status.value == "running"


def test_a_removal_ends_every_membership_concerned(world, volunteer_in_both):
    speedwatch, _watch_scheme, volunteer, _session = volunteer_in_both
    complaint = services.submit_complaint(None, speedwatch.area.id, "conduct", "He threatened me.")
    services.add_volunteer(world.admin, complaint, volunteer.email)
    services.record_outcome(world.admin, complaint, True, Outcome.REMOVAL.value, FINDINGS, REASON)
    assert {m.status for m in volunteer.memberships} == {MembershipStatus.LEFT}
    assert len(_events("membership.ended")) == 2


def test_suspending_or_removing_needs_a_volunteer_named(world):
    complaint = _complaint(world)
    with pytest.raises(DomainError) as refused:
        services.record_outcome(world.admin, complaint, True, "suspension", FINDINGS, REASON)
    assert "outcome" in refused.value.errors


def test_naming_someone_who_is_not_a_volunteer_of_the_force_is_refused(world):
    complaint = _complaint(world)
    elsewhere = make_member(make_scheme())
    for address in ("nobody@example.test", elsewhere.email, "not an address"):
        with pytest.raises(DomainError) as refused:
            services.add_volunteer(world.admin, complaint, address)
        assert "email" in refused.value.errors
    assert complaint.volunteers == [] and _events("complaints.volunteer_added") == []
