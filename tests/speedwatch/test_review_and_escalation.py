"""An officer of the area reviews a submitted session, deciding every sighting (a rejection with
its reason); each accepted sighting then leads to a letter for its plate, by how many accepted
sightings of that plate the force has in the rolling 12 months: advisory, warning, then referral.
And the session's statistics are counted, repeats included."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin
from tests.speedwatch.factories import (
    accept_all,
    change_settings,
    cover,
    entry,
    events,
    make_speedwatch_world,
    next_weekday,
    running_session,
    sightings_of,
    submitted_on,
    submitted_session,
)
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.models import OfficerAssignment
from volunteers.permissions import PermissionDenied
from volunteers.speedwatch import services
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    RejectionReason,
    SessionReview,
    SessionStatus,
    SightingStatus,
    SpeedwatchSession,
    Tally,
)

ACCEPT = services.SightingDecision(True)
MISTYPED = services.SightingDecision(False, RejectionReason.MISTYPED_PLATE)


def _session_on(world, days_ahead: int, seen=(("AB12CDE", 38, 10),)) -> SpeedwatchSession:
    """A session at the world's site `days_ahead` from today, submitted with these sightings."""
    return submitted_on(world, next_weekday(days_ahead), seen)


def _stages(plate: str = "AB12CDE") -> list[LetterStage]:
    db.session.expire_all()
    return list(
        db.session.scalars(sa.select(Letter.stage).where(Letter.registration == plate).order_by(Letter.observed_at))
    )


def _decide(world, session, decide, officer=None, note=""):
    decisions = {sighting.id: decide(sighting) for sighting in sightings_of(session)}
    return services.review_session(officer or world.officer, session, decisions, note=note)


def _unreviewed(session) -> None:
    """Nothing of a refused review was kept."""
    db.session.expire_all()
    assert db.session.get(SpeedwatchSession, session.id).status == SessionStatus.SUBMITTED
    assert {sighting.status for sighting in sightings_of(session)} == {SightingStatus.RECORDED}
    assert db.session.scalars(sa.select(Letter)).all() == []
    assert db.session.scalars(sa.select(SessionReview)).all() == []
    assert db.session.scalars(sa.select(Tally)).all() == []


# --- Reviewing --------------------------------------------------------------------------------


def test_an_officer_of_the_area_accepts_and_rejects_each_sighting(world):
    session = submitted_session(world, plates=("AB12CDE", "XY70ZZT", "CD34EFG"))
    first, second, third = sightings_of(session)
    review = services.review_session(
        world.officer,
        session,
        {first.id: ACCEPT, second.id: ACCEPT, third.id: MISTYPED},
        note="Checked on the PNC.",
    )
    db.session.expire_all()
    assert (review.accepted_count, review.rejected_count, review.decided_by_id) == (2, 1, world.officer.id)
    assert review.reason == "Accepted 2, rejected 1. Checked on the PNC."
    assert db.session.get(SpeedwatchSession, session.id).status == SessionStatus.REVIEWED
    assert [(s.status, s.rejection_reason) for s in sightings_of(session)] == [
        (SightingStatus.ACCEPTED, None),
        (SightingStatus.ACCEPTED, None),
        (SightingStatus.REJECTED, RejectionReason.MISTYPED_PLATE),
    ]
    [reviewed] = events("speedwatch.session.reviewed")
    assert (reviewed.actor_id, reviewed.reason) == (world.officer.id, review.reason)
    assert reviewed.after == {"status": "reviewed", "accepted": 2, "rejected": {str(third.id): "mistyped_plate"}}
    letters = db.session.scalars(sa.select(Letter).order_by(Letter.id)).all()
    assert [letter.sighting_id for letter in letters] == [first.id, second.id]
    [due] = events("speedwatch.letters.due")
    assert due.after == {"letters": 2, "advisory": 2, "warning": 0, "referral": 0}


def test_a_letter_carries_the_sightings_facts(world):
    session = submitted_session(world, plates=("AB12CDE",))
    accept_all(world, session)
    [sighting] = sightings_of(session)
    [letter] = db.session.scalars(sa.select(Letter)).all()
    assert (letter.registration, letter.observed_at, letter.speed, letter.speed_limit) == (
        "AB12CDE",
        sighting.observed_at,
        38,
        30,
    )
    assert (letter.site_id, letter.area_id, letter.force_id) == (world.site.id, world.area.id, world.force.id)
    assert (letter.stage, letter.status) == (LetterStage.ADVISORY, LetterStatus.DUE)
    assert letter.reference.startswith("CSW-") and len(letter.reference) == 12


def test_a_volunteer_of_the_session_cannot_review_it_even_as_an_officer_of_the_area(world):
    db.session.add(OfficerAssignment(user=world.volunteers[1], area=world.area))
    db.session.commit()
    session = submitted_session(world)
    with pytest.raises(PermissionDenied):
        _decide(world, session, lambda _sighting: ACCEPT, officer=world.volunteers[1])
    _unreviewed(session)


def test_an_officer_of_another_area_cannot_review_it(world):
    elsewhere = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    session = submitted_session(world)
    for person in (elsewhere.officer, world.coordinator, make_admin(world.force)):
        with pytest.raises(PermissionDenied):
            _decide(world, session, lambda _sighting: ACCEPT, officer=person)
    _unreviewed(session)


def test_every_sighting_must_be_decided(world):
    session = submitted_session(world)
    first, second = sightings_of(session)
    with pytest.raises(InvalidInput) as refused:
        services.review_session(world.officer, session, {first.id: ACCEPT})
    assert refused.value.problems == {f"sighting-{second.id}": ["Accept or reject the sighting of XY70ZZT"]}
    _unreviewed(session)


def test_a_rejection_needs_its_reason(world):
    session = submitted_session(world)
    first, second = sightings_of(session)
    with pytest.raises(InvalidInput) as refused:
        services.review_session(world.officer, session, {first.id: ACCEPT, second.id: services.SightingDecision(False)})
    assert refused.value.problems == {f"sighting-{second.id}": ["Give the reason for rejecting XY70ZZT"]}
    _unreviewed(session)


def test_a_sighting_of_another_session_cannot_be_decided_in_this_one(world):
    session = submitted_session(world)
    first, second = sightings_of(session)
    with pytest.raises(InvalidInput) as refused:
        services.review_session(world.officer, session, {first.id: ACCEPT, second.id: ACCEPT, 999: ACCEPT})
    assert refused.value.general == ["Some sightings are not in this session: 999"]
    _unreviewed(session)


def test_only_a_submitted_session_is_reviewed_and_only_once(world):
    running = running_session(world)
    with pytest.raises(Conflict) as refused:
        services.review_session(world.officer, running, {})
    assert refused.value.message == "This session is not awaiting review"
    session = _session_on(world, 8)
    accept_all(world, session)
    with pytest.raises(Conflict):
        accept_all(world, session)
    assert _stages() == [LetterStage.ADVISORY]


# --- Escalation per plate ---------------------------------------------------------------------


def test_first_second_third_and_fourth_sightings_escalate_advisory_warning_referral_referral(world):
    for days_ahead in (7, 8, 9, 10):
        accept_all(world, _session_on(world, days_ahead))
    assert _stages() == [LetterStage.ADVISORY, LetterStage.WARNING, LetterStage.REFERRAL, LetterStage.REFERRAL]


def test_each_plate_escalates_on_its_own_count(world):
    accept_all(world, _session_on(world, 7, seen=[("AB12CDE", 38, 10)]))
    accept_all(world, _session_on(world, 8, seen=[("AB12CDE", 38, 10), ("XY70ZZT", 40, 12)]))
    assert (_stages("AB12CDE"), _stages("XY70ZZT")) == (
        [LetterStage.ADVISORY, LetterStage.WARNING],
        [LetterStage.ADVISORY],
    )


def test_a_plate_seen_twice_in_one_session_escalates_within_it(world):
    accept_all(world, _session_on(world, 7, seen=[("AB12CDE", 38, 10), ("AB12CDE", 41, 40)]))
    assert _stages() == [LetterStage.ADVISORY, LetterStage.WARNING]


def test_escalation_counts_sightings_at_other_sites_and_schemes_of_the_force(world):
    station = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch", site_name="Station Road")
    accept_all(station, _session_on(station, 7))
    accept_all(world, _session_on(world, 8))
    letters = db.session.scalars(sa.select(Letter).order_by(Letter.observed_at)).all()
    assert [(letter.stage, letter.site_id, letter.area_id) for letter in letters] == [
        (LetterStage.ADVISORY, station.site.id, station.area.id),
        (LetterStage.WARNING, world.site.id, world.area.id),
    ]


def test_escalation_does_not_count_sightings_in_another_force(world):
    elsewhere = make_speedwatch_world(scheme_name="Rutland Speed Watch")
    assert elsewhere.force.id != world.force.id
    accept_all(elsewhere, _session_on(elsewhere, 7))
    accept_all(world, _session_on(world, 8))
    assert _stages() == [LetterStage.ADVISORY, LetterStage.ADVISORY]


@pytest.mark.parametrize(("days_later", "stage"), [(364, LetterStage.WARNING), (366, LetterStage.ADVISORY)])
def test_escalation_counts_the_12_months_before_a_sighting(world, days_later, stage):
    accept_all(world, _session_on(world, 7))
    accept_all(world, _session_on(world, 7 + days_later))
    assert _stages() == [LetterStage.ADVISORY, stage]


@pytest.mark.parametrize(
    ("after", "stage"),
    [(timedelta(days=365) - timedelta(minutes=1), LetterStage.WARNING), (timedelta(days=365), LetterStage.ADVISORY)],
)
def test_a_sighting_exactly_12_months_earlier_no_longer_counts(world, after, stage):
    first = _session_on(world, 7)
    accept_all(world, first)
    then = sightings_of(first)[0].observed_at + after
    cover(world, then.date())
    later = running_session(world, starts_at=then - timedelta(minutes=10), ends_at=then + timedelta(minutes=80))
    services.record_sighting(world.volunteers[0], later, entry(later, minutes=10))
    services.submit_session(world.volunteers[0], later, now=later.ends_at)
    accept_all(world, later)
    assert _stages() == [LetterStage.ADVISORY, stage]


def test_the_force_sets_the_escalation_window(world):
    change_settings(world.force, speedwatch_escalation_days=30)
    accept_all(world, _session_on(world, 7))
    accept_all(world, _session_on(world, 7 + 29))
    accept_all(world, _session_on(world, 7 + 29 + 31))
    assert _stages() == [LetterStage.ADVISORY, LetterStage.WARNING, LetterStage.ADVISORY]


def test_a_rejected_sighting_does_not_count(world):
    first = _session_on(world, 7)
    _decide(world, first, lambda _sighting: MISTYPED)
    assert _stages() == []
    accept_all(world, _session_on(world, 8))
    assert _stages() == [LetterStage.ADVISORY]


def test_a_sighting_still_awaiting_review_does_not_count(world):
    _session_on(world, 7)
    accept_all(world, _session_on(world, 8))
    assert _stages() == [LetterStage.ADVISORY]


# --- Statistics -------------------------------------------------------------------------------


def _tallies(session) -> list[tuple[int, int, int, int, int, int]]:
    db.session.expire_all()
    rows = db.session.scalars(
        sa.select(Tally).where(Tally.session_id == session.id).order_by(Tally.weekday, Tally.hour, Tally.band)
    )
    return [(t.weekday, t.hour, t.band, t.vehicles, t.repeats, t.top_speed) for t in rows]


def test_a_reviewed_sessions_accepted_sightings_are_tallied_with_their_repeats(world):
    accept_all(world, _session_on(world, 7, seen=[("AB12CDE", 38, 10)]))
    later = _session_on(
        world,
        8,
        seen=[("AB12CDE", 36, 5), ("XY70ZZT", 39, 10), ("CD34EFG", 52, 70), ("EF56GHJ", 45, 75)],
    )
    mistyped = sightings_of(later)[3]
    _decide(world, later, lambda sighting: MISTYPED if sighting.id == mistyped.id else ACCEPT)
    weekday = next_weekday(8).isoweekday()
    assert _tallies(later) == [
        (weekday, 11, 35, 2, 1, 39),
        (weekday, 12, 50, 1, 0, 52),
    ]
    assert all(tally.site_id == world.site.id for tally in db.session.scalars(sa.select(Tally)))
