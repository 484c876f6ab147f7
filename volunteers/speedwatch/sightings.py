"""The one validation path of a sighting, however it arrives: the roadside form, a CSV sheet, an API
batch, the bulk import, and the API's check that stores nothing.

`EntryRules` holds what the session decides (limit, threshold, window) and `check_entry` turns one
entry into a `CheckedSighting` or the list of its problems, each naming the rule it breaks
("speed 33 is below the threshold of 35 for a 30 mph site"). It is pure and quick: the bulk
import runs it on millions of rows, so it touches no database and builds a message only for a
refusal.
"""

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask_babel import gettext as _

from volunteers.speedwatch import plates
from volunteers.speedwatch.models import (
    COLOUR_MAX_CHARS,
    MAKE_MAX_CHARS,
    MODEL_MAX_CHARS,
    Direction,
)

# How much of something typed where a plate should be a refusal repeats.
SHOWN_PLATE_CHARS = 12
DIRECTIONS = {direction.value: direction for direction in Direction}


def threshold_for(speed_limit: int, settings) -> int:
    """The lowest speed recorded at a site: the limit plus a percentage plus a margin, rounded as
    the force chose (24 in a 20, 35 in a 30, 46 in a 40 by default)."""
    hundredths = speed_limit * (100 + int(settings.speedwatch_threshold_percent)) + 100 * int(
        settings.speedwatch_threshold_extra_mph
    )
    rounding = settings.speedwatch_threshold_rounding
    if rounding == "down":
        return hundredths // 100
    if rounding == "nearest":
        return (hundredths + 50) // 100
    return math.ceil(hundredths / 100)


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


@dataclass(frozen=True)
class EntryRules:
    """What a session decides about the sightings recorded in it."""

    speed_limit: int
    threshold: int
    max_speed: int
    starts_at: datetime
    # The end of the session plus the grace for writing up the last entries.
    accepts_until: datetime
    duplicate_window: timedelta

    @classmethod
    def for_reading(cls, speed_limit: int, threshold: int, max_speed: int) -> "EntryRules":
        """Rules for a plate and a speed alone, outside any session (the API's check)."""
        return cls(speed_limit, threshold, max_speed, datetime.min, datetime.max, timedelta(0))


@dataclass(frozen=True)
class CheckedSighting:
    observed_at: datetime
    registration: str
    make: str
    model: str | None
    colour: str
    speed: int
    direction: Direction | None


@dataclass
class SeenPlates:
    """When each plate was seen in this session so far: stored sightings and the entries before."""

    times: dict[str, list[datetime]] = field(default_factory=dict)

    @classmethod
    def of(cls, sightings: Iterable[tuple[str, datetime]]) -> "SeenPlates":
        seen = cls()
        for registration, observed_at in sightings:
            seen.add(registration, observed_at)
        return seen

    def add(self, registration: str, observed_at: datetime) -> None:
        self.times.setdefault(registration, []).append(observed_at)

    def duplicate_of(self, registration: str, observed_at: datetime, window: timedelta) -> datetime | None:
        for earlier in self.times.get(registration, ()):
            if abs(observed_at - earlier) < window:
                return earlier
        return None


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _check_registration(raw, problems: list[Problem]) -> str:
    if not isinstance(raw, str) or not raw.strip():
        problems.append(Problem("registration", _("Enter the registration")))
        return ""
    registration = plates.normalise(raw)
    if plates.is_uk_registration(registration):
        return registration
    shown = registration if len(registration) <= SHOWN_PLATE_CHARS else registration[:SHOWN_PLATE_CHARS] + "…"
    if len(registration) > plates.LONGEST and registration.isascii() and registration.isalnum():
        message = _(
            "%(plate)s is not a UK registration: they have at most %(max)d letters and numbers",
            plate=shown,
            max=plates.LONGEST,
        )
    else:
        message = _("%(plate)s is not a UK registration: check it", plate=shown)
    problems.append(Problem("registration", message))
    return registration


# int() reads any script's digits ("٣٨" is 38); a speed is typed or exported with 0-9.
_ASCII_WHOLE_NUMBER = re.compile(r"\s*[+-]?[0-9]+\s*")


def _check_speed(raw, rules: EntryRules, problems: list[Problem]) -> int:
    try:
        if isinstance(raw, str) and not _ASCII_WHOLE_NUMBER.fullmatch(raw):
            raise ValueError(raw)
        speed = int(raw)
    except (TypeError, ValueError, OverflowError):
        problems.append(Problem("speed", _("Enter the speed as a whole number of mph, like 38")))
        return 0
    # int(True) is 1: a yes/no is not a speed.
    if isinstance(raw, bool) or (isinstance(raw, float) and raw != speed):
        problems.append(Problem("speed", _("Enter the speed as a whole number of mph, like 38")))
    elif speed > rules.max_speed:
        problems.append(
            Problem(
                "speed", _("speed %(speed)d is above %(max)d mph: check the reading", speed=speed, max=rules.max_speed)
            )
        )
    elif speed < rules.threshold:
        problems.append(
            Problem(
                "speed",
                _(
                    "speed %(speed)d is below the threshold of %(threshold)d for a %(limit)d mph site",
                    speed=speed,
                    threshold=rules.threshold,
                    limit=rules.speed_limit,
                ),
            )
        )
    return speed


def _check_words(value, name: str, limit: int, missing: Callable[[], str] | None, problems: list[Problem]) -> str:
    text = _text(value)
    # `missing` builds its message only when needed: translating it for every good row is most of
    # the bulk import's time.
    if not text and missing:
        problems.append(Problem(name, missing()))
    elif len(text) > limit:
        problems.append(Problem(name, _("Use %(max)d characters or fewer", max=limit)))
    return text


def _check_time(observed_at, rules: EntryRules, problems: list[Problem], when) -> None:
    # A time without its zone is no moment at all: it cannot be compared with the session's.
    if not isinstance(observed_at, datetime) or observed_at.utcoffset() is None:
        problems.append(Problem("observed_at", _("Enter the time the vehicle passed, like 14:05")))
        return
    if observed_at < rules.starts_at or observed_at > rules.accepts_until:
        problems.append(
            Problem(
                "observed_at",
                _(
                    "%(time)s is outside the session (%(start)s to %(end)s)",
                    time=when(observed_at),
                    start=when(rules.starts_at),
                    end=when(rules.accepts_until),
                ),
            )
        )


def _check_direction(raw, problems: list[Problem]) -> Direction | None:
    value = _text(raw).lower()
    if not value:
        return None
    direction = DIRECTIONS.get(value) or DIRECTIONS.get(value.removesuffix("bound"))
    if direction is None:
        problems.append(Problem("direction", _("Choose the direction: north, south, east or west")))
    return direction


def check_reading(rules: EntryRules, registration, speed) -> tuple[str, int, list[Problem]]:
    """Only the plate and the speed, for a roadside app to warn before it queues an entry."""
    problems: list[Problem] = []
    normalised = _check_registration(registration, problems)
    checked_speed = _check_speed(speed, rules, problems)
    return normalised, checked_speed, problems


def check_entry(
    rules: EntryRules, entry: dict, seen: SeenPlates | None = None, when=lambda moment: moment.strftime("%H:%M")
) -> CheckedSighting | list[Problem]:
    """Check one entry (registration, make, model, colour, speed, observed_at, direction).

    With `seen`, a plate already seen in the session within the duplicate window is refused, and an
    accepted entry is added to it so that the next entries are checked against it too.
    """
    problems: list[Problem] = []
    registration = _check_registration(entry.get("registration"), problems)
    speed = _check_speed(entry.get("speed"), rules, problems)
    make = _check_words(entry.get("make"), "make", MAKE_MAX_CHARS, lambda: _("Enter the make, like Ford"), problems)
    model = _check_words(entry.get("model"), "model", MODEL_MAX_CHARS, None, problems)
    colour = _check_words(entry.get("colour"), "colour", COLOUR_MAX_CHARS, lambda: _("Enter the colour"), problems)
    direction = _check_direction(entry.get("direction"), problems)
    observed_at = entry.get("observed_at")
    _check_time(observed_at, rules, problems, when)
    # A duplicate needs only a good plate and time: it is reported with the entry's other problems.
    if seen is not None and not any(problem.field in ("registration", "observed_at") for problem in problems):
        earlier = seen.duplicate_of(registration, observed_at, rules.duplicate_window)
        if earlier is not None:
            problems.append(
                Problem(
                    "registration",
                    _(
                        "%(plate)s was already recorded at %(time)s in this session: "
                        "the same vehicle within %(minutes)d minutes is a duplicate",
                        plate=registration,
                        time=when(earlier),
                        minutes=int(rules.duplicate_window.total_seconds() // 60),
                    ),
                )
            )
    if problems:
        return problems
    if seen is not None:
        seen.add(registration, observed_at)
    return CheckedSighting(
        observed_at,
        registration,
        make.title() if make.islower() else make,
        model or None,
        colour.lower(),
        speed,
        direction,
    )
