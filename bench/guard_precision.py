"""How well the guard flags the labelled Neighbourhood Watch reports, and how fast.

    python bench/guard_precision.py [force-rules.toml ...]

Prints, per flag kind and overall, true/false positives and negatives, precision and recall, and
the same for urgency (is_urgent), on the development corpus and the held-out batches since used to
tune the rules or train the model (the third to the seventh, and the spent ones of
tests/guard/batches.py), with every mistake; then on the batches written by people who had not
seen the rules and never used to tune or train anything (batches.NEVER_TUNED: the honest figures),
each alone and together, tables only, so nobody tunes on their mistakes; then the time to load the
rules and the time per screen. Extra TOML files are merged on top of the default rules, as a
force's would be.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.guard.batches import NEVER_TUNED, SPENT  # noqa: E402
from tests.guard.guard_corpus import (  # noqa: E402
    CASES,
    FIFTH_HELD_OUT,
    FOURTH_HELD_OUT,
    HELD_OUT,
    NOW,
    SEVENTH_HELD_OUT,
    SIXTH_HELD_OUT,
    score,
)
from volunteers.guard import load_rules, screen  # noqa: E402

REPEAT = 20


def main(extra_files: list[str]) -> int:
    start = time.perf_counter()
    rules = load_rules(*extra_files)
    print(f"rules loaded in {(time.perf_counter() - start) * 1000:.0f} ms from:")
    for source in map(Path, rules.sources):
        print(f"  {source.resolve().relative_to(ROOT) if source.resolve().is_relative_to(ROOT) else source}")

    for title, cases, show_mistakes in (
        ("development corpus", CASES, True),
        ("third held-out batch (used to tune since)", HELD_OUT, True),
        ("fourth held-out batch (the model trains on it)", FOURTH_HELD_OUT, True),
        ("fifth held-out batch (used to tune since)", FIFTH_HELD_OUT, True),
        ("sixth held-out batch (used to tune since)", SIXTH_HELD_OUT, True),
        ("seventh held-out batch (used to tune since)", SEVENTH_HELD_OUT, True),
        *((f"{name} held-out batch (used to tune since)", cases, True) for name, cases in SPENT.items()),
        *((f"{name} held-out batch (never tuned on: table only)", cases, False) for name, cases in NEVER_TUNED.items()),
        (f"{' and '.join(NEVER_TUNED)} together (never tuned on: table only)", sum(NEVER_TUNED.values(), ()), False),
    ):
        result = score(cases, rules, repeat=REPEAT)
        print(f"\n{title}\n{result.table()}")
        for mistake in result.mistakes if show_mistakes else ():
            print(f"  mistake: {mistake}")

    _print_long_report_times(rules)
    return 0


def _milliseconds_per_screen(text: str, rules, repeat: int = 3) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        screen(text, now=NOW, rules=rules)
    return (time.perf_counter() - start) / repeat * 1000


def _print_long_report_times(rules) -> None:
    """The longest report a form takes, all of the corpus and only its unflagged reports: the
    model must add little to the rules however long the text (the ratio is what to watch)."""
    without_model = dataclasses.replace(rules, model_enabled=False)
    print("\n20,000-character report, ms per screen (rules alone / with the model / ratio):")
    for label, cases in (("all reports", CASES), ("ordinary reports", [c for c in CASES if not c.expect])):
        report = " ".join(c.text for c in cases)
        long_text = (report * (20000 // len(report) + 1))[:20000]
        alone = _milliseconds_per_screen(long_text, without_model)
        with_model = _milliseconds_per_screen(long_text, rules)
        print(f"  {label}: {alone:.0f} / {with_model:.0f} / {with_model / alone:.2f}x")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
