"""A force's own guard rules: the files its `guard_rules_files` setting names, merged over the defaults.

The one part of the guard that needs the Flask app (for the instance folder and the force's
settings); every scheme screens with rules_for(force).
"""

import functools
import logging
from pathlib import Path

from flask import current_app

from volunteers.guard.rules import GuardRules, default_rules, load_rules
from volunteers.settings import settings_for

log = logging.getLogger(__name__)


def rule_file_paths(names) -> tuple[str, ...]:
    """A force's rules files as paths; relative names are read from the instance folder."""
    if isinstance(names, str):
        names = [names]
    instance = Path(current_app.instance_path)
    return tuple(str(path if path.is_absolute() else instance / path) for path in map(Path, names or []))


def rules_for(force) -> GuardRules:
    """The default rules with the force's own files merged on top."""
    return _rules_from(rule_file_paths(settings_for(force).guard_rules_files))


@functools.lru_cache(maxsize=64)
def _rules_from(paths: tuple[str, ...]) -> GuardRules:
    if not paths:
        return default_rules()
    try:
        return load_rules(*paths)
    except ValueError as error:
        # A broken file must not stop volunteers sending words (a danger report above all): screen
        # with the defaults and say so loudly. `flask watch check-rules` finds this before it matters.
        log.error("guard rules not loaded, screening with the defaults: %s", error)
        return default_rules()
