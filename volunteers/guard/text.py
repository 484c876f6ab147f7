"""Reading a text: its words, sentences and clauses, and whether a word is negated.

Positions found here point at the same characters in the original text, so evidence is always
quoted from the words as they were written.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from volunteers.guard.phrases import Matcher, PhraseIndex
    from volunteers.guard.rules import GuardRules

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
_SENTENCE_BREAK = re.compile(r"(?<!\bno)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)[.!?]+(?=\s|$)|\n", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s|" + _SENTENCE_BREAK.pattern, re.IGNORECASE)
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()\n]")
_WORD = re.compile(r"[\w']+")
_WORD_HEAD = re.compile(r"[^'\-]+")


def normalise(text: str) -> str:
    """The text with curly quotes, odd dashes and spaces made plain, each character for one."""
    return text.translate(_SAME_LENGTH)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Spans:
    """Non-overlapping spans, for quick "does this overlap any of them" questions."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged = merge_spans(spans)
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

    def between(self, begin: int, end: int) -> list[tuple[int, int]]:
        """The pieces of text[begin:end] between breaks, breaks left out."""
        pieces = []
        i = bisect.bisect_left(self.starts, begin)
        while i < len(self.starts) and self.starts[i] < end:
            pieces.append((begin, self.starts[i]))
            begin = max(begin, self.ends[i])
            i += 1
        pieces.append((begin, end))
        return [(b, e) for b, e in pieces if b < e]


def is_capitalised(word: str) -> bool:
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


def bare(word: str) -> str:
    lw = word.lower()
    if lw.endswith("'s"):
        return lw[:-2]
    return lw.rstrip("'")


class Text:
    """One piece of text (a report, or its location), read into words, sentences and clauses."""

    def __init__(self, original: str, rules: GuardRules):
        self.original = original
        self.text = normalise(original)
        self.rules = rules
        self.tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.text)]
        self.keyed = [(start, _token_keys(word)) for start, _, word in self.tokens]
        self.token_starts = [start for start, _, _ in self.tokens]
        self._sentences: _Breaks | None = None
        self._clauses: _Breaks | None = None
        self._key_index: dict[str, list[int]] | None = None
        self._phrase_starts: dict[PhraseIndex, dict[Matcher, list[int]]] = {}
        self._ascii_lower: str | None = None
        self._holds: dict[tuple[str, ...], bool] = {}

    @property
    def ascii_lower(self) -> str | None:
        """The text in lower case when it is plain ASCII (which IGNORECASE matches exactly as
        lower case says), else None."""
        if self._ascii_lower is None and self.text.isascii():
            self._ascii_lower = self.text.lower()
        return self._ascii_lower

    def may_hold(self, words: tuple[str, ...] | None) -> bool:
        """Whether the text may hold one of these lower-case words (words some phrases need): False
        only when it is plain ASCII and holds none of them; True for None (nothing needed).
        Looked for once per text, however many phrases need them."""
        if words is None:
            return True
        held = self._holds.get(words)
        if held is None:
            lowered = self.ascii_lower
            held = self._holds[words] = lowered is None or any(word in lowered for word in words)
        return held

    def phrase_starts(self, index: PhraseIndex) -> dict[Matcher, list[int]]:
        """Which of the index's matchers can start in this text, and at which tokens, found once
        for all of them (see PhraseIndex)."""
        starts = self._phrase_starts.get(index)
        if starts is None:
            starts = self._phrase_starts[index] = index.starts(self)
        return starts

    @property
    def key_index(self) -> dict[str, list[int]]:
        """Which tokens each lookup form of a word ("hes", "he") stands at, built once."""
        if self._key_index is None:
            index: dict[str, list[int]] = {}
            for i, (_, keys) in enumerate(self.keyed):
                for key in keys:
                    index.setdefault(key, []).append(i)
            self._key_index = index
        return self._key_index

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = _Breaks(self.text, _SENTENCE_BREAK)
        return self._sentences.around(pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clauses is None:
            self._clauses = _Breaks(self.text, _CLAUSE_BREAK)
        return self._clauses.around(pos)

    def sentences(self) -> list[tuple[int, int]]:
        """Where each sentence of the text starts and ends, without the punctuation between."""
        self.sentence(0)
        assert self._sentences is not None
        return self._sentences.between(0, len(self.text))

    def clauses(self, begin: int, end: int) -> list[tuple[int, int]]:
        """Where each clause of text[begin:end] starts and ends, without the punctuation between."""
        self.clause(0)
        assert self._clauses is not None
        return self._clauses.between(begin, end)

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

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        previous_end = self.tokens[i - 1][1] if i else 0
        return self.text[previous_end : self.tokens[i][0]]

    def next_word(self, pos: int) -> str:
        m = _WORD.search(self.text, pos)
        return m.group().lower() if m and not self.text[pos : m.start()].strip(" ,") else ""

    def previous_word(self, pos: int) -> str:
        words = _WORD.findall(self.text[max(0, pos - 40) : pos])
        return words[-1].lower() if words else ""

    def words_in(self, begin: int, end: int) -> int:
        return len(_WORD.findall(self.text, begin, end))
