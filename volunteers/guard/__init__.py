"""The guard: screens volunteers' words for the signs of vigilantism and for private people named.

It reads some words (a Neighbourhood Watch report; Youth Commissions will screen consultation
quotes for names), where they are about, and which earlier reports named the same house, person or
plate, and returns flags, each with the exact words (or facts) that triggered it. The writer sees
them before submitting and may rephrase; the reviewing officer sees them too. The guard never
blocks or judges anything by itself: it points an officer's attention. It is shared, not
Neighbourhood Watch's, so that every scheme screens with the same rules.

Pure Python except forces.py: no database, no network. Every word list, phrase and threshold
lives in rules.toml beside this module (its header explains the phrase syntax); a force merges its
own file(s) on top with load_rules(), or names them in its `guard_rules_files` setting and screens
with rules_for(force).

Import from this package, not its modules:
    schema.py   what a rules file may say, and merging a force's file over the defaults
    phrases.py  the phrase syntax compiled to regular expressions
    rules.py    the compiled rules (GuardRules), load_rules() and default_rules()
    text.py     reading a text: words, sentences, clauses, negation
    targets.py  the houses, plates and people a text names (extract_targets)
    names.py    finding people's names, pass by pass
    screen.py   screen(), screen_with_history(), is_urgent() and repeat targeting
    model.py    the statistical layer beside the rules (model.json, trained by
                scripts/train_guard_model.py), scored in pure Python; `[model] enabled = false`
                in a force's rules file switches it off
    forces.py   a force's own rules files (rules_for)
    redact.py   identifying words taken out of a text that leaves the force (redact)
"""

from volunteers.guard.forces import rule_file_paths, rules_for
from volunteers.guard.redact import REDACTED, redact
from volunteers.guard.rules import GuardRules, default_rules, load_rules
from volunteers.guard.screen import FLAG_KINDS, Flag, PriorReport, is_urgent, screen, screen_with_history
from volunteers.guard.targets import extract_targets

__all__ = [
    "FLAG_KINDS",
    "Flag",
    "GuardRules",
    "REDACTED",
    "PriorReport",
    "default_rules",
    "extract_targets",
    "is_urgent",
    "load_rules",
    "redact",
    "rule_file_paths",
    "rules_for",
    "screen",
    "screen_with_history",
]
