"""A volunteer's Speed Watch sessions and the sightings they recorded, for the download of
everything held about them."""

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.models import User
from volunteers.speedwatch.models import SessionVolunteer, Sighting, Site, SpeedwatchSession


def export_speedwatch(user: User) -> dict:
    """The sessions a volunteer was booked on, and what they recorded in each (the vehicles'
    plates are the drivers' data as much as theirs: counted, with speeds and times, not listed)."""
    sessions = db.session.execute(
        sa.select(SpeedwatchSession, Site.name)
        .join(SessionVolunteer)
        .join(Site, Site.id == SpeedwatchSession.site_id)
        .where(SessionVolunteer.user_id == user.id)
        .order_by(SpeedwatchSession.starts_at)
    ).all()
    recorded = dict(
        db.session.execute(
            sa.select(Sighting.session_id, sa.func.count())
            .where(Sighting.recorded_by_id == user.id)
            .group_by(Sighting.session_id)
        ).all()
    )
    return {
        "sessions": [
            {
                "id": session.id,
                "site": site_name,
                "starts_at": session.starts_at.isoformat(),
                "ends_at": session.ends_at.isoformat(),
                "status": session.status.value,
                "booked_by_you": session.booked_by_id == user.id,
                "started_by_you": session.started_by_id == user.id,
                "submitted_by_you": session.submitted_by_id == user.id,
                "sightings_you_recorded": recorded.get(session.id, 0),
            }
            for session, site_name in sessions
        ]
    }
