"""`flask speedwatch retention`: sightings whose session ended longer ago than the force's retention
period are deleted, with their plates on the letters that followed them, unless a letter still
needs them (an open referral, an undecided objection, a letter not yet sent); the tallies and the
statistics stay as they were; one audit event per run with the counts per force; a second run
removes nothing and a dry run removes nothing."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.speedwatch.factories import change_settings, events, make_speedwatch_world, sightings_of
from tests.speedwatch.reviewed import two_reviewed_sessions
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.speedwatch import statistics
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    Objection,
    ObjectionGround,
    ObjectionStatus,
    SessionIdempotency,
    Sighting,
    SpeedwatchSession,
    Tally,
)

ACTION = "speedwatch.retention.applied"


def _age(session: SpeedwatchSession, days: int) -> None:
    """Move a session, its sightings and letters `days` into the past."""
    shift = timedelta(days=days)
    session.starts_at -= shift
    session.ends_at -= shift
    for sighting in sightings_of(session):
        sighting.observed_at -= shift
    for letter in _letters_of(session):
        letter.observed_at -= shift
        letter.created_at -= shift
    db.session.commit()


def _letters_of(session: SpeedwatchSession) -> list[Letter]:
    ids = [sighting.id for sighting in sightings_of(session)]
    return list(db.session.scalars(sa.select(Letter).where(Letter.sighting_id.in_(ids)).order_by(Letter.id)))


def _send(letters) -> None:
    for letter in letters:
        letter.status, letter.sent_at = LetterStatus.SENT, utcnow()
    db.session.commit()


@pytest.fixture
def aged(world):
    """Two reviewed sessions: the first ended 400 days ago, its letters long sent; the second is young."""
    sessions = two_reviewed_sessions(world)
    _age(sessions.first, 400)
    _send(_letters_of(sessions.first))
    return sessions


def _run(app, *options):
    result = app.test_cli_runner().invoke(args=["speedwatch", "retention", *options])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    return result


def _plates(session) -> list[str]:
    db.session.expire_all()
    return [sighting.registration for sighting in sightings_of(session)]


def _tallies() -> list[tuple]:
    columns = (Tally.session_id, Tally.weekday, Tally.hour, Tally.band, Tally.vehicles, Tally.repeats, Tally.top_speed)
    rows = db.session.execute(sa.select(*columns).order_by(*columns[:4])).all()
    return [tuple(row) for row in rows]


def test_old_sightings_go_and_young_ones_stay(app, world, aged):
    result = _run(app)
    assert _plates(aged.first) == []
    assert _plates(aged.second) == ["AB12CDE", "EF56GHJ"]
    assert "3 sighting(s) deleted in all" in result.output


def test_the_letters_of_deleted_sightings_stay_without_their_plate(app, world, aged):
    before = [(letter.id, letter.reference, letter.stage, letter.speed) for letter in _letters_of(aged.first)]
    young = _letters_of(aged.second)
    _run(app)
    letters = db.session.scalars(sa.select(Letter).where(Letter.id.in_([row[0] for row in before]))).all()
    assert [(letter.id, letter.reference, letter.stage, letter.speed) for letter in letters] == before
    assert {(letter.sighting_id, letter.registration, letter.status) for letter in letters} == {
        (None, "", LetterStatus.SENT)
    }
    assert [(letter.registration, letter.sighting_id is not None) for letter in _letters_of(aged.second)] == [
        (letter.registration, True) for letter in young
    ]


def test_tallies_sessions_and_statistics_are_unchanged(app, world, aged):
    tallies, figures = _tallies(), statistics.site_statistics(world.site)
    assert len(tallies) > 0 and figures.vehicles == 5
    _run(app)
    assert _tallies() == tallies
    assert statistics.site_statistics(world.site) == figures
    assert db.session.get(SpeedwatchSession, aged.first.id).sighting_count == 3


def test_an_open_referral_keeps_its_sighting_until_it_is_closed(app, world, aged):
    referral = _letters_of(aged.first)[0]
    referral.stage = LetterStage.REFERRAL
    db.session.commit()
    _run(app)
    assert _plates(aged.first) == ["AB12CDE"]
    assert db.session.get(Letter, referral.id).registration == "AB12CDE"
    referral = db.session.get(Letter, referral.id)
    referral.closed_at = utcnow()
    db.session.commit()
    _run(app)
    assert _plates(aged.first) == []
    assert db.session.get(Letter, referral.id).registration == ""


def test_an_undecided_objection_keeps_its_sighting_and_a_decided_one_does_not(app, world, aged):
    pending, decided, _third = _letters_of(aged.first)
    for letter, status in ((pending, ObjectionStatus.PENDING), (decided, ObjectionStatus.NOT_UPHELD)):
        db.session.add(
            Objection(
                letter=letter,
                area_id=letter.area_id,
                ground=ObjectionGround.NOT_DRIVING,
                explanation="My car was in the garage that day.",
                contact_email="driver@example.test",
                status=status,
            )
        )
    db.session.commit()
    _run(app)
    assert _plates(aged.first) == ["AB12CDE"]
    db.session.expire_all()
    [kept] = pending.objections
    assert kept.explanation == "My car was in the garage that day."
    # The decided one keeps its ground and outcome, not the driver's words or address.
    [cleared] = decided.objections
    assert (cleared.explanation, cleared.contact_email) == ("", "")
    assert (cleared.ground, cleared.status) == (ObjectionGround.NOT_DRIVING, ObjectionStatus.NOT_UPHELD)


def test_a_letter_not_yet_sent_keeps_its_sighting(app, world, aged):
    due = _letters_of(aged.first)[2]
    due.status, due.sent_at = LetterStatus.DUE, None
    db.session.commit()
    _run(app)
    assert _plates(aged.first) == ["CD34EFG"]


def test_one_audit_event_by_the_system_with_the_counts_per_force(app, world, aged):
    referral = _letters_of(aged.first)[0]
    referral.stage = LetterStage.REFERRAL
    db.session.commit()
    _run(app)
    [event] = events(ACTION)
    assert (event.actor_id, event.actor_name, event.subject_type, event.force_id) == (
        None,
        None,
        "speedwatch_retention_run",
        None,
    )
    counts = {"sightings": 2, "letters_cleared": 2, "objections_cleared": 0, "kept": 1, "idempotency_records": 0}
    assert event.after == {**counts, "by_force": {str(world.force.id): counts}}


def test_a_second_run_removes_nothing(app, world, aged):
    _run(app)
    young = _plates(aged.second)
    result = _run(app)
    assert _plates(aged.second) == young
    first, second = events(ACTION)
    assert first.after["sightings"] == 3
    assert second.after == {
        "sightings": 0,
        "letters_cleared": 0,
        "objections_cleared": 0,
        "kept": 0,
        "idempotency_records": 0,
        "by_force": {},
    }
    assert "0 sighting(s) deleted in all" in result.output


def test_a_dry_run_says_what_would_go_and_removes_nothing(app, world, aged):
    result = _run(app, "--dry-run")
    assert _plates(aged.first) == ["AB12CDE", "XY70ZZT", "CD34EFG"]
    assert {letter.registration for letter in _letters_of(aged.first)} == {"AB12CDE", "XY70ZZT", "CD34EFG"}
    assert events(ACTION) == []
    assert f"{world.force.name}: 3 sighting(s) would be deleted, 3 letter(s) would be cleared" in result.output
    assert "Dry run: 3 sighting(s) would be deleted in all" in result.output


def test_each_force_keeps_sightings_as_long_as_its_own_setting_says(app, world, aged):
    other = make_speedwatch_world(scheme_name="Wigston Speed Watch")
    other_sessions = two_reviewed_sessions(other)
    _age(other_sessions.first, 400)
    _send(_letters_of(other_sessions.first))
    change_settings(world.force, speedwatch_retention_days=500)
    _run(app)
    assert _plates(aged.first) == ["AB12CDE", "XY70ZZT", "CD34EFG"]
    assert _plates(other_sessions.first) == []
    [event] = events(ACTION)
    assert set(event.after["by_force"]) == {str(other.force.id)}


def test_old_idempotency_records_go_and_recent_ones_stay(app, world, aged):
    for key, age in (("old-batch", 30), ("new-batch", 1)):
        db.session.add(
            SessionIdempotency(
                user_id=world.volunteers[0].id,
                key=key,
                session_id=aged.second.id,
                body_digest="0" * 64,
                response={},
                status_code=201,
                created_at=utcnow() - timedelta(days=age),
            )
        )
    db.session.commit()
    _run(app)
    assert db.session.scalars(sa.select(SessionIdempotency.key)).all() == ["new-batch"]
    [event] = events(ACTION)
    assert event.after["idempotency_records"] == 1


def test_nothing_else_refers_to_a_deleted_sighting(app, world, aged):
    _run(app)
    remaining = set(db.session.scalars(sa.select(Sighting.id)))
    linked = set(db.session.scalars(sa.select(Letter.sighting_id).where(Letter.sighting_id.is_not(None))))
    assert linked <= remaining and len(remaining) == 2
