"""Reviewed sessions with known sightings, for the statistics and retention tests: two sessions at
the world's site on consecutive days, 11:00 to 12:30, with one plate seen in both."""

from dataclasses import dataclass
from datetime import date

from tests.speedwatch.factories import SpeedwatchWorld, accept_all, next_weekday, submitted_on
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


def two_reviewed_sessions(world: SpeedwatchWorld) -> TwoSessions:
    """Both sessions reviewed with every sighting accepted, the first before the second, so that
    the second's AB12CDE is a repeat."""
    first_day, second_day = next_weekday(7), next_weekday(8)
    first = submitted_on(world, first_day, FIRST_SIGHTINGS)
    accept_all(world, first)
    second = submitted_on(world, second_day, SECOND_SIGHTINGS)
    accept_all(world, second)
    return TwoSessions(first, second, first_day, second_day)
