"""The rules every sighting is checked against, however it is entered: the threshold for the
site's limit (and the force's rounding of it), a plausible speed, a time inside the session, no
duplicate of a vehicle just recorded, and every problem of an entry reported at once."""

import math
from datetime import UTC, datetime, timedelta

import pytest

from tests.speedwatch.factories import (
    book,
    change_settings,
    entry,
    make_site,
    make_speedwatch_world,
    running_session,
    sightings_of,
)
from volunteers.errors import InvalidInput
from volunteers.settings import settings_for
from volunteers.speedwatch import services
from volunteers.speedwatch.models import Direction
from volunteers.speedwatch.sightings import threshold_for


@pytest.fixture
def session(world):
    """Running at Mill Lane (30 mph) from 11:00 to 12:30, entries accepted until 12:45."""
    return running_session(world)


def _record(world, session, **fields):
    return services.record_sighting(world.volunteers[0], session, entry(session, **fields))


def _problems(world, session, **fields) -> dict[str, list[str]]:
    """What is wrong with an entry, by field, when a volunteer records it; nothing is stored."""
    before = len(sightings_of(session))
    with pytest.raises(InvalidInput) as refused:
        _record(world, session, **fields)
    assert len(sightings_of(session)) == before
    return refused.value.problems


def _at(session, minutes: float) -> datetime:
    return session.starts_at + timedelta(minutes=minutes)


# --- The threshold ----------------------------------------------------------------------------


@pytest.mark.parametrize(("limit", "threshold"), [(20, 24), (30, 35), (40, 46)])
def test_the_default_threshold_is_the_limit_plus_ten_percent_plus_two(world, limit, threshold):
    assert threshold_for(limit, settings_for(world.force)) == threshold
    site = make_site(world.scheme, name=f"A {limit} road", speed_limit=limit)
    session = running_session(world, site=site)
    assert (session.speed_limit, session.threshold) == (limit, threshold)
    _record(world, session, speed=threshold)
    assert [sighting.speed for sighting in sightings_of(session)] == [threshold]


@pytest.mark.parametrize(("limit", "threshold"), [(20, 24), (30, 35), (40, 46)])
def test_a_speed_just_below_the_threshold_is_refused_naming_threshold_and_limit(world, limit, threshold):
    site = make_site(world.scheme, name=f"A {limit} road", speed_limit=limit)
    session = running_session(world, site=site)
    assert _problems(world, session, speed=threshold - 1) == {
        "speed": [f"speed {threshold - 1} is below the threshold of {threshold} for a {limit} mph site"]
    }


def test_the_refusal_reads_exactly_as_a_volunteer_is_told_it(world, session):
    assert _problems(world, session, speed=33)["speed"] == ["speed 33 is below the threshold of 35 for a 30 mph site"]


# 30 mph + 7% + 2 = 34.1 and 30 mph + 5% + 2 = 33.5: the force's rounding decides the threshold.
@pytest.mark.parametrize(
    ("percent", "rounding", "threshold"),
    [
        (7, "up", 35),
        (7, "down", 34),
        (7, "nearest", 34),
        (5, "up", 34),
        (5, "down", 33),
        (5, "nearest", 34),
    ],
)
def test_the_force_chooses_how_the_threshold_is_rounded(world, percent, rounding, threshold):
    change_settings(world.force, speedwatch_threshold_percent=percent, speedwatch_threshold_rounding=rounding)
    assert threshold_for(30, settings_for(world.force)) == threshold
    session = running_session(world)
    assert session.threshold == threshold
    assert _problems(world, session, speed=threshold - 1)["speed"] == [
        f"speed {threshold - 1} is below the threshold of {threshold} for a 30 mph site"
    ]
    _record(world, session, speed=threshold)
    assert len(sightings_of(session)) == 1


def test_the_force_sets_the_margin_over_the_limit(world):
    change_settings(world.force, speedwatch_threshold_percent=0, speedwatch_threshold_extra_mph=5)
    assert threshold_for(30, settings_for(world.force)) == 35
    change_settings(world.force, speedwatch_threshold_percent=20, speedwatch_threshold_extra_mph=0)
    assert threshold_for(30, settings_for(world.force)) == 36


def test_a_session_keeps_the_threshold_it_was_booked_with(world):
    session = book(world)
    change_settings(world.force, speedwatch_threshold_percent=50)
    services.start_session(world.volunteers[0], session, now=session.starts_at)
    assert session.threshold == 35
    _record(world, session, speed=35)
    assert len(sightings_of(session)) == 1


# --- The speed ---------------------------------------------------------------------------------


def test_a_speed_of_150_is_recorded_and_151_is_refused_as_a_misreading(world, session):
    _record(world, session, speed=150)
    assert _problems(world, session, plate="XY70ZZT", speed=151) == {
        "speed": ["speed 151 is above 150 mph: check the reading"]
    }


@pytest.mark.parametrize("speed", ["38", " 38 ", 38.0])
def test_a_whole_number_of_mph_may_come_as_text(world, session, speed):
    _record(world, session, speed=speed)
    assert sightings_of(session)[0].speed == 38


@pytest.mark.parametrize(
    "speed",
    # Digits of other scripts ("٣٨" is Arabic-Indic 38, "３８" full-width) are not a reading.
    ["fast", "", None, "38.5", 38.5, "38 mph", [38], math.nan, math.inf, -math.inf, True, "٣٨", "３８", "3_8"],
)
def test_a_speed_that_is_not_a_whole_number_is_refused_as_one(world, session, speed):
    assert _problems(world, session, speed=speed) == {"speed": ["Enter the speed as a whole number of mph, like 38"]}


# --- The time ---------------------------------------------------------------------------------


def test_a_sighting_at_the_start_and_at_the_end_of_the_grace_is_recorded(world, session):
    _record(world, session, minutes=0)
    _record(world, session, plate="XY70ZZT", minutes=90 + 15)
    assert [sighting.observed_at for sighting in sightings_of(session)] == [_at(session, 0), _at(session, 105)]


def test_a_sighting_after_the_grace_is_refused_with_the_session_times(world, session):
    assert _problems(world, session, observed_at=_at(session, 105) + timedelta(seconds=1)) == {
        "observed_at": ["12:45 is outside the session (11:00 to 12:45)"]
    }
    assert _problems(world, session, minutes=106)["observed_at"] == ["12:46 is outside the session (11:00 to 12:45)"]


def test_a_sighting_before_the_start_is_refused(world, session):
    assert _problems(world, session, minutes=-1) == {"observed_at": ["10:59 is outside the session (11:00 to 12:45)"]}


def test_a_session_started_early_accepts_sightings_from_when_it_started(world):
    session = book(world)
    services.start_session(world.volunteers[0], session, now=_at(session, -10))
    _record(world, session, minutes=-10)
    assert _problems(world, session, plate="XY70ZZT", minutes=-11) == {
        "observed_at": ["10:49 is outside the session (10:50 to 12:45)"]
    }


def test_the_force_sets_the_grace_after_the_end(world):
    change_settings(world.force, speedwatch_entry_grace_minutes=5)
    session = running_session(world)
    _record(world, session, minutes=95)
    assert _problems(world, session, plate="XY70ZZT", minutes=96) == {
        "observed_at": ["12:36 is outside the session (11:00 to 12:35)"]
    }


@pytest.mark.parametrize("observed_at", [None, "11:10", datetime(2030, 6, 1, 11, 10)])
def test_a_time_that_is_missing_or_not_a_moment_is_asked_for(world, session, observed_at):
    assert _problems(world, session, observed_at=observed_at) == {
        "observed_at": ["Enter the time the vehicle passed, like 14:05"]
    }


def test_a_time_in_another_zone_is_the_same_moment(world, session):
    _record(world, session, observed_at=_at(session, 20).astimezone(UTC))
    assert sightings_of(session)[0].observed_at == _at(session, 20)


# --- Duplicates -------------------------------------------------------------------------------

DUPLICATE = "AB12CDE was already recorded at 11:10 in this session: the same vehicle within 2 minutes is a duplicate"


@pytest.mark.parametrize("seconds_later", [0, 1, 60, 119])
def test_the_same_plate_within_two_minutes_is_a_duplicate(world, session, seconds_later):
    _record(world, session, minutes=10)
    later = _at(session, 10) + timedelta(seconds=seconds_later)
    assert _problems(world, session, plate="ab12 cde", observed_at=later) == {"registration": [DUPLICATE]}


def test_an_entry_typed_up_later_for_an_earlier_time_is_a_duplicate_too(world, session):
    _record(world, session, minutes=10)
    earlier = _at(session, 10) - timedelta(seconds=90)
    assert _problems(world, session, observed_at=earlier) == {"registration": [DUPLICATE]}


def test_the_same_plate_two_minutes_later_is_recorded_again(world, session):
    _record(world, session, minutes=10)
    _record(world, session, minutes=12)
    _record(world, session, minutes=8)
    assert len(sightings_of(session)) == 3


def test_another_plate_at_the_same_moment_is_not_a_duplicate(world, session):
    _record(world, session, minutes=10)
    _record(world, session, plate="AB12CDF", minutes=10)
    assert len(sightings_of(session)) == 2


def test_the_same_plate_at_the_same_moment_in_another_session_is_not_a_duplicate(world, session):
    elsewhere = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch", site_name="Station Road")
    other = running_session(elsewhere)
    assert other.starts_at == session.starts_at
    _record(world, session, minutes=10)
    services.record_sighting(elsewhere.volunteers[0], other, entry(other, minutes=10))
    assert len(sightings_of(session)) == len(sightings_of(other)) == 1


def test_a_duplicate_within_a_batch_is_refused_on_its_line(world, session):
    recorded = services.record_sightings(
        world.volunteers[0], session, [entry(session, minutes=10), entry(session, minutes=11)], source="sheet"
    )
    assert len(recorded.stored) == 1
    assert [(refusal.line, refusal.as_dict()["errors"]) for refusal in recorded.refused] == [
        (2, {"registration": [DUPLICATE]})
    ]


def test_the_force_sets_the_duplicate_window(world):
    change_settings(world.force, speedwatch_duplicate_minutes=5)
    session = running_session(world)
    _record(world, session, minutes=10)
    assert _problems(world, session, minutes=14)["registration"] == [
        "AB12CDE was already recorded at 11:10 in this session: the same vehicle within 5 minutes is a duplicate"
    ]
    _record(world, session, minutes=15)


# --- Everything at once -----------------------------------------------------------------------


def test_every_problem_of_an_entry_is_reported_at_once(world, session):
    problems = _problems(
        world,
        session,
        plate="NOT A PLATE",
        speed=12,
        make="",
        colour="",
        direction="up",
        minutes=200,
        model="M" * 41,
    )
    assert problems == {
        "registration": ["NOTAPLATE is not a UK registration: they have at most 7 letters and numbers"],
        "speed": ["speed 12 is below the threshold of 35 for a 30 mph site"],
        "make": ["Enter the make, like Ford"],
        "model": ["Use 40 characters or fewer"],
        "colour": ["Enter the colour"],
        "direction": ["Choose the direction: north, south, east or west"],
        "observed_at": ["14:20 is outside the session (11:00 to 12:45)"],
    }


def test_a_duplicate_is_reported_with_the_entrys_other_problems(world, session):
    _record(world, session, minutes=10)
    assert _problems(world, session, minutes=11, speed=30, colour="") == {
        "registration": [
            "AB12CDE was already recorded at 11:10 in this session: the same vehicle within 2 minutes is a duplicate"
        ],
        "speed": ["speed 30 is below the threshold of 35 for a 30 mph site"],
        "colour": ["Enter the colour"],
    }


def test_a_sighting_is_stored_as_checked(world, session):
    sighting = _record(
        world, session, plate="ab12 cde", make="ford", model="", colour="Dark BLUE", direction="Southbound"
    )
    assert (sighting.registration, sighting.make, sighting.model, sighting.colour, sighting.direction) == (
        "AB12CDE",
        "Ford",
        None,
        "dark blue",
        Direction.SOUTHBOUND,
    )
    assert (sighting.speed, sighting.observed_at, sighting.recorded_by_id) == (
        38,
        _at(session, 10),
        world.volunteers[0].id,
    )


def test_the_direction_may_be_left_out(world, session):
    assert _record(world, session, direction="").direction is None
