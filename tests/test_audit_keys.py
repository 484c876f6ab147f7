"""The audit chain is keyed: someone who can write to the database but does not hold AUDIT_KEY
cannot rewrite history and recompute it, whatever hash they use, and keys can be rotated without
breaking the events an older key signed."""

import pytest
import sqlalchemy as sa

from tests.factories import make_area, make_force, make_scheme, make_user
from volunteers import audit
from volunteers.config import ConfigurationError, load_config
from volunteers.extensions import db
from volunteers.models import AuditEvent, SchemeKind

PRODUCTION = {
    "VOLUNTEERS_ENV": "production",
    "SECRET_KEY": "s",
    "AUDIT_KEY": "a production audit key",
    "DATABASE_URL": "postgresql://db/volunteers",
    "MAIL_SERVER": "smtp.force.example",
    "MAIL_DEFAULT_SENDER": "volunteers@force.example",
    "PUBLIC_BASE_URL": "https://volunteers.force.example",
}
REWRITTEN_SEQ = 3


def _record_events(count: int = 5) -> list[AuditEvent]:
    actor, force = make_user(), make_force()
    events = [audit.record(actor, f"test.event_{n}", force, reason=f"reason {n}", after={"n": n}) for n in range(count)]
    db.session.commit()
    return events


def _rewrite_from(seq: int, mac, **values) -> None:
    """Edit event #seq as someone with write access to the database would, then recompute its
    MAC and every later one's with `mac(event)`, relinking each to the one before."""
    events = db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq)).all()
    previous = events[seq - 2].hash if seq > 1 else audit.GENESIS_HASH
    for event in events[seq - 1 :]:
        if event.seq == seq:
            for column, value in values.items():
                setattr(event, column, value)
        event.previous_hash = previous
        event.hash = previous = mac(event)
    db.session.commit()


def _verify_cli(app, *args):
    return app.test_cli_runner().invoke(args=["audit", "verify", *args])


def test_each_event_names_the_key_of_its_mac_and_the_mac_is_not_a_plain_hash(app):
    event = _record_events(1)[0]
    assert event.key_id == app.config["AUDIT_KEY_ID"]
    assert event.hash == audit.mac_of(event, app.config["AUDIT_KEYS"][event.key_id])
    assert event.hash != audit.mac_of(event, None)


def test_a_rewrite_with_recomputed_plain_sha256_hashes_is_caught(app):
    _record_events()
    _rewrite_from(REWRITTEN_SEQ, lambda event: audit.mac_of(event, None), reason="nothing to see")

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq) == (REWRITTEN_SEQ - 1, REWRITTEN_SEQ)
    assert "edited" in broken.problem
    result = _verify_cli(app)
    assert result.exit_code == 1 and f"event #{REWRITTEN_SEQ}" in result.output


def test_a_rewrite_passed_off_as_unkeyed_events_from_before_keying_is_caught(app):
    """Events from before the chain was keyed carry a plain SHA-256; they may only come first."""
    _record_events()
    _rewrite_from(REWRITTEN_SEQ, lambda event: audit.mac_of(event, None), key_id=None, reason="nothing to see")
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.seq > REWRITTEN_SEQ).values(key_id=None))
    _rewrite_from(REWRITTEN_SEQ + 1, lambda event: audit.mac_of(event, None))

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq) == (REWRITTEN_SEQ - 1, REWRITTEN_SEQ)
    assert "no key" in broken.problem
    assert _verify_cli(app).exit_code == 1


def test_a_rewrite_with_an_hmac_under_a_wrong_key_is_caught(app):
    _record_events()
    _rewrite_from(REWRITTEN_SEQ, lambda event: audit.mac_of(event, "a key someone guessed"), reason="nothing to see")

    checked, broken = audit.verify_chain()
    assert (checked, broken.seq) == (REWRITTEN_SEQ - 1, REWRITTEN_SEQ)
    assert "edited" in broken.problem
    assert _verify_cli(app).exit_code == 1


def test_an_event_naming_a_key_the_deployment_does_not_hold_is_a_break_that_says_so(app):
    _record_events()
    _rewrite_from(REWRITTEN_SEQ, lambda event: audit.mac_of(event, "their own key"), key_id="theirs")

    _checked, broken = audit.verify_chain()
    assert broken.seq == REWRITTEN_SEQ
    assert "'theirs'" in broken.problem and "AUDIT_KEYS" in broken.problem


def test_events_under_a_retired_key_still_verify_when_audit_keys_holds_it(app):
    app.config.update(AUDIT_KEY_ID="2025", AUDIT_KEYS={"2025": "the old key"})
    force, actor = make_force(), make_user()
    for number in range(2):
        audit.record(actor, "test.before_rotation", force, after={"n": number})
    db.session.commit()

    app.config.update(AUDIT_KEY_ID="2026", AUDIT_KEYS={"2025": "the old key", "2026": "the new key"})
    for number in range(2):
        audit.record(actor, "test.after_rotation", force, after={"n": number})
    db.session.commit()

    events = db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq)).all()
    assert [event.key_id for event in events] == ["2025", "2025", "2026", "2026"]
    assert audit.verify_chain() == (4, None)
    assert "4 events verified" in _verify_cli(app).output

    app.config.update(AUDIT_KEYS={"2026": "the new key"})
    _checked, broken = audit.verify_chain()
    assert broken.seq == 1 and "'2025'" in broken.problem


def test_an_event_keeps_the_area_and_scheme_kind_of_its_subject_under_its_mac(app):
    area = make_area(make_force())
    scheme = make_scheme(area, SchemeKind.SPEEDWATCH)
    event = audit.record(None, "scheme.created", scheme)
    area_event = audit.record(None, "area.created", area)
    db.session.commit()
    assert (event.area_id, event.scheme_kind) == (area.id, "speedwatch")
    assert (area_event.area_id, area_event.scheme_kind) == (area.id, None)

    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == event.id).values(scheme_kind="watch"))
    db.session.commit()
    assert "edited" in audit.verify_chain()[1].problem


def test_production_refuses_to_start_without_an_audit_key(tmp_path):
    environ = {name: value for name, value in PRODUCTION.items() if name != "AUDIT_KEY"}
    with pytest.raises(ConfigurationError, match="AUDIT_KEY"):
        load_config(tmp_path, environ)
    assert load_config(tmp_path, PRODUCTION)["AUDIT_KEYS"] == {"1": "a production audit key"}


def test_retired_keys_are_read_by_id_beside_the_current_one(tmp_path):
    config = load_config(
        tmp_path, {**PRODUCTION, "AUDIT_KEY_ID": "2026", "AUDIT_KEYS": "2024:first secret, 2025:second:secret"}
    )
    assert config["AUDIT_KEY_ID"] == "2026"
    assert config["AUDIT_KEYS"] == {"2024": "first secret", "2025": "second:secret", "2026": "a production audit key"}


@pytest.mark.parametrize(
    ("keys", "problem"),
    [
        ("2024", "id:secret"),
        ("2024:", "id:secret"),
        ("bad id:secret", "id:secret"),
        ("2024:a,2024:b", "twice"),
        ("1:not the audit key", "different secret"),
    ],
)
def test_a_malformed_list_of_retired_keys_is_refused(tmp_path, keys, problem):
    with pytest.raises(ConfigurationError, match=problem):
        load_config(tmp_path, {**PRODUCTION, "AUDIT_KEYS": keys})


def test_on_a_laptop_an_audit_key_is_generated_once_kept_apart_from_the_secret_key(tmp_path):
    first, second = load_config(tmp_path, {}), load_config(tmp_path, {})
    assert first["AUDIT_KEYS"] == second["AUDIT_KEYS"]
    key = first["AUDIT_KEYS"][first["AUDIT_KEY_ID"]]
    assert len(key) >= 32 and key != first["SECRET_KEY"]
    assert (tmp_path / "audit_key").stat().st_mode & 0o077 == 0
