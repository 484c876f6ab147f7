"""Who may act at the roadside: a volunteer booked on the session who may submit today. A member
suspended (or no longer cleared) after booking is stopped at once, whatever they try next: they
cannot start the session, record a sighting or submit it, and they cannot be booked again. And
who sees a session's plates: its own volunteers and the area's officers, nobody else."""

from datetime import date, timedelta

import pytest

from tests.factories import make_member, make_officer, record_check
from tests.speedwatch.factories import (
    book,
    booking,
    entry,
    events,
    make_speedwatch_world,
    running_session,
    sightings_of,
)
from volunteers.errors import InvalidInput
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.models import CheckKind
from volunteers.permissions import PermissionDenied, can
from volunteers.speedwatch import services
from volunteers.speedwatch.models import SessionStatus, SpeedwatchSession

REASON = "A complaint about their conduct is being looked at"


def _suspend(world, volunteer) -> None:
    lifecycle.suspend(world.coordinator, volunteer.membership_of(world.scheme.id), REASON)


def _status(session) -> SessionStatus:
    db.session.expire_all()
    return db.session.get(SpeedwatchSession, session.id).status


def test_a_member_suspended_after_booking_cannot_start_the_session(world):
    session = book(world)
    _suspend(world, world.volunteers[0])
    with pytest.raises(PermissionDenied) as refused:
        services.start_session(world.volunteers[0], session, now=session.starts_at)
    assert refused.value.action == "speedwatch.session.run"
    assert _status(session) == SessionStatus.PLANNED
    assert events("speedwatch.session.started") == []


def test_the_others_still_start_a_session_one_of_them_is_suspended_from(world):
    session = book(world)
    _suspend(world, world.volunteers[0])
    services.start_session(world.volunteers[1], session, now=session.starts_at)
    assert _status(session) == SessionStatus.RUNNING


def test_a_member_suspended_mid_session_cannot_record_a_sighting(world):
    session = running_session(world)
    services.record_sighting(world.volunteers[0], session, entry(session, minutes=5))
    _suspend(world, world.volunteers[0])
    with pytest.raises(PermissionDenied) as refused:
        services.record_sighting(world.volunteers[0], session, entry(session, "XY70ZZT", minutes=10))
    assert refused.value.action == "speedwatch.session.run"
    with pytest.raises(PermissionDenied):
        services.record_sightings(world.volunteers[0], session, [entry(session, "XY70ZZT")], source="sheet")
    assert [sighting.registration for sighting in sightings_of(session)] == ["AB12CDE"]
    services.record_sighting(world.volunteers[1], session, entry(session, "XY70ZZT", minutes=10))
    assert len(sightings_of(session)) == 2


def test_a_member_suspended_mid_session_cannot_take_back_a_sighting(world):
    session = running_session(world)
    sighting = services.record_sighting(world.volunteers[0], session, entry(session))
    _suspend(world, world.volunteers[0])
    with pytest.raises(PermissionDenied):
        services.delete_sighting(world.volunteers[0], session, sighting)
    assert len(sightings_of(session)) == 1


def test_a_member_suspended_mid_session_cannot_submit_it(world):
    session = running_session(world)
    _suspend(world, world.volunteers[0])
    with pytest.raises(PermissionDenied) as refused:
        services.submit_session(world.volunteers[0], session, now=session.ends_at)
    assert refused.value.action == "speedwatch.session.run"
    assert _status(session) == SessionStatus.RUNNING
    services.submit_session(world.volunteers[1], session, now=session.ends_at)
    assert _status(session) == SessionStatus.SUBMITTED


def test_a_suspended_member_cannot_be_booked_on_the_next_session(world):
    first = book(world)
    _suspend(world, world.volunteers[2])
    later = booking(world, starts_at=first.ends_at, ends_at=first.ends_at + timedelta(hours=1))
    with pytest.raises(InvalidInput) as refused:
        services.book_session(world.coordinator, world.scheme, later)
    assert refused.value.problems["volunteers"][0] == "Volunteer 3 is suspended from Oadby Speed Watch"


def test_a_reinstated_member_may_act_again(world):
    session = running_session(world)
    _suspend(world, world.volunteers[0])
    lifecycle.reinstate(
        world.coordinator, world.volunteers[0].membership_of(world.scheme.id), "The complaint was unfounded"
    )
    services.record_sighting(world.volunteers[0], session, entry(session))
    assert len(sightings_of(session)) == 1


def test_training_that_lapses_mid_session_stops_a_volunteer_too(world):
    session = running_session(world)
    record_check(
        world.volunteers[0].membership_of(world.scheme.id),
        CheckKind.TRAINING,
        completed_on=date.today() - timedelta(days=800),
        expires_on=date.today() - timedelta(days=1),
    )
    with pytest.raises(PermissionDenied):
        services.record_sighting(world.volunteers[0], session, entry(session))
    assert sightings_of(session) == []


# --- The rules as a table -------------------------------------------------------------------


def test_the_run_rule_allows_exactly_the_cleared_volunteers_booked_on_the_session(world):
    session = book(world)
    _suspend(world, world.volunteers[2])
    other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    allowed = {
        "a booked volunteer": (world.volunteers[0], True),
        "a suspended booked volunteer": (world.volunteers[2], False),
        "a member not booked": (make_member(world.scheme), False),
        "the coordinator, not booked": (world.coordinator, False),
        "the area's officer": (world.officer, False),
        "a volunteer of another scheme": (other.volunteers[0], False),
    }
    assert {who: can(person, "speedwatch.session.run", session) for who, (person, _) in allowed.items()} == {
        who: expected for who, (_, expected) in allowed.items()
    }


def test_only_the_sessions_volunteers_and_the_areas_officers_see_its_plates(world):
    session = book(world)
    other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    allowed = {
        "a booked volunteer": (world.volunteers[0], True),
        "the area's officer": (world.officer, True),
        "a member not booked": (make_member(world.scheme), False),
        "the coordinator, not booked": (world.coordinator, False),
        "another area's officer": (other.officer, False),
        "an officer of no area": (make_officer(), False),
    }
    assert {who: can(person, "speedwatch.session.view_sightings", session) for who, (person, _) in allowed.items()} == {
        who: expected for who, (_, expected) in allowed.items()
    }
