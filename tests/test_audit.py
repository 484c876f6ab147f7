"""The audit trail: every change is recorded once, and any tampering with history is detected."""

import threading

import sqlalchemy as sa

from tests.databases import postgresql_only
from tests.factories import make_admin, make_force, make_user
from volunteers import audit
from volunteers.admin import services as admin_services
from volunteers.extensions import db
from volunteers.models import AuditEvent, Force
from volunteers.permissions import PermissionDenied


def _record_events(count: int) -> list[AuditEvent]:
    actor = make_user()
    force = make_force()
    events = [audit.record(actor, f"test.event_{n}", force, reason=f"reason {n}", after={"n": n}) for n in range(count)]
    db.session.commit()
    return events


def _verify_cli(app):
    return app.test_cli_runner().invoke(args=["audit", "verify"])


def test_events_chain_each_to_the_one_before(app):
    events = _record_events(3)
    assert [e.seq for e in events] == [1, 2, 3]
    assert events[0].previous_hash == audit.GENESIS_HASH
    assert events[1].previous_hash == events[0].hash
    assert events[2].previous_hash == events[1].hash
    assert audit.verify_chain() == (3, None)


def test_verify_command_passes_on_an_untouched_chain(app):
    _record_events(4)
    result = _verify_cli(app)
    assert result.exit_code == 0
    assert "4 events verified" in result.output


def test_editing_an_event_is_detected_and_named(app):
    events = _record_events(5)
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == events[2].id).values(reason="nothing to see"))
    db.session.commit()

    checked, broken = audit.verify_chain()
    assert checked == 2
    assert broken.seq == 3 and broken.event_id == events[2].id
    assert "edited" in broken.problem
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert f"force {events[2].force_id}, event #3" in result.output


def test_editing_the_before_and_after_values_is_detected(app):
    events = _record_events(3)
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == events[1].id).values(after={"n": 99}))
    db.session.commit()
    assert audit.verify_chain()[1].seq == 2


def test_deleting_an_event_is_detected_and_named(app):
    events = _record_events(5)
    db.session.execute(sa.delete(AuditEvent).where(AuditEvent.id == events[1].id))
    db.session.commit()

    checked, broken = audit.verify_chain()
    assert checked == 1
    assert broken.seq == 2 and "missing" in broken.problem
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert "event #2" in result.output


def test_inserting_an_event_in_the_middle_is_detected(app):
    """A forged event slipped in after #2, with a valid MAC of its own (by someone holding the key),
    breaks the link of the next."""
    events = _record_events(4)
    table = AuditEvent.__table__
    db.session.execute(table.update().where(table.c.seq > 2).values(seq=table.c.seq + 1000))
    db.session.execute(table.update().where(table.c.seq > 1000).values(seq=table.c.seq - 999))
    forged = AuditEvent(
        chain=events[1].chain,
        seq=3,
        occurred_at=events[1].occurred_at,
        actor_id=events[1].actor_id,
        action="test.forged",
        subject_type="force",
        subject_id=events[1].subject_id,
        force_id=events[1].force_id,
        reason="inserted later",
        before={},
        after={},
        previous_hash=events[1].hash,
        key_id=events[1].key_id,
    )
    forged.hash = audit.event_hash(forged)
    db.session.add(forged)
    db.session.commit()

    checked, broken = audit.verify_chain()
    assert checked == 3  # the genuine #1, #2 and the well-formed forgery itself
    assert broken.seq == 4 and broken.event_id == events[2].id
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert "event #4" in result.output


def test_a_service_writes_exactly_one_event_with_its_actor_and_action(app):
    force = make_force()
    admin = make_admin(force)
    area = admin_services.create_area(admin, force, "Eastfield")
    events = db.session.scalars(sa.select(AuditEvent)).all()
    assert [(e.actor_id, e.action, e.subject_id, e.force_id) for e in events] == [
        (admin.id, "area.created", str(area.id), force.id)
    ]


def test_a_refused_service_call_writes_no_event(app):
    force, other_force = make_force(), make_force()
    admin = make_admin(other_force)
    try:
        admin_services.create_area(admin, force, "Eastfield")
    except PermissionDenied:
        pass
    else:
        raise AssertionError("an admin of another force created an area")
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(AuditEvent.id))) == 0


def test_an_event_of_a_rolled_back_change_leaves_no_trace(app):
    force = make_force()
    audit.record(None, "test.rolled_back", force)
    db.session.rollback()
    assert audit.verify_chain() == (0, None)


def test_each_force_has_a_chain_of_its_own_and_a_break_names_the_force(app):
    first, second = make_force(), make_force()
    actor = make_user()
    for number in range(3):
        audit.record(actor, "test.first", first, after={"n": number})
        audit.record(actor, "test.second", second, after={"n": number})
    db.session.commit()
    events = db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.chain, e.seq) for e in events] == [
        (first.id, 1),
        (second.id, 1),
        (first.id, 2),
        (second.id, 2),
        (first.id, 3),
        (second.id, 3),
    ]
    assert audit.verify_chain() == (6, None)

    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == events[3].id).values(reason="changed"))
    db.session.commit()
    _checked, broken = audit.verify_chain()
    assert (broken.chain, broken.seq) == (second.id, 2)


@postgresql_only("concurrent writers need a database server")
def test_writers_of_one_chain_at_the_same_time_each_link_to_a_different_event(app):
    """Four transactions at once, each recording events into the same force's chain, leave one
    unbroken chain: each writer queues on the chain's head and links to the event before it."""
    force_id = make_force().id
    db.session.commit()
    writers, events_each = 4, 15
    start = threading.Barrier(writers)

    def write(number: int) -> None:
        with app.app_context():
            start.wait()
            for event in range(events_each):
                audit.record(None, f"test.writer_{number}", db.session.get(Force, force_id), after={"n": event})
                db.session.commit()
            db.session.remove()

    threads = [threading.Thread(target=write, args=(number,)) for number in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    seqs = db.session.scalars(sa.select(AuditEvent.seq).where(AuditEvent.chain == force_id)).all()
    assert sorted(seqs) == list(range(1, writers * events_each + 1))
    assert audit.verify_chain() == (writers * events_each, None)
