"""What features plug into the app, kept per app and installed explicitly by `create_app`.

Shared code never imports a feature. Instead each feature (the three schemes, onboarding, the
admin pages ...) hands `install(app, Feature(...))` the parts it contributes: action rules, queue
kinds, home sections, settings defaults, personal-data sections, reminder jobs, demo data,
commands and the figures the transparency pages publish. Every part is named, and a name
registered twice is refused, so two features can never silently replace each other's rule or
section.

The registries live on the app (`app.extensions`), not in module globals, so building a second app
(the tests do) starts from nothing and importing a module never registers anything.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import click
from flask import Blueprint, Flask, current_app

from volunteers.extensions import csrf
from volunteers.models import SchemeKind

T = TypeVar("T")
EXTENSION_KEY = "volunteers"


class Registry(Generic[T]):
    """Named things of one kind, in the order they were registered; a repeated name is refused."""

    def __init__(self, what: str):
        self.what = what
        self._items: dict[str, T] = {}

    def add(self, name: str, item: T) -> None:
        if name in self._items:
            raise ValueError(f"{self.what} {name!r} is already registered")
        self._items[name] = item

    def update(self, items: Mapping[str, T]) -> None:
        for name, item in items.items():
            self.add(name, item)

    def get(self, name: str, default: T | None = None) -> T | None:
        return self._items.get(name, default)

    def __getitem__(self, name: str) -> T:
        return self._items[name]

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self):
        return self._items.items()

    def values(self):
        return self._items.values()

    def names(self) -> frozenset[str]:
        return frozenset(self._items)


@dataclass(frozen=True)
class Feature:
    """Everything one feature contributes to the app. `kind` is set for the three schemes.

    Each mapping is keyed by a name that must be unique across the app: action names for `rules`,
    queue kind names for `queue_kinds`, and so on.
    """

    name: str
    kind: SchemeKind | None = None
    blueprints: Sequence[Blueprint] = ()
    api_blueprints: Sequence[Any] = ()
    rules: Mapping[str, Callable] = field(default_factory=dict)
    queue_kinds: Sequence[Any] = ()
    home_sections: Mapping[str, Callable] = field(default_factory=dict)
    nav_entries: Sequence[Any] = ()
    scheme_actions: Sequence[Any] = ()
    settings: Mapping[str, object] = field(default_factory=dict)
    personal_data: Mapping[str, Callable] = field(default_factory=dict)
    reminder_jobs: Mapping[str, Callable] = field(default_factory=dict)
    demo: Callable | None = None
    cli: click.Group | None = None
    membership_policy: Any = None
    # What the feature's audit actions and subject types are called on the audit pages.
    audit_actions: Mapping[str, object] = field(default_factory=dict)
    audit_subjects: Mapping[str, object] = field(default_factory=dict)
    # What the feature adds to the admins' officer accountability page and to the scrutiny
    # export (volunteers/accountability/).
    officer_figures: Mapping[str, Callable] = field(default_factory=dict)
    scrutiny_tables: Mapping[str, Callable] = field(default_factory=dict)
    # What a complaint may be about (a report, a session, a decision), each found by its id.
    complaint_subjects: Sequence[Any] = ()
    # Sections another feature adds to a member's page: `section(viewer, membership)` gives the
    # partial to include and its context (read there as `section`), or None to add nothing.
    membership_sections: Mapping[str, Callable] = field(default_factory=dict)
    # A scheme's figures for the public transparency pages (a `public_figures.FiguresProvider`), by kind.
    public_figures: Mapping[str, Any] = field(default_factory=dict)


class Registries:
    """Every registry of one app."""

    def __init__(self):
        self.features: Registry[Feature] = Registry("feature")
        self.rules: Registry[Callable] = Registry("action rule")
        self.queue_kinds: Registry[Any] = Registry("review queue kind")
        self.home_sections: Registry[Callable] = Registry("home page section")
        self.nav_entries: Registry[Any] = Registry("navigation entry")
        self.scheme_actions: Registry[Any] = Registry("scheme action")
        self.settings: Registry[object] = Registry("setting")
        self.personal_data: Registry[Callable] = Registry("personal data section")
        self.reminder_jobs: Registry[Callable] = Registry("reminder job")
        self.demo_seeders: Registry[Callable] = Registry("demo seeder")
        self.membership_policies: Registry[Any] = Registry("membership policy")
        self.audit_actions: Registry[object] = Registry("audit action label")
        self.audit_subjects: Registry[object] = Registry("audit subject label")
        self.officer_figures: Registry[Callable] = Registry("officer figures provider")
        self.scrutiny_tables: Registry[Callable] = Registry("scrutiny table")
        self.complaint_subjects: Registry[Any] = Registry("complaint subject kind")
        self.membership_sections: Registry[Callable] = Registry("membership page section")
        self.public_figures: Registry[Any] = Registry("transparency figures provider")
        # The scheme kind of each subject type a scheme registered, kept on its audit events.
        self.audit_subject_kinds: dict[str, SchemeKind] = {}


def registries(app: Flask | None = None) -> Registries:
    """The registries of `app`, or of the current app."""
    return (app or current_app).extensions[EXTENSION_KEY]


def init_registries(app: Flask) -> Registries:
    app.extensions[EXTENSION_KEY] = Registries()
    return app.extensions[EXTENSION_KEY]


def install(app: Flask, feature: Feature, rest_api=None) -> None:
    """Register every part of a feature with the app; refuse any name another feature already took."""
    found = registries(app)
    found.features.add(feature.name, feature)
    for blueprint in feature.blueprints:
        app.register_blueprint(blueprint)
    for blueprint in feature.api_blueprints:
        rest_api.register_blueprint(blueprint)
        csrf.exempt(blueprint)  # bearer tokens, never the session cookie: nothing to forge
    found.rules.update(feature.rules)
    for queue_kind in feature.queue_kinds:
        found.queue_kinds.add(queue_kind.name, queue_kind)
    found.home_sections.update(feature.home_sections)
    for entry in feature.nav_entries:
        found.nav_entries.add(entry.endpoint, entry)
    for action in feature.scheme_actions:
        found.scheme_actions.add(f"{action.kind.value}:{action.endpoint}", action)
    found.settings.update(feature.settings)
    found.personal_data.update(feature.personal_data)
    found.reminder_jobs.update(feature.reminder_jobs)
    if feature.demo is not None:
        found.demo_seeders.add(feature.name, feature.demo)
    if feature.cli is not None:
        app.cli.add_command(feature.cli)
    found.audit_actions.update(feature.audit_actions)
    found.audit_subjects.update(feature.audit_subjects)
    found.officer_figures.update(feature.officer_figures)
    found.scrutiny_tables.update(feature.scrutiny_tables)
    found.public_figures.update(feature.public_figures)
    if feature.kind is not None:
        found.audit_subject_kinds.update(dict.fromkeys(feature.audit_subjects, feature.kind))
    if feature.membership_policy is not None:
        found.membership_policies.add(feature.kind.value, feature.membership_policy)
    for subject_kind in feature.complaint_subjects:
        found.complaint_subjects.add(subject_kind.name, subject_kind)
    found.membership_sections.update(feature.membership_sections)
