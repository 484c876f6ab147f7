"""What every scheme package must register, checked for each installed scheme, so that Speed Watch
and Youth Commissions cannot forget a part (the README's checklist for a new scheme)."""

import click
import pytest
from flask import Blueprint

from volunteers import INSTALLED_SCHEMES, create_app
from volunteers.models import SchemeKind
from volunteers.permissions import gate_for
from volunteers.registry import Feature, registries

REQUIRED_PARTS = (
    "blueprints",
    "api_blueprints",
    "rules",
    "queue_kinds",
    "home_sections",
    "settings",
    "personal_data",
    "demo",
    "cli",
)
# Schemes being built part by part; each entry names what is still to come, and the test fails as
# soon as a part arrives, so the list is kept true.
NOT_YET_BUILT: dict[SchemeKind, set[str]] = {}
NOT_YET_INSTALLED: set[SchemeKind] = set()


def _schemes(app) -> dict[SchemeKind, Feature]:
    return {feature.kind: feature for feature in registries(app).features.values() if feature.kind is not None}


def _has(feature: Feature, part: str) -> bool:
    value = getattr(feature, part)
    return value is not None and (not hasattr(value, "__len__") or len(value) > 0)


def test_every_scheme_kind_is_installed_or_known_to_be_coming(app):
    installed = set(_schemes(app))
    assert installed == set(SchemeKind) - NOT_YET_INSTALLED
    assert len(INSTALLED_SCHEMES) == len(installed)


@pytest.mark.parametrize("kind", sorted(set(SchemeKind) - NOT_YET_INSTALLED))
def test_a_scheme_registers_every_part_a_scheme_must(app, kind):
    feature = _schemes(app)[kind]
    missing = {part for part in REQUIRED_PARTS if not _has(feature, part)}
    assert missing == NOT_YET_BUILT.get(kind, set())


@pytest.mark.parametrize("kind", sorted(set(SchemeKind) - NOT_YET_INSTALLED))
def test_a_schemes_parts_are_named_after_it_and_its_pages_are_gated(app, kind):
    feature = _schemes(app)[kind]
    assert all(action.startswith(f"{kind.value}.") for action in feature.rules), sorted(feature.rules)
    assert all(name.startswith(f"{kind.value}.") for name in feature.home_sections)
    for blueprint in feature.blueprints:
        assert isinstance(blueprint, Blueprint)
        endpoints = [
            rule.endpoint for rule in app.url_map.iter_rules() if rule.endpoint.startswith(blueprint.name + ".")
        ]
        assert endpoints and all(gate_for(app, endpoint) is not None for endpoint in endpoints)
    if feature.cli is not None:
        assert isinstance(feature.cli, click.Group) and feature.cli.name == kind.value
        assert app.cli.commands[kind.value] is feature.cli
    for queue_kind in feature.queue_kinds:
        assert registries(app).queue_kinds[queue_kind.name] is queue_kind


def test_installing_a_part_someone_else_registered_is_refused(database_url, smtp_server):
    from tests.conftest import _test_config
    from volunteers.registry import install

    app = create_app(_test_config(database_url, smtp_server.port))
    taken = next(iter(registries(app).rules))
    with pytest.raises(ValueError, match="already registered"):
        install(app, Feature(name="intruder", rules={taken: lambda user, obj: True}))
    with pytest.raises(ValueError, match="already registered"):
        install(app, Feature(name="watch"))
    settings_name = next(iter(registries(app).settings))
    with pytest.raises(ValueError, match="already registered"):
        install(app, Feature(name="another", settings={settings_name: 1}))


def test_importing_a_scheme_registers_nothing_until_it_is_installed(database_url, smtp_server):
    """Registries live on each app: a second app starts from its own installation, not from imports."""
    from tests.conftest import _test_config

    first = create_app(_test_config(database_url, smtp_server.port))
    second = create_app(_test_config(database_url, smtp_server.port))
    assert registries(first) is not registries(second)
    assert registries(first).rules.names() == registries(second).rules.names()
