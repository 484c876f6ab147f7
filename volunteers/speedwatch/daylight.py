"""Sunrise and sunset at a site on a day, from astral (not a table typed by hand).

Sessions run in daylight only: drivers must see the volunteers, and volunteers the plates.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from astral import LocationInfo
from astral.sun import sun


@dataclass(frozen=True)
class Daylight:
    sunrise: datetime
    sunset: datetime

    def covers(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.sunrise <= starts_at and ends_at <= self.sunset


def daylight_at(latitude: float, longitude: float, day: date) -> Daylight | None:
    """Sunrise and sunset in UTC at the point on the day, or None where the sun does not rise or set."""
    place = LocationInfo(latitude=latitude, longitude=longitude, timezone="UTC")
    try:
        times = sun(place.observer, date=day, tzinfo=UTC)
    except ValueError:
        return None
    return Daylight(times["sunrise"], times["sunset"])
