"""Booking a session: a coordinator books it at an approved, in-date site on a road the force
allows, in daylight at the site, for no longer than the force allows, with enough trained
volunteers of the right age and a calibrated device; anything else is refused with a reason that
names the rule, and nothing is stored."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from astral import Observer
from astral.sun import sun

from tests.factories import make_member, make_membership, make_user, record_check
from tests.speedwatch.factories import (
    LATITUDE,
    LONGITUDE,
    book,
    booking,
    change_settings,
    cover,
    events,
    make_device,
    make_site,
    make_speedwatch_world,
    next_weekday,
    window,
    winter_day,
)
from volunteers.errors import InvalidInput
from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.membership import lifecycle
from volunteers.models import CheckKind, MembershipStatus
from volunteers.permissions import PermissionDenied
from volunteers.speedwatch import services
from volunteers.speedwatch.models import SessionStatus, SiteStatus, SpeedwatchSession

LONDON = ZoneInfo("Europe/London")
TOO_FEW = "A session needs at least 3 trained volunteers who can stand at the roadside"


def _sessions() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(SpeedwatchSession))


def _refused(world, now: datetime | None = None, **changes) -> dict[str, list[str]]:
    """Every problem with the booking, by field; no session is stored and nothing audited."""
    before = _sessions()
    with pytest.raises(InvalidInput) as refused:
        services.book_session(world.coordinator, world.scheme, booking(world, **changes), now=now)
    assert _sessions() == before
    assert refused.value.general == []
    return refused.value.problems


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _sun(day: date) -> tuple[datetime, datetime]:
    """Sunrise and sunset at Mill Lane on a day, in local time, as astral reckons them."""
    times = sun(Observer(LATITUDE, LONGITUDE), date=day, tzinfo=LONDON)
    return times["sunrise"], times["sunset"]


def _to_the_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# --- A good booking ---------------------------------------------------------------------------


def test_a_good_booking_is_stored_planned_with_its_limit_threshold_volunteers_and_device(world):
    starts_at, ends_at = window()
    session = book(world, starts_at=starts_at, ends_at=ends_at)
    db.session.expire_all()
    assert session.status == SessionStatus.PLANNED
    assert (session.starts_at, session.ends_at) == (starts_at, ends_at)
    assert (session.speed_limit, session.threshold) == (30, 35)
    assert session.volunteer_ids == {volunteer.id for volunteer in world.volunteers}
    assert (session.site_id, session.device_id, session.booked_by_id) == (
        world.site.id,
        world.device.id,
        world.coordinator.id,
    )
    assert (session.force_id, session.area_id, session.scheme_id) == (world.force.id, world.area.id, world.scheme.id)
    [booked] = events("speedwatch.session.booked")
    assert (booked.actor_id, booked.subject_id) == (world.coordinator.id, str(session.id))
    assert booked.after["volunteer_ids"] == sorted(volunteer.id for volunteer in world.volunteers)


def test_the_threshold_stored_follows_the_sites_limit(world):
    site = make_site(world.scheme, name="School Lane", speed_limit=20)
    assert book(world, site=site).threshold == 24


def test_only_the_schemes_coordinator_books(world):
    with pytest.raises(PermissionDenied):
        services.book_session(world.volunteers[0], world.scheme, booking(world))
    with pytest.raises(PermissionDenied):
        services.book_session(world.officer, world.scheme, booking(world))
    assert _sessions() == 0


# --- Daylight ---------------------------------------------------------------------------------


def test_a_session_ending_after_sunset_is_refused_naming_the_sunset(world):
    day = winter_day()
    cover(world, day)
    _sunrise, sunset = _sun(day)
    assert time(15, 40) <= sunset.time() <= time(16, 0), "a December sunset at Leicester"
    problems = _refused(world, starts_at=at_local(day, time(15, 0)), ends_at=at_local(day, time(16, 30)))
    assert problems == {
        "ends_at": [f"Sunset at Mill Lane on {_long_date(day)} is {sunset:%H:%M}; a session must end by then"]
    }


def test_a_session_may_end_at_sunset_but_not_a_minute_later(world):
    day = winter_day()
    cover(world, day)
    _sunrise, sunset = _sun(day)
    last = _to_the_minute(sunset)
    starts_at = last - timedelta(minutes=90)
    assert "ends_at" in _refused(world, starts_at=starts_at, ends_at=last + timedelta(minutes=1))
    assert book(world, starts_at=starts_at, ends_at=last).ends_at == last


def test_a_session_starting_before_sunrise_is_refused_naming_the_sunrise(world):
    day = winter_day()
    cover(world, day)
    sunrise, _sunset = _sun(day)
    assert time(7, 50) <= sunrise.time() <= time(8, 20), "a December sunrise at Leicester"
    problems = _refused(world, starts_at=at_local(day, time(7, 0)), ends_at=at_local(day, time(8, 30)))
    assert problems == {
        "starts_at": [f"Sunrise at Mill Lane on {_long_date(day)} is {sunrise:%H:%M}; a session must start after then"]
    }


def test_a_session_may_start_from_the_minute_after_sunrise(world):
    day = winter_day()
    cover(world, day)
    sunrise, _sunset = _sun(day)
    first = _to_the_minute(sunrise) + timedelta(minutes=1)
    assert "starts_at" in _refused(world, starts_at=first - timedelta(minutes=1), ends_at=first + timedelta(hours=1))
    assert book(world, starts_at=first, ends_at=first + timedelta(hours=1)).starts_at == first


def test_a_summer_evening_session_that_would_be_dark_in_winter_is_booked(world):
    day = winter_day((6, 21))
    cover(world, day)
    session = book(world, starts_at=at_local(day, time(19, 0)), ends_at=at_local(day, time(20, 30)))
    assert session.status == SessionStatus.PLANNED


# --- The window -------------------------------------------------------------------------------


def test_a_session_longer_than_two_hours_is_refused_with_both_lengths(world):
    starts_at, ends_at = window(minutes=121)
    assert _refused(world, starts_at=starts_at, ends_at=ends_at) == {
        "ends_at": ["A session lasts at most 2 hours; this one lasts 2 hours 1 minute"]
    }
    starts_at, ends_at = window(minutes=120)
    assert book(world, starts_at=starts_at, ends_at=ends_at).duration == timedelta(hours=2)


def test_a_session_even_seconds_longer_than_two_hours_is_refused(world):
    starts_at, _ends_at = window()
    assert _refused(world, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2, seconds=30)) == {
        "ends_at": ["A session lasts at most 2 hours; this one lasts 2 hours 1 minute"]
    }


def test_the_force_sets_the_longest_session(world):
    change_settings(world.force, speedwatch_session_max_minutes=90)
    starts_at, ends_at = window(minutes=100)
    assert _refused(world, starts_at=starts_at, ends_at=ends_at) == {
        "ends_at": ["A session lasts at most 1 hour 30 minutes; this one lasts 1 hour 40 minutes"]
    }
    starts_at, ends_at = window(minutes=90)
    book(world, starts_at=starts_at, ends_at=ends_at)


def test_a_session_that_ends_before_it_starts_is_refused(world):
    starts_at, _ends_at = window()
    assert _refused(world, starts_at=starts_at, ends_at=starts_at) == {
        "ends_at": ["The session must end after it starts"]
    }


def test_a_session_without_its_times_is_refused_asking_for_them(world):
    untimed = services.Booking(world.site, world.device, None, None, list(world.volunteers))
    with pytest.raises(InvalidInput) as refused:
        services.book_session(world.coordinator, world.scheme, untimed)
    assert _sessions() == 0
    problems = refused.value.problems
    assert problems == {"starts_at": ["Enter when the session starts"], "ends_at": ["Enter when the session ends"]}


def test_a_session_in_the_past_is_refused(world):
    starts_at, ends_at = window()
    problems = _refused(world, now=starts_at + timedelta(minutes=1), starts_at=starts_at, ends_at=ends_at)
    assert problems == {"starts_at": ["A session is booked for a time still to come"]}
    assert services.book_session(world.coordinator, world.scheme, booking(world), now=starts_at).status == "planned"


# --- The volunteers ---------------------------------------------------------------------------


def test_two_volunteers_are_too_few(world):
    assert _refused(world, volunteers=world.volunteers[:2]) == {"volunteers": [TOO_FEW]}


def test_the_same_volunteer_named_twice_counts_once(world):
    assert _refused(world, volunteers=[*world.volunteers[:2], world.volunteers[0]]) == {"volunteers": [TOO_FEW]}


def test_the_force_sets_how_many_volunteers_a_session_needs(world):
    change_settings(world.force, speedwatch_min_volunteers=4)
    assert _refused(world) == {
        "volunteers": ["A session needs at least 4 trained volunteers who can stand at the roadside"]
    }
    change_settings(world.force, speedwatch_min_volunteers=2)
    assert book(world, volunteers=world.volunteers[:2]).volunteer_ids == {v.id for v in world.volunteers[:2]}


def _expired_training(world, expires_on: date):
    member = make_member(world.scheme, name="Tess Trained")
    record_check(
        member.membership_of(world.scheme.id),
        CheckKind.TRAINING,
        completed_on=date.today() - timedelta(days=800),
        expires_on=expires_on,
    )
    return member


def _operator(world, kind: str):
    """Someone who cannot stand at the roadside for the scheme on the session's day, and why."""
    day = next_weekday()
    scheme = world.scheme.name
    if kind == "training expired":
        return _expired_training(world, date.today() - timedelta(days=1)), (
            f"Tess Trained is not cleared on {_long_date(day)}: training completed"
        )
    if kind == "training expires before the day":
        return _expired_training(world, day - timedelta(days=1)), (
            f"Tess Trained is not cleared on {_long_date(day)}: training completed"
        )
    if kind == "no date of birth":
        return make_member(world.scheme, name="Nell Nobirth", date_of_birth=None), (
            "Nell Nobirth has no date of birth on record: operators must be 18 to 80"
        )
    if kind == "17 on the day":
        born = _years_before(day, 18) + timedelta(days=1)
        return make_member(world.scheme, name="Yan Young", date_of_birth=born), (
            "Yan Young is 17: operators must be 18 to 80"
        )
    if kind == "81 on the day":
        return make_member(world.scheme, name="Olga Old", date_of_birth=_years_before(day, 81)), (
            "Olga Old is 81: operators must be 18 to 80"
        )
    if kind == "suspended":
        member = make_member(world.scheme, name="Sid Suspended")
        lifecycle.suspend(world.coordinator, member.membership_of(world.scheme.id), "A complaint is being looked at")
        return member, f"Sid Suspended is suspended from {scheme}"
    if kind == "not a member":
        return make_user(name="Nora Nonmember"), f"Nora Nonmember is not a member of {scheme}"
    if kind == "member of another scheme":
        other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
        return other.volunteers[0], f"Volunteer 1 is not a member of {scheme}"
    if kind == "left":
        member = make_member(world.scheme, name="Len Left")
        lifecycle.end_membership(world.coordinator, member.membership_of(world.scheme.id), "Moved out of the area")
        return member, f"Len Left is not a member of {scheme}"
    if kind == "still being vetted":
        member = make_user(name="Vic Vetting")
        make_membership(member, world.scheme, status=MembershipStatus.VETTING, vetted=False)
        return member, f"Vic Vetting has not finished joining {scheme}"
    raise AssertionError(kind)


OPERATOR_PROBLEMS = [
    "training expired",
    "training expires before the day",
    "no date of birth",
    "17 on the day",
    "81 on the day",
    "suspended",
    "not a member",
    "member of another scheme",
    "left",
    "still being vetted",
]


@pytest.mark.parametrize("kind", OPERATOR_PROBLEMS)
def test_a_volunteer_who_cannot_stand_at_the_roadside_is_refused_by_name(world, kind):
    person, reason = _operator(world, kind)
    problems = _refused(world, volunteers=[*world.volunteers[:2], person])
    assert problems == {"volunteers": [reason, TOO_FEW]}


@pytest.mark.parametrize("kind", OPERATOR_PROBLEMS)
def test_a_volunteer_who_cannot_stand_does_not_stop_a_session_with_enough_others(world, kind):
    person, reason = _operator(world, kind)
    assert _refused(world, volunteers=[*world.volunteers, person]) == {"volunteers": [reason]}


@pytest.mark.parametrize(("age", "years_and_days"), [(18, (18, 0)), (80, (81, 1))])
def test_operators_of_18_and_80_on_the_day_are_booked(world, age, years_and_days):
    day = next_weekday()
    years, days = years_and_days
    born = _years_before(day, years) + timedelta(days=days)
    person = make_member(world.scheme, name="Edge Case", date_of_birth=born)
    assert person.age_on(day) == age
    assert book(world, volunteers=[*world.volunteers[:2], person]).volunteer_ids >= {person.id}


def test_someone_17_today_who_is_18_on_the_day_is_booked(world):
    day = next_weekday()
    person = make_member(world.scheme, name="Birthday Girl", date_of_birth=_years_before(day, 18))
    assert person.age_on(date.today()) == 17
    assert person.id in book(world, volunteers=[*world.volunteers[:2], person]).volunteer_ids


def test_the_force_sets_the_operators_ages(world):
    change_settings(world.force, speedwatch_operator_min_age=21, speedwatch_operator_max_age=70)
    day = next_weekday()
    young = make_member(world.scheme, name="Yan Young", date_of_birth=_years_before(day, 21) + timedelta(days=1))
    old = make_member(world.scheme, name="Olga Old", date_of_birth=_years_before(day, 71))
    assert _refused(world, volunteers=[*world.volunteers, young, old]) == {
        "volunteers": ["Yan Young is 20: operators must be 21 to 70", "Olga Old is 71: operators must be 21 to 70"]
    }


# --- The site ---------------------------------------------------------------------------------


def test_a_site_not_yet_approved_is_refused(world):
    site = make_site(world.scheme, name="Station Road", approved=False)
    assert _refused(world, site=site) == {"site": ["Station Road is not approved by an officer"]}


@pytest.mark.parametrize("status", [SiteStatus.DECLINED, SiteStatus.WITHDRAWN])
def test_a_declined_or_withdrawn_site_is_refused(world, status):
    world.site.status = status
    db.session.commit()
    assert _refused(world) == {"site": ["Mill Lane is not approved by an officer"]}


def test_a_site_whose_approval_runs_out_before_the_day_is_refused(world):
    day = next_weekday()
    world.site.approved_until = day - timedelta(days=1)
    db.session.commit()
    assert _refused(world) == {
        "site": [
            f"The approval of Mill Lane ends on {_long_date(day - timedelta(days=1))}, before the session; "
            "an officer must review it first"
        ]
    }


def test_a_site_whose_approval_has_already_run_out_is_refused(world):
    lapsed = date.today() - timedelta(days=1)
    world.site.approved_until = lapsed
    db.session.commit()
    assert _refused(world) == {
        "site": [f"The approval of Mill Lane ran out on {_long_date(lapsed)}; an officer must review it first"]
    }


def test_a_site_approved_until_the_day_is_booked(world):
    world.site.approved_until = next_weekday()
    db.session.commit()
    assert book(world).status == SessionStatus.PLANNED


def test_another_schemes_site_is_refused(world):
    other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch", site_name="Station Road")
    assert _refused(world, site=other.site) == {"site": ["Choose one of the scheme's sites"]}
    assert _refused(world, site=None) == {"site": ["Choose one of the scheme's sites"]}


def test_a_road_with_a_limit_the_force_does_not_allow_is_refused(world):
    site = make_site(world.scheme, name="The Bypass", speed_limit=50)
    assert _refused(world, site=site) == {
        "site": ["The Bypass is a 50 mph road: the force allows Speed Watch only on 20, 30, 40 mph roads"]
    }


def test_the_force_chooses_the_limits_it_allows(world):
    change_settings(world.force, speedwatch_speed_limits=[30, 50])
    bypass = make_site(world.scheme, name="The Bypass", speed_limit=50)
    school = make_site(world.scheme, name="School Lane", speed_limit=20)
    assert _refused(world, site=school) == {
        "site": ["School Lane is a 20 mph road: the force allows Speed Watch only on 30, 50 mph roads"]
    }
    assert book(world, site=bypass).threshold == 57


# --- The device -------------------------------------------------------------------------------


def test_a_device_out_of_calibration_on_the_day_is_refused(world):
    day = next_weekday()
    world.device.calibration_due = day - timedelta(days=1)
    db.session.commit()
    assert _refused(world) == {
        "device": [
            f"The device Radar speed gun (SPD-0001) is out of calibration on {_long_date(day)} "
            f"(due {_long_date(day - timedelta(days=1))}); it cannot be booked"
        ]
    }


def test_a_device_due_for_calibration_on_the_day_is_booked(world):
    world.device.calibration_due = next_weekday()
    db.session.commit()
    assert book(world).device_id == world.device.id


def test_a_retired_device_is_refused(world):
    services.retire_device(world.coordinator, world.device)
    assert _refused(world) == {"device": ["The device Radar speed gun (SPD-0001) is retired"]}


def test_another_schemes_device_is_refused(world):
    other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    assert _refused(world, device=other.device) == {"device": ["Choose one of the scheme's devices"]}
    assert _refused(world, device=None) == {"device": ["Choose one of the scheme's devices"]}


# --- Other sessions ---------------------------------------------------------------------------


def _others(world, count: int = 3):
    return [make_member(world.scheme, name=f"Other {number}") for number in range(1, count + 1)]


def test_a_session_overlapping_another_at_the_site_is_refused(world):
    book(world)
    starts_at, _ends_at = window()
    later = starts_at + timedelta(minutes=60)
    problems = _refused(world, starts_at=later, ends_at=later + timedelta(hours=1), volunteers=_others(world))
    assert problems == {"starts_at": ["Mill Lane already has a session from 11:00 to 12:30"]}


def test_sessions_straight_before_and_after_another_at_the_site_are_booked(world):
    first = book(world)
    after = book(world, starts_at=first.ends_at, ends_at=first.ends_at + timedelta(hours=1))
    before = book(world, starts_at=first.starts_at - timedelta(hours=1), ends_at=first.starts_at)
    assert (after.status, before.status) == (SessionStatus.PLANNED, SessionStatus.PLANNED)


def test_a_cancelled_session_leaves_its_time_free(world):
    first = book(world)
    services.cancel_session(world.coordinator, first, "The road is closed for resurfacing that day.")
    assert book(world, volunteers=_others(world)).status == SessionStatus.PLANNED


def test_a_volunteer_booked_elsewhere_at_the_same_time_is_refused_by_name(world):
    book(world)
    station = make_site(world.scheme, name="Station Road")
    device = make_device(world.scheme, serial="SPD-0002")
    starts_at, _ends_at = window()
    later = starts_at + timedelta(minutes=30)
    problems = _refused(
        world,
        site=station,
        device=device,
        starts_at=later,
        ends_at=later + timedelta(hours=1),
        volunteers=[world.volunteers[1], *_others(world, 2)],
    )
    assert problems == {"volunteers": ["Volunteer 2 is booked on another session at that time"]}


# --- Everything at once -----------------------------------------------------------------------


def test_every_rule_a_booking_breaks_is_named_at_once(world):
    day = winter_day()
    cover(world, day)
    _sunrise, sunset = _sun(day)
    world.device.retired_at = world.site.proposed_at
    db.session.commit()
    problems = _refused(
        world,
        site=make_site(world.scheme, name="The Bypass", speed_limit=50),
        starts_at=at_local(day, time(13, 0)),
        ends_at=at_local(day, time(16, 0)),
        volunteers=world.volunteers[:1],
    )
    assert problems == {
        "site": ["The Bypass is a 50 mph road: the force allows Speed Watch only on 20, 30, 40 mph roads"],
        "device": ["The device Radar speed gun (SPD-0001) is retired"],
        "ends_at": [
            "A session lasts at most 2 hours; this one lasts 3 hours",
            f"Sunset at The Bypass on {_long_date(day)} is {sunset:%H:%M}; a session must end by then",
        ],
        "volunteers": [TOO_FEW],
    }
