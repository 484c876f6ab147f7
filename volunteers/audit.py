"""The accountability record: one function every state change goes through, and its verification.

Each AuditEvent carries the HMAC-SHA-256 of its own content and of the event before it in its
force's chain, under a key kept outside the database (AUDIT_KEYS, by the id the event names), so
editing, deleting or inserting an event anywhere in the history breaks the chain at that point,
even for someone who can write to the database and recompute hashes; `flask audit verify` names
the first broken event. Anchors (`volunteers/audit_anchor.py`) keep each chain's head outside the
database, so cutting off the newest events is found too.
"""

import functools
import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.base import NO_VALUE

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.inserts import RideAlong
from volunteers.models import AuditChainHead, AuditEvent, Scheme, User
from volunteers.registry import registries

GENESIS_HASH = "0" * 64
SYSTEM_CHAIN = 0
VERIFY_BATCH = 5000


def _plain(value) -> dict:
    """Return the JSON form of a value exactly as it will be stored, so it hashes the same later."""
    return json.loads(json.dumps(value or {}, default=str, sort_keys=True))


def _timestamp(moment: datetime) -> str:
    """The moment as 2026-12-01T09:30:00.000000Z (what strftime's "%Y-%m-%dT%H:%M:%S.%fZ" gives, at
    a fifth of its cost: verification writes one for every event)."""
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _canonical(event) -> bytes:
    """The bytes an event's MAC covers: its content, its place in its chain and its link to the one before."""
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
    if event.key_id is not None:  # keyed since 0014_audit_keys, with where the subject belongs
        content.update(key_id=event.key_id, area_id=event.area_id, scheme_kind=event.scheme_kind)
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def mac_of(event, secret: str | None) -> str:
    """The HMAC-SHA-256 of an event under `secret`; the plain SHA-256 when there is none (events
    recorded before the chain was keyed)."""
    if secret is None:
        return hashlib.sha256(_canonical(event)).hexdigest()
    return hmac.new(secret.encode("utf-8"), _canonical(event), hashlib.sha256).hexdigest()


def keys() -> Mapping[str, str]:
    """Every audit key this deployment holds, by id: the current one and the retired ones."""
    return current_app.config["AUDIT_KEYS"]


def event_hash(event) -> str:
    """The MAC an event should carry, under the key it names."""
    return mac_of(event, keys()[event.key_id] if event.key_id is not None else None)


def subject_type_of(subject) -> str:
    return getattr(subject, "audit_type", None) or subject.__tablename__


def _scheme_kind_of(subject, subject_type: str) -> str | None:
    """The kind of scheme the subject belongs to, from what is already known about it (no query)."""
    if isinstance(subject, Scheme):
        return subject.kind.value
    kind = registries().audit_subject_kinds.get(subject_type)
    if kind is not None:
        return kind.value
    state = sa.inspect(subject, raiseerr=False)
    if state is None or "scheme" not in state.mapper.relationships:
        return None
    scheme = state.attrs.scheme.loaded_value
    return scheme.kind.value if scheme is not NO_VALUE and scheme is not None else None


class _ChainStatements(NamedTuple):
    take_head: sa.Insert
    move_head: sa.Update
    append: sa.Insert


@functools.cache
def _chain_statements(dialect: str) -> _ChainStatements:
    """Built once per dialect, with parameters: every audited change runs them."""
    head, events = AuditChainHead.__table__, AuditEvent.__table__
    take_head = (
        (postgresql.insert if dialect == "postgresql" else sqlite.insert)(head)
        .values(chain=sa.bindparam("head_chain"), seq=1, hash=GENESIS_HASH)
        .on_conflict_do_update(index_elements=[head.c.chain], set_={"seq": head.c.seq + 1})
        .returning(head.c.seq, head.c.hash)
    )
    move_head = sa.update(head).where(head.c.chain == sa.bindparam("head_chain")).values(hash=sa.bindparam("head_hash"))
    append = sa.insert(events).values({column.key: sa.bindparam(f"event_{column.key}") for column in _EVENT_COLUMNS})
    if dialect == "postgresql":
        append = append.add_cte(move_head.cte("moved_head"))
    return _ChainStatements(take_head, move_head, append.returning(events.c.id))


_EVENT_COLUMNS = [column for column in AuditEvent.__table__.columns if column.key != "id"]


def _statements() -> tuple[_ChainStatements, bool]:
    dialect = db.session.get_bind().dialect.name
    return _chain_statements(dialect), dialect == "postgresql"


@dataclass(frozen=True)
class ChainPlace:
    """Where the next event of a chain goes, its head row already taken for this transaction."""

    chain: int
    seq: int
    previous_hash: str


def _chain_of(subject) -> int:
    force_id = getattr(subject, "force_id", None)
    return force_id if force_id is not None else SYSTEM_CHAIN


def chain_place_riding_with(subject) -> RideAlong:
    """Taking the head of the chain an event about `subject` goes to, as a statement to send with
    the one that stores the subject (`inserts.insert_graph(..., along=...)`, which returns the
    ChainPlace): a round trip fewer for the busiest write. Pass the place to `record`, once.

    The head is then held from that statement to the commit, as it is from `record`'s own upsert
    otherwise: a writer that takes it before its event is built holds it no longer."""
    chain = _chain_of(subject)
    statements, _ = _statements()
    return RideAlong(statements.take_head, {"head_chain": chain}, lambda row: ChainPlace(chain, *row))


def _take_chain_head(chain: int) -> tuple[int, str]:
    """Take the chain's head row for this transaction and return the next event's place in the
    chain and the hash it links to, in one statement.

    The upsert locks the row until the transaction ends, so writers of one chain queue here; and
    a writer that waited reads the head as the one before it left it (PostgreSQL re-reads a row
    it waited for), so no two events ever link to the same one, even in READ COMMITTED.
    """
    statements, _ = _statements()
    seq, previous_hash = db.session.execute(statements.take_head, {"head_chain": chain}).one()
    return seq, previous_hash


def _append(event: AuditEvent) -> None:
    """Insert the event and make it the chain's head: one statement on PostgreSQL (the head's
    update rides along as a data-modifying CTE), two on SQLite."""
    statements, head_moves_with_insert = _statements()
    head = {"head_chain": event.chain, "head_hash": event.hash}
    values = {f"event_{column.key}": getattr(event, column.key) for column in _EVENT_COLUMNS}
    if head_moves_with_insert:
        values |= head
    else:
        db.session.execute(statements.move_head, head)
    event.id = db.session.execute(statements.append, values).scalar_one()
    make_transient_to_detached(event)
    db.session.add(event)


def record(
    actor: User | None,
    action: str,
    subject,
    *,
    reason: str = "",
    before: dict | None = None,
    after: dict | None = None,
    place: ChainPlace | None = None,
) -> AuditEvent:
    """Append an event for a change made in the current transaction; it commits with the change.

    `actor` is None only for the system itself (scheduled commands). `subject` is the model the
    change is about; its force, when it has one, is kept so each force's admins see their own.
    `place` is the chain's head taken with the change's own statement (`chain_place_riding_with`).
    """
    if subject.id is None:
        db.session.flush()
    force_id = getattr(subject, "force_id", None)
    chain = _chain_of(subject)
    if place is None:
        seq, previous_hash = _take_chain_head(chain)
    elif place.chain != chain:
        raise ValueError(f"the place taken is in chain {place.chain}, the event belongs to chain {chain}")
    else:
        seq, previous_hash = place.seq, place.previous_hash
    subject_type = subject_type_of(subject)
    event = AuditEvent(
        key_id=current_app.config["AUDIT_KEY_ID"],
        area_id=getattr(subject, "area_id", None),
        scheme_kind=_scheme_kind_of(subject, subject_type),
        chain=chain,
        seq=seq,
        occurred_at=utcnow(),
        actor_id=actor.id if actor is not None else None,
        actor_name=actor.display_name if actor is not None else None,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject.id),
        force_id=force_id,
        reason=reason or "",
        before=_plain(before),
        after=_plain(after),
        previous_hash=previous_hash,
    )
    event.hash = event_hash(event)
    _append(event)
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


@dataclass(frozen=True)
class Anchor:
    """A chain's head as it was written outside the database at some time."""

    chain: int
    seq: int
    mac: str
    anchored_at: str


@dataclass(frozen=True)
class Verification:
    """What a walk of every chain found: how many events and chains were intact, how many anchors
    matched, and the first break, if any."""

    events: int
    chains: int
    anchors: int
    broken: ChainBreak | None


def _events_in_order(chain: int) -> Iterator[sa.Row]:
    """Stream one chain in order through a server-side cursor, so millions of events fit in memory."""
    table = AuditEvent.__table__
    query = sa.select(table).where(table.c.chain == chain).order_by(table.c.seq)
    yield from db.session.execute(query, execution_options={"yield_per": VERIFY_BATCH})


def _chains(also: set[int]) -> list[int]:
    """Every chain that holds an event (one index lookup each, not a scan of the table), and `also`."""
    found, after = set(also), None
    while True:
        query = sa.select(sa.func.min(AuditEvent.chain))
        if after is not None:
            query = query.where(AuditEvent.chain > after)
        after = db.session.scalar(query)
        if after is None:
            return sorted(found)
        found.add(after)


def _problem(event, expected_seq: int, previous_hash: str, keyed_before: bool, secrets: Mapping) -> str | None:
    if event.seq != expected_seq:
        return f"missing: the next event found is #{event.seq} (deleted events)"
    if event.previous_hash != previous_hash:
        return "does not follow the event before it (an event was inserted or removed)"
    if event.key_id is None:
        if keyed_before:
            return "has no key: a plain hash anyone can compute, after keyed events (rewritten)"
    elif event.key_id not in secrets:
        return f"names the key {event.key_id!r}, which this deployment does not hold (add it to AUDIT_KEYS)"
    if not hmac.compare_digest(mac_of(event, secrets.get(event.key_id)), event.hash):
        return "its content no longer matches its MAC (edited)"
    return None


def _verify_one_chain(
    chain: int, anchors: Mapping[int, Anchor], secrets: Mapping
) -> tuple[int, int, ChainBreak | None]:
    expected_seq, previous_hash, checked, matched, keyed = 1, GENESIS_HASH, 0, 0, False
    for event in _events_in_order(chain):
        problem = _problem(event, expected_seq, previous_hash, keyed, secrets)
        if problem is not None:
            return (
                checked,
                matched,
                ChainBreak(chain, expected_seq, event.id if event.seq == expected_seq else None, problem),
            )
        anchor = anchors.get(event.seq)
        if anchor is not None:
            if not hmac.compare_digest(anchor.mac, event.hash):
                problem = f"its MAC is not the one anchored at {anchor.anchored_at} (rewritten)"
                return checked, matched, ChainBreak(chain, event.seq, event.id, problem)
            matched += 1
        keyed = keyed or event.key_id is not None
        expected_seq, previous_hash, checked = event.seq + 1, event.hash, checked + 1
    missing = [anchor for seq, anchor in anchors.items() if seq >= expected_seq]
    if missing:
        anchor = min(missing, key=lambda anchor: anchor.seq)
        problem = (
            f"missing: it was anchored at {anchor.anchored_at}, but the chain ends at #{expected_seq - 1} (cut off)"
        )
        return checked, matched, ChainBreak(chain, anchor.seq, None, problem)
    return checked, matched, None


def verify(anchors: Iterable[Anchor] = ()) -> Verification:
    """Walk every chain up to its head, checking each anchored event against its anchor; stop at
    the first break."""
    by_chain: dict[int, dict[int, Anchor]] = {}
    for anchor in anchors:
        by_chain.setdefault(anchor.chain, {})[anchor.seq] = anchor
    secrets = keys()
    total = matched = chains = 0
    for chain in _chains(set(by_chain)):
        checked, anchored, broken = _verify_one_chain(chain, by_chain.get(chain, {}), secrets)
        total, matched = total + checked, matched + anchored
        if broken is not None:
            return Verification(total, chains, matched, broken)
        chains += 1
    return Verification(total, chains, matched, None)


def verify_chain() -> tuple[int, ChainBreak | None]:
    """Walk every chain; return how many events were intact and the first break, if any."""
    found = verify()
    return found.events, found.broken


def chain_heads() -> list[sa.Row]:
    """The newest event of every chain: what an anchor keeps."""
    heads = []
    for chain in _chains(set()):
        head = db.session.execute(
            sa.select(AuditEvent.chain, AuditEvent.seq, AuditEvent.hash, AuditEvent.key_id, AuditEvent.occurred_at)
            .where(AuditEvent.chain == chain)
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).one()
        heads.append(head)
    return heads
