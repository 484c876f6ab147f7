"""The guard: screens a Neighbourhood Watch report for the signs of vigilantism.

It reads a report's text, where it happened, and which earlier reports named the same house,
person or plate, and returns flags, each with the exact words (or facts) that triggered it. The
writer sees them before submitting and may rephrase; the reviewing officer sees them on the report.
The guard never blocks or judges anything by itself: it points an officer's attention.

Pure Python: no Flask, no database, no network. Every word list, phrase and threshold lives in
guard_rules.toml beside this module (its header explains the phrase syntax); a force merges its own
file(s) on top with load_rules().
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "FLAG_KINDS",
    "Flag",
    "GuardRules",
    "PriorReport",
    "default_rules",
    "extract_targets",
    "is_urgent",
    "load_rules",
    "screen",
]

FLAG_KINDS = (
    "identifies_person",
    "accusation",
    "confrontation",
    "identity_suspicion",
    "repeat_targeting",
    "danger",
)

DEFAULT_RULES_FILE = Path(__file__).with_name("guard_rules.toml")


@dataclass(frozen=True)
class Flag:
    """One thing the guard found in a report, with the words or facts that show it."""

    kind: str
    evidence: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"kind": self.kind, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class PriorReport:
    """What the guard needs to know about an earlier report to spot repeat targeting."""

    reported_at: datetime
    reporter_id: int
    targets: frozenset[str]


# ---------------------------------------------------------------------------------------------
# Loading and merging the rules files

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
_RULE_SCHEMA = {"phrases": _LIST, "requires": _LIST, "unless": _LIST, "scope": _STR, "quote_requires": _BOOL}
_SCHEMA: dict[str, Any] = {
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
        "first_names": _LIST,
        "not_name_words": _LIST,
        "street_suffixes": _LIST,
        "street_abbreviations": _STR_TABLE,
        "plates": {"patterns": _LIST, "context_words": _LIST, "never": _LIST},
    },
    "accusation": _KIND_SCHEMA,
    "confrontation": _KIND_SCHEMA,
    "identity_suspicion": {**_KIND_SCHEMA, "slurs": _LIST},
    "danger": _KIND_SCHEMA,
}


class _RuleError(Exception):
    """A rules file says something the guard cannot use; load_rules adds the file name."""


def _check_value(value: Any, typ: str, where: str) -> Any:
    if typ == _LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _RuleError(f"{where} must be a {typ} (no empty strings)")
    elif typ == _INT:
        if type(value) is not int or value < 0:
            raise _RuleError(f"{where} must be a {typ} (0 or more)")
    elif typ == _RATIO:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise _RuleError(f"{where} must be a {typ}")
    elif typ == _BOOL:
        if not isinstance(value, bool):
            raise _RuleError(f"{where} must be {typ}")
    elif typ == _STR:
        if not isinstance(value, str):
            raise _RuleError(f"{where} must be a {typ}")
    return value


def _merge(base: dict, over: Any, schema: Any, where: str) -> None:
    """Merge one table of a rules file into the rules loaded so far (lists extend, values replace)."""
    if not isinstance(over, dict):
        raise _RuleError(f"[{where}] must be a table")
    excluded = over.get("exclude", [])
    if where == "" and "exclude" in over:
        raise _RuleError("`exclude` belongs inside a table, e.g. [accusation]")
    _check_value(excluded, _LIST, f"{where}.exclude")
    for key, value in over.items():
        if key == "exclude":
            continue
        path = f"{where}.{key}" if where else key
        if schema == _STR_TABLE:
            base[key] = _check_value(value, _STR, path)
            continue
        if schema == _LIST_TABLE:
            typ = _LIST
        elif key in schema:
            typ = schema[key]
        else:
            known = ", ".join(sorted(schema))
            raise _RuleError(f"unknown key {path!r} (known here: {known})")
        if isinstance(typ, dict) or typ in (_STR_TABLE, _LIST_TABLE):
            _merge(base.setdefault(key, {}), value, typ, path)
        elif typ == _LIST:
            existing = base.setdefault(key, [])
            for item in _check_value(value, _LIST, path):
                if item not in existing:
                    existing.append(item)
        elif typ == _RULES:
            if not isinstance(value, list):
                raise _RuleError(f"{path} must be written as [[{path}]] tables")
            for number, rule in enumerate(value, 1):
                if not isinstance(rule, dict):
                    raise _RuleError(f"{path} must be written as [[{path}]] tables")
                for rule_key, rule_value in rule.items():
                    if rule_key not in _RULE_SCHEMA:
                        raise _RuleError(f"unknown key {rule_key!r} in rule {number} of {path}")
                    _check_value(rule_value, _RULE_SCHEMA[rule_key], f"{path}[{number}].{rule_key}")
                if not rule.get("phrases"):
                    raise _RuleError(f"rule {number} of {path} has no phrases")
                if rule.get("scope", "sentence") not in ("sentence", "clause"):
                    raise _RuleError(f'{path}[{number}].scope must be "sentence" or "clause"')
                base.setdefault(key, []).append({k: list(v) if isinstance(v, list) else v for k, v in rule.items()})
        else:
            base[key] = _check_value(value, typ, path)
    if excluded:
        _exclude(base, {e.lower() for e in excluded})


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


# ---------------------------------------------------------------------------------------------
# Compiling phrases (see the PHRASE SYNTAX in guard_rules.toml)

_SEP = r"[\s\-]+"
_ANY_WORD = r"[\w'\-]+"
_NUMBER_REF = r"(?:number|num\.?|no\.?|nos\.?|\#|flat)\s?\d{1,4}[a-z]?(?![\w:])"


# The phrases compile to more patterns than the re module caches, so without a cache of our own
# every load_rules() (a force's file merged on top, the tests) would compile them all again.
_compile = functools.lru_cache(maxsize=4096)(re.compile)


class _PhraseCompiler:
    """Turns the phrase syntax into regular expressions without nested repeats."""

    def __init__(self, classes: Mapping[str, list[str]], gap_words: int):
        self.classes = classes
        self.gap_words = gap_words
        self._class_cache: dict[tuple[str, bool], str] = {}

    def pattern(self, phrases: Sequence[str]) -> re.Pattern | None:
        """One compiled pattern matching any of the phrases.

        Phrases are merged word by word into a tree first, so phrases that share a start
        ("{who} {be} a dealer", "{who} {be} dealing") share its expansion in the pattern.
        """
        if not phrases:
            return None
        tree: dict = {}
        for phrase in set(phrases):
            self.phrase(phrase)  # validates, with the phrase in any error message
            node = tree
            for token in phrase.split():
                node = node.setdefault(token, {})
            node[None] = {}
        return _compile(self._tree(tree, lead=False) + r"(?!\w)", re.IGNORECASE)

    def _tree(self, node: dict, lead: bool) -> str:
        branches = []
        for token in sorted((t for t in node if t is not None), key=lambda t: (-len(t), t)):
            branches.append(self._token(token, lead, ()) + self._tree(node[token], True))
        if not branches:
            return ""
        if None in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def matcher(self, phrases: Sequence[str]) -> _Matcher | None:
        """Phrases grouped by the words they can start with, so a text is only tried where a
        phrase can start (one alternation of hundreds of phrases tried at every word is slow)."""
        if not phrases:
            return None
        groups: dict[frozenset[tuple[str, bool]], list[str]] = {}
        anywhere: list[str] = []
        for phrase in set(phrases):
            first = self._first_words(phrase.split()[0], ()) if phrase.split() else None
            if first is None:
                anywhere.append(phrase)
            else:
                groups.setdefault(frozenset(first), []).append(phrase)
        by_word: dict[str, list[re.Pattern]] = {}
        by_prefix: list[tuple[str, re.Pattern]] = []
        for first, group in groups.items():
            compiled = self.pattern(group)
            for word, is_prefix in first:
                if is_prefix:
                    by_prefix.append((word, compiled))
                else:
                    by_word.setdefault(word, []).append(compiled)
        slow = self.pattern(anywhere)
        if slow is not None:
            slow = _compile(r"(?:(?<!\w)|(?='))" + slow.pattern, slow.flags)
        return _Matcher(
            by_word=MappingProxyType({w: tuple(p) for w, p in by_word.items()}),
            by_prefix=tuple(by_prefix),
            anywhere=slow,
        )

    def _first_words(self, tok: str, stack: tuple[str, ...]) -> set[tuple[str, bool]] | None:
        """The (word, is_prefix) a phrase token can start with, or None when any word can."""
        if tok == "_" or tok == "{number}":
            return None
        if tok.startswith("{") and tok.endswith("}"):
            name = tok[1:-1]
            if name in stack:
                return None
            words: set[tuple[str, bool]] = set()
            for entry in self.classes.get(name, []):
                parts = entry.split()
                found = self._first_words(parts[0], stack + (name,)) if parts else set()
                if found is None:
                    return None
                words |= found
            return words
        words = set()
        for alt in tok.split("|"):
            if alt.startswith("'"):
                return None
            core, is_prefix = alt.lower(), False
            for mark in "*-":
                if mark in core:
                    core, is_prefix = core.split(mark)[0], True
            core = core.replace("'", "")
            if not core.isalnum():
                return None
            words.add((core, is_prefix))
        return words

    def phrase(self, phrase: str) -> str:
        tokens = phrase.split()
        try:
            if not tokens:
                raise _RuleError("is empty")
            if tokens[-1] == "...":
                raise _RuleError("cannot end with ...")
            return self._sequence(tokens, lead=False, stack=())
        except _RuleError as exc:
            raise _RuleError(f"phrase {phrase!r} {exc}") from None

    def _sequence(self, tokens: list[str], lead: bool, stack: tuple[str, ...]) -> str:
        return "".join(self._token(tok, lead or i > 0, stack) for i, tok in enumerate(tokens))

    def _token(self, tok: str, lead: bool, stack: tuple[str, ...]) -> str:
        # `lead` is False only for the first word of a phrase: it gets a word boundary instead
        # of a separator.
        optional = len(tok) > 1 and tok.endswith("?")
        if optional:
            tok = tok[:-1]
            if not lead:
                raise _RuleError("cannot start with an optional word")
        if tok == "...":
            if not lead:
                raise _RuleError("cannot start with ...")
            return rf"(?:\s+\S+){{0,{self.gap_words}}}"
        if tok == "_":
            body = (_SEP if lead else r"(?<!\w)") + _ANY_WORD
        elif tok.startswith("{") and tok.endswith("}"):
            body = self._class(tok[1:-1], lead, stack)
        else:
            if "{" in tok or "}" in tok:
                raise _RuleError(f"has {tok!r}: a {{class}} must stand alone as a word")
            alternatives = []
            for alt in tok.split("|"):
                if not alt:
                    raise _RuleError(f"has an empty alternative in {tok!r}")
                attach = alt.startswith("'")
                literal = self._literal(alt, phrase_start=not lead)
                if attach:
                    alternatives.append(literal)
                else:
                    alternatives.append((_SEP if lead else r"(?<!\w)") + literal)
            body = "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if optional else body

    def _class(self, name: str, lead: bool, stack: tuple[str, ...]) -> str:
        if name == "number":
            return "(?:" + (_SEP if lead else r"(?<![\w#])") + _NUMBER_REF + ")"
        if (name, lead) in self._class_cache:
            return self._class_cache[(name, lead)]
        if name not in self.classes:
            raise _RuleError(f"uses unknown class {{{name}}}")
        if name in stack:
            raise _RuleError(f"uses class {{{name}}}, which refers to itself")
        entries = [e.split() for e in self.classes[name] if e.split()]
        if not entries:
            raise _RuleError(f"uses class {{{name}}}, which is empty")
        entries.sort(key=lambda words: -len(" ".join(words)))
        body = "(?:" + "|".join(self._sequence(e, lead, stack + (name,)) for e in entries) + ")"
        self._class_cache[(name, lead)] = body
        return body

    @staticmethod
    def _literal(word: str, phrase_start: bool) -> str:
        parts = []
        for i, ch in enumerate(word):
            if ch == "'":
                # An apostrophe is optional ("theyre"), except at the very start of a phrase,
                # where "'s" without it would match the end of any word.
                parts.append("'" if i == 0 and phrase_start else "'?")
            elif ch == "-" and 0 < i < len(word) - 1:
                parts.append(r"[\s\-]?")
            elif ch == "*":
                parts.append(r"\w*")
            else:
                parts.append(re.escape(ch))
        return "".join(parts)


def _terms_pattern(terms: Sequence[str], obfuscation: Mapping[str, str]) -> re.Pattern | None:
    """Terms match disguised: repeated letters, symbols for letters, separators, a plural."""
    if not terms:
        return None
    bodies = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        parts: list[str] = []
        for ch in term.lower():
            if ch.isspace() or ch in "-'._":
                if parts and not parts[-1].startswith("[\\s"):
                    parts.append(r"[\s'\-._]{0,3}")
                continue
            extra = obfuscation.get(ch, "")
            # The letter may repeat ("noooonce"); a symbol stands for exactly one letter, so a
            # run of symbols cannot be split many ways (which would backtrack badly).
            letter = re.escape(ch) + "+"
            parts.append(f"(?:{letter}|[{re.escape(extra)}])" if extra else letter)
        bodies.append("".join(parts))
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?:e?s)?(?!\w)", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# The compiled rules


class _Matcher:
    """Compiled phrases, looked up by the word they can start with.

    Its only state after construction is a cache of which patterns can start at a given word
    (reports reuse their words); filling it from several threads at once is harmless.
    """

    __slots__ = ("by_word", "by_prefix", "anywhere", "_prefixes", "_cache")

    def __init__(
        self,
        by_word: Mapping[str, tuple[re.Pattern, ...]],
        by_prefix: tuple[tuple[str, re.Pattern], ...],
        anywhere: re.Pattern | None,
    ):
        self.by_word = by_word
        self.by_prefix = by_prefix
        self.anywhere = anywhere
        self._prefixes = tuple({prefix for prefix, _ in by_prefix})
        self._cache: dict[tuple[str, ...], tuple[re.Pattern, ...]] = {}

    def _patterns_for(self, keys: tuple[str, ...]) -> tuple[re.Pattern, ...]:
        patterns = self._cache.get(keys)
        if patterns is None:
            found = {p for k in keys for p in self.by_word.get(k, ())}
            if any(k.startswith(self._prefixes) for k in keys):
                found.update(p for prefix, p in self.by_prefix if any(k.startswith(prefix) for k in keys))
            patterns = tuple(found)
            if len(self._cache) > 20000:
                self._cache.clear()
            self._cache[keys] = patterns
        return patterns

    def spans(self, text: str, keyed: Sequence[tuple[int, tuple[str, ...]]]) -> list[tuple[int, int]]:
        found = []
        for start, keys in keyed:
            for pattern in self._patterns_for(keys):
                m = pattern.match(text, start)
                if m:
                    found.append(m.span())
        if self.anywhere is not None:
            found.extend(m.span() for m in self.anywhere.finditer(text))
        return found

    def first(self, scan: _Scan, begin: int, end: int) -> tuple[int, int] | None:
        """The first of the phrases found between begin and end, if any."""
        text = scan.text
        low = bisect.bisect_left(scan.token_starts, begin)
        high = bisect.bisect_left(scan.token_starts, end)
        found = None
        for start, keys in scan.keyed[low:high]:
            for pattern in self._patterns_for(keys):
                m = pattern.match(text, start, end)
                if m:
                    found = m.span()
                    break
            if found:
                break
        if self.anywhere is not None:
            m = self.anywhere.search(text, begin, found[0] if found else end)
            if m:
                found = m.span()
        return found


@dataclass(frozen=True)
class _ContextRule:
    pattern: _Matcher
    requires: _Matcher | None
    unless: _Matcher | None
    clause_scope: bool
    quote_requires: bool


@dataclass(frozen=True)
class _KindRules:
    terms: re.Pattern | None
    phrases: _Matcher | None
    safe: _Matcher | None
    rules: tuple[_ContextRule, ...]
    negation: bool


@dataclass(frozen=True)
class _NameRules:
    titles: frozenset[str]
    official_titles: frozenset[str]
    introducers_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    introducer_not_after: frozenset[str]
    place_prepositions: frozenset[str]
    number_not_followed_by: frozenset[str]
    bare_number_not_followed_by: frozenset[str]
    number_after_words: frozenset[str]
    first_names: frozenset[str]
    not_name_words: frozenset[str]
    street_suffixes: frozenset[str]
    street_abbreviations: Mapping[str, str]
    reference: re.Pattern
    plates: tuple[re.Pattern, ...]
    plate_context: re.Pattern | None
    plates_never: frozenset[str]


@dataclass(frozen=True)
class GuardRules:
    """Word lists, phrases and thresholds, compiled once; build with load_rules()."""

    sources: tuple[str, ...]
    kinds: Mapping[str, _KindRules]
    identity_slurs: re.Pattern | None
    names: _NameRules
    common_words: frozenset[str]
    units: frozenset[str]
    negators: re.Pattern | None
    clause_breakers: frozenset[str]
    repeat_min_reports: int
    repeat_window_days: int
    repeat_few_reporters: int
    negation_window_words: int
    title_case_ratio: float


def _lower_set(values: Sequence[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _build(data: Mapping[str, Any], sources: tuple[str, ...]) -> GuardRules:
    thresholds = data.get("thresholds", {})
    for key in _SCHEMA["thresholds"]:
        if key not in thresholds:
            raise _RuleError(f"thresholds.{key} is missing")
    if thresholds["repeat_min_reports"] < 1 or thresholds["repeat_window_days"] < 1:
        raise _RuleError("thresholds.repeat_min_reports and repeat_window_days must be at least 1")
    classes = data.get("classes", {})
    compiler = _PhraseCompiler(classes, thresholds["gap_words"])
    obfuscation = {k.lower(): v for k, v in data.get("obfuscation", {}).items()}
    for letter in obfuscation:
        if len(letter) != 1:
            raise _RuleError(f"obfuscation.{letter} must name a single letter")

    kinds = {}
    for kind in ("accusation", "confrontation", "identity_suspicion", "danger"):
        section = data.get(kind, {})
        rules = []
        for number, rule in enumerate(section.get("rules", []), 1):
            try:
                rules.append(
                    _ContextRule(
                        pattern=compiler.matcher(rule["phrases"]),
                        requires=compiler.matcher(rule.get("requires", [])),
                        unless=compiler.matcher(rule.get("unless", [])),
                        clause_scope=rule.get("scope", "sentence") == "clause",
                        quote_requires=rule.get("quote_requires", True),
                    )
                )
            except _RuleError as exc:
                raise _RuleError(f"[[{kind}.rules]] number {number}: {exc}") from None
        try:
            kinds[kind] = _KindRules(
                terms=_terms_pattern(section.get("terms", []), obfuscation),
                phrases=compiler.matcher(section.get("phrases", [])),
                safe=compiler.matcher(section.get("safe_phrases", [])),
                rules=tuple(rules),
                negation=section.get("negation", False),
            )
        except _RuleError as exc:
            raise _RuleError(f"[{kind}]: {exc}") from None

    language = data.get("language", {})
    common = _lower_set(language.get("common_words", []))
    person = data.get("identifies_person", {})
    suffixes = _lower_set(person.get("street_suffixes", []))
    abbreviations = {k.lower(): v.lower() for k, v in person.get("street_abbreviations", {}).items()}
    identity_words = {
        word.strip("'").lower()
        for name in ("identity", "colour")
        for entry in classes.get(name, [])
        for word in re.split(r"[\s\-|]+", entry)
        if word.isalpha()
    }
    nouns = sorted(_lower_set(person.get("reference_nouns", [])), key=len, reverse=True)
    if not nouns:
        raise _RuleError("identifies_person.reference_nouns is empty")
    reference = re.compile(
        r"(?<!\w)(?:the|that|this|those|these)\s+(?:[\w'\-]+\s+){0,2}?(?:"
        + "|".join(map(re.escape, nouns))
        + r")\s+(?P<prep>at|from|in|of|living\s+at|who\s+lives?\s+at|round\s+at)\s+"
        + r"(?P<word>(?:number|num\.?|no\.?|\#)\s?)?(?P<num>\d{1,4}[a-z]?)(?![\w:])",
        re.IGNORECASE,
    )
    plates_table = person.get("plates", {})
    plate_patterns = []
    for source in plates_table.get("patterns", []):
        try:
            re.compile(source)
            plate_patterns.append(re.compile(r"(?<![\w])(?:" + source + r")(?![\w])"))
        except re.error as exc:
            raise _RuleError(f"identifies_person.plates.patterns {source!r}: {exc}") from None
    context_words = plates_table.get("context_words", [])
    plate_context = None
    if context_words:
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(context_words, key=len, reverse=True))
        plate_context = re.compile(
            r"(?<!\w)(?:" + words + r")s?\s*(?:[:#\-]|\s(?:is|was|of|no\.?|number))?\s*"
            r"(?P<plate>[A-Z0-9]{1,4}(?:\s[A-Z0-9]{1,4})?(?:\s[A-Z0-9]{1,4})?)(?!\w)",
            re.IGNORECASE,
        )
    titles = _lower_set(person.get("titles", []))
    introducers: dict[str, tuple[tuple[str, ...], ...]] = {}
    for introducer in person.get("name_introducers", []):
        words = tuple(introducer.lower().split())
        introducers[words[0]] = introducers.get(words[0], ()) + (words,)
    official = _lower_set(person.get("official_titles", []))
    names = _NameRules(
        titles=titles,
        official_titles=official,
        introducers_by_first=MappingProxyType(introducers),
        introducer_not_after=_lower_set(person.get("introducer_not_after", [])),
        place_prepositions=_lower_set(person.get("place_prepositions", [])),
        number_not_followed_by=_lower_set(person.get("number_not_followed_by", [])),
        bare_number_not_followed_by=frozenset(
            _lower_set(person.get("bare_number_not_followed_by", []))
            | _lower_set(person.get("number_not_followed_by", []))
            | _lower_set(language.get("units", []))
        ),
        number_after_words=_lower_set(person.get("number_after_words", [])),
        first_names=_lower_set(person.get("first_names", [])),
        not_name_words=frozenset(
            _lower_set(person.get("not_name_words", []))
            | suffixes
            | set(abbreviations)
            | identity_words
            | titles
            | official
        ),
        street_suffixes=frozenset(suffixes | set(abbreviations)),
        street_abbreviations=MappingProxyType(abbreviations),
        reference=reference,
        plates=tuple(plate_patterns),
        plate_context=plate_context,
        plates_never=frozenset(re.sub(r"\s+", "", p).upper() for p in plates_table.get("never", [])),
    )
    identity = data.get("identity_suspicion", {})
    return GuardRules(
        sources=sources,
        kinds=MappingProxyType(kinds),
        identity_slurs=_terms_pattern(identity.get("slurs", []), obfuscation),
        names=names,
        common_words=common,
        units=_lower_set(language.get("units", [])),
        negators=_PhraseCompiler({}, 0).pattern(language.get("negators", [])),
        clause_breakers=_lower_set(language.get("clause_breakers", [])),
        repeat_min_reports=thresholds["repeat_min_reports"],
        repeat_window_days=thresholds["repeat_window_days"],
        repeat_few_reporters=thresholds["repeat_few_reporters"],
        negation_window_words=thresholds["negation_window_words"],
        title_case_ratio=float(thresholds["title_case_ratio"]),
    )


def load_rules(*extra_files: str | os.PathLike) -> GuardRules:
    """The default rules with each of a force's files merged on top, in order.

    Lists in a force's file extend the defaults, numbers replace them, and `exclude = [...]`
    inside a table removes entries from that table's lists. Raises ValueError naming the file
    when a file cannot be read, is not TOML, or holds something the guard cannot use.
    """
    data: dict[str, Any] = {}
    sources: list[str] = []
    rules = None
    for path in (DEFAULT_RULES_FILE, *extra_files):
        name = os.fspath(path)
        try:
            with open(path, "rb") as fh:
                loaded = tomllib.load(fh)
        except OSError as exc:
            raise ValueError(f"{name}: cannot read guard rules ({exc.strerror or exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{name}: guard rules are not valid TOML ({exc})") from exc
        sources.append(name)
        try:
            _merge(data, loaded, _SCHEMA, "")
            rules = _build(data, tuple(sources))
        except _RuleError as exc:
            raise ValueError(f"{name}: {exc}") from None
    assert rules is not None
    return rules


@functools.lru_cache(maxsize=1)
def default_rules() -> GuardRules:
    """The rules in guard_rules.toml, loaded once."""
    return load_rules()


# ---------------------------------------------------------------------------------------------
# Reading a text

# Same-length replacements, so that positions found in the matched text point at the same words
# in the original (evidence is always quoted from the original).
_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
    }
)
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?", re.IGNORECASE)
_NUMBER_REF_RE = re.compile(
    r"(?<![\w#])(?P<word>number|num\.?|nos?\.?|\#|flat)\s?(?P<num>\d{1,4}[a-z]?)(?![\w:])",
    re.IGNORECASE,
)
_FROM_NUMBER = re.compile(
    r" +(?:from|at|in|of) +(?:number|num\.?|no\.?|\#) ?\d{1,4}[a-z]?(?![\w:])"
    r"| +(?:from +)?next +door(?!\w)"
    r"| +(?:from +)?(?:across|over) +the +(?:road|street|way)(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<!\bno)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)[.!?]+(?=\s|$)|\n", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s|" + _SENTENCE_BREAK.pattern, re.IGNORECASE)
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()\n]")
_WORD = re.compile(r"[\w']+")
_WORD_HEAD = re.compile(r"[^'\-]+")
_MAX_NAME_WORDS = 3
# Context (requires / unless) is looked for in the same sentence, but no further than this many
# characters either side: a 20,000-character report without a full stop is one "sentence".
_CONTEXT_REACH = 300


class _Spans:
    """Non-overlapping spans, for quick "does this overlap any of them" questions."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged = _merge_spans(spans)
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end


class _Breaks:
    """Where the sentences (or clauses) of a text start and end."""

    def __init__(self, text: str, pattern: re.Pattern):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in pattern.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.length = len(text)

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos)
        begin = self.ends[i - 1] if i else 0
        end = self.starts[i] if i < len(self.starts) else self.length
        return min(begin, pos), end


@dataclass
class _Found:
    start: int
    end: int
    what: str  # address, street, number, reference, plate, person
    key: str | None = None
    number: str | None = None


def _street_key(words: list[str], rules: GuardRules) -> str:
    cleaned = [re.sub(r"['.]", "", w.lower()) for w in words]
    cleaned[-1] = rules.names.street_abbreviations.get(cleaned[-1], cleaned[-1])
    return " ".join(cleaned)


def _is_capitalised(word: str) -> bool:
    return (
        len(word) >= 2
        and word[0].isupper()
        and any(c.islower() for c in word)
        and all(c.isalpha() or c in "'-" for c in word)
    )


def _token_keys(word: str) -> tuple[str, ...]:
    """The forms a phrase's first word is looked up by: "he's" -> ("hes", "he")."""
    low = word.lower()
    full = low.replace("'", "").replace("-", "")
    head = _WORD_HEAD.match(low)
    if head is None or head.group() == full:
        return (full,)
    return (full, head.group())


def _bare(word: str) -> str:
    lw = word.lower()
    if lw.endswith("'s"):
        return lw[:-2]
    return lw.rstrip("'")


class _Scan:
    """One piece of text (the report or its location) and what identifies people in it."""

    def __init__(self, original: str, rules: GuardRules):
        self.original = original
        self.text = original.translate(_SAME_LENGTH)
        self.rules = rules
        self.tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.text)]
        self.keyed = [(start, _token_keys(word)) for start, _, word in self.tokens]
        self.token_starts = [start for start, _, _ in self.tokens]
        self._sentences: _Breaks | None = None
        self._clauses: _Breaks | None = None
        self.found: list[_Found] = []
        self.streets: list[_Found] = []
        self._find_streets()
        self._find_numbers()
        self._find_references()
        self._find_plates()
        self._find_names()

    # -- context --------------------------------------------------------------------------

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = _Breaks(self.text, _SENTENCE_BREAK)
        return self._sentences.around(pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clauses is None:
            self._clauses = _Breaks(self.text, _CLAUSE_BREAK)
        return self._clauses.around(pos)

    def negated(self, pos: int) -> bool:
        """A negating word within a few words before pos, in the same clause."""
        rules = self.rules
        if rules.negators is None or rules.negation_window_words == 0:
            return False
        before = self.text[max(0, pos - 120) : pos]
        cuts = [m.end() for m in _CLAUSE_PUNCTUATION.finditer(before)]
        if cuts:
            before = before[cuts[-1] :]
        words = list(_WORD.finditer(before))[-rules.negation_window_words :]
        kept = []
        for m in reversed(words):
            if m.group().lower() in rules.clause_breakers:
                break
            kept.append(m)
        if not kept:
            return False
        return rules.negators.search(before, kept[-1].start()) is not None

    # -- streets, houses, plates ----------------------------------------------------------

    def _gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        previous_end = self.tokens[i - 1][1] if i else 0
        return self.text[previous_end : self.tokens[i][0]]

    def _find_streets(self) -> None:
        names = self.rules.names
        plain = self.rules.common_words | self.rules.units
        street_ends: set[int] = set()
        for i, (_, end, word) in enumerate(self.tokens):
            if word.lower() not in names.street_suffixes:
                continue
            j, words = i - 1, []
            while j >= 0 and len(words) < 3:
                candidate = self.tokens[j][2]
                if j in street_ends or not self._gap(j + 1).isspace() or "\n" in self._gap(j + 1):
                    break
                if not candidate.replace("'", "").replace("-", "").isalpha():
                    break
                if candidate.lower() in plain:
                    if candidate == "The" and words:
                        words.insert(0, j)
                        j -= 1
                    break
                words.insert(0, j)
                j -= 1
            if not words:
                continue
            street_ends.add(i)
            street_words = [self.tokens[k][2] for k in words] + [word]
            key = _street_key(street_words, self.rules)
            start = self.tokens[words[0]][0]
            self.streets.append(_Found(start, end, "street", key))
            if j < 0 or not _HOUSE_NUMBER.fullmatch(self.tokens[j][2]):
                continue
            if not re.fullmatch(r",? +", self.text[self.tokens[j][1] : start]):
                continue
            number_start = self.tokens[j][0]
            if j >= 1 and self.tokens[j - 1][2].lower() in ("no", "number", "num", "nos"):
                if re.fullmatch(r"\.? ?", self._gap(j)):
                    number_start = self.tokens[j - 1][0]
            number = self.tokens[j][2].lower()
            self.found.append(_Found(number_start, end, "address", f"address:{number} {key}"))

    def _addresses(self) -> list[_Found]:
        return [f for f in self.found if f.what == "address"]

    def _next_word(self, pos: int) -> str:
        m = _WORD.search(self.text, pos)
        return m.group().lower() if m and not self.text[pos : m.start()].strip(" ,") else ""

    def _previous_word(self, pos: int) -> str:
        words = _WORD.findall(self.text[max(0, pos - 40) : pos])
        return words[-1].lower() if words else ""

    def _find_numbers(self) -> None:
        names = self.rules.names
        addresses = _Spans([(f.start, f.end) for f in self._addresses()])
        for m in _NUMBER_REF_RE.finditer(self.text):
            if addresses.overlaps(m.start(), m.end()):
                continue
            if self._next_word(m.end()) in names.number_not_followed_by:
                continue
            word = m.group("word")
            if word.lower() in ("no", "nos", "flat") and word[0].islower():
                if self._previous_word(m.start()) not in names.number_after_words:
                    continue
            self.found.append(_Found(m.start(), m.end(), "number", number=m.group("num").lower()))

    def _find_references(self) -> None:
        address_at = {f.start: f for f in self._addresses()}
        for m in self.rules.names.reference.finditer(self.text):
            end = m.end()
            if not m.group("word"):
                address = address_at.get(m.start("num"))
                if address is not None:
                    end = address.end
                elif not self._bare_house_number(m):
                    continue
            self.found.append(_Found(m.start(), end, "reference", number=m.group("num").lower()))

    def _bare_house_number(self, m: re.Match) -> bool:
        """Whether "the woman at 5" names a house (not "the lads at 5 o'clock", "a boy of 12")."""
        prep = m.group("prep").lower()
        if not (prep == "from" or prep.endswith("at")):
            return False
        if re.match(r"[\-/]|[.,:]\s?\d", self.text[m.end() : m.end() + 3]):
            return False
        return self._next_word(m.end()) not in self.rules.names.bare_number_not_followed_by

    def _find_plates(self) -> None:
        names = self.rules.names
        seen: set[int] = set()

        def add(start: int, end: int, candidate: str) -> None:
            plate = re.sub(r"\s+", "", candidate).upper()
            if plate in names.plates_never or seen.intersection(range(start, end)):
                return
            letters = re.findall(r"[A-Za-z]{2,}", candidate)
            if any(group.lower() in self.rules.common_words for group in letters):
                return
            seen.update(range(start, end))
            self.found.append(_Found(start, end, "plate", f"plate:{plate}"))

        for pattern in names.plates:
            for m in pattern.finditer(self.text):
                add(m.start(), m.end(), m.group())
        if names.plate_context is not None:
            for m in names.plate_context.finditer(self.text):
                groups = m.group("plate").split()
                # "reg W 123 ABC was..." : drop trailing words until what is left can be a plate.
                while groups and (len("".join(groups)) > 8 or groups[-1].lower() in self.rules.common_words):
                    groups.pop()
                plate = " ".join(groups)
                if len(plate.replace(" ", "")) >= 2 and re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate):
                    start = m.start("plate")
                    add(start, start + len(plate), plate)

    # -- names -----------------------------------------------------------------------------

    def _sentence_start(self, i: int) -> bool:
        return i == 0 or bool(re.search(r"[.!?:;\n\"]|(?:^|\s)[-*\u2022](?:\s|$)", self._gap(i)))

    def _person(self, first: int, last: int, title: str = "") -> None:
        start, end, word = self.tokens[last]
        if word.lower().endswith("'s"):
            end -= 2
        elif word.endswith("'"):
            end -= 1
        words = [_bare(self.tokens[k][2]) for k in range(first, last + 1)]
        if title:
            words.insert(0, title)
        self.found.append(_Found(self.tokens[first][0], end, "person", "person:" + " ".join(words)))

    def _name_word(self, i: int) -> bool:
        """Token i could be part of a person's name (capitalised, not a place, shop or day)."""
        word = self.tokens[i][2]
        bare = _bare(word)
        return (
            _is_capitalised(word)
            and bare not in self.rules.names.not_name_words
            and bare not in self.rules.common_words
            and not (bare.endswith("s") and bare[:-1] in self.rules.names.not_name_words)
        )

    def _find_names(self) -> None:
        names = self.rules.names
        tokens = self.tokens
        count = len(tokens)
        used = [False] * count

        # Mr Patel, Mrs. Jane Smith
        for i in range(count - 1):
            word = tokens[i][2]
            title = word.lower()
            if title not in names.titles or not (word[0].isupper() or title in ("mr", "mrs", "ms", "mx")):
                continue
            if not re.fullmatch(r"\.? +|\.", self._gap(i + 1)):
                continue
            following = tokens[i + 1][2]
            bare = _bare(following)
            if not following.replace("'", "").replace("-", "").isalpha() or bare in self.rules.common_words:
                continue
            if not _is_capitalised(following) and (word[0].isupper() or bare in names.not_name_words):
                continue
            last = i + 1
            if last + 1 < count and self._gap(last + 1).strip(" ") == "" and self._name_word(last + 1):
                last += 1
            self._person(i + 1, last, title)
            self.found[-1].start = tokens[i][0]
            for k in range(i, last + 1):
                used[k] = True

        # a lad called Jordan, his name is Kyle Brown
        lowered = [t[2].lower() for t in tokens]
        for i in range(count):
            for intro in names.introducers_by_first.get(lowered[i], ()):
                n = i + len(intro)
                if n >= count or lowered[i:n] != list(intro):
                    continue
                if any(not self._gap(i + k).isspace() for k in range(1, len(intro) + 1)) or used[n]:
                    continue
                if not self._name_word(n):
                    continue
                before = [tokens[k][2].lower() for k in range(max(0, i - 3), i)]
                if any(w in names.introducer_not_after for w in before):
                    continue
                last = n + 1 if n + 1 < count and self._gap(n + 1) == " " and self._name_word(n + 1) else n
                self._person(n, last)
                self.found[-1].start = tokens[i][0]
                for k in range(i, last + 1):
                    used[k] = True

        # Dave from number 4, Dave Smith next door
        for i in range(count):
            if used[i] or not self._name_word(i) or _bare(tokens[i][2]) in names.titles:
                continue
            m = _FROM_NUMBER.match(self.text, tokens[i][1])
            if not m:
                continue
            first = i
            if i > 0 and not used[i - 1] and self._gap(i) == " " and self._name_word(i - 1):
                first = i - 1
            self._person(first, i)
            self.found[-1].end = m.end()
            for k in range(first, i + 1):
                used[k] = True

        # Capitalised word pairs: Dave Smith, Wojciech Nowak (but not Mill Lane, Red Lion, Ford Focus)
        alphabetic = [t for t in tokens if t[2].isalpha()]
        title_case = len(alphabetic) >= 6 and (
            sum(1 for t in alphabetic if t[2][0].isupper()) / len(alphabetic) >= self.rules.title_case_ratio
        )
        i = 0
        while i < count:
            if used[i] or not _is_capitalised(tokens[i][2]):
                i += 1
                continue
            j = i
            while (
                j + 1 < count
                and not used[j + 1]
                and _is_capitalised(tokens[j + 1][2])
                and re.fullmatch(r" +", self._gap(j + 1))
            ):
                j += 1
            self._name_run(i, j, title_case)
            i = j + 1

    def _name_run(self, first: int, last: int, title_case: bool) -> None:
        names = self.rules.names
        run = range(first, last + 1)
        bares = {k: _bare(self.tokens[k][2]) for k in run}
        if any(
            b in names.not_name_words or (b.endswith("s") and b[:-1] in names.not_name_words) for b in bares.values()
        ):
            return
        previous = _bare(self.tokens[first - 1][2]) if first else ""
        if previous in names.official_titles and self._gap(first).strip(" .") == "":
            return
        segments: list[list[int]] = [[]]
        for k in run:
            if bares[k] in self.rules.common_words:
                segments.append([])
            else:
                segments[-1].append(k)
        for segment in segments:
            if segment and bares[segment[0]] not in names.first_names:
                # "Saw Gary Nixon...": a capitalised word before a known first name is not part of
                # the name.
                later = next((i for i, k in enumerate(segment) if bares[k] in names.first_names), None)
                if later is not None and len(segment) - later >= 2:
                    segment = segment[later:]
            if not 2 <= len(segment) <= _MAX_NAME_WORDS:
                continue
            start = segment[0]
            known_first = bares[start] in names.first_names
            if known_first:
                self._person(start, segment[-1])
                continue
            if title_case:
                continue
            if start == first:
                at_start = self._sentence_start(start)
                before = previous
            else:
                at_start = self._sentence_start(first)
                before = bares[start - 1]
            if at_start or before in names.place_prepositions:
                continue
            self._person(start, segment[-1])


def _resolve_numbers(scans: list[_Scan]) -> None:
    """Give "number 14" a street: a nearby street in the text, else the location's, else none."""
    location_streets = [f for s in scans[1:] for f in s.streets]
    for index, scan in enumerate(scans):
        own = sorted(scan.streets, key=lambda f: f.start)
        own_starts = [f.start for f in own]
        others = location_streets if index == 0 else [f for f in scans[0].streets]
        for found in scan.found:
            if found.what not in ("number", "reference") or found.number is None:
                continue
            i = bisect.bisect_left(own_starts, found.start)
            close = own[max(0, i - 2) : i + 2]
            nearby = [f for f in close if abs(f.start - found.end) <= 60 or abs(found.start - f.end) <= 60]
            if nearby:
                street = min(nearby, key=lambda f: min(abs(f.start - found.end), abs(found.start - f.end)))
            elif others:
                street = others[0]
            elif own:
                street = own[0]
            else:
                street = None
            found.key = f"address:{found.number} {street.key}" if street else f"address:{found.number}"


def _scans(text: str, location: str, rules: GuardRules) -> list[_Scan]:
    scans = [_Scan(text or "", rules), _Scan(location or "", rules)]
    _resolve_numbers(scans)
    return scans


def _ordered_targets(scans: list[_Scan]) -> list[str]:
    keys: list[str] = []
    for scan in scans:
        for found in sorted(scan.found, key=lambda f: f.start):
            if found.key and found.key not in keys:
                keys.append(found.key)
    return keys


def extract_targets(text: str, location: str = "", rules: GuardRules | None = None) -> frozenset[str]:
    """Normalised keys of the houses, plates and people a report names, for repeat targeting.

    "address:14 easington way", "plate:AB12CDE", "person:dave smith"; a bare "number 14" takes
    the street from the text or the location ("address:14" when there is none).
    """
    return frozenset(_ordered_targets(_scans(text, location, rules or default_rules())))


# ---------------------------------------------------------------------------------------------
# Screening


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _whole_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Start a span that begins at an attached "'s" at the start of its word ("she's")."""
    widened = []
    for start, end in spans:
        if text[start : start + 1] == "'":
            while start > 0 and text[start - 1].isalnum():
                start -= 1
        widened.append((start, end))
    return widened


def _kind_spans(kind: str, scan: _Scan, rules: GuardRules) -> list[tuple[int, int]]:
    kind_rules = rules.kinds[kind]
    text = scan.text
    safe = _Spans(kind_rules.safe.spans(text, scan.keyed) if kind_rules.safe else [])

    def counts(start: int, end: int) -> bool:
        if safe.overlaps(start, end):
            return False
        return not (kind_rules.negation and scan.negated(start))

    spans = []
    patterns = [kind_rules.terms]
    if kind in ("accusation", "identity_suspicion"):
        patterns.append(rules.identity_slurs)
    for pattern in patterns:
        if pattern is not None:
            spans.extend(m.span() for m in pattern.finditer(text) if counts(*m.span()))
    if kind_rules.phrases is not None:
        spans.extend(span for span in kind_rules.phrases.spans(text, scan.keyed) if counts(*span))
    for rule in kind_rules.rules:
        for start, stop in rule.pattern.spans(text, scan.keyed):
            if not counts(start, stop):
                continue
            begin, end = scan.clause(start) if rule.clause_scope else scan.sentence(start)
            begin, end = max(begin, start - _CONTEXT_REACH), min(end, stop + _CONTEXT_REACH)
            if rule.unless is not None and rule.unless.first(scan, begin, end):
                continue
            if rule.requires is not None:
                cue = rule.requires.first(scan, begin, end)
                if cue is None:
                    continue
                if rule.quote_requires:
                    spans.append(cue)
            spans.append((start, stop))
    return spans


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _display(key: str) -> str:
    what, _, value = key.partition(":")
    if what == "plate":
        return value
    return " ".join(w.upper() if w[:1].isdigit() else w.capitalize() for w in value.split())


def _repeat_targeting(
    targets: list[str],
    history: Sequence[PriorReport],
    reporter_id: int | None,
    now: datetime,
    rules: GuardRules,
) -> list[str]:
    window = rules.repeat_window_days
    since = now - timedelta(days=window)
    facts = []
    for key in targets:
        earlier = [p for p in history if key in p.targets and since <= _as_utc(p.reported_at) <= now]
        reports = len(earlier) + 1
        if reports < rules.repeat_min_reports:
            continue
        reporters = len({p.reporter_id for p in earlier} | {reporter_id})
        plural = "" if reporters == 1 else "s"
        by = (
            f"from only {reporters} reporter{plural}"
            if reporters <= rules.repeat_few_reporters
            else f"by {reporters} reporters"
        )
        facts.append(f"{_display(key)} named in {reports} reports in {window} days, {by}")
    return facts


def _dedupe(items: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept = []
    for item in items:
        folded = " ".join(item.split()).casefold()
        if folded not in seen:
            seen.add(folded)
            kept.append(item)
    return tuple(kept)


def screen(
    text: str,
    location: str = "",
    *,
    history: Sequence[PriorReport] = (),
    reporter_id: int | None = None,
    now: datetime | None = None,
    rules: GuardRules | None = None,
) -> list[Flag]:
    """Flags for a report, in FLAG_KINDS order, each with the words or facts that triggered it.

    `history` holds earlier reports (not this one) whose targets came from extract_targets();
    only those within the repeat window before `now` count. Returns [] when nothing is found.
    """
    rules = rules or default_rules()
    now = _as_utc(now) if now is not None else datetime.now(UTC)
    scans = _scans(text, location, rules)
    evidence: dict[str, list[str]] = {kind: [] for kind in FLAG_KINDS}
    for scan in scans:
        if not scan.text.strip():
            continue
        person_spans = [(f.start, f.end) for f in scan.found]
        evidence["identifies_person"].extend(scan.original[s:e] for s, e in _merge_spans(person_spans))
        for kind in rules.kinds:
            spans = _merge_spans(_whole_words(scan.text, _kind_spans(kind, scan, rules)))
            evidence[kind].extend(scan.original[s:e] for s, e in spans)
    if history:
        evidence["repeat_targeting"] = _repeat_targeting(_ordered_targets(scans), history, reporter_id, now, rules)
    return [Flag(kind, _dedupe(evidence[kind])) for kind in FLAG_KINDS if evidence[kind]]


def is_urgent(flags: Sequence[Flag | Mapping[str, Any]]) -> bool:
    """True when a danger flag is present (the report goes to the top of the queue)."""
    for flag in flags:
        kind = flag.get("kind") if isinstance(flag, Mapping) else getattr(flag, "kind", None)
        if kind == "danger":
            return True
    return False
