"""Screening words: the flags, in FLAG_KINDS order, each with the words or facts that show it.

identifies_person comes from the targets the text names; repeat targeting from earlier reports
that named the same targets; the other kinds from the terms, phrases and context rules of their
tables in the rules file, and, for those the rules did not raise, from the statistical layer
(model.py) unless the rules switch it off. A near time ("tonight") in the sentence of a
confrontation, or in the sentence before it, is quoted with it, so that is_urgent, which sees only
the flags, can tell a plan for tonight from a grievance.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from volunteers.guard.model import MODEL_KINDS, default_model
from volunteers.guard.rules import GuardRules, default_rules
from volunteers.guard.targets import Scan, ordered_targets, scan_report
from volunteers.guard.text import Spans, merge_spans, normalise

if TYPE_CHECKING:
    from volunteers.guard.phrases import Matcher
    from volunteers.guard.rules import ContextRule

FLAG_KINDS = (
    "identifies_person",
    "accusation",
    "confrontation",
    "identity_suspicion",
    "repeat_targeting",
    "danger",
)

# Context (requires / unless) is looked for in the same sentence, but no further than this many
# characters either side: a 20,000-character report without a full stop is one "sentence".
_CONTEXT_REACH = 300
# A rule with a `target` counts only when a name, house or plate is at most this many words from
# its phrase, with no sentence break between them.
_TARGET_REACH_WORDS = 3


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


def _whole_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Start a span that begins at an attached "'s" at the start of its word ("she's")."""
    widened = []
    for start, end in spans:
        if text[start : start + 1] == "'":
            while start > 0 and text[start - 1].isalnum():
                start -= 1
        widened.append((start, end))
    return widened


def _kind_spans(kind: str, scan: Scan, rules: GuardRules) -> list[tuple[int, int]]:
    kind_rules = rules.kinds[kind]
    text = scan.text
    safe = Spans(kind_rules.safe.spans(scan) if kind_rules.safe else [])

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
        spans.extend(span for span in kind_rules.phrases.spans(scan) if counts(*span))
    for rule in kind_rules.rules:
        if rule.pattern.may_match(scan):
            spans.extend(_context_rule_spans(rule, scan, counts))
    if kind == "confrontation" and spans and rules.near_time is not None:
        spans.extend(_near_times(spans, scan, rules.near_time))
    return spans


def _near_times(spans: list[tuple[int, int]], scan: Scan, near_time: Matcher) -> list[tuple[int, int]]:
    """The first near time ("tonight", "this weekend") in the sentence of each confrontation or the
    sentence before it ("Who's out tonight? Bring something heavy")."""
    found = []
    for start, stop in spans:
        begin, end = scan.sentence(start)
        before = len(scan.text[:begin].rstrip(" .!?\n"))
        if before:
            begin = scan.sentence(before - 1)[0]
        time = near_time.first(scan, max(begin, start - _CONTEXT_REACH), min(end, stop + _CONTEXT_REACH))
        if time is not None:
            found.append(time)
    return found


def _context_rule_spans(rule: ContextRule, scan: Scan, counts: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Where a context rule's phrases count, with the `requires` words that let them count unless
    the rule says not to quote them."""
    spans = []
    for start, stop in rule.pattern.spans(scan):
        if not counts(start, stop):
            continue
        begin, end = scan.clause(start) if rule.clause_scope else scan.sentence(start)
        begin, end = max(begin, start - _CONTEXT_REACH), min(end, stop + _CONTEXT_REACH)
        if rule.unless is not None and rule.unless.first(scan, begin, end):
            continue
        if rule.target is not None and not _beside_target(scan, start, stop, rule.target):
            continue
        if rule.requires is not None:
            cue = rule.requires.first(scan, begin, end)
            if cue is None:
                continue
            if rule.quote_requires:
                spans.append(cue)
        spans.append((start, stop))
    return spans


def _beside_target(scan: Scan, start: int, stop: int, where: str) -> bool:
    """Whether something that identifies a person, in the same sentence, ends just before start
    ("before") or starts just after stop ("after")."""
    begin, end = scan.sentence(start)
    for found in scan.found:
        if found.start < begin or found.end > end:
            continue
        if where == "before" and found.end <= start:
            gap = (found.end, start)
        elif where == "after" and found.start >= stop:
            gap = (stop, found.start)
        else:
            continue
        if scan.words_in(*gap) <= _TARGET_REACH_WORDS:
            return True
    return False


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
    return _flags(scan_report(text, location, rules), history, reporter_id, now, rules)


def screen_with_history(
    text: str,
    location: str,
    history_for: Callable[[frozenset[str]], Sequence[PriorReport]],
    *,
    reporter_id: int | None = None,
    now: datetime | None = None,
    rules: GuardRules | None = None,
) -> tuple[list[Flag], frozenset[str]]:
    """screen() for a report whose history is looked up by what it names: `history_for` gets the
    report's targets (as extract_targets() gives them) and returns the earlier reports that named
    any of them. Returns the flags and the targets, reading the text once for both."""
    rules = rules or default_rules()
    scans = scan_report(text, location, rules)
    targets = frozenset(ordered_targets(scans))
    return _flags(scans, history_for(targets), reporter_id, now, rules), targets


def _flags(
    scans: list[Scan],
    history: Sequence[PriorReport],
    reporter_id: int | None,
    now: datetime | None,
    rules: GuardRules,
) -> list[Flag]:
    now = _as_utc(now) if now is not None else datetime.now(UTC)
    evidence: dict[str, list[str]] = {kind: [] for kind in FLAG_KINDS}
    for scan in scans:
        if not scan.text.strip():
            continue
        person_spans = [(f.start, f.end) for f in scan.found]
        evidence["identifies_person"].extend(scan.original[s:e] for s, e in merge_spans(person_spans))
        for kind in rules.kinds:
            spans = merge_spans(_whole_words(scan.text, _kind_spans(kind, scan, rules)))
            evidence[kind].extend(scan.original[s:e] for s, e in spans)
    if rules.model_enabled:
        text_scan = scans[0]
        for kind, (start, end) in default_model().flags(text_scan, [k for k in MODEL_KINDS if not evidence[k]]).items():
            near = kind == "confrontation" and rules.near_time is not None
            times = _near_times([(start, end)], text_scan, rules.near_time) if near else []
            evidence[kind].extend(text_scan.original[s:e] for s, e in [(start, end), *times])
    if history:
        evidence["repeat_targeting"] = _repeat_targeting(ordered_targets(scans), history, reporter_id, now, rules)
    return [Flag(kind, _dedupe(evidence[kind])) for kind in FLAG_KINDS if evidence[kind]]


def is_urgent(flags: Sequence[Flag | Mapping[str, Any]], rules: GuardRules | None = None) -> bool:
    """True when the report goes to the top of the queue: danger, or a confrontation that is a
    threat or is planned for a near time (its evidence holds a word of the rules' [urgency])."""
    rules = rules or default_rules()
    for flag in flags:
        if isinstance(flag, Mapping):
            kind, evidence = flag.get("kind"), flag.get("evidence") or ()
        else:
            kind, evidence = getattr(flag, "kind", None), getattr(flag, "evidence", ())
        if kind == "danger":
            return True
        if kind == "confrontation" and rules.urgent_confrontation is not None:
            if any(rules.urgent_confrontation.search(normalise(words)) for words in evidence):
                return True
    return False
