"""What a guard rules file may say, and how a force's file is merged over the defaults.

Every table and key a rules file may hold is listed in the schema, so a typo in a force's file is an
error rather than a rule silently switched off. Merging extends lists, replaces values and applies
`exclude = [...]`; compiling the merged result is rules.py's job.
"""

from __future__ import annotations

from typing import Any

_LIST, _INT, _RATIO, _BOOL, _STR, _RULES, _STR_TABLE, _LIST_TABLE = (
    "list of strings",
    "whole number",
    "number between 0 and 1",
    "true or false",
    "string",
    "array of rule tables",
    "table of strings",
    "table of lists",
)
_KIND_SCHEMA: dict[str, Any] = {
    "terms": _LIST,
    "phrases": _LIST,
    "safe_phrases": _LIST,
    "negation": _BOOL,
    "rules": _RULES,
}
_RULE_SCHEMA = {
    "phrases": _LIST,
    "requires": _LIST,
    "unless": _LIST,
    "scope": _STR,
    "quote_requires": _BOOL,
    "target": _STR,
}
SCHEMA: dict[str, Any] = {
    "thresholds": {
        "repeat_min_reports": _INT,
        "repeat_window_days": _INT,
        "repeat_few_reporters": _INT,
        "gap_words": _INT,
        "negation_window_words": _INT,
        "title_case_ratio": _RATIO,
    },
    "obfuscation": _STR_TABLE,
    "language": {
        "common_words": _LIST,
        "units": _LIST,
        "negators": _LIST,
        "clause_breakers": _LIST,
    },
    "classes": _LIST_TABLE,
    "identifies_person": {
        "titles": _LIST,
        "official_titles": _LIST,
        "name_introducers": _LIST,
        "introducer_not_after": _LIST,
        "place_prepositions": _LIST,
        "number_not_followed_by": _LIST,
        "bare_number_not_followed_by": _LIST,
        "number_after_words": _LIST,
        "reference_nouns": _LIST,
        "name_places": _LIST,
        "pinned_people": _LIST,
        "name_not_after": _LIST,
        "first_names": _LIST,
        "first_names_also_words": _LIST,
        "not_surnames": _LIST,
        "not_name_words": _LIST,
        "street_suffixes": _LIST,
        "house_endings": _LIST,
        "house_people": _LIST,
        "house_name_not_after": _LIST,
        "street_abbreviations": _STR_TABLE,
        "plates": {"patterns": _LIST, "context_words": _LIST, "never": _LIST},
    },
    "accusation": _KIND_SCHEMA,
    "confrontation": _KIND_SCHEMA,
    "identity_suspicion": {**_KIND_SCHEMA, "slurs": _LIST},
    "danger": _KIND_SCHEMA,
    "urgency": {"near_time": _LIST, "threats": _LIST},
    "model": {"enabled": _BOOL},
}


class RuleError(Exception):
    """A rules file says something the guard cannot use; load_rules adds the file name."""


def _is_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _is_int(value: Any) -> bool:
    return type(value) is int and value >= 0


def _is_ratio(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 <= value <= 1


# For each type of value: the check, and what an error says the value must be.
_CHECKS = {
    _LIST: (_is_list, f"must be a {_LIST} (no empty strings)"),
    _INT: (_is_int, f"must be a {_INT} (0 or more)"),
    _RATIO: (_is_ratio, f"must be a {_RATIO}"),
    _BOOL: (lambda value: isinstance(value, bool), f"must be {_BOOL}"),
    _STR: (lambda value: isinstance(value, str), f"must be a {_STR}"),
}


def check_value(value: Any, typ: str, where: str) -> Any:
    """The value, if it is of the type the schema asks for at `where`."""
    valid, must = _CHECKS.get(typ, (None, ""))
    if valid is not None and not valid(value):
        raise RuleError(f"{where} {must}")
    return value


def merge(base: dict, over: Any, schema: Any, where: str) -> None:
    """Merge one table of a rules file into the rules loaded so far (lists extend, values replace)."""
    if not isinstance(over, dict):
        raise RuleError(f"[{where}] must be a table")
    excluded = over.get("exclude", [])
    if where == "" and "exclude" in over:
        raise RuleError("`exclude` belongs inside a table, e.g. [accusation]")
    check_value(excluded, _LIST, f"{where}.exclude")
    for key, value in over.items():
        if key == "exclude":
            continue
        path = f"{where}.{key}" if where else key
        if schema == _STR_TABLE:
            base[key] = check_value(value, _STR, path)
        else:
            _merge_value(base, key, value, _key_type(schema, key, path), path)
    if excluded:
        _exclude(base, {e.lower() for e in excluded})


def _key_type(schema: Any, key: str, path: str) -> Any:
    """What the schema says the value at `path` is; an unknown key is an error."""
    if schema == _LIST_TABLE:
        return _LIST
    if key in schema:
        return schema[key]
    known = ", ".join(sorted(schema))
    raise RuleError(f"unknown key {path!r} (known here: {known})")


def _merge_value(base: dict, key: str, value: Any, typ: Any, path: str) -> None:
    if isinstance(typ, dict) or typ in (_STR_TABLE, _LIST_TABLE):
        merge(base.setdefault(key, {}), value, typ, path)
    elif typ == _LIST:
        existing = base.setdefault(key, [])
        for item in check_value(value, _LIST, path):
            if item not in existing:
                existing.append(item)
    elif typ == _RULES:
        _merge_rules(base, key, value, path)
    else:
        base[key] = check_value(value, typ, path)


def _merge_rules(base: dict, key: str, value: Any, path: str) -> None:
    """Add a file's [[kind.rules]] tables to the rules loaded so far."""
    if not isinstance(value, list):
        raise RuleError(f"{path} must be written as [[{path}]] tables")
    for number, rule in enumerate(value, 1):
        _check_rule(rule, number, path)
        base.setdefault(key, []).append({k: list(v) if isinstance(v, list) else v for k, v in rule.items()})


def _check_rule(rule: Any, number: int, path: str) -> None:
    if not isinstance(rule, dict):
        raise RuleError(f"{path} must be written as [[{path}]] tables")
    for rule_key, rule_value in rule.items():
        if rule_key not in _RULE_SCHEMA:
            raise RuleError(f"unknown key {rule_key!r} in rule {number} of {path}")
        check_value(rule_value, _RULE_SCHEMA[rule_key], f"{path}[{number}].{rule_key}")
    if not rule.get("phrases"):
        raise RuleError(f"rule {number} of {path} has no phrases")
    if rule.get("scope", "sentence") not in ("sentence", "clause"):
        raise RuleError(f'{path}[{number}].scope must be "sentence" or "clause"')


def _exclude(table: dict, excluded: set[str]) -> None:
    for key, value in list(table.items()):
        if isinstance(value, str) and key.lower() in excluded:
            del table[key]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            table[key] = [v for v in value if v.lower() not in excluded]
        elif isinstance(value, list):
            for rule in value:
                _exclude(rule, excluded)
        elif isinstance(value, dict):
            _exclude(value, excluded)
