"""What Speed Watch pages and the API read: a volunteer's sessions, a scheme's sites, devices and
sessions, a session's sightings, and the plate histories an officer sees when reviewing."""

from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Scheme, User
from volunteers.speedwatch import escalation
from volunteers.speedwatch.models import (
    Device,
    SessionStatus,
    SessionVolunteer,
    Sighting,
    Site,
    SiteStatus,
    SpeedwatchSession,
)

# Submitted and reviewed sessions stay on a volunteer's list this long.
RECENT = timedelta(days=31)
OPEN_STATUSES = (SessionStatus.PLANNED, SessionStatus.RUNNING)


def sessions_of_volunteer(user: User) -> list[SpeedwatchSession]:
    """A volunteer's planned and running sessions, soonest first, then the last month's others."""
    recent = utcnow() - RECENT
    return db.session.scalars(
        sa.select(SpeedwatchSession)
        .join(SessionVolunteer)
        .where(
            SessionVolunteer.user_id == user.id,
            sa.or_(SpeedwatchSession.status.in_(OPEN_STATUSES), SpeedwatchSession.starts_at >= recent),
        )
        .options(joinedload(SpeedwatchSession.site), selectinload(SpeedwatchSession.volunteers))
        .order_by(SpeedwatchSession.status.in_(OPEN_STATUSES).desc(), SpeedwatchSession.starts_at)
    ).all()


def sessions_of_scheme(scheme: Scheme, upcoming: bool = True, limit: int = 50) -> list[SpeedwatchSession]:
    query = (
        sa.select(SpeedwatchSession)
        .where(SpeedwatchSession.scheme_id == scheme.id)
        .options(joinedload(SpeedwatchSession.site), selectinload(SpeedwatchSession.volunteers))
    )
    if upcoming:
        query = query.where(SpeedwatchSession.status.in_(OPEN_STATUSES)).order_by(SpeedwatchSession.starts_at)
    else:
        query = query.where(SpeedwatchSession.status.not_in(OPEN_STATUSES)).order_by(SpeedwatchSession.starts_at.desc())
    return db.session.scalars(query.limit(limit)).all()


def sites_of_scheme(scheme: Scheme, usable_only: bool = False) -> list[Site]:
    query = sa.select(Site).where(Site.scheme_id == scheme.id)
    if usable_only:
        query = query.where(Site.status == SiteStatus.APPROVED)
    return db.session.scalars(query.order_by(Site.name)).all()


def site_of_scheme(scheme: Scheme, site_id: int | None) -> Site | None:
    """The scheme's site with this id, or None (none chosen, or another scheme's)."""
    if site_id is None:
        return None
    return db.session.scalar(sa.select(Site).where(Site.id == site_id, Site.scheme_id == scheme.id))


def device_of_scheme(scheme: Scheme, device_id: int | None) -> Device | None:
    """The scheme's device with this id, or None (none chosen, or another scheme's)."""
    if device_id is None:
        return None
    return db.session.scalar(sa.select(Device).where(Device.id == device_id, Device.scheme_id == scheme.id))


def devices_of_scheme(scheme: Scheme, in_use_only: bool = False) -> list[Device]:
    query = sa.select(Device).where(Device.scheme_id == scheme.id)
    if in_use_only:
        query = query.where(Device.retired_at.is_(None))
    return db.session.scalars(query.order_by(Device.serial_number)).all()


def sightings_in(session: SpeedwatchSession, newest_first: bool = False, limit: int | None = None) -> list[Sighting]:
    """A session's sightings, on the session index."""
    order = (Sighting.observed_at.desc(), Sighting.id.desc()) if newest_first else (Sighting.observed_at, Sighting.id)
    query = sa.select(Sighting).where(Sighting.session_id == session.id).order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return db.session.scalars(query).all()


def plate_histories(session: SpeedwatchSession, sightings: Sequence[Sighting]) -> dict[str, list]:
    """For the officer reviewing a session: each plate's accepted sightings elsewhere in the force
    over the escalation window (dates, sites, speeds), on the plate index."""
    if not sightings:
        return {}
    force = session.scheme.area.force
    since = min(sighting.observed_at for sighting in sightings) - escalation.window_of(force)
    rows = escalation.plate_history(force.id, [sighting.registration for sighting in sightings], since)
    site_names = dict(
        db.session.execute(sa.select(Site.id, Site.name).where(Site.id.in_({row.site_id for row in rows}))).all()
    )
    own = {sighting.id for sighting in sightings}
    histories: dict[str, list] = {}
    for row in rows:
        if row.id not in own:
            histories.setdefault(row.registration, []).append(
                {"observed_at": row.observed_at, "site": site_names.get(row.site_id, ""), "speed": row.speed}
            )
    return histories
