"""The audit explorer: a force's events narrowed by what an admin asks, a page at a time, one
object's history, and the same events as a download.

Pages are found by keyset (the time and id of the last event shown), never by OFFSET, and every
filter has an index that starts with the force and ends in the page's order
(`AuditEvent.__table_args__`), so a page costs the same on the first day and after millions of
events.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from volunteers import audit_labels
from volunteers.extensions import db
from volunteers.models import AuditEvent

PAGE_SIZE = 50
# The page says how many events match up to this many, and "more than" beyond: counting millions
# exactly would cost more than the page.
COUNT_LIMIT = 1000
EXPORT_LIMIT = 100_000
HISTORY_LIMIT = 1000
CURSOR_SEPARATOR = "_"


@dataclass(frozen=True)
class AuditFilters:
    """What the admin narrowed the trail to; empty values narrow nothing."""

    since: datetime | None = None  # from this moment on
    until: datetime | None = None  # before this moment
    actor_id: int | None = None
    action: str = ""  # an action's code, or the first word of several ("area")
    subject_type: str = ""
    subject_id: str = ""
    area_id: int | None = None
    scheme_kind: str = ""


@dataclass(frozen=True)
class Cursor:
    """Where a page starts or ends: the time and id of an event."""

    occurred_at: datetime
    event_id: int

    def __str__(self) -> str:
        return f"{self.occurred_at.strftime('%Y%m%dT%H%M%S.%f%z')}{CURSOR_SEPARATOR}{self.event_id}"

    @classmethod
    def parse(cls, text: str | None) -> "Cursor | None":
        """A cursor from a page's address; anything malformed is no cursor (the first page)."""
        if not text:
            return None
        moment, _sep, event_id = text.partition(CURSOR_SEPARATOR)
        try:
            return cls(datetime.strptime(moment, "%Y%m%dT%H%M%S.%f%z"), int(event_id))
        except ValueError:
            return None

    @classmethod
    def of(cls, event: AuditEvent) -> "Cursor":
        return cls(event.occurred_at, event.id)


@dataclass(frozen=True)
class EventPage:
    """One page of events, newest first, with the cursors to the pages either side."""

    events: list[AuditEvent]
    older: Cursor | None
    newer: Cursor | None
    matching: int  # up to COUNT_LIMIT + 1


NO_EVENTS = EventPage([], older=None, newer=None, matching=0)


def _narrowed(force_id: int, filters: AuditFilters) -> sa.Select:
    query = sa.select(AuditEvent).where(AuditEvent.force_id == force_id)
    if filters.since is not None:
        query = query.where(AuditEvent.occurred_at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEvent.occurred_at < filters.until)
    if filters.actor_id is not None:
        query = query.where(AuditEvent.actor_id == filters.actor_id)
    if filters.action in audit_labels.known_actions():
        query = query.where(AuditEvent.action == filters.action)
    elif filters.action:
        query = query.where(AuditEvent.action.startswith(filters.action, autoescape=True))
    if filters.subject_type:
        query = query.where(AuditEvent.subject_type == filters.subject_type)
    if filters.subject_id:
        query = query.where(AuditEvent.subject_id == filters.subject_id)
    if filters.area_id is not None:
        query = query.where(AuditEvent.area_id == filters.area_id)
    if filters.scheme_kind:
        query = query.where(AuditEvent.scheme_kind == filters.scheme_kind)
    return query


def _position():
    return sa.tuple_(AuditEvent.occurred_at, AuditEvent.id)


def _newest_first(query: sa.Select) -> sa.Select:
    return query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())


def page_of(
    force_id: int, filters: AuditFilters, older_than: Cursor | None = None, newer_than: Cursor | None = None
) -> EventPage:
    """The page of a force's events after `older_than` (or before `newer_than`), newest first."""
    query = _narrowed(force_id, filters)
    if newer_than is not None:
        rows = db.session.scalars(
            query.where(_position() > (newer_than.occurred_at, newer_than.event_id))
            .order_by(AuditEvent.occurred_at, AuditEvent.id)
            .limit(PAGE_SIZE + 1)
        ).all()
        more_newer, events = len(rows) > PAGE_SIZE, list(reversed(rows[:PAGE_SIZE]))
        more_older = True
    else:
        if older_than is not None:
            query = query.where(_position() < (older_than.occurred_at, older_than.event_id))
        rows = db.session.scalars(_newest_first(query).limit(PAGE_SIZE + 1)).all()
        more_older, events = len(rows) > PAGE_SIZE, list(rows[:PAGE_SIZE])
        more_newer = older_than is not None
    matching = db.session.scalar(
        sa.select(sa.func.count()).select_from(
            _narrowed(force_id, filters).with_only_columns(AuditEvent.id).limit(COUNT_LIMIT + 1).subquery()
        )
    )
    return EventPage(
        events,
        older=Cursor.of(events[-1]) if events and more_older else None,
        newer=Cursor.of(events[0]) if events and more_newer else None,
        matching=matching,
    )


def history_of(force_id: int, subject_type: str, subject_id: str) -> list[AuditEvent]:
    """Everything recorded about one object of a force, oldest first (the latest HISTORY_LIMIT)."""
    newest = db.session.scalars(
        _newest_first(_narrowed(force_id, AuditFilters(subject_type=subject_type, subject_id=subject_id))).limit(
            HISTORY_LIMIT
        )
    ).all()
    return list(reversed(newest))


EXPORT_HEADER = (
    "seq",
    "occurred_at",
    "actor_id",
    "action",
    "who",
    "what",
    "subject_type",
    "subject_id",
    "subject",
    "area_id",
    "scheme_kind",
    "reason",
    "key_id",
    "hash",
)


def export_rows(force_id: int, filters: AuditFilters) -> Iterator[tuple]:
    """A force's events as rows for a CSV download, newest first, at most EXPORT_LIMIT of them."""
    query = _newest_first(_narrowed(force_id, filters)).limit(EXPORT_LIMIT)
    for event in db.session.scalars(query, execution_options={"yield_per": 2000}):
        yield (
            event.seq,
            event.occurred_at.isoformat(),
            event.actor_id,
            event.action,
            event.actor_name or "",
            audit_labels.action_label(event.action),
            event.subject_type,
            event.subject_id,
            audit_labels.subject_label(event.subject_type),
            event.area_id,
            event.scheme_kind or "",
            event.reason,
            event.key_id or "",
            event.hash,
        )


@dataclass(frozen=True)
class Change:
    """One value an event changed, as the history page shows it."""

    label: str
    before: str
    after: str


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_shown(item) for item in value)
    return str(value)


def changes_of(event: AuditEvent) -> list[Change]:
    """What an event recorded before and after, value by value, in words."""
    before, after = event.before or {}, event.after or {}
    return [
        Change(audit_labels.field_label(name), _shown(before.get(name)), _shown(after.get(name)))
        for name in sorted(before.keys() | after.keys())
    ]
