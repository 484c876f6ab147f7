"""What each person's home page and navigation offer, gathered from the features that provide them.

Shared code never imports a scheme package; instead each feature hands `registry.install` the
functions that say, for one user, which sections it contributes, and its navigation links.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from flask import request, url_for

from volunteers.models import Scheme, SchemeKind, User
from volunteers.permissions import can
from volunteers.registry import registries


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
    """A navigation link, shown to the users for whom `visible(user)` is true."""

    label: Callable[[], str]
    endpoint: str
    order: int
    visible: Callable[[User], bool]


@dataclass(frozen=True)
class SchemeAction:
    """Something a member may do in every scheme of a kind, such as "Report something".

    `endpoint` is built with the scheme's id (`url_for(endpoint, scheme_id=...)`). The link is
    offered only to members the permission layer lets submit to that scheme (`scheme.submit`):
    active, with every check in date. Hiding it is a courtesy; the view must still `require` it.
    """

    kind: SchemeKind
    label: Callable[[], str]
    endpoint: str


SectionProvider = Callable[[User], list[HomeSection]]


def sections_for(user: User) -> list[HomeSection]:
    sections = [section for provider in registries().home_sections.values() for section in provider(user)]
    return sorted(sections, key=lambda section: section.order)


def nav_items_for(user) -> list[dict]:
    if not user.is_authenticated:
        return []
    items = []
    for entry in sorted(registries().nav_entries.values(), key=lambda entry: entry.order):
        if entry.visible(user):
            url = url_for(entry.endpoint)
            items.append({"label": entry.label(), "url": url, "active": request.path == url})
    return items


def scheme_actions_for(user: User, scheme: Scheme) -> list[HomeLink]:
    """The actions a user may take in a scheme today; none unless they may submit to it."""
    if not can(user, "scheme.submit", scheme):
        return []
    return [
        HomeLink(action.label(), url_for(action.endpoint, scheme_id=scheme.id))
        for action in registries().scheme_actions.values()
        if action.kind == scheme.kind
    ]
