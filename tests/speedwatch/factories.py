"""Factories for Speed Watch tests: a world with an approved site, a calibrated device and enough
trained volunteers, and sessions booked, run and submitted through the real services."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from tests.factories import factory, make_area, make_coordinator, make_force, make_member, make_officer, make_scheme
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.models import Area, AuditEvent, Force, Scheme, SchemeKind, User
from volunteers.settings import settings_for
from volunteers.speedwatch import services
from volunteers.speedwatch.models import (
    Device,
    SessionStatus,
    SessionVolunteer,
    Sighting,
    SightingStatus,
    Site,
    SiteStatus,
    SpeedwatchSession,
)
from volunteers.speedwatch.sightings import threshold_for

# Leicester: daylight from about 08:10 to 15:50 in December, 05:00 to 21:30 in June.
LATITUDE, LONGITUDE = 52.6309, -1.1397


@dataclass
class SpeedwatchWorld:
    force: Force
    area: Area
    scheme: Scheme
    coordinator: User
    volunteers: list[User]
    officer: User
    site: Site
    device: Device
    extra: dict = field(default_factory=dict)


@factory
def make_site(
    scheme: Scheme,
    name: str = "Mill Lane",
    speed_limit: int = 30,
    approved: bool = True,
    approved_until: date | None = None,
) -> Site:
    if approved and approved_until is None:
        approved_until = date.today() + timedelta(days=300)
    site = Site(
        scheme=scheme,
        area_id=scheme.area_id,
        name=name,
        road="Mill Lane, Oadby",
        speed_limit=speed_limit,
        latitude=LATITUDE,
        longitude=LONGITUDE,
        standing_notes="On the wide verge by the bus stop",
        status=SiteStatus.APPROVED if approved else SiteStatus.PROPOSED,
        approved_until=approved_until if approved else None,
        proposed_by_id=scheme.memberships[0].user_id if scheme.memberships else None,
    )
    db.session.add(site)
    return site


@factory
def make_device(scheme: Scheme, serial: str = "SPD-0001", due_in_days: int = 200) -> Device:
    device = Device(
        scheme=scheme,
        serial_number=serial,
        device_type="Radar speed gun",
        calibrated_on=date.today() - timedelta(days=100),
        calibration_due=date.today() + timedelta(days=due_in_days),
        added_by_id=scheme.memberships[0].user_id,
    )
    db.session.add(device)
    return device


def make_speedwatch_world(
    volunteer_count: int = 3,
    force: Force | None = None,
    scheme_name: str = "Oadby Speed Watch",
    site_name: str = "Mill Lane",
) -> SpeedwatchWorld:
    """A scheme in an area of its own; pass `force` to put it beside another world's scheme."""
    force = force or make_force()
    area = make_area(force)
    scheme = make_scheme(area, SchemeKind.SPEEDWATCH, name=scheme_name)
    coordinator = make_coordinator(scheme, name="Cora Coordinator")
    volunteers = [make_member(scheme, name=f"Volunteer {number}") for number in range(1, volunteer_count + 1)]
    officer = make_officer(area, name="Olive Officer")
    site = make_site(scheme, name=site_name)
    device = make_device(scheme)
    return SpeedwatchWorld(force, area, scheme, coordinator, volunteers, officer, site, device)


def cover(world: SpeedwatchWorld, day: date) -> None:
    """Keep the site's approval and the device's calibration in date until after `day`, so that a
    session can be booked then (the world's defaults last 300 and 200 days)."""
    world.site.approved_until = max(world.site.approved_until, day + timedelta(days=30))
    world.device.calibration_due = max(world.device.calibration_due, day + timedelta(days=30))
    db.session.commit()


def change_settings(force: Force, **values) -> None:
    """Override some of the force's settings, as a force's admin would."""
    force.settings = {**(force.settings or {}), **values}
    db.session.commit()


def winter_day(month_day: tuple[int, int] = (12, 12)) -> date:
    """The next 12 December (by default) at least two days ahead: short days, early sunset."""
    today = date.today()
    day = date(today.year, *month_day)
    return day if day >= today + timedelta(days=2) else date(today.year + 1, *month_day)


def next_weekday(days_ahead: int = 7) -> date:
    return date.today() + timedelta(days=days_ahead)


def window(day: date | None = None, start: time = time(11, 0), minutes: int = 90) -> tuple[datetime, datetime]:
    starts_at = at_local(day or next_weekday(), start)
    return starts_at, starts_at + timedelta(minutes=minutes)


def booking(world: SpeedwatchWorld, starts_at=None, ends_at=None, **changes) -> services.Booking:
    if starts_at is None:
        starts_at, ends_at = window()
    values = {
        "site": world.site,
        "device": world.device,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "volunteers": list(world.volunteers),
    }
    values.update(changes)
    return services.Booking(**values)


def book(world: SpeedwatchWorld, **changes) -> SpeedwatchSession:
    return services.book_session(world.coordinator, world.scheme, booking(world, **changes))


def running_session(world: SpeedwatchWorld, **changes) -> SpeedwatchSession:
    """A session booked and started by its first volunteer at its booked start."""
    session = book(world, **changes)
    services.start_session(world.volunteers[0], session, now=session.starts_at)
    return session


def entry(session: SpeedwatchSession, plate: str = "AB12 CDE", speed: int = 38, minutes: int = 10, **fields) -> dict:
    values = {
        "registration": plate,
        "make": "Ford",
        "model": "Focus",
        "colour": "Blue",
        "speed": speed,
        "direction": "north",
        "observed_at": session.starts_at + timedelta(minutes=minutes),
    }
    values.update(fields)
    return values


def submitted_session(world: SpeedwatchWorld, plates=("AB12CDE", "XY70ZZT"), **changes) -> SpeedwatchSession:
    session = running_session(world, **changes)
    for number, plate in enumerate(plates):
        services.record_sighting(world.volunteers[0], session, entry(session, plate, minutes=5 + 3 * number))
    services.submit_session(world.volunteers[0], session, now=session.ends_at)
    return session


def submitted_on(world: SpeedwatchWorld, day: date, seen) -> SpeedwatchSession:
    """A session at the world's site on `day`, 11:00 to 12:30, submitted with these (plate, speed,
    minutes after the start) sightings."""
    cover(world, day)
    starts_at, ends_at = window(day)
    session = running_session(world, starts_at=starts_at, ends_at=ends_at)
    for plate, speed, minutes in seen:
        services.record_sighting(world.volunteers[0], session, entry(session, plate, speed=speed, minutes=minutes))
    services.submit_session(world.volunteers[0], session, now=ends_at)
    return session


def accept_all(world: SpeedwatchWorld, session: SpeedwatchSession, officer: User | None = None, now=None):
    sightings = {sighting.id: services.SightingDecision(True) for sighting in sightings_of(session)}
    return services.review_session(officer or world.officer, session, sightings, now=now or utcnow())


def sightings_of(session: SpeedwatchSession):
    return db.session.scalars(sa.select(Sighting).where(Sighting.session_id == session.id).order_by(Sighting.id)).all()


@factory
def session_running_now(world: SpeedwatchWorld, minutes_before: int = 30, minutes_after: int = 60) -> SpeedwatchSession:
    """A session under way at this moment, whatever the time of day the tests run: made directly,
    because booking (rightly) refuses the dark and the past."""
    now = utcnow().replace(microsecond=0)
    session = SpeedwatchSession(
        force_id=world.force.id,
        scheme=world.scheme,
        area_id=world.area.id,
        site=world.site,
        device=world.device,
        starts_at=now - timedelta(minutes=minutes_before),
        ends_at=now + timedelta(minutes=minutes_after),
        speed_limit=world.site.speed_limit,
        threshold=threshold_for(world.site.speed_limit, settings_for(world.force)),
        status=SessionStatus.RUNNING,
        started_at=now - timedelta(minutes=minutes_before),
        volunteers=[SessionVolunteer(user=user) for user in world.volunteers],
    )
    db.session.add(session)
    return session


@factory
def seen_earlier(world: SpeedwatchWorld, plate: str, days_ago: int, speed: int = 41) -> Sighting:
    """An accepted sighting of `plate` from a session reviewed `days_ago` days ago."""
    starts_at = utcnow().replace(microsecond=0) - timedelta(days=days_ago)
    session = SpeedwatchSession(
        force_id=world.force.id,
        scheme=world.scheme,
        area_id=world.area.id,
        site=world.site,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        speed_limit=world.site.speed_limit,
        threshold=threshold_for(world.site.speed_limit, settings_for(world.force)),
        status=SessionStatus.REVIEWED,
        imported=True,
        sighting_count=1,
    )
    sighting = Sighting(
        session=session,
        observed_at=starts_at + timedelta(minutes=10),
        registration=plate,
        make="Ford",
        colour="red",
        speed=speed,
        status=SightingStatus.ACCEPTED,
    )
    db.session.add_all([session, sighting])
    return sighting


def events(action: str) -> list[AuditEvent]:
    """The audit events of one action, oldest first, as stored."""
    db.session.expire_all()
    return list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))
