"""A small statistical screen beside the rules, for wordings nobody wrote a rule for.

The rules catch the wordings they were written for; reports written by other people say the same
things in other words. model.json (trained by scripts/train_guard_model.py on the labelled reports
in tests/guard/guard_corpus.py) holds, for each of MODEL_KINDS, a linear classifier over TF-IDF
word 1-2-grams and character 3-5-grams, with the threshold above which a report is flagged.
Scoring here is pure Python: the app needs neither scikit-learn nor numpy to run it.

A flag found by the model quotes the sentence (or, in a very long sentence, the clause or stretch
of words) that scores highest for its kind, exactly as written. A report is flagged when its whole
text or one of those pieces scores at or above the kind's threshold.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from volunteers.guard.text import Text, normalise

MODEL_FILE = Path(__file__).with_name("model.json")
MODEL_KINDS = ("accusation", "confrontation", "identity_suspicion", "danger")

# A piece of a report longer than this is quoted by its clauses, or by stretches of words.
LONGEST_QUOTE = 300
STRETCH = 200

# The tokenisation of scikit-learn's TfidfVectorizer (word and char_wb analyzers), which trained
# the model: the same n-grams must be counted here.
_WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")
_STRETCH = re.compile(r"\S+")


def prepare(text: str) -> str:
    """The text as the model reads it: plain quotes and dashes, lower case."""
    return normalise(text).lower()


def word_ngrams(prepared: str, low: int, high: int) -> list[str]:
    tokens = _WORD_TOKEN.findall(prepared)
    grams = []
    for n in range(low, high + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def char_wb_ngrams(prepared: str, low: int, high: int) -> list[str]:
    grams = []
    for word in _WHITE_SPACES.sub(" ", prepared).split():
        grams.extend(_word_char_ngrams(word, low, high))
    return grams


def _word_char_ngrams(word: str, low: int, high: int) -> list[str]:
    padded = f" {word} "
    grams = []
    for n in range(low, high + 1):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


# Words whose known character n-grams are remembered, per vectorizer: a long report repeats them.
_CACHED_WORDS = 20000


@dataclass(frozen=True)
class _Block:
    """One TF-IDF vectorizer of the model: its n-grams, and per n-gram the idf, its square and each
    kind's weight multiplied by that idf."""

    analyzer: str
    low: int
    high: int
    sublinear: bool
    features: dict[str, tuple[float, float, tuple[float, ...]]]
    known_grams: dict[str, list[str]] = field(default_factory=dict)

    def counts(self, prepared: str) -> dict[str, int]:
        """How often each of the block's n-grams occurs in the text, in the order they first occur
        (the order the scores are summed in). Plain dicts: Counter's own methods cost more here."""
        counts: dict[str, int] = {}
        get = counts.get
        if self.analyzer == "word":
            features = self.features
            for gram in word_ngrams(prepared, self.low, self.high):
                if gram in features:
                    counts[gram] = get(gram, 0) + 1
            return counts
        words: dict[str, int] = {}
        for word in _WHITE_SPACES.sub(" ", prepared).split():
            words[word] = words.get(word, 0) + 1
        for word, times in words.items():
            grams = self.known_grams.get(word)
            if grams is None:
                grams = [g for g in _word_char_ngrams(word, self.low, self.high) if g in self.features]
                if len(self.known_grams) < _CACHED_WORDS:
                    self.known_grams[word] = grams
            for gram in grams:
                counts[gram] = get(gram, 0) + times
        return counts

    def add_scores(self, prepared: str, totals: list[float]) -> None:
        """Add the block's part of each kind's score: the dot product of the text's L2-normalised
        TF-IDF vector with the kind's weights, summed before the one division by the norm."""
        counts = self.counts(prepared)
        if not counts:
            return
        squares = 0.0
        rows = []
        features, sublinear = self.features, self.sublinear
        for gram, count in counts.items():
            idf, idf_squared, idf_weights = features[gram]
            if count == 1:
                # tf is 1.0: the same figures as below, without multiplying by one.
                squares += idf_squared
                rows.append(idf_weights)
            else:
                tf = 1.0 + math.log(count) if sublinear else float(count)
                squares += (tf * idf) ** 2
                rows.append(tuple(tf * weight for weight in idf_weights))
        norm = math.sqrt(squares)
        # Kind by kind, in the order of the n-grams, so each sum is added up as it always was.
        for k, column in enumerate(zip(*rows, strict=True)):
            value = 0.0
            for weight in column:
                value += weight
            totals[k] += value / norm


class GuardModel:
    """The classifiers of model.json: a score per kind for any text, and the flags they raise."""

    def __init__(self, data: dict):
        self.kinds: tuple[str, ...] = tuple(data["kinds"])
        self.intercepts = [float(data["kinds"][k]["intercept"]) for k in self.kinds]
        self.thresholds = {k: float(data["kinds"][k]["threshold"]) for k in self.kinds}
        self.blocks = []
        for block in data["blocks"]:
            weights = list(zip(*(data["kinds"][k]["weights"][block["name"]] for k in self.kinds), strict=True))
            idf_weights = [
                (idf, idf**2, tuple(idf * weight for weight in kind_weights))
                for idf, kind_weights in zip(block["idf"], weights, strict=True)
            ]
            features = dict(zip(block["features"], idf_weights, strict=True))
            low, high = block["ngram_range"]
            self.blocks.append(_Block(block["analyzer"], low, high, block["sublinear_tf"], features))

    def scores(self, text: str) -> dict[str, float]:
        """Each kind's decision score for the text (flagged at or above its threshold)."""
        prepared = prepare(text)
        totals = list(self.intercepts)
        for block in self.blocks:
            block.add_scores(prepared, totals)
        return dict(zip(self.kinds, totals, strict=True))

    def flags(self, scan: Text, kinds: tuple[str, ...] | list[str]) -> dict[str, tuple[int, int]]:
        """For each of `kinds` the report scores at or above the threshold for, where the piece
        of it (a sentence, or part of a very long one) that scores highest for that kind is.

        A report's score is the highest of its whole text's and its pieces', so that one threat
        in a long report is not lost among ordinary sentences."""
        kinds = [k for k in kinds if k in self.thresholds]
        if not kinds or not scan.text.strip():
            return {}
        whole = self.scores(scan.text)
        spans = pieces(scan)
        scored = [(self.scores(scan.text[s:e]), (s, e)) for s, e in spans] if len(spans) > 1 else [(whole, spans[0])]
        found = {}
        for kind in kinds:
            best_scores, best = max(scored, key=lambda item: item[0][kind])
            if max(whole[kind], best_scores[kind]) >= self.thresholds[kind]:
                found[kind] = best
        return found


def pieces(scan: Text) -> list[tuple[int, int]]:
    """The sentences of a text, stripped, with any longer than LONGEST_QUOTE cut into clauses and
    any clause still longer cut into stretches of whole words."""
    pieces = []
    for begin, end in scan.sentences():
        if end - begin > LONGEST_QUOTE:
            for c_begin, c_end in scan.clauses(begin, end):
                if c_end - c_begin > LONGEST_QUOTE:
                    pieces.extend(_stretches(scan.text, c_begin, c_end))
                else:
                    pieces.append((c_begin, c_end))
        else:
            pieces.append((begin, end))
    stripped = []
    for begin, end in pieces:
        words = scan.text[begin:end]
        if words.strip():
            lead = len(words) - len(words.lstrip())
            stripped.append((begin + lead, begin + len(words.rstrip())))
    return stripped or [(0, len(scan.text))]


def _stretches(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Overlapping stretches of whole words of at most STRETCH characters, each starting about
    half a stretch after the one before, so that every few words sit well inside one of them."""
    words = [m.span() for m in _STRETCH.finditer(text, begin, end)]
    stretches = []
    first = 0
    while first < len(words):
        last = first
        while last + 1 < len(words) and words[last + 1][1] - words[first][0] <= STRETCH:
            last += 1
        stretches.append((words[first][0], words[last][1]))
        if last + 1 == len(words):
            break
        following = first + 1
        while following <= last and words[following][0] < words[first][0] + STRETCH // 2:
            following += 1
        first = following
    return stretches


@functools.lru_cache(maxsize=1)
def default_model() -> GuardModel:
    """The model in model.json, loaded once."""
    with open(MODEL_FILE, encoding="utf-8") as fh:
        return GuardModel(json.load(fh))
