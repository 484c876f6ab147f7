"""The accountability record: one function every state change goes through, and its verification.

Each AuditEvent carries the SHA-256 of its own content and of the event before it in its force's
chain, so editing, deleting or inserting an event anywhere in the history breaks the chain at that
point, and `flask audit verify` names the first broken event.
"""

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import AuditEvent, User

GENESIS_HASH = "0" * 64
# With the chain number, the key of the PostgreSQL lock that serialises writers of one chain, so
# that two transactions never chain to the same event.
AUDIT_LOCK_CLASS = 0x766F6C75
SYSTEM_CHAIN = 0


def _plain(value) -> dict:
    """Return the JSON form of a value exactly as it will be stored, so it hashes the same later."""
    return json.loads(json.dumps(value or {}, default=str, sort_keys=True))


def _timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(event: AuditEvent) -> str:
    """The SHA-256 of an event's content and its link to the previous event."""
    content = {
        "chain": event.chain,
        "seq": event.seq,
        "occurred_at": _timestamp(event.occurred_at),
        "actor_id": event.actor_id,
        "action": event.action,
        "subject_type": event.subject_type,
        "subject_id": event.subject_id,
        "force_id": event.force_id,
        "reason": event.reason or "",
        "before": event.before or {},
        "after": event.after or {},
        "previous_hash": event.previous_hash,
    }
    if event.actor_name is not None:  # recorded since 0005; earlier events hash as they always did
        content["actor_name"] = event.actor_name
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def subject_type_of(subject) -> str:
    return getattr(subject, "audit_type", None) or subject.__tablename__


def _lock_chain(chain: int) -> None:
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(AUDIT_LOCK_CLASS, chain)))


def record(
    actor: User | None,
    action: str,
    subject,
    *,
    reason: str = "",
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEvent:
    """Append an event for a change made in the current transaction; it commits with the change.

    `actor` is None only for the system itself (scheduled commands). `subject` is the model the
    change is about; its force, when it has one, is kept so each force's admins see their own.
    """
    if subject.id is None:
        db.session.flush()
    force_id = getattr(subject, "force_id", None)
    chain = force_id if force_id is not None else SYSTEM_CHAIN
    _lock_chain(chain)
    last = db.session.execute(
        sa.select(AuditEvent.seq, AuditEvent.hash)
        .where(AuditEvent.chain == chain)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    event = AuditEvent(
        chain=chain,
        seq=(last.seq + 1) if last else 1,
        occurred_at=utcnow(),
        actor_id=actor.id if actor is not None else None,
        actor_name=actor.display_name if actor is not None else None,
        action=action,
        subject_type=subject_type_of(subject),
        subject_id=str(subject.id),
        force_id=force_id,
        reason=reason or "",
        before=_plain(before),
        after=_plain(after),
        previous_hash=last.hash if last else GENESIS_HASH,
    )
    event.hash = event_hash(event)
    db.session.add(event)
    return event


@dataclass(frozen=True)
class ChainBreak:
    """Where a chain first stops being intact, and what is wrong there."""

    chain: int
    seq: int
    event_id: int | None
    problem: str

    def __str__(self) -> str:
        owner = f"force {self.chain}" if self.chain != SYSTEM_CHAIN else "the system"
        where = f"chain of {owner}, event #{self.seq}" + (f" (id {self.event_id})" if self.event_id else "")
        return f"{where}: {self.problem}"


def _events_in_order(chain: int, batch_size: int = 1000) -> Iterator[sa.Row]:
    """Stream one chain as plain rows, in batches, so verifying millions of events fits in memory."""
    table = AuditEvent.__table__
    last_seq = 0
    while True:
        batch = db.session.execute(
            sa.select(table)
            .where(table.c.chain == chain, table.c.seq > last_seq)
            .order_by(table.c.seq)
            .limit(batch_size)
        ).all()
        if not batch:
            return
        yield from batch
        last_seq = batch[-1].seq


def _verify_one_chain(chain: int) -> tuple[int, ChainBreak | None]:
    expected_seq, previous_hash, checked = 1, GENESIS_HASH, 0
    for event in _events_in_order(chain):
        if event.seq != expected_seq:
            problem = f"missing: the next event found is #{event.seq} (deleted events)"
            return checked, ChainBreak(chain, expected_seq, None, problem)
        if event.previous_hash != previous_hash:
            problem = "does not follow the event before it (an event was inserted or removed)"
            return checked, ChainBreak(chain, event.seq, event.id, problem)
        if event_hash(event) != event.hash:
            return checked, ChainBreak(chain, event.seq, event.id, "its content no longer matches its hash (edited)")
        expected_seq, previous_hash, checked = event.seq + 1, event.hash, checked + 1
    return checked, None


def verify_chain() -> tuple[int, ChainBreak | None]:
    """Walk every chain; return how many events were intact and the first break, if any."""
    chains = db.session.scalars(sa.select(AuditEvent.chain).distinct().order_by(AuditEvent.chain)).all()
    total = 0
    for chain in chains:
        checked, broken = _verify_one_chain(chain)
        total += checked
        if broken is not None:
            return total, broken
    return total, None


def events_query(force_id: int, action: str = "", subject_type: str = "", subject_id: str = "") -> sa.Select:
    """A force's events, newest first, narrowed by the filters an admin chose."""
    query = sa.select(AuditEvent).where(AuditEvent.force_id == force_id)
    if action:
        query = query.where(AuditEvent.action.startswith(action, autoescape=True))
    if subject_type:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id:
        query = query.where(AuditEvent.subject_id == subject_id)
    return query.order_by(AuditEvent.chain, AuditEvent.seq.desc())


def export_rows(force_id: int, limit: int = 100_000, **filters) -> Iterator[tuple]:
    """A force's events as rows for a CSV download, newest first, at most `limit` of them."""
    for event in db.session.scalars(events_query(force_id, **filters).limit(limit)):
        yield (
            event.seq,
            event.occurred_at.isoformat(),
            event.actor_id,
            event.action,
            event.subject_type,
            event.subject_id,
            event.reason,
            event.hash,
        )
