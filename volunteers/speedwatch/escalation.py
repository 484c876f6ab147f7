"""What accepted sightings lead to, per plate, over a rolling window across the whole force: the
first an advisory letter, the second a warning letter, the third and more a referral for
enforcement or an officer's visit.

The count is of a plate's accepted sightings in the window up to and including the one being
escalated, wherever in the force they were seen: a driver who speeds past three villages is the
same driver.
"""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from volunteers import audit
from volunteers.extensions import db
from volunteers.models import User
from volunteers.settings import settings_for
from volunteers.speedwatch import tallies
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    SessionStatus,
    Sighting,
    SightingStatus,
    SpeedwatchSession,
)

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


# --- Recomputing a plate's letters -------------------------------------------------------------


@dataclass(frozen=True)
class Recomputed:
    """What putting a plate's letters right changed: letters restaged, letters withdrawn, and the
    sessions whose tallies were counted again."""

    restaged: tuple[Letter, ...]
    withdrawn: tuple[Letter, ...]
    recounted: frozenset[int]


def recompute(
    force,
    registration: str,
    actor: User | None,
    now: datetime,
    *,
    since: datetime | None = None,
    reason: str = "",
) -> Recomputed:
    """Put a plate's letters right after its sightings changed: one voided after an objection, or
    an earlier session reviewed after a later one.

    Every letter of the plate not yet sent (observed from `since`, when given: nothing earlier can
    change) gets the stage its sighting's count now leads to; a letter whose sighting no longer
    counts is withdrawn. A sent letter never changes: the record shows what the driver received.

    A letter is restaged in place rather than withdrawn and replaced by another: it has reached
    nobody yet, a sighting has one letter (the table says so), and the officer, the batch and the
    objection page keep following one reference. A letter restaged while in a batch not yet marked
    sent is taken out of it, so that the next batch carries it with its new stage rather than the
    batch's earlier print. Each changed letter has its own audit event, with its stage before and
    after; the plate's reviewed sessions the change can reach have their tallies counted again.
    """
    reason = reason or _("The plate's sightings changed")
    query = (
        sa.select(Letter)
        .where(
            Letter.force_id == force.id,
            Letter.registration == registration,
            Letter.status == LetterStatus.DUE,
        )
        .options(joinedload(Letter.sighting))
        .order_by(Letter.observed_at, Letter.id)
    )
    if since is not None:
        query = query.where(Letter.observed_at >= since)
    letters = db.session.scalars(query).all()
    counting = [
        letter.sighting
        for letter in letters
        if letter.sighting is not None and letter.sighting.status == SightingStatus.ACCEPTED
    ]
    counts = counts_for(force, counting)
    restaged, withdrawn = [], []
    for letter in letters:
        sighting = letter.sighting
        if sighting is None:
            continue  # deleted by retention: nothing left to count it by
        before = {"stage": letter.stage.value, "status": letter.status.value, "batch_id": letter.batch_id}
        if sighting.status != SightingStatus.ACCEPTED:
            letter.withdraw(reason)
            withdrawn.append(letter)
        else:
            stage = LetterStage.for_count(max(1, counts.get(sighting.id, 1)))
            if stage == letter.stage:
                continue
            letter.stage, letter.batch_id = stage, None
            restaged.append(letter)
        audit.record(
            actor,
            "speedwatch.letter.recomputed",
            letter,
            reason=reason,
            before=before,
            after={"stage": letter.stage.value, "status": letter.status.value, "batch_id": letter.batch_id},
        )
    recounted = _recount_sessions(force, registration, since)
    return Recomputed(tuple(restaged), tuple(withdrawn), recounted)


def _recount_sessions(force, registration: str, since: datetime | None) -> frozenset[int]:
    """Count again the tallies of the reviewed sessions where the plate was seen in the stretch a
    change can reach: from `since` to a window after it (their vehicles and repeats)."""
    query = (
        sa.select(SpeedwatchSession)
        .join(Sighting, Sighting.session_id == SpeedwatchSession.id)
        .where(
            Sighting.registration == registration,
            Sighting.status.in_((SightingStatus.ACCEPTED, SightingStatus.VOIDED)),
            SpeedwatchSession.force_id == force.id,
            SpeedwatchSession.status == SessionStatus.REVIEWED,
        )
        .distinct()
    )
    if since is not None:
        query = query.where(Sighting.observed_at >= since, Sighting.observed_at <= since + window_of(force))
    sessions = db.session.scalars(query).all()
    for session in sessions:
        tallies.count_session(session)
    return frozenset(session.id for session in sessions)


def plates_seen_later(session: SpeedwatchSession, accepted: Sequence[Sighting]) -> dict[str, datetime]:
    """Of a just-reviewed session's accepted plates, those the force accepted again later within
    the window (a later session reviewed first), each with this session's first sighting of it:
    their later letters may now be at the wrong stage. One query on the plate index."""
    if not accepted:
        return {}
    force = session.scheme.area.force
    first_seen: dict[str, datetime] = {}
    for sighting in accepted:
        earliest = first_seen.get(sighting.registration, sighting.observed_at)
        first_seen[sighting.registration] = min(earliest, sighting.observed_at)
    rows = db.session.execute(
        sa.select(Sighting.registration, Sighting.observed_at)
        .join(SpeedwatchSession, SpeedwatchSession.id == Sighting.session_id)
        .where(
            Sighting.registration.in_(sorted(first_seen)),
            Sighting.observed_at > min(first_seen.values()),
            Sighting.status == SightingStatus.ACCEPTED,
            Sighting.session_id != session.id,
            SpeedwatchSession.force_id == force.id,
        )
    ).all()
    window = window_of(force)
    return {
        plate: first_seen[plate]
        for plate in sorted({plate for plate, seen in rows if timedelta(0) < seen - first_seen[plate] < window})
    }
