"""Keeping plates no longer than needed: `flask speedwatch retention`, run daily from cron.

A sighting is deleted once its session ended longer ago than its force's retention period
(`speedwatch_retention_days`, 12 months by default), unless a letter still needs it:

* an open enforcement referral (not withdrawn, not closed), which may end in court;
* a letter with an objection nobody has decided yet, which the officer decides on the sighting;
* a letter not yet sent, which is still work in hand.

Such a sighting is kept, and deleted by the first run after the letter no longer needs it.

A letter copies its sighting's facts, so the record of what was sent (the stage, when, where, how
fast, its status) stays when the sighting goes; but its plate goes with the sighting and its link
is cleared, so that retention leaves no plate behind in the letters either, and the letter counts
the public pages show stay whole. Its decided objections keep their ground, outcome and decision
but lose the driver's own words and address, which may name them or someone else. Deleting the
letters instead would lose those counts and the record of what a driver was told.

What the statistics and the public pages read is never touched: the sessions (their windows and
sighting counts) and the tallies written at review. Old idempotency records of API batches go too,
after `speedwatch_idempotency_days`: a roadside app retries within minutes, not weeks.

Sightings are found through indexes only: the force's old sessions by `ix_speedwatch_session_ends`
in batches, then their sightings by `ix_speedwatch_sighting_session`, the letters by their unique
sighting and the objections by their letter. Each run is one transaction with one audit event (the
system as its actor) holding the counts per force; a run that overlaps another waits for it, and
then finds nothing left to delete. A force whose retention period is shorter than its escalation
window (`speedwatch_escalation_days`) counts fewer earlier sightings of a plate.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import ClassVar

import sqlalchemy as sa

from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Force
from volunteers.settings import settings_for
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    Objection,
    ObjectionStatus,
    SessionIdempotency,
    Sighting,
    SpeedwatchSession,
)
from volunteers.transaction import service

log = logging.getLogger(__name__)

# How many old sessions each batch takes; their sightings are deleted with one statement.
SESSION_BATCH = 500
# Serialises runs on PostgreSQL (with the chain number, like the audit's own lock).
RETENTION_LOCK_CLASS = 0x73775254


@dataclass(frozen=True)
class RetentionRun:
    """The subject of a run's audit event: the run itself, named by when it started."""

    id: str
    audit_type: ClassVar[str] = "speedwatch_retention_run"
    force_id: ClassVar[None] = None


@dataclass
class ForceCounts:
    """What one run removed (or, in a dry run, would remove) in one force, and what it kept."""

    name: str
    sightings: int = 0
    letters_cleared: int = 0
    objections_cleared: int = 0
    kept: int = 0
    idempotency_records: int = 0

    def __bool__(self) -> bool:
        return any((self.sightings, self.letters_cleared, self.objections_cleared, self.kept, self.idempotency_records))

    def as_dict(self) -> dict[str, int]:
        return {
            "sightings": self.sightings,
            "letters_cleared": self.letters_cleared,
            "objections_cleared": self.objections_cleared,
            "kept": self.kept,
            "idempotency_records": self.idempotency_records,
        }


@dataclass
class Removed:
    """A run's counts per force (by id); only forces where there was something to do appear."""

    dry_run: bool
    by_force: dict[int, ForceCounts] = field(default_factory=dict)

    def total(self, name: str) -> int:
        return sum(getattr(counts, name) for counts in self.by_force.values())


def letter_needs_its_sighting() -> sa.ColumnElement[bool]:
    """A letter not yet sent, an open referral, or one with an undecided objection."""
    undecided = sa.exists().where(Objection.letter_id == Letter.id, Objection.status == ObjectionStatus.PENDING)
    open_referral = sa.and_(
        Letter.stage == LetterStage.REFERRAL, Letter.status != LetterStatus.WITHDRAWN, Letter.closed_at.is_(None)
    )
    return sa.or_(Letter.status == LetterStatus.DUE, open_referral, undecided)


def _needed() -> sa.ColumnElement[bool]:
    return sa.exists().where(Letter.sighting_id == Sighting.id, letter_needs_its_sighting())


def _old_session_batches(force: Force, cutoff: datetime):
    """The force's sessions that ended before the cutoff, oldest first, in batches of ids."""
    after: tuple[datetime, int] | None = None
    while True:
        query = sa.select(SpeedwatchSession.id, SpeedwatchSession.ends_at).where(
            SpeedwatchSession.force_id == force.id, SpeedwatchSession.ends_at < cutoff
        )
        if after is not None:
            query = query.where(
                SpeedwatchSession.ends_at >= after[0],
                sa.or_(SpeedwatchSession.ends_at > after[0], SpeedwatchSession.id > after[1]),
            )
        rows = db.session.execute(
            query.order_by(SpeedwatchSession.ends_at, SpeedwatchSession.id).limit(SESSION_BATCH)
        ).all()
        if not rows:
            return
        yield [row.id for row in rows]
        after = (rows[-1].ends_at, rows[-1].id)


def _count(query) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0


def _sightings_of_batch(session_ids: list[int], dry_run: bool, counts: ForceCounts) -> None:
    in_batch = Sighting.session_id.in_(session_ids)
    letters = sa.select(Letter.id).where(
        Letter.sighting_id.in_(sa.select(Sighting.id).where(in_batch)), sa.not_(letter_needs_its_sighting())
    )
    objections = sa.select(Objection.id).where(Objection.letter_id.in_(letters))
    counts.kept += _count(sa.select(Sighting.id).where(in_batch, _needed()))
    if dry_run:
        counts.letters_cleared += _count(letters)
        counts.objections_cleared += _count(objections)
        counts.sightings += _count(sa.select(Sighting.id).where(in_batch, sa.not_(_needed())))
        return
    # Before the letters lose their link, by which these are found.
    counts.objections_cleared += db.session.execute(
        sa.update(Objection)
        .where(Objection.id.in_(objections))
        .values(explanation="", contact_email="")
        .execution_options(synchronize_session=False)
    ).rowcount
    counts.letters_cleared += db.session.execute(
        sa.update(Letter)
        .where(Letter.id.in_(letters))
        .values(sighting_id=None, registration="")
        .execution_options(synchronize_session=False)
    ).rowcount
    counts.sightings += db.session.execute(
        sa.delete(Sighting).where(in_batch, sa.not_(_needed())).execution_options(synchronize_session=False)
    ).rowcount


def _idempotency_records(force: Force, now: datetime, dry_run: bool) -> int:
    cutoff = now - timedelta(days=int(settings_for(force).speedwatch_idempotency_days))
    sessions = sa.select(SpeedwatchSession.id).where(SpeedwatchSession.force_id == force.id)
    condition = sa.and_(SessionIdempotency.created_at < cutoff, SessionIdempotency.session_id.in_(sessions))
    if dry_run:
        return _count(sa.select(SessionIdempotency.id).where(condition))
    return db.session.execute(
        sa.delete(SessionIdempotency).where(condition).execution_options(synchronize_session=False)
    ).rowcount


def _lock() -> None:
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(RETENTION_LOCK_CLASS, 0)))


@service
def apply_retention(now: datetime | None = None, dry_run: bool = False) -> Removed:
    """Delete the sightings (and their plates on letters) and idempotency records past each force's
    retention period, and record the run with its counts per force; a dry run only counts."""
    now = now or utcnow()
    if not dry_run:
        _lock()
    removed = Removed(dry_run=dry_run)
    for force in db.session.scalars(sa.select(Force).order_by(Force.id)).all():
        counts = ForceCounts(force.name)
        cutoff = now - timedelta(days=int(settings_for(force).speedwatch_retention_days))
        for session_ids in _old_session_batches(force, cutoff):
            _sightings_of_batch(session_ids, dry_run, counts)
        counts.idempotency_records = _idempotency_records(force, now, dry_run)
        if counts:
            removed.by_force[force.id] = counts
    if dry_run:
        return removed
    audit.record(
        None,
        "speedwatch.retention.applied",
        RetentionRun(now.strftime("%Y-%m-%dT%H:%M:%SZ")),
        after={
            "sightings": removed.total("sightings"),
            "letters_cleared": removed.total("letters_cleared"),
            "objections_cleared": removed.total("objections_cleared"),
            "kept": removed.total("kept"),
            "idempotency_records": removed.total("idempotency_records"),
            "by_force": {str(force_id): counts.as_dict() for force_id, counts in sorted(removed.by_force.items())},
        },
    )
    log.info(
        "speedwatch retention: %d sighting(s) deleted, %d kept for letters",
        removed.total("sightings"),
        removed.total("kept"),
    )
    return removed
