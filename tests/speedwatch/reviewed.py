"""Reviewed sessions with known sightings, for the statistics and retention tests: two sessions at
the world's site on consecutive days, 11:00 to 12:30, with one plate seen in both."""

from dataclasses import dataclass
from datetime import date

from tests.speedwatch.factories import SpeedwatchWorld, accept_all, cover, entry, next_weekday, running_session, window
from volunteers.speedwatch import services
from volunteers.speedwatch.models import SpeedwatchSession

# (plate, speed, minutes after 11:00) in each session.
FIRST_SIGHTINGS = (("AB12CDE", 38, 10), ("XY70ZZT", 47, 40), ("CD34EFG", 52, 70))
SECOND_SIGHTINGS = (("AB12CDE", 41, 15), ("EF56GHJ", 36, 75))
PLATES = ("AB12CDE", "XY70ZZT", "CD34EFG", "EF56GHJ")


@dataclass
class TwoSessions:
    first: SpeedwatchSession
    second: SpeedwatchSession
    first_day: date
    second_day: date


def submitted_on(world: SpeedwatchWorld, day: date, seen) -> SpeedwatchSession:
    """A session at the world's site on `day`, 11:00 to 12:30, submitted with these sightings."""
    cover(world, day)
    starts_at, ends_at = window(day)
    session = running_session(world, starts_at=starts_at, ends_at=ends_at)
    for plate, speed, minutes in seen:
        services.record_sighting(world.volunteers[0], session, entry(session, plate, speed=speed, minutes=minutes))
    services.submit_session(world.volunteers[0], session, now=ends_at)
    return session


def two_reviewed_sessions(world: SpeedwatchWorld) -> TwoSessions:
    """Both sessions reviewed with every sighting accepted, the first before the second, so that
    the second's AB12CDE is a repeat."""
    first_day, second_day = next_weekday(7), next_weekday(8)
    first = submitted_on(world, first_day, FIRST_SIGHTINGS)
    accept_all(world, first)
    second = submitted_on(world, second_day, SECOND_SIGHTINGS)
    accept_all(world, second)
    return TwoSessions(first, second, first_day, second_day)
