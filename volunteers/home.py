"""What each person's home page and navigation offer, gathered from the features that provide them.

Shared code never imports a scheme package; instead each feature registers a provider that says,
for one user, which sections and navigation links it contributes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from flask import request, url_for

from volunteers.models import User


@dataclass(frozen=True)
class HomeLink:
    label: str
    url: str
    description: str = ""
    count: int | None = None


@dataclass
class HomeSection:
    title: str
    order: int
    intro: str = ""
    links: list[HomeLink] = field(default_factory=list)
    template: str | None = None
    context: dict = field(default_factory=dict)


@dataclass(frozen=True)
class NavEntry:
    label: Callable[[], str]
    endpoint: str
    order: int
    visible: Callable[[User], bool]


_SECTION_PROVIDERS: list[Callable[[User], list[HomeSection]]] = []
_NAV_ENTRIES: list[NavEntry] = []


def home_sections(provider: Callable[[User], list[HomeSection]]) -> Callable:
    """Register a function that returns the home page sections a feature offers a user."""
    _SECTION_PROVIDERS.append(provider)
    return provider


def nav_entry(label: Callable[[], str], endpoint: str, order: int, visible: Callable[[User], bool]) -> None:
    """Register a navigation link, shown to the users for whom `visible(user)` is true."""
    _NAV_ENTRIES.append(NavEntry(label, endpoint, order, visible))


def sections_for(user: User) -> list[HomeSection]:
    sections = [section for provider in _SECTION_PROVIDERS for section in provider(user)]
    return sorted(sections, key=lambda section: section.order)


def nav_items_for(user) -> list[dict]:
    if not user.is_authenticated:
        return []
    items = []
    for entry in sorted(_NAV_ENTRIES, key=lambda entry: entry.order):
        if entry.visible(user):
            url = url_for(entry.endpoint)
            items.append({"label": entry.label(), "url": url, "active": request.path == url})
    return items
