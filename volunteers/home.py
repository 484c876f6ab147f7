"""What each person's home page and navigation offer, gathered from the features that provide them.

Shared code never imports a scheme package; instead each feature registers a provider that says,
for one user, which sections and navigation links it contributes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from flask import request, url_for

from volunteers.models import Scheme, SchemeKind, User
from volunteers.permissions import can


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


@dataclass(frozen=True)
class SchemeAction:
    kind: SchemeKind
    label: Callable[[], str]
    endpoint: str


_SECTION_PROVIDERS: list[Callable[[User], list[HomeSection]]] = []
_NAV_ENTRIES: list[NavEntry] = []
_SCHEME_ACTIONS: list[SchemeAction] = []


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


def scheme_action(kind: SchemeKind, label: Callable[[], str], endpoint: str) -> None:
    """Register something a member may do in every scheme of a kind, such as "Submit a report".

    `endpoint` is built with the scheme's id (`url_for(endpoint, scheme_id=...)`). The link is
    offered only to members the permission layer lets submit to that scheme (`scheme.submit`):
    active, with every check in date. Hiding it is a courtesy; the view must still `require` it.
    """
    _SCHEME_ACTIONS.append(SchemeAction(kind, label, endpoint))


def scheme_actions_for(user: User, scheme: Scheme) -> list[HomeLink]:
    """The actions a user may take in a scheme today; none unless they may submit to it."""
    if not can(user, "scheme.submit", scheme):
        return []
    return [
        HomeLink(action.label(), url_for(action.endpoint, scheme_id=scheme.id))
        for action in _SCHEME_ACTIONS
        if action.kind == scheme.kind
    ]
