"""An object stored with `insert_graph` is stored as the unit of work would store it, children and
defaults included, and is left in the session complete: reading it back costs no statement."""

import pytest
import sqlalchemy as sa

from tests.watch.factories import FLAGGED_TEXT, make_report, make_watch_world
from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.inserts import insert_graph
from volunteers.models import AuditChainHead
from volunteers.transaction import transaction
from volunteers.watch.models import Report, ReportCategory, ReportFlag, ReportStatus, ReportTarget, ReportVersion


def _columns(obj) -> dict:
    return {column.key: getattr(obj, column.key) for column in obj.__table__.columns}


def _as_stored(model, obj) -> dict:
    """The row as a fresh session reads it."""
    with db.engine.connect() as connection:
        row = connection.execute(sa.select(model.__table__).where(model.__table__.c.id == obj.id)).one()
    return {column.key: row._mapping[column] for column in model.__table__.columns}


def _bare_report(world) -> Report:
    """A report holding only what has no default, and its first version."""
    now = utcnow()
    report = Report(
        scheme_id=world.scheme.id,
        area_id=world.area.id,
        reporter_id=world.member.id,
        category=ReportCategory.OTHER,
        occurred_at=now,
        location="Mill Lane",
        description="A van was parked across the footpath.",
    )
    report.versions.append(
        ReportVersion(
            number=1, category=report.category, occurred_at=now, location="Mill Lane", description=report.description
        )
    )
    return report


def _kept_after_commit(monkeypatch) -> None:
    """As in the app: what a commit leaves is not re-read, so the objects show what was sent and
    each key they were given (re-read, a wrong key would bring its row's values along)."""
    monkeypatch.setattr(db.session(), "expire_on_commit", False)


def test_a_flagged_report_is_stored_with_its_version_flags_and_targets(app, monkeypatch):
    world = make_watch_world()
    _kept_after_commit(monkeypatch)
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    assert report.flags and report.targets and len(report.versions) == 1
    for model, stored in [(Report, [report]), (ReportVersion, report.versions), (ReportFlag, report.flags)]:
        for obj in stored:
            assert _as_stored(model, obj) == _columns(obj)
    for target in report.targets:
        assert _as_stored(ReportTarget, target) == _columns(target)
        assert target.report_id == report.id


@pytest.mark.parametrize("sent", ["through the service", "holding only what has no default"])
def test_what_was_inserted_is_read_back_without_a_statement(app, monkeypatch, count_statements, sent):
    world = make_watch_world()
    _kept_after_commit(monkeypatch)
    if sent == "through the service":
        report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    else:
        report = _bare_report(world)
        with transaction():
            insert_graph(report, children=("versions", "flags", "targets"))
    with count_statements() as run:
        _columns(report)
        for child in [*report.versions, *report.flags, *report.targets]:
            _columns(child)
            assert child.report is report
        assert db.session.get(Report, report.id) is report
    assert run == []


def test_columns_left_unset_get_their_defaults_in_the_object_and_the_row(app):
    world = make_watch_world()
    report = _bare_report(world)
    with transaction():
        insert_graph(report, children=("versions",))
    version = report.versions[0]
    assert report.status == ReportStatus.SUBMITTED and report.map_point == "" and report.flag_count == 0
    assert report.submitted_at is not None and report.decided_at is None
    assert version.report_id == report.id and version.flags == [] and version.created_at is not None
    assert _as_stored(Report, report) == _columns(report)
    assert _as_stored(ReportVersion, version) == _columns(version)


def test_an_object_already_stored_is_refused(app):
    world = make_watch_world()
    report = make_report(world.scheme, world.member)
    with pytest.raises(ValueError, match="new objects only"):
        insert_graph(report)


def test_a_collection_holding_a_stored_child_is_refused(app):
    world = make_watch_world()
    stored = make_report(world.scheme, world.member)
    report = _bare_report(world)
    report.versions.append(stored.versions[0])
    with pytest.raises(ValueError, match="new children only"):
        with transaction():
            insert_graph(report, children=("versions",))
    assert db.session.scalar(sa.select(sa.func.count(Report.id))) == 1


def test_on_postgresql_a_report_and_every_child_are_one_statement(app, monkeypatch, count_statements):
    """One round trip to the database, not one per table; SQLite, with no INSERT in a CTE, sends
    one statement per table."""
    world = make_watch_world()
    _kept_after_commit(monkeypatch)
    report = _bare_report(world)
    with transaction():
        with count_statements() as run:
            insert_graph(report, children=("versions", "flags", "targets"))
    on_postgresql = db.engine.dialect.name == "postgresql"
    assert len(run) == (1 if on_postgresql else 2), run
    assert _as_stored(Report, report) == _columns(report)
    assert _as_stored(ReportVersion, report.versions[0]) == _columns(report.versions[0])


def test_several_children_each_get_the_key_of_their_own_row(app, monkeypatch):
    """Keys come back beside the row they belong to: no child is given another's."""
    world = make_watch_world()
    _kept_after_commit(monkeypatch)
    report = _bare_report(world)
    for number in (2, 3):
        report.versions.append(
            ReportVersion(
                number=number,
                category=report.category,
                occurred_at=report.occurred_at,
                location=f"Mill Lane, version {number}",
                description=report.description,
            )
        )
    with transaction():
        insert_graph(report, children=("versions",))
    assert [version.number for version in report.versions] == [1, 2, 3]
    for version in report.versions:
        assert _as_stored(ReportVersion, version) == _columns(version)


def test_the_audit_chain_head_rides_along_in_the_same_statement(app, monkeypatch, count_statements):
    """Taking the head goes with the report (one statement on PostgreSQL, the head's upsert just
    before the inserts on SQLite), and the event recorded at the place it returns links on."""
    world = make_watch_world()
    _kept_after_commit(monkeypatch)
    make_report(world.scheme, world.member)  # the force's chain has a head and an event
    head_before = db.session.get(AuditChainHead, world.force.id)
    seq_before, hash_before = head_before.seq, head_before.hash
    report = _bare_report(world)
    report.area = world.scheme.area
    with transaction():
        with count_statements() as run:
            place = insert_graph(report, children=("versions",), along=audit.chain_place_riding_with(report))
        assert len(run) == (1 if db.engine.dialect.name == "postgresql" else 3), run
        assert place == audit.ChainPlace(world.force.id, seq_before + 1, hash_before)
        event = audit.record(world.member, "watch.report.submitted", report, place=place)
    assert _as_stored(Report, report) == _columns(report)
    assert (event.seq, event.previous_hash) == (seq_before + 1, hash_before)
    assert audit.verify().broken is None


def test_a_place_in_another_chain_is_refused(app):
    world = make_watch_world()
    report = make_report(world.scheme, world.member)
    with pytest.raises(ValueError, match="chain"):
        audit.record(
            world.member, "watch.report.noted", report, place=audit.ChainPlace(world.force.id + 1, 1, "0" * 64)
        )
