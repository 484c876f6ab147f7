"""One queue for officers: everything awaiting them in their areas, across the three schemes.

Each scheme registers a `QueueKind` for every kind of item it asks officers to review (reports,
submitted sessions, site approvals, objections, recommendations). A kind gives two things:

* `awaiting(area_ids, filters)`: a SELECT of the items waiting in those areas, with the columns
  `id`, `submitted_at`, `urgent` and `flagged` and no ORDER BY or LIMIT;
* `items(ids)`: the page's items of that kind, built in one query.

and may add `filter_choices` and `each_area` (see QueueKind).

The queue unions the kinds' SELECTs in SQL, orders them (urgent, then flagged, then oldest) and
reads one page, so an officer of many busy areas never loads more than the page they look at. So
that a page costs the same with ten thousand items waiting as with a hundred, the database never
reads them all either: each kind is asked for one area at a time and cut to the first items in
the queue's order, down to the page (a kind should have an index in that order: area, status,
urgent, flagged, submitted, id), and each kind is counted up to COUNT_LIMIT, shown as "1,000 or
more" (deeper pages count further, as far as the page after them).
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
MAX_PER_PAGE = 100
# Counting stops here: a kind with more waiting shows "1,000 or more", so that counting costs the
# same whatever the size of the queue.
COUNT_LIMIT = 1000


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
    # Asked for one area at a time for a page, so that each area's first items come through an index
    # in the queue's order; False for a kind whose `awaiting` sends a query of its own each time and
    # whose items are few (each kind's page is still cut to the page).
    each_area: bool = True


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


def _areas(officer: User, filters: QueueFilters) -> frozenset[int]:
    area_ids = officer.officer_area_ids
    if filters.area_id is not None:
        area_ids = area_ids & {filters.area_id}
    return frozenset(area_ids)


def _kinds(filters: QueueFilters) -> list[QueueKind]:
    return [kind for kind in queue_kinds() if filters.kind in (None, kind.name)]


def _union(parts: list[sa.Select], name: str) -> sa.Subquery | None:
    if not parts:
        return None
    return (sa.union_all(*parts) if len(parts) > 1 else parts[0]).subquery(name)


@dataclass(frozen=True)
class QueueCounts:
    """How many items await an officer, by kind, and how many of them are urgent. A kind in `capped`
    has at least the number given: counting stopped there."""

    by_kind: dict[str, int]
    urgent: int
    capped: frozenset[str] = frozenset()

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def _counted(query: sa.Select, limit: int) -> sa.ScalarSelect:
    """How many rows the query has, counting no further than `limit`."""
    return sa.select(sa.func.count()).select_from(query.limit(limit).subquery()).scalar_subquery()


def counting_query(officer: User, filters: QueueFilters, limit: int | None = None) -> sa.Select | None:
    """How many items of each kind await the officer, and how many of them are urgent, each counted up
    to `limit` (COUNT_LIMIT): rows (kind, waiting, urgent), one a kind."""
    limit = limit or COUNT_LIMIT
    area_ids = _areas(officer, filters)
    if not area_ids:
        return None
    parts = []
    for kind in _kinds(filters):
        query = kind.awaiting(area_ids, filters)
        if query is None:
            continue
        found = query.subquery()
        parts.append(
            sa.select(
                sa.literal(kind.name).label("kind"),
                _counted(sa.select(found.c.id), limit).label("waiting"),
                _counted(sa.select(found.c.id).where(found.c.urgent), limit).label("urgent"),
            )
        )
    counted = _union(parts, "counted")
    return None if counted is None else sa.select(counted)


def _order(found) -> tuple:
    return (found.c.urgent.desc(), found.c.flagged.desc(), found.c.submitted_at, found.c.kind, found.c.id)


def page_query(officer: User, filters: QueueFilters, limit: int, offset: int) -> sa.Select | None:
    """The kind and id of the items on one page: urgent, then flagged, then oldest.

    Each kind's SELECT is asked for one area at a time and cut to its first `offset + limit` items
    in the queue's order, so that the database reads at most that many of each kind in each area
    (through an index in that order, where the kind has one) rather than every item waiting."""
    area_ids = _areas(officer, filters)
    if not area_ids:
        return None
    one_by_one = [frozenset({area_id}) for area_id in sorted(area_ids)]
    parts = []
    for kind in _kinds(filters):
        for areas in one_by_one if kind.each_area and len(one_by_one) > 1 else [area_ids]:
            query = kind.awaiting(areas, filters)
            if query is None:
                continue
            found = query.subquery()
            first = (
                sa.select(
                    sa.literal(kind.name).label("kind"),
                    found.c.id,
                    found.c.submitted_at,
                    found.c.urgent,
                    found.c.flagged,
                )
                .order_by(found.c.urgent.desc(), found.c.flagged.desc(), found.c.submitted_at, found.c.id)
                .limit(offset + limit)
                .subquery()
            )
            parts.append(sa.select(first))
    awaiting = _union(parts, "awaiting")
    if awaiting is None:
        return None
    return sa.select(awaiting.c.kind, awaiting.c.id).order_by(*_order(awaiting)).limit(limit).offset(offset)


def queue_counts(officer: User, filters: QueueFilters = QueueFilters(), limit: int | None = None) -> QueueCounts:
    """Counted in SQL, each kind up to `limit` (COUNT_LIMIT), for the home page and the queue page's totals."""
    limit = limit or COUNT_LIMIT
    query = counting_query(officer, filters, limit)
    if query is None:
        return QueueCounts({}, 0)
    rows = [(kind, int(waiting), int(urgent)) for kind, waiting, urgent in db.session.execute(query) if waiting]
    return QueueCounts(
        {kind: waiting for kind, waiting, _urgent in rows},
        sum(urgent for *_, urgent in rows),
        frozenset(kind for kind, waiting, _urgent in rows if waiting >= limit),
    )


class QueuePage(Pagination):
    """One page of an officer's queue; `counts` has the totals per kind of the whole queue."""

    def __init__(self, officer: User, filters: QueueFilters, page: int | None = None, per_page: int = PER_PAGE):
        # Counted far enough to know whether a page follows this one.
        depth = (page or 1) * min(per_page, MAX_PER_PAGE) + 1
        self.counts = queue_counts(officer, filters, max(COUNT_LIMIT, depth))
        super().__init__(
            page=page, per_page=per_page, max_per_page=MAX_PER_PAGE, error_out=False, officer=officer, filters=filters
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
