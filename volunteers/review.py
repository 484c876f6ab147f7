"""One queue for officers: everything awaiting them in their areas, across the three schemes.

Each scheme registers a provider that lists its own items awaiting review in the given areas;
the queue merges them, most urgent and flagged first, then oldest first, each with its age. A
scheme may also offer the choices for the page's category, flag and status filters.
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


@dataclass(frozen=True)
class FilterChoice:
    """One option of a queue filter: the value sent in the URL and what the officer reads."""

    value: str
    label: str


QueueProvider = Callable[[frozenset[int], QueueFilters], Iterable[QueueItem]]
_PROVIDERS: dict[str, QueueProvider] = {}
_KIND_LABELS: dict[str, Callable[[], str]] = {}
FILTER_NAMES = ("category", "flag", "status")
_FILTER_CHOICES: dict[str, list[Callable[[], Iterable[FilterChoice]]]] = {name: [] for name in FILTER_NAMES}


def queue_provider(kind: str, label: Callable[[], str] | None = None) -> Callable[[QueueProvider], QueueProvider]:
    """Register the function that lists one kind of item awaiting review in a set of areas.

    `label` returns the kind's name for the page's "Type" filter (translated when called).
    """

    def register(provider: QueueProvider) -> QueueProvider:
        _PROVIDERS[kind] = provider
        if label is not None:
            _KIND_LABELS[kind] = label
        return provider

    return register


def queue_kinds() -> list[str]:
    return sorted(_PROVIDERS)


def kind_choices() -> list[FilterChoice]:
    return [FilterChoice(kind, _KIND_LABELS[kind]() if kind in _KIND_LABELS else kind) for kind in queue_kinds()]


def queue_filter_choices(name: str) -> Callable:
    """Register a function returning the options a scheme adds to one filter ("category", "flag"
    or "status")."""
    if name not in _FILTER_CHOICES:
        raise ValueError(f"no queue filter called {name!r}")

    def register(provide: Callable[[], Iterable[FilterChoice]]) -> Callable[[], Iterable[FilterChoice]]:
        _FILTER_CHOICES[name].append(provide)
        return provide

    return register


def filter_choices() -> dict[str, list[FilterChoice]]:
    """Every filter's options from every scheme, each value once."""
    gathered = {}
    for name, providers in _FILTER_CHOICES.items():
        seen: dict[str, FilterChoice] = {}
        for provide in providers:
            for choice in provide():
                seen.setdefault(choice.value, choice)
        gathered[name] = list(seen.values())
    return gathered


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
