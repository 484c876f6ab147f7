"""One queue for officers: everything awaiting them in their areas, across the three schemes.

Each scheme registers a provider that lists its own items awaiting review in the given areas;
the queue merges them, most urgent and flagged first, then oldest first, each with its age.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from volunteers.db_types import utcnow
from volunteers.models import User


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

    @property
    def age(self) -> timedelta:
        return utcnow() - self.submitted_at

    @property
    def priority(self) -> tuple:
        return (not self.urgent, not self.flags, self.submitted_at)


QueueProvider = Callable[[frozenset[int], QueueFilters], Iterable[QueueItem]]
_PROVIDERS: dict[str, QueueProvider] = {}


def queue_provider(kind: str) -> Callable[[QueueProvider], QueueProvider]:
    """Register the function that lists one kind of item awaiting review in a set of areas."""

    def register(provider: QueueProvider) -> QueueProvider:
        _PROVIDERS[kind] = provider
        return provider

    return register


def queue_kinds() -> list[str]:
    return sorted(_PROVIDERS)


def queue_for(officer: User, filters: QueueFilters = QueueFilters()) -> list[QueueItem]:
    """The officer's queue: only items in areas they are assigned to, most urgent and oldest first."""
    area_ids = officer.officer_area_ids
    if filters.area_id is not None:
        area_ids = area_ids & {filters.area_id}
    if not area_ids:
        return []
    items = [
        item
        for kind, provider in _PROVIDERS.items()
        if filters.kind in (None, kind)
        for item in provider(frozenset(area_ids), filters)
    ]
    return sorted(items, key=lambda item: item.priority)
