"""Tests for the guard's statistical layer (volunteers/guard/model.py) and how screen() uses it."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.guard.guard_corpus import CASES
from volunteers.guard import default_rules, is_urgent, load_rules, screen
from volunteers.guard.model import LONGEST_QUOTE, MODEL_FILE, MODEL_KINDS, GuardModel, default_model
from volunteers.guard.targets import scan_report

ROOT = Path(__file__).resolve().parents[2]

# The rules miss this wording of a plan to confront someone; the model does not.
VISIT = "A couple of us are going to pay him a visit and make sure he gets the message"

ORDINARY = [
    "The bins were left out on the pavement all week on Chapel Street.",
    "There is a new bench in the park, it looks lovely.",
    "Thank you to the officers who came to the coffee morning last week.",
    "A cat has been stuck up the tree by the library since yesterday.",
    "Pothole on Ridge Road is getting bigger, nearly lost a wheel in it.",
    "Could we have a talk at the next meeting about keeping sheds secure?",
    "The chip shop on the corner has reopened under new owners.",
    "Street party planned for the jubilee, the council has approved the road closure.",
    "Someone left a bag of clothes outside the charity shop overnight, it got soaked.",
    "Lost dog found near the canal, a brown spaniel, now at the vets on Bridge Street.",
    "The hedge on the corner blocks the view of traffic coming out of Oak Close.",
    "Parking on both sides of School Lane at pick-up time makes it hard for the bus to get through.",
]


def rules_without_model():
    return dataclasses.replace(default_rules(), model_enabled=False)


def kinds(flags) -> set[str]:
    return {f.kind for f in flags}


def evidence(flags, kind: str) -> tuple[str, ...]:
    return next((f.evidence for f in flags if f.kind == kind), ())


def _training_script():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_guard_model", ROOT / "scripts" / "train_guard_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_pure_python_scores_equal_the_trained_pipeline_on_the_training_texts():
    script = _training_script()
    saved = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    choice = {k: saved["kinds"][k]["classifier"] for k in MODEL_KINDS}
    cv_thresholds = {k: saved["kinds"][k]["cv_threshold"] for k in MODEL_KINDS}
    fitted, texts, prepared, model = script.train(choice, cv_thresholds)
    assert model == saved, "model.json is not what scripts/train_guard_model.py trains: run it again"
    expected = fitted.decision(prepared)
    pure = GuardModel(saved)
    for i, text in enumerate(texts):
        scores = pure.scores(text)
        for kind in MODEL_KINDS:
            assert scores[kind] == pytest.approx(expected[kind][i], abs=1e-6), (kind, text)


def test_model_file_is_compact():
    assert MODEL_FILE.stat().st_size < 1_500_000


def test_a_report_the_rules_miss_gets_the_model_flag_with_its_sentence_as_evidence():
    text = f"The lad at the end keeps revving his bike outside at midnight. {VISIT}."
    assert "confrontation" not in kinds(screen(text, rules=rules_without_model()))
    flags = screen(text)
    assert evidence(flags, "confrontation") == (VISIT,)
    assert not is_urgent(flags)


def test_a_near_time_in_the_sentence_before_a_model_found_confrontation_is_quoted_and_urgent():
    flags = screen(f"Tonight we are heading over there. {VISIT}.")
    assert evidence(flags, "confrontation") == (VISIT, "Tonight")
    assert is_urgent(flags)


def test_a_near_time_in_the_sentence_of_a_model_found_confrontation_makes_it_urgent():
    flags = screen("We'll be there waiting this evening, see how he likes it.")
    assert "We'll be there waiting this evening, see how he likes it" in evidence(flags, "confrontation")
    assert is_urgent(flags)


def test_the_model_adds_nothing_to_a_kind_the_rules_raised():
    text = "We're going to wait outside his house and have it out with him."
    assert screen(text) == screen(text, rules=rules_without_model())


def test_a_switched_off_model_adds_nothing(tmp_path):
    path = tmp_path / "force.toml"
    path.write_text("[model]\nenabled = false\n", encoding="utf-8")
    rules = load_rules(path)
    assert not rules.model_enabled and default_rules().model_enabled
    assert screen(VISIT, rules=rules) == []
    assert kinds(screen(VISIT)) == {"confrontation"}


def test_the_model_setting_must_be_true_or_false(tmp_path):
    path = tmp_path / "force.toml"
    path.write_text('[model]\nenabled = "no"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="model.enabled must be true or false"):
        load_rules(path)


@pytest.mark.parametrize("text", ORDINARY)
def test_the_model_never_flags_a_plainly_ordinary_report(text):
    assert screen(text) == screen(text, rules=rules_without_model()) == []


def test_the_model_raises_no_flag_on_the_labelled_reports_that_must_have_none():
    model = default_model()
    for c in CASES:
        if not c.expect:
            assert model.flags(scan_report(c.text, "", default_rules())[0], MODEL_KINDS) == {}, c.name


def test_a_model_flag_in_a_very_long_sentence_quotes_only_a_stretch_of_it_as_written():
    # One run-on rant: the plan, said over and over, after 2,000 characters of no full stop.
    text = (
        " ".join(["the path by the allotments is muddy and the gate is stiff"] * 40)
        + " and "
        + " and ".join([VISIT] * 3)
    )
    quoted = evidence(screen(text), "confrontation")
    assert quoted and all(len(q) <= LONGEST_QUOTE and q in text for q in quoted)
    assert "make sure he gets the message" in quoted[0]
