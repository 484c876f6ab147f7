"""One queue for officers: everything awaiting them in their areas, across the three schemes.

Each scheme registers a `QueueKind` for every kind of item it asks officers to review (reports,
submitted sessions, site approvals, objections, recommendations). A kind gives two things:

* `awaiting(area_ids, filters)`: a SELECT of the items waiting in those areas, with the columns
  `id`, `submitted_at`, `urgent` and `flagged` and no ORDER BY or LIMIT;
* `items(ids)`: the page's items of that kind, built in one query.

The queue unions the kinds' SELECTs in SQL, counts them per kind there, orders them (urgent, then
flagged, then oldest) and reads one page, so an officer of many busy areas never loads more than
the page they look at.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_sqlalchemy.pagination import Pagination

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import User
from volunteers.registry import registries

FILTER_NAMES = ("category", "flag", "status")
PER_PAGE = 50


@dataclass(frozen=True)
class QueueFilters:
    area_id: int | None = None
    scheme_id: int | None = None
    kind: str | None = None
    category: str | None = None
    flag: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class QueueItem:
    kind: str
    kind_label: str
    id: int
    title: str
    url: str
    area_id: int
    area_name: str
    scheme_id: int | None
    scheme_name: str
    submitted_at: datetime
    status: str
    urgent: bool = False
    flags: tuple[str, ...] = ()
    category: str = ""
    notes: tuple[str, ...] = field(default=())
    # When the police must have answered (youth recommendations, site reviews), if there is a deadline.
    due_at: datetime | None = None

    @property
    def age(self) -> timedelta:
        return utcnow() - self.submitted_at

    @property
    def overdue(self) -> bool:
        return self.due_at is not None and self.due_at < utcnow()


@dataclass(frozen=True)
class FilterChoice:
    """One option of a queue filter: the value sent in the URL and what the officer reads."""

    value: str
    label: str


@dataclass(frozen=True)
class QueueKind:
    """One kind of item in the officers' queue, as its scheme provides it."""

    name: str
    label: Callable[[], str]
    awaiting: Callable[[frozenset[int], QueueFilters], sa.Select | None]
    items: Callable[[Sequence[int]], Iterable[QueueItem]]
    # Options the kind adds to the page's "category", "flag" and "status" filters.
    filter_choices: Mapping[str, Callable[[], Iterable[FilterChoice]]] = field(default_factory=dict)


def queue_kinds() -> list[QueueKind]:
    return sorted(registries().queue_kinds.values(), key=lambda kind: kind.name)


def kind_choices() -> list[FilterChoice]:
    return [FilterChoice(kind.name, kind.label()) for kind in queue_kinds()]


def filter_choices() -> dict[str, list[FilterChoice]]:
    """Every filter's options from every kind, each value once."""
    gathered = {}
    for name in FILTER_NAMES:
        seen: dict[str, FilterChoice] = {}
        for kind in queue_kinds():
            provide = kind.filter_choices.get(name)
            for choice in provide() if provide else ():
                seen.setdefault(choice.value, choice)
        gathered[name] = list(seen.values())
    return gathered


def _awaiting(officer: User, filters: QueueFilters) -> sa.Subquery | None:
    """Every item awaiting the officer, as one UNION ALL of the kinds' SELECTs (or None: nothing)."""
    area_ids = officer.officer_area_ids
    if filters.area_id is not None:
        area_ids = area_ids & {filters.area_id}
    if not area_ids:
        return None
    parts = []
    for kind in queue_kinds():
        if filters.kind not in (None, kind.name):
            continue
        query = kind.awaiting(frozenset(area_ids), filters)
        if query is None:
            continue
        found = query.subquery()
        parts.append(
            sa.select(
                sa.literal(kind.name).label("kind"),
                found.c.id,
                found.c.submitted_at,
                found.c.urgent,
                found.c.flagged,
            )
        )
    if not parts:
        return None
    return sa.union_all(*parts).subquery("awaiting") if len(parts) > 1 else parts[0].subquery("awaiting")


@dataclass(frozen=True)
class QueueCounts:
    """How many items await an officer, by kind, and how many of them are urgent."""

    by_kind: dict[str, int]
    urgent: int

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def counting_query(officer: User, filters: QueueFilters) -> sa.Select | None:
    """How many items of each kind await the officer, and how many of them are urgent."""
    awaiting = _awaiting(officer, filters)
    if awaiting is None:
        return None
    urgent = sa.func.sum(sa.case((awaiting.c.urgent, 1), else_=0))
    return sa.select(awaiting.c.kind, sa.func.count(), urgent).group_by(awaiting.c.kind)


def page_query(officer: User, filters: QueueFilters, limit: int, offset: int) -> sa.Select | None:
    """The kind and id of the items on one page: urgent, then flagged, then oldest."""
    awaiting = _awaiting(officer, filters)
    if awaiting is None:
        return None
    order = (
        awaiting.c.urgent.desc(),
        awaiting.c.flagged.desc(),
        awaiting.c.submitted_at,
        awaiting.c.kind,
        awaiting.c.id,
    )
    return sa.select(awaiting.c.kind, awaiting.c.id).order_by(*order).limit(limit).offset(offset)


def queue_counts(officer: User, filters: QueueFilters = QueueFilters()) -> QueueCounts:
    """Counted in SQL, for the home page and the queue page's totals."""
    query = counting_query(officer, filters)
    if query is None:
        return QueueCounts({}, 0)
    rows = db.session.execute(query).all()
    return QueueCounts({kind: count for kind, count, _urgent in rows}, sum(int(urgent or 0) for *_, urgent in rows))


class QueuePage(Pagination):
    """One page of an officer's queue; `counts` has the totals per kind of the whole queue."""

    def __init__(self, officer: User, filters: QueueFilters, page: int | None = None, per_page: int = PER_PAGE):
        self.counts = queue_counts(officer, filters)
        super().__init__(
            page=page, per_page=per_page, max_per_page=100, error_out=False, officer=officer, filters=filters
        )

    def _query_count(self) -> int:
        return self.counts.total

    def _query_items(self) -> list[QueueItem]:
        if not self.counts.total:
            return []
        query = page_query(self._query_args["officer"], self._query_args["filters"], self.per_page, self._query_offset)
        return _items_in_order(db.session.execute(query).all())


def _items_in_order(rows: Sequence[sa.Row]) -> list[QueueItem]:
    """Build the page's items, one query per kind on the page, in the order SQL chose."""
    wanted: dict[str, list[int]] = {}
    for kind, item_id in rows:
        wanted.setdefault(kind, []).append(item_id)
    kinds = registries().queue_kinds
    built = {(item.kind, item.id): item for name, ids in wanted.items() for item in kinds[name].items(ids)}
    return [built[(kind, item_id)] for kind, item_id in rows if (kind, item_id) in built]
