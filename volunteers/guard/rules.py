"""The guard's rules: the default rules file with a force's files merged on top, compiled once.

rules.toml beside this module holds every word list, phrase and threshold (its header explains
the phrase syntax and how a force changes them); load_rules() merges a force's own files over it
and compiles the result into GuardRules.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from volunteers.guard.phrases import Matcher, PhraseCompiler, terms_pattern
from volunteers.guard.schema import SCHEMA, RuleError, merge

DEFAULT_RULES_FILE = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True)
class ContextRule:
    """One [[kind.rules]] table, compiled: phrases that count only in some sentences."""

    pattern: Matcher
    requires: Matcher | None
    unless: Matcher | None
    clause_scope: bool
    quote_requires: bool
    # "before": the phrase counts only just after something that identifies a person (a name, a
    # house, a plate: "Number 22's lad has been robbing"); "after": only just before one ("bet
    # it's number 9"); None: anywhere.
    target: str | None = None


@dataclass(frozen=True)
class KindRules:
    """One flag kind's table ([accusation], [confrontation] ...), compiled."""

    terms: re.Pattern | None
    phrases: Matcher | None
    safe: Matcher | None
    rules: tuple[ContextRule, ...]
    negation: bool


@dataclass(frozen=True)
class NameRules:
    """How the guard recognises houses, plates and people's names ([identifies_person])."""

    titles: frozenset[str]
    official_titles: frozenset[str]
    introducers_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    introducer_not_after: frozenset[str]
    place_prepositions: frozenset[str]
    number_not_followed_by: frozenset[str]
    bare_number_not_followed_by: frozenset[str]
    number_after_words: frozenset[str]
    first_names: frozenset[str]
    first_names_also_words: frozenset[str]
    not_surnames: frozenset[str]
    name_places: Matcher | None
    pinned_people: Matcher | None
    name_not_after: frozenset[str]
    not_name_words: frozenset[str]
    street_suffixes: frozenset[str]
    house_endings: frozenset[str]
    house_people: frozenset[str]
    house_name_not_after: frozenset[str]
    street_abbreviations: Mapping[str, str]
    reference: re.Pattern
    plates: tuple[re.Pattern, ...]
    plate_context: re.Pattern | None
    plates_never: frozenset[str]


@dataclass(frozen=True)
class GuardRules:
    """Word lists, phrases and thresholds, compiled once; build with load_rules()."""

    sources: tuple[str, ...]
    kinds: Mapping[str, KindRules]
    identity_slurs: re.Pattern | None
    near_time: Matcher | None
    urgent_confrontation: re.Pattern | None
    names: NameRules
    common_words: frozenset[str]
    units: frozenset[str]
    negators: re.Pattern | None
    clause_breakers: frozenset[str]
    repeat_min_reports: int
    repeat_window_days: int
    repeat_few_reporters: int
    negation_window_words: int
    title_case_ratio: float
    # Whether the statistical layer (model.py) adds flags the rules did not raise ([model]).
    model_enabled: bool = True


def _lower_set(values: Sequence[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _build(data: Mapping[str, Any], sources: tuple[str, ...]) -> GuardRules:
    thresholds = _thresholds(data)
    classes = data.get("classes", {})
    language = data.get("language", {})
    compiler = PhraseCompiler(classes, thresholds["gap_words"], language.get("negators", []))
    obfuscation = _obfuscation(data)
    kinds = {
        kind: _kind_rules(kind, data.get(kind, {}), compiler, obfuscation)
        for kind in ("accusation", "confrontation", "identity_suspicion", "danger")
    }
    names = _name_rules(data.get("identifies_person", {}), language, classes, compiler)
    identity = data.get("identity_suspicion", {})
    urgency = data.get("urgency", {})
    try:
        near_time = compiler.matcher(urgency.get("near_time", []))
        urgent_confrontation = compiler.pattern(urgency.get("near_time", []) + urgency.get("threats", []))
    except RuleError as exc:
        raise RuleError(f"[urgency]: {exc}") from None
    return GuardRules(
        sources=sources,
        kinds=MappingProxyType(kinds),
        identity_slurs=terms_pattern(identity.get("slurs", []), obfuscation),
        near_time=near_time,
        urgent_confrontation=urgent_confrontation,
        names=names,
        common_words=_lower_set(language.get("common_words", [])),
        units=_lower_set(language.get("units", [])),
        negators=PhraseCompiler({}, 0).pattern(language.get("negators", [])),
        clause_breakers=_lower_set(language.get("clause_breakers", [])),
        repeat_min_reports=thresholds["repeat_min_reports"],
        repeat_window_days=thresholds["repeat_window_days"],
        repeat_few_reporters=thresholds["repeat_few_reporters"],
        negation_window_words=thresholds["negation_window_words"],
        title_case_ratio=float(thresholds["title_case_ratio"]),
        model_enabled=data.get("model", {}).get("enabled", True),
    )


def _thresholds(data: Mapping[str, Any]) -> Mapping[str, Any]:
    thresholds = data.get("thresholds", {})
    for key in SCHEMA["thresholds"]:
        if key not in thresholds:
            raise RuleError(f"thresholds.{key} is missing")
    if thresholds["repeat_min_reports"] < 1 or thresholds["repeat_window_days"] < 1:
        raise RuleError("thresholds.repeat_min_reports and repeat_window_days must be at least 1")
    return thresholds


def _obfuscation(data: Mapping[str, Any]) -> dict[str, str]:
    obfuscation = {k.lower(): v for k, v in data.get("obfuscation", {}).items()}
    for letter in obfuscation:
        if len(letter) != 1:
            raise RuleError(f"obfuscation.{letter} must name a single letter")
    return obfuscation


def _kind_rules(
    kind: str, section: Mapping[str, Any], compiler: PhraseCompiler, obfuscation: Mapping[str, str]
) -> KindRules:
    rules = tuple(
        _context_rule(kind, number, rule, compiler) for number, rule in enumerate(section.get("rules", []), 1)
    )
    try:
        return KindRules(
            terms=terms_pattern(section.get("terms", []), obfuscation),
            phrases=compiler.matcher(section.get("phrases", [])),
            safe=compiler.matcher(section.get("safe_phrases", [])),
            rules=rules,
            negation=section.get("negation", False),
        )
    except RuleError as exc:
        raise RuleError(f"[{kind}]: {exc}") from None


def _context_rule(kind: str, number: int, rule: Mapping[str, Any], compiler: PhraseCompiler) -> ContextRule:
    try:
        target = rule.get("target")
        if target not in (None, "before", "after"):
            raise RuleError(f'target must be "before" or "after", not {target!r}')
        return ContextRule(
            pattern=compiler.matcher(rule["phrases"]),
            requires=compiler.matcher(rule.get("requires", [])),
            unless=compiler.matcher(rule.get("unless", [])),
            clause_scope=rule.get("scope", "sentence") == "clause",
            quote_requires=rule.get("quote_requires", True),
            target=target,
        )
    except RuleError as exc:
        raise RuleError(f"[[{kind}.rules]] number {number}: {exc}") from None


def _name_rules(
    person: Mapping[str, Any], language: Mapping[str, Any], classes: Mapping[str, list[str]], compiler: PhraseCompiler
) -> NameRules:
    suffixes = _lower_set(person.get("street_suffixes", []))
    house_endings = _lower_set(person.get("house_endings", []))
    abbreviations = {k.lower(): v.lower() for k, v in person.get("street_abbreviations", {}).items()}
    reference = _reference_pattern(person)
    plates_table = person.get("plates", {})
    plate_patterns = _plate_patterns(plates_table)
    titles = _lower_set(person.get("titles", []))
    official = _lower_set(person.get("official_titles", []))
    try:
        name_places = compiler.matcher(person.get("name_places", []))
    except RuleError as exc:
        raise RuleError(f"identifies_person.name_places: {exc}") from None
    try:
        pinned_people = compiler.matcher(person.get("pinned_people", []))
    except RuleError as exc:
        raise RuleError(f"identifies_person.pinned_people: {exc}") from None
    return NameRules(
        titles=titles,
        official_titles=official,
        introducers_by_first=_introducers_by_first(person),
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
        first_names_also_words=_lower_set(person.get("first_names_also_words", [])),
        not_surnames=_lower_set(person.get("not_surnames", [])),
        name_places=name_places,
        pinned_people=pinned_people,
        name_not_after=_lower_set(person.get("name_not_after", [])),
        not_name_words=frozenset(
            _lower_set(person.get("not_name_words", []))
            | suffixes
            | house_endings
            | set(abbreviations)
            | _identity_words(classes)
            | titles
            | official
        ),
        street_suffixes=frozenset(suffixes | set(abbreviations)),
        house_endings=house_endings,
        house_people=frozenset(
            _lower_set(person.get("house_people", []))
            | {word.lower() for name in ("people", "relatives") for word in classes.get(name, []) if " " not in word}
        ),
        house_name_not_after=_lower_set(person.get("house_name_not_after", [])),
        street_abbreviations=MappingProxyType(abbreviations),
        reference=reference,
        plates=plate_patterns,
        plate_context=_plate_context(plates_table.get("context_words", [])),
        plates_never=frozenset(re.sub(r"\s+", "", p).upper() for p in plates_table.get("never", [])),
    )


def _identity_words(classes: Mapping[str, list[str]]) -> set[str]:
    """The words of the identity and colour classes: "Polish" or "Asian" is never part of a name."""
    return {
        word.strip("'").lower()
        for name in ("identity", "colour")
        for entry in classes.get(name, [])
        for word in re.split(r"[\s\-|]+", entry)
        if word.isalpha()
    }


def _reference_pattern(person: Mapping[str, Any]) -> re.Pattern:
    """ "The woman at number 5", "that lad from 12": a person pointed at by their house."""
    nouns = sorted(_lower_set(person.get("reference_nouns", [])), key=len, reverse=True)
    if not nouns:
        raise RuleError("identifies_person.reference_nouns is empty")
    return re.compile(
        r"(?<!\w)(?:the|that|this|those|these)\s+(?:[\w'\-]+\s+){0,2}?(?:"
        + "|".join(map(re.escape, nouns))
        + r")\s+(?P<prep>at|from|in|of|living\s+at|who\s+lives?\s+at|round\s+at)\s+"
        + r"(?P<word>(?:number|num\.?|no\.?|\#)\s?)?(?P<num>\d{1,4}[a-z]?)(?![\w:])",
        re.IGNORECASE,
    )


def _plate_patterns(plates_table: Mapping[str, Any]) -> tuple[re.Pattern, ...]:
    plate_patterns = []
    for source in plates_table.get("patterns", []):
        try:
            re.compile(source)
            plate_patterns.append(re.compile(r"(?<![\w])(?:" + source + r")(?![\w])"))
        except re.error as exc:
            raise RuleError(f"identifies_person.plates.patterns {source!r}: {exc}") from None
    return tuple(plate_patterns)


def _plate_context(context_words: Sequence[str]) -> re.Pattern | None:
    """A plate written after a word that says it is one ("reg AB12 CDE"), in any shape."""
    if not context_words:
        return None
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(context_words, key=len, reverse=True))
    return re.compile(
        r"(?<!\w)(?:" + words + r")s?\s*(?:[:#\-]|\s(?:is|was|of|no\.?|number))?\s*"
        r"(?P<plate>[A-Z0-9]{1,4}(?:\s[A-Z0-9]{1,4})?(?:\s[A-Z0-9]{1,4})?)(?!\w)",
        re.IGNORECASE,
    )


def _introducers_by_first(person: Mapping[str, Any]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    introducers: dict[str, tuple[tuple[str, ...], ...]] = {}
    for introducer in person.get("name_introducers", []):
        words = tuple(introducer.lower().split())
        introducers[words[0]] = introducers.get(words[0], ()) + (words,)
    return MappingProxyType(introducers)


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
            merge(data, loaded, SCHEMA, "")
            rules = _build(data, tuple(sources))
        except RuleError as exc:
            raise ValueError(f"{name}: {exc}") from None
    assert rules is not None
    return rules


@functools.lru_cache(maxsize=1)
def default_rules() -> GuardRules:
    """The rules in rules.toml, loaded once."""
    return load_rules()
