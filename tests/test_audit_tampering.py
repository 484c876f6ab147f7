"""Tampering with the audit trail, column by column: whatever part of an event is changed, and
even when the forger holds the key and recomputes its MAC, `verify_chain` and `flask audit verify`
find the break."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_force, make_user
from volunteers import audit
from volunteers.extensions import db
from volunteers.models import AuditEvent

EDITED_SEQ = 3
# The columns `event_hash` covers besides the event's place in its chain (chain, seq, previous_hash).
CONTENT_COLUMNS = (
    "occurred_at",
    "actor_id",
    "action",
    "subject_type",
    "subject_id",
    "force_id",
    "reason",
    "before",
    "after",
    "area_id",
    "scheme_kind",
)


def _record_events(count: int = 5) -> list[AuditEvent]:
    actor = make_user()
    force = make_force()
    events = [
        audit.record(actor, f"test.event_{n}", force, reason=f"reason {n}", before={"n": n - 1}, after={"n": n})
        for n in range(count)
    ]
    db.session.commit()
    return events


def _forged_values(event: AuditEvent) -> dict:
    """For each column whose content the hash covers, a different value a forger might write."""
    return {
        "occurred_at": event.occurred_at - timedelta(hours=1),
        "actor_id": make_user().id,
        "action": "test.harmless",
        "subject_type": "area",
        "subject_id": str(int(event.subject_id) + 1000),
        "force_id": make_force().id,
        "reason": "nothing to see",
        "before": {"n": 99},
        "after": {"n": 99},
        "area_id": 424242,
        "scheme_kind": "youth",
    }


def _edit(event_id: int, **values) -> None:
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == event_id).values(**values))
    db.session.commit()
    db.session.expire_all()


def _rehash(event_id: int) -> str:
    """Recompute an event's hash from its stored content, as a forger covering an edit would."""
    event = db.session.get(AuditEvent, event_id)
    event.hash = audit.event_hash(event)
    db.session.commit()
    return event.hash


def _verify_cli(app):
    return app.test_cli_runner().invoke(args=["audit", "verify"])


def _hash_with(event: AuditEvent, column: str, value) -> str:
    saved = getattr(event, column)
    setattr(event, column, value)
    try:
        return audit.mac_of(event, "any key")
    finally:
        setattr(event, column, saved)


def test_the_hash_of_an_event_covers_every_one_of_its_columns(app):
    """Changing the chain or seq alone is also caught by the walk, so only the hash itself shows
    whether they are covered."""
    event = _record_events(1)[0]
    original = audit.mac_of(event, "any key")
    changes = {
        **_forged_values(event),
        "chain": event.chain + 1000,
        "seq": event.seq + 1,
        "previous_hash": "f" * 64,
        "key_id": "another",
    }
    unchanged = [column for column, value in changes.items() if _hash_with(event, column, value) == original]
    assert unchanged == []


@pytest.mark.parametrize("column", CONTENT_COLUMNS)
def test_editing_any_hashed_column_of_an_event_is_detected_as_an_edit(app, column):
    events = _record_events()
    target = events[EDITED_SEQ - 1]
    _edit(target.id, **{column: _forged_values(target)[column]})

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq, broken.event_id) == (EDITED_SEQ - 1, EDITED_SEQ, target.id)
    assert "edited" in broken.problem
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert f"event #{EDITED_SEQ}" in result.output and "edited" in result.output


@pytest.mark.parametrize("column", CONTENT_COLUMNS)
def test_an_edited_event_whose_hash_was_recomputed_breaks_the_link_of_the_next_one(app, column):
    events = _record_events()
    target, following = events[EDITED_SEQ - 1], events[EDITED_SEQ]
    _edit(target.id, **{column: _forged_values(target)[column]})
    _rehash(target.id)

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq, broken.event_id) == (EDITED_SEQ, EDITED_SEQ + 1, following.id)
    assert "does not follow" in broken.problem
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert f"event #{EDITED_SEQ + 1}" in result.output and "does not follow" in result.output


def test_relinking_the_next_event_to_a_recomputed_hash_is_detected_as_an_edit_of_that_event(app):
    """A forger who edits an event, recomputes its hash and points the next event at it has
    changed the next event's link, which its own hash covers."""
    events = _record_events()
    target, following = events[EDITED_SEQ - 1], events[EDITED_SEQ]
    _edit(target.id, reason="nothing to see")
    _edit(following.id, previous_hash=_rehash(target.id))

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq, broken.event_id) == (EDITED_SEQ, EDITED_SEQ + 1, following.id)
    assert "edited" in broken.problem
    assert _verify_cli(app).exit_code == 1


@pytest.mark.parametrize(
    ("column", "problem"),
    [("seq", "missing"), ("chain", "missing"), ("previous_hash", "does not follow")],
)
def test_moving_an_event_in_or_out_of_its_chain_is_detected(app, column, problem):
    events = _record_events()
    target = events[EDITED_SEQ - 1]
    forged = {"seq": target.seq + 1000, "chain": target.chain + 1000, "previous_hash": "f" * 64}
    _edit(target.id, **{column: forged[column]})

    _checked, broken = audit.verify_chain()
    assert broken is not None and broken.seq == EDITED_SEQ
    assert problem in broken.problem
    assert _verify_cli(app).exit_code == 1
