"""What a complaint about Community Speed Watch may be about: a session at the roadside (a driver
confronted by its volunteers) or one sighting; described for the investigating admin by the
shared `ComplaintSubjectKind` contract."""

from flask_babel import gettext as _

from volunteers.complaints.subjects import DATABASE_BIGINT_MAX, ComplaintSubjectKind, SubjectFacts, moment_fact
from volunteers.extensions import db
from volunteers.speedwatch.labels import SESSION_STATUS_LABELS, SIGHTING_STATUS_LABELS
from volunteers.speedwatch.models import Sighting, SpeedwatchSession


def _session_facts(session: SpeedwatchSession) -> list[tuple[str, str]]:
    return [
        (_("Scheme"), session.scheme.name),
        (_("Site"), session.site.name),
        (_("From"), moment_fact(session.starts_at)),
        (_("Until"), moment_fact(session.ends_at)),
        (_("Volunteers"), ", ".join(volunteer.user.display_name for volunteer in session.volunteers)),
        (_("Sightings"), str(session.sighting_count)),
        (_("Status"), str(SESSION_STATUS_LABELS[session.status])),
    ]


def describe_session(session_id: int) -> SubjectFacts | None:
    """A session: where and when, who was at the roadside, and how far it got."""
    session = db.session.get(SpeedwatchSession, session_id)
    if session is None:
        return None
    title = _("Speed Watch session at %(site)s", site=session.site.name)
    return SubjectFacts(session.force_id, session.area_id, title, _session_facts(session))


def describe_sighting(sighting_id: int) -> SubjectFacts | None:
    """One sighting, with the session it was recorded in."""
    sighting = db.session.get(Sighting, sighting_id)
    if sighting is None:
        return None
    session = sighting.session
    facts = [
        (_("Seen"), moment_fact(sighting.observed_at)),
        (_("Speed"), _("%(speed)d mph in a %(limit)d mph limit", speed=sighting.speed, limit=session.speed_limit)),
        (_("Registration"), sighting.registration),
        (_("Vehicle"), " ".join(part for part in (sighting.colour, sighting.make, sighting.model or "") if part)),
        (_("Sighting status"), str(SIGHTING_STATUS_LABELS[sighting.status])),
        *_session_facts(session),
    ]
    title = _("Speed Watch sighting at %(site)s", site=session.site.name)
    return SubjectFacts(session.force_id, session.area_id, title, facts)


COMPLAINT_SUBJECTS = (
    ComplaintSubjectKind("speedwatch_session", lambda: _("Speed Watch session"), describe_session),
    ComplaintSubjectKind(
        "speedwatch_sighting", lambda: _("Speed Watch sighting"), describe_sighting, DATABASE_BIGINT_MAX
    ),
)
