"""Train the guard's statistical layer (volunteers/guard/model.json) from the labelled reports.

    .venv/bin/python scripts/train_guard_model.py          # cross-validate, choose, train, write
    .venv/bin/python scripts/train_guard_model.py --same-classifiers  # choose thresholds only
    .venv/bin/python scripts/train_guard_model.py --quick  # train with the settings in model.json

A development-time tool: it needs scikit-learn (requirements-dev.txt); the app scores with
volunteers/guard/model.py in pure Python. It learns from every labelled report in
tests/guard/guard_corpus.py (all its batches) and in the spent batches of
tests/guard/batches.py, one linear classifier per kind of
MODEL_KINDS over TF-IDF word 1-2-grams and char_wb 3-5-grams. For each kind it chooses the
classifier, and then the threshold, from cross-validated scores: the lowest threshold at which
precision stays at or above TARGET_PRECISION (a report's score being, as model.py flags it, the
highest of its whole text's and its sentences'), both for the model's own flags and for the rules'
and the model's together. The threshold is raised, when it must be, above the score of every
training report that does not have the kind and that the rules do not flag for it, so the model
adds no flag to a labelled report that must not have it. The features are pruned to those that
weigh most in each kind's classifier, the vectorizers and classifiers are trained again on those
alone, and the exported weights are the trained ones, rounded, so model.py's scores equal
scikit-learn's.

Prints cross-validated precision and recall per kind: the model alone and the rules or the model,
both at thresholds chosen on the folds' own scores and (the fairer figure) at thresholds chosen on
the other folds' scores. Deterministic: fixed seeds, fixed order.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.guard import guard_corpus  # noqa: E402
from tests.guard.batches import SPENT  # noqa: E402
from volunteers.guard import default_rules  # noqa: E402
from volunteers.guard.model import MODEL_FILE, MODEL_KINDS, GuardModel, pieces, prepare  # noqa: E402
from volunteers.guard.text import Text  # noqa: E402

SEED = 0
FOLDS = 5
SELECTION_SEEDS = (SEED, SEED + 1, SEED + 2)
TARGET_PRECISION = 0.95
# Batches never used to tune the rules, each left out of training in turn for a fairer figure.
LEFT_OUT = ("FOURTH_HELD_OUT", "SEVENTH_HELD_OUT", *(f"{name.upper()}_HELD_OUT" for name in SPENT))
# Kept per kind and per vectorizer after pruning (the union over kinds is exported).
KEEP_PER_KIND = {"word": 1500, "char": 2500}
# Above the highest in-sample score of a report that must not be flagged, so rounding and
# summation order can never tip one over.
MARGIN = 0.01
DIGITS = 9
# Ordinary reports that the guard's tests hold unflagged, though they use a kind's words: each
# kind's threshold stays above their scores (they are not trained on).
ORDINARY = {
    "confrontation": ["Someone let his tyres down last night"],
    "accusation": [
        "Kyle Robson and his mates were throwing stones at the bus shelter.",
        "Number 22's lad has been helping me with the shopping",
        "Somebody has been stealing parcels from number 4",
        "Number 4 has been burgled twice this year",
        "Everyone knows it's number 10 that has the best Christmas lights",
    ],
}
BLOCKS = (
    {"name": "word", "analyzer": "word", "ngram_range": (1, 2), "min_df": 1},
    {"name": "char", "analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 2},
)
CLASSIFIERS = {
    "logistic C=10": lambda: LogisticRegression(C=10, class_weight="balanced", max_iter=5000),
    "logistic C=30": lambda: LogisticRegression(C=30, class_weight="balanced", max_iter=5000),
    "linear SVM C=0.3": lambda: LinearSVC(C=0.3, class_weight="balanced", random_state=SEED, max_iter=20000),
    "linear SVM C=1": lambda: LinearSVC(C=1, class_weight="balanced", random_state=SEED, max_iter=20000),
    "linear SVM C=3": lambda: LinearSVC(C=3, class_weight="balanced", random_state=SEED, max_iter=50000),
}
BATCHES = {
    name: getattr(guard_corpus, name)
    for name in (
        "DEVELOPMENT",
        "FIRST_HELD_OUT",
        "SECOND_HELD_OUT",
        "HELD_OUT",
        "FOURTH_HELD_OUT",
        "FIFTH_HELD_OUT",
        "SIXTH_HELD_OUT",
        "SEVENTH_HELD_OUT",
    )
} | {f"{name.upper()}_HELD_OUT": cases for name, cases in SPENT.items()}


@dataclasses.dataclass
class Data:
    """The labelled reports: their texts, the kinds each must have, and what the rules flag."""

    texts: list[str]
    labels: dict[str, np.ndarray]
    by_rules: dict[str, np.ndarray]
    batches: list[str]

    def subset(self, keep: np.ndarray) -> Data:
        return Data(
            [t for t, k in zip(self.texts, keep, strict=True) if k],
            {kind: v[keep] for kind, v in self.labels.items()},
            {kind: v[keep] for kind, v in self.by_rules.items()},
            [b for b, k in zip(self.batches, keep, strict=True) if k],
        )


def training_data() -> Data:
    """Every labelled report in guard_corpus.py, once each (a text repeated in two batches once)."""
    cases, batches = {}, {}
    for batch, batch_cases in BATCHES.items():
        for c in batch_cases:
            cases.setdefault(c.text, c)
            batches.setdefault(c.text, batch)
    rules = dataclasses.replace(default_rules(), model_enabled=False)
    texts, labels, by_rules = [], {k: [] for k in MODEL_KINDS}, {k: [] for k in MODEL_KINDS}
    for c in cases.values():
        texts.append(c.text)
        flagged = {f.kind for f in guard_corpus.screen_case(c, rules)}
        for kind in MODEL_KINDS:
            labels[kind].append(kind in c.expect)
            by_rules[kind].append(kind in flagged)
    return Data(
        texts,
        {k: np.array(v) for k, v in labels.items()},
        {k: np.array(v) for k, v in by_rules.items()},
        [batches[t] for t in texts],
    )


def _vectorizer(block: dict, vocabulary: list[str] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=block["analyzer"],
        ngram_range=block["ngram_range"],
        min_df=1 if vocabulary else block["min_df"],
        vocabulary=vocabulary,
        sublinear_tf=True,
        dtype=np.float64,
    )


@dataclasses.dataclass
class Fitted:
    """Vectorizers on the kept features, and one classifier per kind over their joined output."""

    vectorizers: list[TfidfVectorizer]
    classifiers: dict[str, object]

    def matrix(self, prepared: list[str]):
        from scipy.sparse import hstack

        return hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()

    def decision(self, prepared: list[str]) -> dict[str, np.ndarray]:
        x = self.matrix(prepared)
        return {k: clf.decision_function(x) for k, clf in self.classifiers.items()}

    def report_scores(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Each report's score as model.py flags it: the highest of its whole text's and its
        pieces' (sentences, or parts of very long ones)."""
        scores = self.decision([prepare(t) for t in texts])
        owners, parts = [], []
        for i, text in enumerate(texts):
            scan = Text(text, default_rules())
            spans = pieces(scan)
            if len(spans) > 1:
                owners.extend([i] * len(spans))
                parts.extend(prepare(scan.text[s:e]) for s, e in spans)
        if parts:
            for kind, part_scores in self.decision(parts).items():
                np.maximum.at(scores[kind], owners, part_scores)
        return scores


def fit(prepared: list[str], labels: dict[str, np.ndarray], choice: dict[str, str]) -> Fitted:
    """Train on all features, keep those that weigh most for some kind, and train again on them."""
    from scipy.sparse import hstack

    full = [_vectorizer(b) for b in BLOCKS]
    x = hstack([v.fit_transform(prepared) for v in full]).tocsr()
    kept: list[set[str]] = [set() for _ in BLOCKS]
    for kind, name in choice.items():
        coef = CLASSIFIERS[name]().fit(x, labels[kind]).coef_.ravel()
        offset = 0
        for i, (block, vectorizer) in enumerate(zip(BLOCKS, full, strict=True)):
            names = vectorizer.get_feature_names_out()
            part = np.abs(coef[offset : offset + len(names)])
            top = np.argsort(-part, kind="stable")[: KEEP_PER_KIND[block["name"]]]
            kept[i].update(names[j] for j in top if part[j] > 0)
            offset += len(names)
    vectorizers = [_vectorizer(b, sorted(k)) for b, k in zip(BLOCKS, kept, strict=True)]
    x = hstack([v.fit(prepared).transform(prepared) for v in vectorizers]).tocsr()
    classifiers = {kind: CLASSIFIERS[name]().fit(x, labels[kind]) for kind, name in choice.items()}
    return Fitted(vectorizers, classifiers)


def round_in_place(fitted: Fitted) -> None:
    """Round the idf and weights to DIGITS significant digits, in the trained objects themselves,
    so that the exported model and scikit-learn's score alike."""

    def rounded(a: np.ndarray) -> np.ndarray:
        return np.array([float(f"{v:.{DIGITS}g}") for v in np.ravel(a)]).reshape(np.shape(a))

    for v in fitted.vectorizers:
        v.idf_ = rounded(v.idf_)
    for clf in fitted.classifiers.values():
        clf.coef_ = rounded(clf.coef_)
        clf.intercept_ = rounded(clf.intercept_)


def folds(labels: np.ndarray, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(labels)), labels))


def out_of_fold(prepared: list[str], data: Data, choice: dict[str, str], kind: str, seed: int = SEED):
    """Each report's score from a model trained without it, and the fold it was scored in."""
    scores = np.zeros(len(prepared))
    fold_of = np.zeros(len(prepared), dtype=int)
    for number, (train, test) in enumerate(folds(data.labels[kind], seed)):
        fitted = fit([prepared[i] for i in train], {kind: data.labels[kind][train]}, {kind: choice[kind]})
        scores[test] = fitted.report_scores([data.texts[i] for i in test])[kind]
        fold_of[test] = number
    return scores, fold_of


def lowest_threshold(scores: np.ndarray, labels: np.ndarray, also: np.ndarray | None = None) -> float:
    """The lowest score at which flagging (with `also`, what the rules flag) keeps precision at or
    above TARGET_PRECISION; +inf when none does."""
    also = np.zeros(len(labels), dtype=bool) if also is None else also
    best = np.inf
    for t in np.unique(scores[labels]):
        flagged = (scores >= t) | also
        tp = int(np.sum(flagged & labels))
        fp = int(np.sum(flagged & ~labels))
        if tp and tp / (tp + fp) >= TARGET_PRECISION:
            best = min(best, float(t))
    return best


def threshold_for(scores: np.ndarray, labels: np.ndarray, rules: np.ndarray) -> float:
    """The lowest threshold at which the model's own flags, and the rules' and the model's
    together, both keep precision at or above TARGET_PRECISION."""
    return max(lowest_threshold(scores, labels), lowest_threshold(scores, labels, rules))


def figures(flagged: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    tp = int(np.sum(flagged & labels))
    fp = int(np.sum(flagged & ~labels))
    fn = int(np.sum(~flagged & labels))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def recall_at_target(scores: np.ndarray, labels: np.ndarray) -> float:
    t = lowest_threshold(scores, labels)
    return figures(scores >= t, labels)[1] if np.isfinite(t) else 0.0


def choose(prepared: list[str], data: Data) -> dict[str, str]:
    """Per kind, the classifier with the best cross-validated recall at the target precision
    (averaged over a few shuffles of the folds: one is noisy)."""
    choice = {}
    for kind in MODEL_KINDS:
        results = []
        for name in CLASSIFIERS:
            recalls = [
                recall_at_target(out_of_fold(prepared, data, {kind: name}, kind, seed)[0], data.labels[kind])
                for seed in SELECTION_SEEDS
            ]
            results.append((float(np.mean(recalls)), name))
            print(f"  {kind:<20} {name:<18} recall at precision {TARGET_PRECISION}: {results[-1][0]:.3f}")
        choice[kind] = max(results, key=lambda r: r[0])[1]
        print(f"  {kind:<20} chosen: {choice[kind]}")
    return choice


@dataclasses.dataclass
class CrossValidated:
    """One kind's out-of-fold scores, the fold each was scored in, and the threshold they give."""

    scores: np.ndarray
    fold_of: np.ndarray
    threshold: float


def cross_validate(prepared: list[str], data: Data, choice: dict[str, str]) -> dict[str, CrossValidated]:
    result = {}
    for kind in MODEL_KINDS:
        scores, fold_of = out_of_fold(prepared, data, choice, kind)
        result[kind] = CrossValidated(scores, fold_of, threshold_for(scores, data.labels[kind], data.by_rules[kind]))
    return result


def final(prepared: list[str], data: Data, choice: dict[str, str], cv_thresholds: dict[str, float], quiet=False):
    """The model trained on every report, rounded, with each kind's threshold raised, where it
    must be, above the training reports it must not flag and the ORDINARY reports."""
    fitted = fit(prepared, data.labels, choice)
    round_in_place(fitted)
    scores = fitted.report_scores(data.texts)
    ordinary = {kind: fitted.report_scores(texts)[kind] for kind, texts in ORDINARY.items()}
    thresholds = {}
    for kind in MODEL_KINDS:
        must_not = ~data.labels[kind] & ~data.by_rules[kind]
        highest = max([float(np.max(scores[kind][must_not])), *ordinary.get(kind, [])])
        raise_to = highest + MARGIN
        thresholds[kind] = float(f"{max(cv_thresholds[kind], raise_to):.6g}")
        raised = f" (raised from {cv_thresholds[kind]:.4f})" if raise_to > cv_thresholds[kind] else ""
        recall = figures(scores[kind] >= thresholds[kind], data.labels[kind])[1]
        if not quiet:
            print(f"{kind:<20} threshold {thresholds[kind]:.4f}{raised}; in-sample recall {recall:.3f}")
    return fitted, thresholds


def batches_left_out(data: Data, choice: dict[str, str]) -> None:
    """For each batch never used to tune the rules, the model trained (thresholds and all)
    without it and scored on it: a fairer figure than random folds, as each batch was written
    in wordings of its own."""
    print(f"\neach of {', '.join(LEFT_OUT)} left out of training, precision and recall")
    print(f"{'kind':<20}{'rules alone':>16}{'rules or model':>16}{'model alone':>16}")
    for batch in LEFT_OUT:
        out = np.array([b == batch for b in data.batches])
        rest = data.subset(~out)
        prepared = [prepare(t) for t in rest.texts]
        cv = cross_validate(prepared, rest, choice)
        fitted, thresholds = final(prepared, rest, choice, {k: cv[k].threshold for k in MODEL_KINDS}, quiet=True)
        scores = fitted.report_scores(data.subset(out).texts)
        print(f"{batch} ({int(np.sum(out))} reports)")
        for kind in MODEL_KINDS:
            labels, rules = data.labels[kind][out], data.by_rules[kind][out]
            flagged = scores[kind] >= thresholds[kind]
            row = [figures(rules, labels), figures(flagged | rules, labels), figures(flagged, labels)]
            print(f"  {kind:<18}" + "".join(f"{p:>10.3f} {r:.3f}" for p, r in row))


def print_figures(data: Data, cv: dict[str, CrossValidated], thresholds: dict[str, float]) -> None:
    """Cross-validated precision and recall at the thresholds used: out-of-fold scores against
    the chosen threshold, and (nested) against a threshold chosen on the other folds alone."""
    columns = ("model alone", "nested", "rules or model", "nested", "rules alone")
    print(f"\ncross-validated ({FOLDS} folds), precision and recall")
    print(f"{'kind':<20}" + "".join(f"{c:>16}" for c in columns))
    for kind in MODEL_KINDS:
        labels, rules, scores, fold_of = data.labels[kind], data.by_rules[kind], cv[kind].scores, cv[kind].fold_of
        floor = thresholds[kind] if thresholds[kind] > cv[kind].threshold else -np.inf
        nested = np.zeros(len(labels), dtype=bool)
        for number in range(FOLDS):
            inner = fold_of != number
            chosen = threshold_for(scores[inner], labels[inner], rules[inner])
            nested[~inner] = scores[~inner] >= max(floor, chosen)
        flagged = scores >= thresholds[kind]
        row = [
            figures(flagged, labels),
            figures(nested, labels),
            figures(flagged | rules, labels),
            figures(nested | rules, labels),
            figures(rules, labels),
        ]
        print(f"{kind:<20}" + "".join(f"{p:>10.3f} {r:.3f}" for p, r in row))


def export(fitted: Fitted, choice: dict[str, str], thresholds: dict[str, float]) -> dict:
    blocks = []
    weights: dict[str, dict[str, list[float]]] = {k: {} for k in MODEL_KINDS}
    offset = 0
    for block, vectorizer in zip(BLOCKS, fitted.vectorizers, strict=True):
        names = list(vectorizer.get_feature_names_out())
        blocks.append(
            {
                "name": block["name"],
                "analyzer": block["analyzer"],
                "ngram_range": list(block["ngram_range"]),
                "sublinear_tf": True,
                "features": names,
                "idf": [float(v) for v in vectorizer.idf_],
            }
        )
        for kind in MODEL_KINDS:
            coef = fitted.classifiers[kind].coef_.ravel()
            weights[kind][block["name"]] = [float(v) for v in coef[offset : offset + len(names)]]
        offset += len(names)
    return {
        "about": "Trained by scripts/train_guard_model.py on tests/guard/guard_corpus.py; scored by model.py.",
        "blocks": blocks,
        "kinds": {
            kind: {
                "classifier": choice[kind],
                "intercept": float(fitted.classifiers[kind].intercept_[0]),
                "threshold": thresholds[kind],
                "cv_threshold": None,
                "weights": weights[kind],
            }
            for kind in MODEL_KINDS
        },
    }


def train(choice: dict[str, str] | None = None, cv_thresholds: dict[str, float] | None = None):
    """Train (choosing classifiers and thresholds by cross-validation unless given them); returns
    the fitted scikit-learn objects, the prepared training texts and the model to export."""
    data = training_data()
    prepared = [prepare(t) for t in data.texts]
    counts = ", ".join(f"{k} {int(np.sum(data.labels[k]))}" for k in MODEL_KINDS)
    print(f"{len(prepared)} labelled reports ({counts})")
    if choice is None:
        print("\nclassifiers, by cross-validation:")
        choice = choose(prepared, data)
    cv = None
    if cv_thresholds is None:
        cv = cross_validate(prepared, data, choice)
        cv_thresholds = {k: cv[k].threshold for k in MODEL_KINDS}
    print()
    fitted, thresholds = final(prepared, data, choice, cv_thresholds)
    if cv is not None:
        print_figures(data, cv, thresholds)
        batches_left_out(data, choice)
    model = export(fitted, choice, thresholds)
    for kind in MODEL_KINDS:
        model["kinds"][kind]["cv_threshold"] = cv_thresholds[kind]
    return fitted, data.texts, prepared, model


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="reuse the classifiers and thresholds in model.json")
    parser.add_argument("--same-classifiers", action="store_true", help="reuse the classifiers in model.json")
    args = parser.parse_args(argv)
    choice = cv_thresholds = None
    if args.quick or args.same_classifiers:
        saved = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["kinds"]
        choice = {k: saved[k]["classifier"] for k in MODEL_KINDS}
        if args.quick:
            cv_thresholds = {k: saved[k]["cv_threshold"] for k in MODEL_KINDS}
    fitted, texts, prepared, model = train(choice, cv_thresholds)
    text = json.dumps(model, separators=(",", ":"), ensure_ascii=False)
    MODEL_FILE.write_text(text + "\n", encoding="utf-8")
    features = sum(len(b["features"]) for b in model["blocks"])
    print(f"\nwrote {MODEL_FILE.relative_to(ROOT)}: {features} features, {len(text) / 1e6:.2f} MB")
    pure = GuardModel(model)
    expected = fitted.decision(prepared)
    worst = max(abs(pure.scores(t)[k] - expected[k][i]) for i, t in enumerate(texts) for k in MODEL_KINDS)
    print(f"largest difference between model.py's scores and scikit-learn's on the training texts: {worst:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
