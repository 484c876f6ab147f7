"""The counts site statistics read: a reviewed session's accepted sightings by local day of the
week, hour and 5 mph band, with how many were repeat plates and the top speed.

Written when the session is reviewed and rewritten when an objection voids one of its sightings;
retention never deletes them, so the figures outlive the sightings (and their plates).
"""

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.local_time import local_zone
from volunteers.speedwatch import escalation
from volunteers.speedwatch.models import Sighting, SightingStatus, SpeedwatchSession, Tally

BAND_MPH = 5


def band_of(speed: int) -> int:
    """The lower end of the speed's 5 mph band: 37 → 35."""
    return speed - speed % BAND_MPH


def count_session(session: SpeedwatchSession) -> list[Tally]:
    """Replace the session's tallies with counts of its accepted sightings as they stand."""
    db.session.execute(sa.delete(Tally).where(Tally.session_id == session.id))
    accepted = db.session.scalars(
        sa.select(Sighting).where(Sighting.session_id == session.id, Sighting.status == SightingStatus.ACCEPTED)
    ).all()
    counts = escalation.counts_for(session.scheme.area.force, accepted)
    zone = local_zone()
    tallies: dict[tuple[int, int, int], Tally] = {}
    for sighting in accepted:
        local = sighting.observed_at.astimezone(zone)
        key = (local.isoweekday(), local.hour, band_of(sighting.speed))
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally(
                session_id=session.id,
                site_id=session.site_id,
                weekday=key[0],
                hour=key[1],
                band=key[2],
                vehicles=0,
                repeats=0,
                top_speed=0,
            )
        tally.vehicles += 1
        tally.repeats += counts.get(sighting.id, 1) > 1
        tally.top_speed = max(tally.top_speed, sighting.speed)
    db.session.add_all(tallies.values())
    return list(tallies.values())
