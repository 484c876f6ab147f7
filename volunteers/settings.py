"""Values a force may change for itself: validity periods, age limits, thresholds, deadlines.

The shared defaults are `SHARED_DEFAULTS`; each scheme package hands its own to
`registry.install`. A force overrides them in its `Force.settings`, and a deployment may override
them for every force with the TOML file named by FORCE_SETTINGS_FILE. Code reads them only through
`settings_for(force)`.
"""

import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from flask import current_app

from volunteers.registry import registries

SHARED_DEFAULTS: dict[str, object] = {
    "training_valid_days": 730,
    "dbs_valid_days": 1095,
    "expiry_warning_days": 30,
    "code_of_conduct_version": "2026-1",
    # The guard's extra TOML rules files, merged on top of volunteers/guard/rules.toml in order (see
    # its header); a relative path is read from the instance folder.
    "guard_rules_files": [],
}


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
    defaults = registries().settings
    values = dict(defaults.items())
    values.update(_deployment_overrides(current_app.config.get("FORCE_SETTINGS_FILE", "")))
    overrides = getattr(force, "settings", None) or {}
    values.update({name: value for name, value in overrides.items() if name in defaults})
    return ForceSettings(values)
