"""Site statistics: how many vehicles went over the threshold at a site, per hour of watching, by
hour of day and day of the week, in which speed bands, how fast the fastest were, and how many were
plates seen before.

The evidence for targeted enforcement, for the scheme's coordinators and the area's officers. It is
read from two small tables only: the tallies written when a session is reviewed, and the reviewed
sessions themselves (for the hours watched). Never from the sightings: the figures must stay the
same after retention deletes them, cost the same at a site with ten sightings or ten thousand, and
no query here can return a plate.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.local_time import at_local, local_zone
from volunteers.speedwatch.models import SessionStatus, Site, SpeedwatchSession, Tally
from volunteers.speedwatch.tallies import BAND_MPH

# How many of the fastest sessions the statistics list.
FASTEST_SESSIONS = 10
WEEKDAYS = range(1, 8)  # ISO: 1 is Monday


@dataclass
class Period:
    """One hour of the day, or one day of the week: minutes watched in it and what was seen."""

    key: int
    minutes: int = 0
    vehicles: int = 0
    repeats: int = 0
    top_speed: int = 0

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def per_hour(self) -> float | None:
        """Vehicles over the threshold per hour watched; None when nobody watched then."""
        return self.vehicles / self.hours if self.minutes else None


@dataclass(frozen=True)
class Band:
    """Vehicles seen in one 5 mph band, `low` to `low` + 4 mph."""

    low: int
    vehicles: int

    @property
    def high(self) -> int:
        return self.low + BAND_MPH - 1


@dataclass(frozen=True)
class FastSession:
    """A session and the fastest vehicle seen in it."""

    session_id: int
    starts_at: datetime
    ends_at: datetime
    top_speed: int


@dataclass
class SiteStatistics:
    """The figures for one site over a period (every reviewed session when `since`/`until` are None)."""

    site_id: int
    since: date | None
    until: date | None
    sessions: int = 0
    minutes: int = 0
    vehicles: int = 0
    repeats: int = 0
    top_speed: int = 0
    by_hour: list[Period] = field(default_factory=list)
    by_weekday: list[Period] = field(default_factory=list)
    by_band: list[Band] = field(default_factory=list)
    fastest: list[FastSession] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def per_hour(self) -> float | None:
        return self.vehicles / self.hours if self.minutes else None

    @property
    def repeat_share(self) -> float | None:
        """The share of vehicles whose plate had been seen before in the escalation window."""
        return self.repeats / self.vehicles if self.vehicles else None

    @property
    def first_seen(self) -> int:
        return self.vehicles - self.repeats


def _window(since: date | None, until: date | None) -> list:
    """Conditions on a session's start for a period of local days, both ends included."""
    conditions = []
    if since is not None:
        conditions.append(SpeedwatchSession.starts_at >= at_local(since, time(0, 0)))
    if until is not None and until < date.max:
        conditions.append(SpeedwatchSession.starts_at < at_local(until + timedelta(days=1), time(0, 0)))
    return conditions


def _reviewed_tallies(site: Site, since: date | None, until: date | None) -> list:
    """Conditions for the site's tallies of reviewed sessions in the period (tallies joined to sessions)."""
    return [Tally.site_id == site.id, SpeedwatchSession.status == SessionStatus.REVIEWED, *_window(since, until)]


def _reviewed_sessions(site: Site, since: date | None, until: date | None) -> list[sa.Row]:
    return db.session.execute(
        sa.select(SpeedwatchSession.id, SpeedwatchSession.starts_at, SpeedwatchSession.ends_at)
        .where(
            SpeedwatchSession.site_id == site.id,
            SpeedwatchSession.status == SessionStatus.REVIEWED,
            *_window(since, until),
        )
        .order_by(SpeedwatchSession.starts_at)
    ).all()


def _local_hours(starts_at: datetime, ends_at: datetime):
    """Split a session's window at each local hour: (weekday, hour, minutes) per piece."""
    zone = local_zone()
    moment = starts_at.astimezone(zone)
    end = ends_at.astimezone(zone)
    while moment < end:
        next_hour = (moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)).astimezone(zone)
        piece_end = min(next_hour, end)
        yield moment.isoweekday(), moment.hour, (piece_end - moment).total_seconds() / 60
        moment = piece_end


def _tallies(site: Site, since: date | None, until: date | None) -> list[sa.Row]:
    """The site's tallies summed by day of week, hour and band over the period's reviewed sessions."""
    return db.session.execute(
        sa.select(
            Tally.weekday,
            Tally.hour,
            Tally.band,
            sa.func.sum(Tally.vehicles).label("vehicles"),
            sa.func.sum(Tally.repeats).label("repeats"),
            sa.func.max(Tally.top_speed).label("top_speed"),
        )
        .join(SpeedwatchSession, SpeedwatchSession.id == Tally.session_id)
        .where(*_reviewed_tallies(site, since, until))
        .group_by(Tally.weekday, Tally.hour, Tally.band)
    ).all()


def _fastest(site: Site, since: date | None, until: date | None) -> list[FastSession]:
    rows = db.session.execute(
        sa.select(
            SpeedwatchSession.id,
            SpeedwatchSession.starts_at,
            SpeedwatchSession.ends_at,
            sa.func.max(Tally.top_speed).label("top_speed"),
        )
        .join(SpeedwatchSession, SpeedwatchSession.id == Tally.session_id)
        .where(*_reviewed_tallies(site, since, until))
        .group_by(SpeedwatchSession.id, SpeedwatchSession.starts_at, SpeedwatchSession.ends_at)
        .order_by(sa.func.max(Tally.top_speed).desc(), SpeedwatchSession.starts_at.desc())
        .limit(FASTEST_SESSIONS)
    ).all()
    return [FastSession(row.id, row.starts_at, row.ends_at, row.top_speed) for row in rows]


def _span(periods: dict[int, Period]) -> list[Period]:
    """The hours of the day from the first to the last anyone watched or saw anything in."""
    used = [key for key, period in periods.items() if period.minutes or period.vehicles]
    if not used:
        return []
    return [periods[hour] for hour in range(min(used), max(used) + 1)]


def site_statistics(site: Site, since: date | None = None, until: date | None = None) -> SiteStatistics:
    """The site's figures from its reviewed sessions that started between two local days (inclusive)."""
    figures = SiteStatistics(site_id=site.id, since=since, until=until)
    hours = {hour: Period(hour) for hour in range(24)}
    weekdays = {weekday: Period(weekday) for weekday in WEEKDAYS}
    minutes_by_hour: dict[int, float] = defaultdict(float)
    minutes_by_weekday: dict[int, float] = defaultdict(float)
    total_minutes = 0.0
    sessions = _reviewed_sessions(site, since, until)
    for session in sessions:
        total_minutes += (session.ends_at - session.starts_at).total_seconds() / 60
        for weekday, hour, minutes in _local_hours(session.starts_at, session.ends_at):
            minutes_by_hour[hour] += minutes
            minutes_by_weekday[weekday] += minutes
    for hour, minutes in minutes_by_hour.items():
        hours[hour].minutes = round(minutes)
    for weekday, minutes in minutes_by_weekday.items():
        weekdays[weekday].minutes = round(minutes)
    bands: dict[int, int] = defaultdict(int)
    for row in _tallies(site, since, until):
        vehicles, repeats, top = int(row.vehicles or 0), int(row.repeats or 0), int(row.top_speed or 0)
        for period in (hours[row.hour], weekdays[row.weekday]):
            period.vehicles += vehicles
            period.repeats += repeats
            period.top_speed = max(period.top_speed, top)
        bands[row.band] += vehicles
        figures.vehicles += vehicles
        figures.repeats += repeats
        figures.top_speed = max(figures.top_speed, top)
    figures.sessions = len(sessions)
    figures.minutes = round(total_minutes)
    figures.by_hour = _span(hours)
    figures.by_weekday = [weekdays[weekday] for weekday in WEEKDAYS]
    if bands:
        figures.by_band = [Band(low, bands.get(low, 0)) for low in range(min(bands), max(bands) + 1, BAND_MPH)]
    figures.fastest = _fastest(site, since, until) if figures.vehicles else []
    return figures
