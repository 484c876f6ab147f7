"""Youth Commission events: a facilitator arranges them, an under-18 attends only with their
guardian's consent to that event, and recording attendance records the member's hours once."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_member, make_officer, make_user
from tests.form_data import moment_typed
from tests.membership.helpers import events
from tests.youth.safeguarding import GUARDIAN, born_years_ago, commission, consent_path, link_path, young_applicant
from volunteers import hours
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.local_time import local_date
from volunteers.youth import activities
from volunteers.youth.activities import EventDetails
from volunteers.youth.models import ConsentStatus, EventKind, YouthEvent


@pytest.fixture
def youth(app):
    return commission()


def _event(scheme, facilitator, starts_in=timedelta(days=7), minutes=120) -> YouthEvent:
    details = EventDetails(
        EventKind.RIDE_ALONG, "Ride-along with the neighbourhood team", utcnow() + starts_in, minutes
    )
    return activities.create_event(facilitator, scheme, details)


def _consented_young_member(client, scheme, smtp):
    membership = young_applicant(scheme)
    assert client.post(consent_path(smtp), data={"decision": "consent"}).status_code == 200
    db.session.expire_all()
    return membership


def _past(event: YouthEvent) -> None:
    """Move an event into the past, as if its day had come."""
    event.starts_at = utcnow() - timedelta(hours=3)
    db.session.commit()


def test_a_facilitator_arranges_an_event_on_the_events_page(client, login_as, youth):
    scheme, facilitator = youth
    login_as(facilitator)
    starts = (utcnow() + timedelta(days=3)).replace(second=0, microsecond=0)
    response = client.post(
        f"/youth/schemes/{scheme.id}/events/new",
        data={"kind": "training_day", "title": "First aid", "duration": "3.5", **moment_typed("starts_at", starts)},
    )
    assert response.status_code == 302
    event = db.session.scalars(sa.select(YouthEvent)).one()
    assert (event.kind, event.title, event.starts_at, event.duration_minutes) == (
        EventKind.TRAINING_DAY,
        "First aid",
        starts,
        210,
    )
    assert [e.actor_id for e in events("youth.event_created")] == [facilitator.id]
    listed = client.get(f"/youth/schemes/{scheme.id}/events").get_data(as_text=True)
    assert "First aid" in listed


def test_an_event_without_its_details_is_refused_with_every_problem(client, login_as, youth):
    scheme, facilitator = youth
    login_as(facilitator)
    response = client.post(f"/youth/schemes/{scheme.id}/events/new", data={"title": ""})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    for message in ("Choose what kind of event it is", "Enter a title for the event", "Enter how long it lasts"):
        assert message in page
    assert db.session.scalar(sa.select(sa.func.count(YouthEvent.id))) == 0


def test_an_under_18_cannot_be_registered_without_their_guardians_consent_to_the_event(client, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    with pytest.raises(DomainError, match="guardian must consent to this event"):
        activities.register_attendee(facilitator, event, membership)
    assert events("youth.attendee_registered") == []


def test_the_event_page_explains_a_refused_registration(client, login_as, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    login_as(facilitator)
    response = client.post(f"/youth/events/{event.id}/members/{membership.id}/register")
    assert response.status_code == 400
    assert "guardian must consent to this event" in response.get_data(as_text=True)


def test_the_guardian_consents_to_an_event_through_its_link_and_the_member_can_then_attend(
    client, login_as, youth, smtp
):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    login_as(facilitator)
    assert client.post(f"/youth/events/{event.id}/members/{membership.id}/ask").status_code == 302
    client.post("/sign-out")
    request = smtp.last_to(GUARDIAN)
    assert event.title in smtp.text(request) and "/youth/guardian/withdraw?link=" in smtp.text(request)
    path = link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?")
    assert event.title in client.get(path, follow_redirects=True).get_data(as_text=True)
    assert client.post("/youth/guardian/event-consent", data={"decision": "consent"}).status_code == 200
    assert activities.consent_for(event, membership).status == ConsentStatus.CONSENTED
    assert client.post(path, data={"decision": "refuse"}).status_code == 404
    activities.register_attendee(facilitator, event, membership)
    assert len(events("youth.attendee_registered")) == 1


def test_a_guardian_who_refuses_an_event_keeps_the_member_away_from_it(client, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    activities.ask_event_consent(facilitator, event, membership)
    path = link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?")
    client.post(path, data={"decision": "refuse", "words": "Too late in the evening."})
    assert activities.consent_for(event, membership).guardian_words == "Too late in the evening."
    with pytest.raises(DomainError, match="guardian must consent"):
        activities.register_attendee(facilitator, event, membership)


def test_asking_again_for_an_event_cancels_the_earlier_link(client, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    activities.ask_event_consent(facilitator, event, membership)
    first = link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?")
    activities.ask_event_consent(facilitator, event, membership)
    assert client.get(first, follow_redirects=True).status_code == 404
    second = link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?")
    assert client.get(second, follow_redirects=True).status_code == 200


def test_event_consent_is_asked_only_once_the_guardian_consented_to_the_membership(youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    with pytest.raises(Conflict, match="not consented to their membership"):
        activities.ask_event_consent(facilitator, _event(scheme, facilitator), membership)


def test_recording_attendance_records_the_members_hours_once(client, youth, smtp):
    scheme, facilitator = youth
    adult = make_member(scheme, date_of_birth=born_years_ago(20)).memberships[0]
    event = _event(scheme, facilitator, minutes=150)
    activities.register_attendee(facilitator, event, adult)
    with pytest.raises(Conflict, match="once the event has started"):
        activities.record_attendance(facilitator, event, adult)
    _past(event)
    activities.record_attendance(facilitator, event, adult)
    [entry] = hours.entries_for(adult)
    assert (entry.source, entry.source_ref, entry.minutes, entry.activity) == (
        "youth.event",
        str(event.id),
        150,
        hours.HoursActivity.YOUTH_ACTIVITY,
    )
    assert entry.worked_on == local_date(event.starts_at)
    with pytest.raises(Conflict, match="already recorded"):
        activities.record_attendance(facilitator, event, adult)
    assert len(hours.entries_for(adult)) == 1
    assert len(events("youth.attendance_recorded")) == 1


def test_an_under_18_with_the_events_consent_attends_and_gets_their_hours(client, login_as, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator, minutes=90)
    activities.ask_event_consent(facilitator, event, membership)
    client.post(link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?"), data={"decision": "consent"})
    activities.register_attendee(facilitator, event, membership)
    _past(event)
    login_as(facilitator)
    assert client.post(f"/youth/events/{event.id}/members/{membership.id}/attended").status_code == 302
    assert hours.minutes_for_membership(membership) == 90


def test_the_event_page_shows_each_members_consent_to_the_facilitator_and_not_to_officers(
    client, login_as, youth, smtp
):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    login_as(facilitator)
    page = client.get(f"/youth/events/{event.id}").get_data(as_text=True)
    assert membership.user.display_name in page and "Not asked yet" in page
    login_as(make_officer(scheme.area))
    assert client.get(f"/youth/events/{event.id}").status_code == 403
    assert client.get(f"/youth/schemes/{scheme.id}/events").status_code == 403


def test_only_a_facilitator_arranges_events(youth):
    scheme, _facilitator = youth
    member = make_member(scheme, date_of_birth=born_years_ago(20))
    from volunteers.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        _event(scheme, member)
    assert events("youth.event_created") == []


def test_a_member_sees_their_upcoming_events(client, login_as, youth):
    scheme, facilitator = youth
    member = make_member(scheme, date_of_birth=born_years_ago(20))
    soon = _event(scheme, facilitator)
    past = _event(scheme, facilitator, starts_in=timedelta(days=8))
    past.title = "Last month's meeting"
    _past(past)
    activities.register_attendee(facilitator, soon, member.memberships[0])
    login_as(member)
    page = client.get("/youth/events").get_data(as_text=True)
    assert soon.title in page and "You are registered" in page
    assert "Last month&#39;s meeting" not in page
    login_as(make_user())
    assert client.get("/youth/events").status_code == 403


def test_home_pages_lead_the_facilitator_and_the_young_members_to_the_events(client, login_as, youth):
    scheme, facilitator = youth
    member = make_member(scheme, date_of_birth=born_years_ago(20))
    _event(scheme, facilitator)
    login_as(facilitator)
    page = client.get("/").get_data(as_text=True)
    assert f"/youth/schemes/{scheme.id}/events" in page and f"/youth/schemes/{scheme.id}/guardians" in page
    login_as(member)
    page = client.get("/").get_data(as_text=True)
    assert "/youth/events" in page and "1 coming up" in page
    assert f"/youth/schemes/{scheme.id}/guardians" not in page


def test_an_expired_event_link_gets_a_clear_page_and_changes_nothing(client, youth, smtp):
    scheme, facilitator = youth
    membership = _consented_young_member(client, scheme, smtp)
    event = _event(scheme, facilitator)
    asked = activities.ask_event_consent(facilitator, event, membership)
    asked.token.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    path = link_path(smtp, GUARDIAN, "/youth/guardian/event-consent?")
    response = client.post(path, data={"decision": "consent"})
    assert response.status_code == 404 and "expired or has already been used" in response.get_data(as_text=True)
    assert activities.consent_for(event, membership).status == ConsentStatus.REQUESTED
