"""Values a force may change for itself: validity periods, age limits, thresholds, deadlines.

Defaults are registered here and by each scheme package; a force overrides them in its
`Force.settings`, and a deployment may override them for every force with the TOML file named by
FORCE_SETTINGS_FILE. Code reads them only through `settings_for(force)`.
"""

import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from flask import current_app

_DEFAULTS: dict[str, object] = {
    "training_valid_days": 730,
    "dbs_valid_days": 1095,
    "youth_min_age": 14,
    "youth_max_age": 25,
    "adult_age": 18,
    "expiry_warning_days": 30,
    "code_of_conduct_version": "2026-1",
    # The guard's extra TOML rules files, merged on top of volunteers/guard/rules.toml in order (see
    # its header); a relative path is read from the instance folder.
    "guard_rules_files": [],
}


def register_defaults(defaults: Mapping[str, object]) -> None:
    """Let a scheme package add its own settings; a name may be registered only once."""
    clashes = set(defaults) & set(_DEFAULTS)
    if clashes:
        raise ValueError(f"settings registered twice: {', '.join(sorted(clashes))}")
    _DEFAULTS.update(defaults)


@cache
def _deployment_overrides(path: str) -> MappingProxyType:
    if not path:
        return MappingProxyType({})
    with Path(path).open("rb") as settings_file:
        return MappingProxyType(tomllib.load(settings_file))


class ForceSettings(Mapping):
    """Read-only settings of one force: `settings.training_valid_days` or `settings["..."]`."""

    def __init__(self, values: Mapping[str, object]):
        self._values = dict(values)

    def __getitem__(self, name: str) -> object:
        return self._values[name]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, name: str) -> object:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


def settings_for(force) -> ForceSettings:
    """The defaults, then the deployment's file, then the force's own overrides of known names."""
    values = dict(_DEFAULTS)
    values.update(_deployment_overrides(current_app.config.get("FORCE_SETTINGS_FILE", "")))
    overrides = getattr(force, "settings", None) or {}
    values.update({name: value for name, value in overrides.items() if name in _DEFAULTS})
    return ForceSettings(values)
