"""What accepted sightings lead to, per plate, over a rolling window across the whole force: the
first an advisory letter, the second a warning letter, the third and more a referral for
enforcement or an officer's visit.

The count is of a plate's accepted sightings in the window up to and including the one being
escalated, wherever in the force they were seen: a driver who speeds past three villages is the
same driver.
"""

import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from volunteers import audit
from volunteers.extensions import db
from volunteers.models import User
from volunteers.settings import settings_for
from volunteers.speedwatch.models import Letter, LetterStage, Sighting, SightingStatus, SpeedwatchSession

# References are read over the phone and typed from paper: no 0/O, 1/I/L, 5/S, 2/Z.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
REFERENCE_PREFIX = "CSW-"
REFERENCE_RANDOM_CHARS = 8


def new_reference() -> str:
    return REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_RANDOM_CHARS))


def normalise_reference(typed: str) -> str:
    """What someone typed from their letter ("csw 7kq3 m9xd") as stored ("CSW-7KQ3M9XD")."""
    compact = "".join(character for character in (typed or "").upper() if character.isalnum())
    if compact.startswith(REFERENCE_PREFIX[:-1]):
        compact = compact[len(REFERENCE_PREFIX) - 1 :]
    return REFERENCE_PREFIX + compact[:REFERENCE_RANDOM_CHARS]


def window_of(force) -> timedelta:
    return timedelta(days=int(settings_for(force).speedwatch_escalation_days))


def plate_history(force_id: int, registrations: Sequence[str], since: datetime):
    """Accepted sightings of these plates in the force since a moment: (id, plate, when, site, speed).

    Read on the plate index (registration, observed_at); the join finds each one's session.
    """
    return db.session.execute(
        sa.select(
            Sighting.id,
            Sighting.registration,
            Sighting.observed_at,
            SpeedwatchSession.site_id,
            Sighting.speed,
        )
        .join(SpeedwatchSession, SpeedwatchSession.id == Sighting.session_id)
        .where(
            Sighting.registration.in_(sorted(set(registrations))),
            Sighting.observed_at >= since,
            Sighting.status == SightingStatus.ACCEPTED,
            SpeedwatchSession.force_id == force_id,
        )
        .order_by(Sighting.registration, Sighting.observed_at, Sighting.id)
    ).all()


def counts_for(force, sightings: Sequence[Sighting]) -> dict[int, int]:
    """For each accepted sighting, how many accepted sightings of its plate fall in the window
    ending with it (itself included)."""
    if not sightings:
        return {}
    window = window_of(force)
    earliest = min(sighting.observed_at for sighting in sightings) - window
    history: dict[str, list[tuple[datetime, int]]] = {}
    for row in plate_history(force.id, [sighting.registration for sighting in sightings], earliest):
        history.setdefault(row.registration, []).append((row.observed_at, row.id))
    counts = {}
    for sighting in sightings:
        moment = (sighting.observed_at, sighting.id)
        counts[sighting.id] = sum(
            1
            for seen in history.get(sighting.registration, ())
            if sighting.observed_at - window < seen[0] and seen <= moment
        )
    return counts


def escalate(actor: User, session: SpeedwatchSession, accepted: Sequence[Sighting], now: datetime) -> list[Letter]:
    """Create the letter (or referral) each accepted sighting of a reviewed session leads to."""
    counts = counts_for(session.scheme.area.force, accepted)
    letters = []
    for sighting in accepted:
        letter = Letter(
            reference=new_reference(),
            force_id=session.force_id,
            area_id=session.area_id,
            sighting_id=sighting.id,
            site_id=session.site_id,
            registration=sighting.registration,
            observed_at=sighting.observed_at,
            speed=sighting.speed,
            speed_limit=session.speed_limit,
            stage=LetterStage.for_count(max(1, counts.get(sighting.id, 1))),
            created_at=now,
        )
        letters.append(letter)
    db.session.add_all(letters)
    if letters:
        by_stage = {stage.value: sum(1 for letter in letters if letter.stage == stage) for stage in LetterStage}
        audit.record(actor, "speedwatch.letters.due", session, after={"letters": len(letters), **by_stage})
    return letters
