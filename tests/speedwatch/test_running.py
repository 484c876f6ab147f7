"""At the roadside: a booked volunteer starts the session on the day (from a little before its
start to its end, while the site and device are still in date), records sightings one by one or
as a sheet or batch into the running session only, and submits it, which records every
volunteer's hours."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_member, make_officer, record_check
from tests.speedwatch.factories import (
    book,
    change_settings,
    entry,
    events,
    next_weekday,
    running_session,
    sightings_of,
)
from volunteers.errors import Conflict, DomainError, InvalidInput
from volunteers.extensions import db
from volunteers.hours import HoursActivity, VolunteerHours, record_hours
from volunteers.models import CheckKind, MembershipStatus
from volunteers.permissions import PermissionDenied
from volunteers.speedwatch import services
from volunteers.speedwatch.models import SessionStatus, SpeedwatchSession

NOT_RUNNING = "This session is not running: sightings go only into a running session"


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _reloaded(session: SpeedwatchSession) -> SpeedwatchSession:
    db.session.expire_all()
    return db.session.get(SpeedwatchSession, session.id)


def _hours(session: SpeedwatchSession) -> list[VolunteerHours]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            sa.select(VolunteerHours)
            .where(VolunteerHours.source_ref == str(session.id))
            .order_by(VolunteerHours.membership_id)
        )
    )


# --- Starting ---------------------------------------------------------------------------------


def test_a_booked_volunteer_starts_the_session_15_minutes_before_its_start(world):
    session = book(world)
    now = session.starts_at - timedelta(minutes=15)
    services.start_session(world.volunteers[1], session, now=now)
    session = _reloaded(session)
    assert (session.status, session.started_at, session.started_by_id) == (
        SessionStatus.RUNNING,
        now,
        world.volunteers[1].id,
    )
    [started] = events("speedwatch.session.started")
    assert (started.actor_id, started.subject_id, started.after) == (
        world.volunteers[1].id,
        str(session.id),
        {"status": "running"},
    )


def test_a_session_cannot_be_started_earlier_than_15_minutes_before(world):
    session = book(world)
    with pytest.raises(Conflict) as refused:
        services.start_session(world.volunteers[0], session, now=session.starts_at - timedelta(minutes=15, seconds=1))
    assert refused.value.message == f"This session starts at 11:00 on {_long_date(next_weekday())}; start it then"
    assert _reloaded(session).status == SessionStatus.PLANNED
    assert events("speedwatch.session.started") == []


def test_the_force_sets_how_early_a_session_may_start(world):
    change_settings(world.force, speedwatch_start_early_minutes=30)
    session = book(world)
    services.start_session(world.volunteers[0], session, now=session.starts_at - timedelta(minutes=30))
    assert _reloaded(session).status == SessionStatus.RUNNING


def test_a_session_can_be_started_until_its_end_and_not_after(world):
    late = book(world)
    with pytest.raises(Conflict) as refused:
        services.start_session(world.volunteers[0], late, now=late.ends_at + timedelta(seconds=1))
    assert refused.value.message == "This session's time is over; it can no longer be started"
    services.start_session(world.volunteers[0], late, now=late.ends_at)
    assert _reloaded(late).status == SessionStatus.RUNNING


def test_only_a_volunteer_booked_on_the_session_starts_it(world):
    session = book(world)
    for person in (make_member(world.scheme, name="Not Booked"), world.coordinator, world.officer):
        with pytest.raises(PermissionDenied):
            services.start_session(person, session, now=session.starts_at)
    assert _reloaded(session).status == SessionStatus.PLANNED


def test_a_session_is_started_once(world):
    session = running_session(world)
    with pytest.raises(Conflict) as refused:
        services.start_session(world.volunteers[1], session, now=session.starts_at)
    assert refused.value.message == "This session has already started or ended"
    assert len(events("speedwatch.session.started")) == 1


def test_a_cancelled_session_cannot_be_started(world):
    session = book(world)
    services.cancel_session(world.coordinator, session, "The road is closed for resurfacing that day.")
    with pytest.raises(Conflict):
        services.start_session(world.volunteers[0], session, now=session.starts_at)


def _start_refused(world, session) -> dict[str, list[str]]:
    with pytest.raises(InvalidInput) as refused:
        services.start_session(world.volunteers[0], session, now=session.starts_at)
    assert _reloaded(session).status == SessionStatus.PLANNED
    return {**refused.value.problems, **({None: refused.value.general} if refused.value.general else {})}


def test_a_site_sent_back_for_assessment_after_booking_cannot_be_used(world):
    session = book(world)
    details = services.SiteDetails(
        name="Mill Lane",
        road="Mill Lane, Oadby",
        speed_limit=30,
        latitude=world.site.latitude,
        longitude=world.site.longitude,
        standing_notes="On the verge opposite, now the bus stop has moved",
    )
    services.change_site(world.coordinator, world.site, details)
    assert _start_refused(world, session) == {"site": ["Mill Lane is not approved by an officer"]}


def test_a_site_whose_approval_ran_out_by_the_day_cannot_be_used(world):
    session = book(world)
    lapsed = next_weekday() - timedelta(days=1)
    world.site.approved_until = lapsed
    db.session.commit()
    assert _start_refused(world, session) == {
        "site": [f"The approval of Mill Lane ran out on {_long_date(lapsed)}; an officer must review it first"]
    }


def test_a_device_retired_after_booking_cannot_be_used(world):
    session = book(world)
    services.retire_device(world.coordinator, world.device)
    assert _start_refused(world, session) == {"device": ["The device Radar speed gun (SPD-0001) is retired"]}


def test_a_device_whose_calibration_runs_out_by_the_day_cannot_be_used(world):
    session = book(world)
    day = next_weekday()
    due = day - timedelta(days=1)
    services.record_calibration(world.coordinator, world.device, date.today() - timedelta(days=300), due)
    assert _start_refused(world, session) == {
        "device": [
            f"The device Radar speed gun (SPD-0001) is out of calibration on {_long_date(day)} "
            f"(due {_long_date(due)}); it cannot be booked"
        ]
    }


def test_a_volunteer_whose_training_runs_out_by_the_day_cannot_start_it(world):
    session = book(world)
    day = next_weekday()
    record_check(
        world.volunteers[0].membership_of(world.scheme.id),
        CheckKind.TRAINING,
        completed_on=date.today() - timedelta(days=700),
        expires_on=day - timedelta(days=1),
    )
    assert _start_refused(world, session) == {
        None: [f"Volunteer 1 is not cleared on {_long_date(day)}: training completed"]
    }
    services.start_session(world.volunteers[1], session, now=session.starts_at)
    assert _reloaded(session).status == SessionStatus.RUNNING


# --- Recording --------------------------------------------------------------------------------


def test_a_volunteer_records_one_sighting(world):
    session = running_session(world)
    sighting = services.record_sighting(world.volunteers[2], session, entry(session))
    assert [(s.id, s.recorded_by_id, s.session_id) for s in sightings_of(session)] == [
        (sighting.id, world.volunteers[2].id, session.id)
    ]
    assert _reloaded(session).sighting_count == 1
    [recorded] = events("speedwatch.sighting.recorded")
    assert (recorded.actor_id, recorded.subject_id) == (world.volunteers[2].id, str(session.id))
    assert (recorded.after["sighting_id"], recorded.after["speed"]) == (sighting.id, 38)


def test_a_sheet_stores_the_good_rows_and_reports_each_refused_one_by_line(world):
    session = running_session(world)
    earlier = services.record_sighting(world.volunteers[0], session, entry(session, "CD34EFG", minutes=5))
    rows = [
        entry(session, "AB12CDE", minutes=10),
        entry(session, "AB12CDF", speed=30, minutes=11),
        entry(session, "XY70ZZT", minutes=12),
        entry(session, "NOT A PLATE", colour="", minutes=13),
        entry(session, "CD34EFG", minutes=6),
    ]
    recorded = services.record_sightings(
        world.volunteers[1], session, rows, source="sheet", lines=range(2, 2 + len(rows))
    )
    assert [sighting.registration for sighting in recorded.stored] == ["AB12CDE", "XY70ZZT"]
    assert [refusal.as_dict() for refusal in recorded.refused] == [
        {"line": 3, "errors": {"speed": ["speed 30 is below the threshold of 35 for a 30 mph site"]}},
        {
            "line": 5,
            "errors": {
                "registration": ["NOTAPLATE is not a UK registration: they have at most 7 letters and numbers"],
                "colour": ["Enter the colour"],
            },
        },
        {
            "line": 6,
            "errors": {
                "registration": [
                    "CD34EFG was already recorded at 11:05 in this session: "
                    "the same vehicle within 2 minutes is a duplicate"
                ]
            },
        },
    ]
    stored = sightings_of(session)
    assert [(s.registration, s.recorded_by_id) for s in stored] == [
        ("CD34EFG", world.volunteers[0].id),
        ("AB12CDE", world.volunteers[1].id),
        ("XY70ZZT", world.volunteers[1].id),
    ]
    assert (stored[0].id, stored[0].observed_at, stored[0].speed) == (earlier.id, earlier.observed_at, 38)
    assert _reloaded(session).sighting_count == 3
    [batch] = events("speedwatch.sightings.recorded")
    assert batch.actor_id == world.volunteers[1].id
    assert batch.after == {
        "source": "sheet",
        "stored": 2,
        "refused": 3,
        "first_id": recorded.stored[0].id,
        "last_id": recorded.stored[1].id,
    }


def test_a_sheet_whose_every_row_is_refused_stores_nothing(world):
    session = running_session(world)
    recorded = services.record_sightings(
        world.volunteers[0], session, [entry(session, speed=20), entry(session, "XY70ZZT", speed=10)], source="api"
    )
    assert (recorded.stored, [refusal.line for refusal in recorded.refused]) == ([], [1, 2])
    assert sightings_of(session) == [] and _reloaded(session).sighting_count == 0


def test_a_batch_larger_than_the_force_allows_is_refused_whole(world):
    change_settings(world.force, speedwatch_batch_max_sightings=3)
    session = running_session(world)
    rows = [entry(session, plate, minutes=minutes) for minutes, plate in enumerate(["AB12CDE", "XY70ZZT", "CD34EFG"])]
    with pytest.raises(DomainError) as refused:
        services.record_sightings(world.volunteers[0], session, [*rows, entry(session, "EF56GHJ")], source="api")
    assert refused.value.message == "Send at most 3 sightings at once; this has 4"
    assert sightings_of(session) == []
    assert len(services.record_sightings(world.volunteers[0], session, rows, source="api").stored) == 3


def test_a_batch_of_501_is_refused_by_default(world):
    session = running_session(world)
    with pytest.raises(DomainError) as refused:
        services.record_sightings(world.volunteers[0], session, [entry(session)] * 501, source="api")
    assert refused.value.message == "Send at most 500 sightings at once; this has 501"


def _cancelled(world):
    session = book(world)
    services.cancel_session(world.coordinator, session, "The road is closed for resurfacing that day.")
    return session


def _submitted(world):
    session = running_session(world)
    services.submit_session(world.volunteers[0], session, now=session.ends_at)
    return session


@pytest.mark.parametrize("make", [book, _submitted, _cancelled], ids=["planned", "submitted", "cancelled"])
def test_sightings_go_only_into_a_running_session(world, make):
    session = make(world)
    with pytest.raises(Conflict) as refused:
        services.record_sighting(world.volunteers[0], session, entry(session))
    assert refused.value.message == NOT_RUNNING
    with pytest.raises(Conflict):
        services.record_sightings(world.volunteers[0], session, [entry(session)], source="sheet")
    assert sightings_of(session) == []


def _not_booked(world):
    return make_member(world.scheme, name="Not Booked")


def _area_officer(world):
    return world.officer


def _coordinator(world):
    return world.coordinator


@pytest.mark.parametrize("who", [_not_booked, _coordinator, _area_officer], ids=["member", "coordinator", "officer"])
def test_only_the_sessions_volunteers_record_sightings(world, who):
    session = running_session(world)
    person = who(world)
    with pytest.raises(PermissionDenied):
        services.record_sighting(person, session, entry(session))
    with pytest.raises(PermissionDenied):
        services.record_sightings(person, session, [entry(session)], source="sheet")
    assert sightings_of(session) == []


def test_a_coordinator_booked_as_a_volunteer_records_like_the_others(world):
    session = running_session(world, volunteers=[world.coordinator, *world.volunteers[:2]])
    services.record_sighting(world.coordinator, session, entry(session))
    assert len(sightings_of(session)) == 1


def test_a_volunteer_takes_back_an_entry_typed_wrong(world):
    session = running_session(world)
    wrong = services.record_sighting(world.volunteers[0], session, entry(session, "AB12CDF"))
    kept = services.record_sighting(world.volunteers[0], session, entry(session, "XY70ZZT"))
    services.delete_sighting(world.volunteers[1], session, wrong)
    assert [sighting.id for sighting in sightings_of(session)] == [kept.id]
    assert _reloaded(session).sighting_count == 1
    assert len(events("speedwatch.sighting.deleted")) == 1


def test_an_entry_of_another_session_cannot_be_taken_back_through_this_one(world):
    session = running_session(world)
    other = running_session(world, starts_at=session.ends_at, ends_at=session.ends_at + timedelta(hours=1))
    theirs = services.record_sighting(world.volunteers[0], other, entry(other))
    with pytest.raises(Conflict):
        services.delete_sighting(world.volunteers[0], session, theirs)
    assert len(sightings_of(other)) == 1


# --- Submitting -------------------------------------------------------------------------------


def test_submitting_moves_the_session_to_submitted_and_records_each_volunteers_hours(world):
    session = running_session(world)
    services.record_sighting(world.volunteers[0], session, entry(session))
    services.submit_session(world.volunteers[2], session, now=session.ends_at + timedelta(minutes=5))
    session = _reloaded(session)
    assert (session.status, session.submitted_by_id) == (SessionStatus.SUBMITTED, world.volunteers[2].id)
    assert session.submitted_at == session.ends_at + timedelta(minutes=5)
    memberships = sorted(volunteer.membership_of(world.scheme.id).id for volunteer in world.volunteers)
    assert [
        (h.membership_id, h.worked_on, h.minutes, h.activity, h.source, h.description, h.recorded_by_id)
        for h in _hours(session)
    ] == [
        (
            membership,
            next_weekday(),
            90,
            HoursActivity.SPEEDWATCH_SESSION,
            "speedwatch_session",
            "Mill Lane",
            world.volunteers[2].id,
        )
        for membership in memberships
    ]
    [submitted] = events("speedwatch.session.submitted")
    assert (submitted.actor_id, submitted.after) == (
        world.volunteers[2].id,
        {"status": "submitted", "sightings": 1, "minutes": 90},
    )
    assert len(events("hours.recorded")) == 3


def test_the_hours_run_from_when_it_started_to_its_end_or_its_submission(world):
    early = book(world)
    services.start_session(world.volunteers[0], early, now=early.starts_at - timedelta(minutes=10))
    services.submit_session(world.volunteers[0], early, now=early.ends_at + timedelta(minutes=14))
    assert {h.minutes for h in _hours(early)} == {100}
    cut_short = running_session(world, starts_at=early.ends_at, ends_at=early.ends_at + timedelta(hours=2))
    services.submit_session(world.volunteers[0], cut_short, now=cut_short.starts_at + timedelta(minutes=45))
    assert {h.minutes for h in _hours(cut_short)} == {45}


def test_a_session_is_submitted_once_and_its_hours_counted_once(world):
    session = running_session(world)
    services.submit_session(world.volunteers[0], session, now=session.ends_at)
    with pytest.raises(Conflict) as refused:
        services.submit_session(world.volunteers[1], session, now=session.ends_at)
    assert refused.value.message == "Only a running session can be submitted"
    assert len(_hours(session)) == 3
    assert len(events("hours.recorded")) == 3 and len(events("speedwatch.session.submitted")) == 1
    # Recording the session's hours again (a corrected length) changes the rows; it adds none.
    membership = world.volunteers[0].membership_of(world.scheme.id)
    record_hours(
        world.volunteers[0],
        membership,
        next_weekday(),
        80,
        HoursActivity.SPEEDWATCH_SESSION,
        source="speedwatch_session",
        source_ref=str(session.id),
    )
    db.session.commit()
    assert sorted(h.minutes for h in _hours(session)) == [80, 90, 90]


def test_a_planned_session_cannot_be_submitted(world):
    session = book(world)
    with pytest.raises(Conflict):
        services.submit_session(world.volunteers[0], session, now=session.ends_at)
    assert _reloaded(session).status == SessionStatus.PLANNED and _hours(session) == []


def test_only_the_sessions_volunteers_submit_it(world):
    session = running_session(world)
    for person in (make_member(world.scheme, name="Not Booked"), world.coordinator, make_officer(world.area)):
        with pytest.raises(PermissionDenied):
            services.submit_session(person, session, now=session.ends_at)
    assert _reloaded(session).status == SessionStatus.RUNNING and _hours(session) == []


def test_a_volunteer_suspended_before_the_session_is_submitted_still_has_their_hours(world):
    session = running_session(world)
    membership = world.volunteers[2].membership_of(world.scheme.id)
    membership.status = MembershipStatus.SUSPENDED
    db.session.commit()
    services.submit_session(world.volunteers[0], session, now=session.ends_at)
    assert membership.id in {h.membership_id for h in _hours(session)} and len(_hours(session)) == 3


def test_a_sheet_refused_whole_is_audited_and_stores_nothing(world):
    session = running_session(world)
    rows = [entry(session, "NOT A PLATE"), entry(session, speed=20)]
    recorded = services.record_sightings(world.volunteers[0], session, rows, source="sheet")
    assert recorded.stored == [] and [refusal.line for refusal in recorded.refused] == [1, 2]
    [refused] = events("speedwatch.sightings.refused")
    assert refused.after == {"source": "sheet", "refused": 2}
    assert events("speedwatch.sightings.recorded") == []
