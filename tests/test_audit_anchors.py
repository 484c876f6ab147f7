"""Anchors: each chain's head written where the database cannot change it, so that cutting off the
newest events, or rewriting the chain even with the key, is found by `flask audit verify --anchors`;
and every check's outcome is kept for the audit page."""

import json
import logging

import pytest
import sqlalchemy as sa

from tests.factories import make_force, make_user
from volunteers import audit
from volunteers.extensions import db
from volunteers.models import AuditCheck, AuditCheckKind, AuditEvent

ANCHOR_EMAIL = "audit-anchors@force.example"


@pytest.fixture
def anchor_file(app, tmp_path):
    path = tmp_path / "anchors" / "audit-anchors.jsonl"
    app.config["AUDIT_ANCHOR_FILE"] = str(path)
    return path


def _record_events(force=None, count: int = 5, name: str = "Ann Actor") -> list[AuditEvent]:
    actor, force = make_user(name=name), force or make_force()
    events = [audit.record(actor, f"test.event_{n}", force, reason=f"reason {n}", after={"n": n}) for n in range(count)]
    db.session.commit()
    return events


def _cli(app, *args):
    return app.test_cli_runner().invoke(args=["audit", *args])


def _anchors(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_anchoring_appends_each_chains_head_to_the_file_and_the_log_without_personal_data(app, anchor_file, caplog):
    first, second = make_force(), make_force()
    heads = {first.id: _record_events(first, 3)[-1], second.id: _record_events(second, 2, name="Zed Private")[-1]}

    with caplog.at_level(logging.INFO, logger="volunteers.audit_anchor"):
        result = _cli(app, "anchor")
    assert result.exit_code == 0, result.output
    assert "2 chain head(s) anchored" in result.output
    written = _anchors(anchor_file)
    assert [(line["chain"], line["seq"], line["mac"]) for line in written] == [
        (first.id, 3, heads[first.id].hash),
        (second.id, 2, heads[second.id].hash),
    ]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert heads[first.id].hash in logged and heads[second.id].hash in logged
    assert "Zed Private" not in logged and "@" not in logged


def test_the_anchor_file_is_only_ever_appended_to(app, anchor_file):
    force = make_force()
    _record_events(force, 2)
    _cli(app, "anchor")
    earlier = anchor_file.read_text()
    _record_events(force, 1)
    assert _cli(app, "anchor").exit_code == 0
    now = anchor_file.read_text()
    assert now.startswith(earlier)
    assert [line["seq"] for line in _anchors(anchor_file)] == [2, 3]


def test_anchors_are_emailed_when_an_address_is_set(app, anchor_file, smtp):
    app.config["AUDIT_ANCHOR_EMAIL"] = ANCHOR_EMAIL
    head = _record_events(count=2)[-1]
    assert _cli(app, "anchor").exit_code == 0
    assert head.hash in smtp.text(smtp.last_to(ANCHOR_EMAIL))


def test_verify_with_anchors_passes_on_an_untouched_chain_and_counts_them(app, anchor_file):
    force = make_force()
    _record_events(force, 3)
    _cli(app, "anchor")
    _record_events(force, 2)  # events after the anchor are checked as usual
    result = _cli(app, "verify", "--anchors", str(anchor_file))
    assert result.exit_code == 0, result.output
    assert "5 events verified" in result.output and "1 of 1 anchors matched" in result.output


def test_truncation_after_an_anchor_is_caught_by_verify_with_anchors(app, anchor_file):
    events = _record_events(count=5)
    _cli(app, "anchor")
    db.session.execute(sa.delete(AuditEvent).where(AuditEvent.seq > 3))
    db.session.commit()

    assert _cli(app, "verify").exit_code == 0, "what is left is a well-formed chain: only the anchor shows the cut"
    result = _cli(app, "verify", "--anchors", str(anchor_file))
    assert result.exit_code == 1
    assert f"chain of force {events[0].force_id}, event #5" in result.output
    assert "cut off" in result.output and "ends at #3" in result.output


def test_a_chain_whose_anchored_head_was_deleted_whole_is_caught(app, anchor_file):
    force_id = _record_events(count=2)[0].force_id
    _cli(app, "anchor")
    db.session.execute(sa.delete(AuditEvent))
    db.session.commit()
    result = _cli(app, "verify", "--anchors", str(anchor_file))
    assert result.exit_code == 1 and f"force {force_id}, event #2" in result.output


def test_a_chain_rewritten_by_someone_holding_the_key_is_caught_by_its_anchor(app, anchor_file):
    _record_events(count=4)
    _cli(app, "anchor")
    events = db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq)).all()
    events[1].reason = "nothing to see"
    previous = events[0].hash
    for event in events[1:]:
        event.previous_hash = previous
        event.hash = previous = audit.event_hash(event)
    db.session.commit()

    assert _cli(app, "verify").exit_code == 0, "with the key, a rewrite is a well-formed chain"
    result = _cli(app, "verify", "--anchors", str(anchor_file))
    assert result.exit_code == 1
    assert "event #4" in result.output and "not the one anchored" in result.output


def test_a_malformed_anchor_file_is_refused_naming_its_line(app, anchor_file):
    _record_events(count=1)
    _cli(app, "anchor")
    with anchor_file.open("a") as lines:
        lines.write("not an anchor\n")
    result = _cli(app, "verify", "--anchors", str(anchor_file))
    assert result.exit_code != 0 and "line 2" in result.output


def test_each_verification_and_anchoring_is_recorded_with_its_outcome(app, anchor_file):
    events = _record_events(count=3)
    _cli(app, "anchor")
    _cli(app, "verify")
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.seq == 2).values(reason="changed"))
    db.session.commit()
    _cli(app, "verify")

    checks = db.session.scalars(sa.select(AuditCheck).order_by(AuditCheck.id)).all()
    assert [(check.kind, check.intact, check.events, check.chains) for check in checks] == [
        (AuditCheckKind.ANCHOR, True, 3, 1),
        (AuditCheckKind.VERIFY, True, 3, 1),
        (AuditCheckKind.VERIFY, False, 1, 0),
    ]
    assert checks[-1].broken_chain == events[0].chain and "event #2" in checks[-1].detail


def test_an_anchor_that_cannot_be_written_fails_loudly_and_is_recorded(app, tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    app.config["AUDIT_ANCHOR_FILE"] = str(blocked / "anchors.jsonl")
    _record_events(count=1)
    result = _cli(app, "anchor")
    assert result.exit_code != 0 and "could not be written" in result.output
    check = db.session.scalar(sa.select(AuditCheck))
    assert (check.kind, check.intact) == (AuditCheckKind.ANCHOR, False)
