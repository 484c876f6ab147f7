"""Drivers' objections: a letter's recipient finds it on the public page with its reference and
plate (a wrong pair says nothing, guessing is limited, robots fill the honeypot), objects; an
officer of the area decides, and an upheld objection voids the sighting, recounts the tallies and
puts the plate's unsent letters right (sent ones never change). Reviewing an earlier session after
a later one puts the later letters right the same way."""

import re
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import current_app

from tests.speedwatch.factories import (
    events,
    make_speedwatch_world,
    next_weekday,
    sightings_of,
    submitted_on,
)
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.permissions import PermissionDenied
from volunteers.review import QueueFilters, QueuePage, queue_counts
from volunteers.speedwatch import escalation, objections, services
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    Objection,
    ObjectionStatus,
    SightingStatus,
    SpeedwatchSession,
    Tally,
)
from volunteers.speedwatch.public_views import FOUND_KEY
from volunteers.speedwatch.queue import OBJECTIONS_KIND

FIND = "/speedwatch/object"
OBJECT = "/speedwatch/object/objection"
NOT_FOUND = "We could not find a letter with that reference and registration"
PLATE = "AB12CDE"


@pytest.fixture(autouse=True)
def _quick_answers(app):
    """The least time a lookup takes is tested once, below; elsewhere it would only slow the tests."""
    app.config["OBJECTION_LOOKUP_MIN_SECONDS"] = 0


def _submitted_on(world, days_ahead: int, seen=((PLATE, 38, 10), ("XY70ZZT", 41, 20))) -> SpeedwatchSession:
    """A session at the world's site `days_ahead` from today, submitted with these sightings."""
    return submitted_on(world, next_weekday(days_ahead), seen)


def _review(world, session) -> None:
    decisions = {sighting.id: services.SightingDecision(True) for sighting in sightings_of(session)}
    services.review_session(world.officer, session, decisions)


def _reviewed_on(world, days_ahead: int, **changes) -> SpeedwatchSession:
    session = _submitted_on(world, days_ahead, **changes)
    _review(world, session)
    return session


def _letter(session, plate: str = PLATE) -> Letter:
    db.session.expire_all()
    [sighting] = [sighting for sighting in sightings_of(session) if sighting.registration == plate]
    return db.session.scalar(sa.select(Letter).where(Letter.sighting_id == sighting.id))


def _object(letter: Letter, email: str = "") -> Objection:
    return objections.submit_objection(letter, "not_driving", "My car was in the garage all that week.", email)


def _uphold(world, objection: Objection, reason: str = "The garage's invoice shows the car was with them."):
    return objections.decide_objection(world.officer, objection, True, reason)


def _tallies(session) -> tuple[int, int]:
    """The session's vehicles and repeats, as the statistics read them."""
    db.session.expire_all()
    rows = db.session.scalars(sa.select(Tally).where(Tally.session_id == session.id)).all()
    return sum(row.vehicles for row in rows), sum(row.repeats for row in rows)


def _send(letter: Letter) -> None:
    letter.status, letter.sent_at = LetterStatus.SENT, utcnow()
    db.session.commit()


# --- Finding the letter -----------------------------------------------------------------------


def _find(client, reference: str, plate: str, **extra):
    return client.post(FIND, data={"reference": reference, "registration": plate, **extra})


def _page_without(response, *typed: str) -> str:
    """The page's text without what the visitor typed (the form shows it back)."""
    text = re.sub(r'nonce="[^"]*"', "", response.get_data(as_text=True))
    for value in typed:
        text = text.replace(value, "")
    return text


def test_the_letter_is_found_with_its_reference_and_plate_as_typed_from_paper(world, client):
    letter = _letter(_reviewed_on(world, 7))
    typed = letter.reference.lower().replace("-", " ")[:8] + " " + letter.reference[8:].lower()
    response = _find(client, typed, "ab12 cde")
    assert response.status_code == 302
    assert response.headers["Location"] == OBJECT
    assert letter.reference not in response.headers["Location"]
    with client.session_transaction() as session:
        assert session[FOUND_KEY]["letter"] == letter.id
    page = client.get(OBJECT)
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Mill Lane" in text and "38 mph in a 30 mph limit" in text and "Advisory letter" in text
    # Nothing else about the vehicle, nor the reference or the plate, is on the page.
    for other in ("Ford", "Focus", "Blue", PLATE, "AB12 CDE", letter.reference, "Volunteer 1"):
        assert other not in text
    assert page.headers["Cache-Control"] == "no-store"


def test_a_wrong_pair_an_unknown_reference_and_a_withdrawn_letter_get_the_same_answer(world, client):
    session = _reviewed_on(world, 7)
    letter, other = _letter(session), _letter(session, "XY70ZZT")
    other.withdraw("Withdrawn for the test")
    db.session.commit()
    answers = [
        (_find(client, letter.reference, "XY70ZZT"), (letter.reference, "XY70ZZT")),
        (_find(client, "CSW-AAAAAAAA", PLATE), ("CSW-AAAAAAAA", PLATE)),
        (_find(client, other.reference, "XY70ZZT"), (other.reference, "XY70ZZT")),
    ]
    statuses = {response.status_code for response, _typed in answers}
    pages = {_page_without(response, *typed) for response, typed in answers}
    assert statuses == {400}
    assert len(pages) == 1 and NOT_FOUND in pages.pop()
    with client.session_transaction() as visit:
        assert FOUND_KEY not in visit
    assert client.get(OBJECT).status_code == 302


def test_every_lookup_takes_at_least_the_set_time_found_or_not(world, client, app):
    letter = _letter(_reviewed_on(world, 7))
    app.config["OBJECTION_LOOKUP_MIN_SECONDS"] = 0.2
    for reference, plate in ((letter.reference, PLATE), (letter.reference, "XY70ZZT"), ("CSW-AAAAAAAA", PLATE)):
        started = time.monotonic()
        _find(client, reference, plate)
        assert time.monotonic() - started >= 0.2


@pytest.mark.app_config(OBJECTION_LOOKUP_RATE_LIMIT="3 per minute")
def test_guessing_references_is_rate_limited_per_address(world, client):
    letter = _letter(_reviewed_on(world, 7))
    statuses = [_find(client, f"CSW-AAAAAAA{n}", PLATE).status_code for n in (3, 4, 6)]
    refused = _find(client, letter.reference, PLATE)
    assert statuses == [400, 400, 400]
    assert refused.status_code == 429
    assert "Too many attempts" in refused.get_data(as_text=True)
    with client.session_transaction() as visit:
        assert FOUND_KEY not in visit


def test_a_robot_filling_the_honeypot_finds_nothing_and_stores_nothing(world, client):
    letter = _letter(_reviewed_on(world, 7))
    response = _find(client, letter.reference, PLATE, website="http://spam.example")
    assert response.status_code == 400 and NOT_FOUND in response.get_data(as_text=True)
    assert _find(client, letter.reference, PLATE).status_code == 302
    sent = client.post(OBJECT, data={"ground": "other", "explanation": "Buy now", "website": "http://spam.example"})
    assert sent.status_code == 200 and "Objection sent" in sent.get_data(as_text=True)
    assert db.session.scalars(sa.select(Objection)).all() == []
    assert events("speedwatch.objection.submitted") == []


# --- Objecting --------------------------------------------------------------------------------


def test_an_objection_is_stored_audited_without_the_address_and_queued_for_the_areas_officer(world, client):
    letter = _letter(_reviewed_on(world, 7))
    _find(client, letter.reference, PLATE)
    sent = client.post(
        OBJECT,
        data={
            "ground": "wrong_vehicle",
            "explanation": "My car is a red Vauxhall, not a blue Ford.",
            "email": "Driver@Example.test",
        },
    )
    assert sent.status_code == 200 and "We will email you the decision" in sent.get_data(as_text=True)
    [objection] = db.session.scalars(sa.select(Objection)).all()
    assert (objection.letter_id, objection.area_id, objection.status) == (letter.id, world.area.id, "pending")
    assert (objection.ground, objection.contact_email) == ("wrong_vehicle", "driver@example.test")
    [event] = events("speedwatch.objection.submitted")
    assert event.actor_id is None and event.force_id == world.force.id
    assert event.after == {"letter_id": letter.id, "ground": "wrong_vehicle", "email_given": True}
    assert "example.test" not in str(event.after) + event.reason
    # The found letter is forgotten: a second objection needs the reference again.
    assert client.get(OBJECT).status_code == 302

    assert queue_counts(world.officer).by_kind == {OBJECTIONS_KIND: 1}
    with current_app.test_request_context():
        [item] = QueuePage(world.officer, QueueFilters()).items
        assert queue_counts(world.officer, QueueFilters(scheme_id=world.scheme.id)).total == 1
        assert queue_counts(world.officer, QueueFilters(scheme_id=world.scheme.id + 999)).total == 0
    assert (item.kind, item.id, item.scheme_id) == (OBJECTIONS_KIND, objection.id, world.scheme.id)
    assert letter.reference in item.title and "Mill Lane" in item.title
    other = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    assert queue_counts(other.officer).total == 0


def test_the_objection_needs_a_ground_and_an_explanation_and_a_well_formed_address(world, client):
    letter = _letter(_reviewed_on(world, 7))
    with pytest.raises(InvalidInput) as refused:
        objections.submit_objection(letter, "", " ", "not-an-address")
    assert set(refused.value.errors) == {"ground", "explanation", "email"}
    with pytest.raises(InvalidInput) as too_long:
        objections.submit_objection(letter, "other", "x" * 3001)
    assert set(too_long.value.errors) == {"explanation"}
    _find(client, letter.reference, PLATE)
    page = client.post(OBJECT, data={"ground": "", "explanation": ""})
    assert page.status_code == 400 and "Choose why you think the letter is wrong" in page.get_data(as_text=True)
    assert db.session.scalars(sa.select(Objection)).all() == []
    assert events("speedwatch.objection.submitted") == []


def test_a_letter_withdrawn_after_it_was_found_takes_no_objection(world, client):
    letter = _letter(_reviewed_on(world, 7))
    _find(client, letter.reference, PLATE)
    letter.withdraw("Withdrawn for the test")
    db.session.commit()
    with pytest.raises(Conflict):
        _object(letter)
    assert client.get(OBJECT).status_code == 302
    assert db.session.scalars(sa.select(Objection)).all() == []


def test_one_objection_per_letter_awaits_a_decision_at_a_time(world, client):
    letter = _letter(_reviewed_on(world, 7))
    first = _object(letter)
    with pytest.raises(Conflict):
        _object(letter)
    _find(client, letter.reference, PLATE)
    page = client.get(OBJECT).get_data(as_text=True)
    assert "already waiting for an officer's decision" in page and "Send my objection" not in page
    objections.decide_objection(world.officer, first, False, "The device was checked and the make confirmed.")
    assert _object(letter).status == ObjectionStatus.PENDING


# --- The officer's decision -------------------------------------------------------------------


def test_an_upheld_objection_voids_the_sighting_withdraws_its_letter_and_restages_the_next(world):
    first, second = _reviewed_on(world, 7), _reviewed_on(world, 14)
    assert (_letter(first).stage, _letter(second).stage) == (LetterStage.ADVISORY, LetterStage.WARNING)
    assert _tallies(first) == (2, 0) and _tallies(second) == (2, 2)

    decision = _uphold(world, _object(_letter(first)))

    db.session.expire_all()
    withdrawn, restaged = _letter(first), _letter(second)
    assert decision.upheld and decision.decided_by_id == world.officer.id
    assert db.session.get(Objection, decision.objection_id).status == ObjectionStatus.UPHELD
    assert withdrawn.sighting.status == SightingStatus.VOIDED
    assert withdrawn.status == LetterStatus.WITHDRAWN and withdrawn.reference in withdrawn.withdrawn_reason
    assert (restaged.stage, restaged.status) == (LetterStage.ADVISORY, LetterStatus.DUE)
    # The other plate's letters are untouched, and the statistics no longer count the voided one.
    assert _letter(first, "XY70ZZT").status == LetterStatus.DUE
    assert _tallies(first) == (1, 0) and _tallies(second) == (2, 1)
    [decided] = events("speedwatch.objection.decided")
    assert (decided.actor_id, decided.after["voided_sighting_id"]) == (world.officer.id, withdrawn.sighting_id)
    recomputed = {event.subject_id: (event.before, event.after) for event in events("speedwatch.letter.recomputed")}
    assert recomputed == {
        str(withdrawn.id): (
            {"stage": "advisory", "status": "due", "batch_id": None},
            {"stage": "advisory", "status": "withdrawn", "batch_id": None},
        ),
        str(restaged.id): (
            {"stage": "warning", "status": "due", "batch_id": None},
            {"stage": "advisory", "status": "due", "batch_id": None},
        ),
    }


def test_an_upheld_objection_to_a_sent_letter_leaves_it_and_restages_only_unsent_ones(world):
    first, second, third = _reviewed_on(world, 7), _reviewed_on(world, 14), _reviewed_on(world, 21)
    assert [_letter(s).stage for s in (first, second, third)] == [
        LetterStage.ADVISORY,
        LetterStage.WARNING,
        LetterStage.REFERRAL,
    ]
    _send(_letter(first))
    _send(_letter(second))

    _uphold(world, _object(_letter(first)))

    db.session.expire_all()
    sent_first, sent_second, unsent = _letter(first), _letter(second), _letter(third)
    assert (sent_first.stage, sent_first.status) == (LetterStage.ADVISORY, LetterStatus.SENT)
    assert sent_first.sighting.status == SightingStatus.VOIDED
    assert (sent_second.stage, sent_second.status) == (LetterStage.WARNING, LetterStatus.SENT)
    assert (unsent.stage, unsent.status) == (LetterStage.WARNING, LetterStatus.DUE)
    assert [event.subject_id for event in events("speedwatch.letter.recomputed")] == [str(unsent.id)]


def test_a_restaged_letter_leaves_a_batch_not_yet_sent(world):
    from volunteers.speedwatch.models import LetterBatch

    first, second = _reviewed_on(world, 7), _reviewed_on(world, 14)
    batch = LetterBatch(force_id=world.force.id, created_by_id=world.officer.id)
    db.session.add(batch)
    db.session.flush()
    _letter(second).batch_id = batch.id
    db.session.commit()
    _uphold(world, _object(_letter(first)))
    restaged = _letter(second)
    assert (restaged.stage, restaged.batch_id) == (LetterStage.ADVISORY, None)


def test_an_objection_not_upheld_needs_a_reason_and_changes_nothing_else(world):
    first, second = _reviewed_on(world, 7), _reviewed_on(world, 14)
    objection = _object(_letter(first))
    for reason in ("", "no", "   "):
        with pytest.raises(InvalidInput) as refused:
            objections.decide_objection(world.officer, objection, False, reason)
        assert "reason" in refused.value.errors
    with pytest.raises(InvalidInput) as undecided:
        objections.decide_objection(world.officer, objection, None, "Some reason given here.")
    assert "decision" in undecided.value.errors
    assert db.session.get(Objection, objection.id).status == ObjectionStatus.PENDING
    assert events("speedwatch.objection.decided") == []

    decision = objections.decide_objection(
        world.officer, objection, False, "The make was confirmed on the police national computer."
    )
    db.session.expire_all()
    assert not decision.upheld and db.session.get(Objection, objection.id).status == ObjectionStatus.NOT_UPHELD
    assert _letter(first).sighting.status == SightingStatus.ACCEPTED
    assert (_letter(first).status, _letter(second).stage) == (LetterStatus.DUE, LetterStage.WARNING)
    assert events("speedwatch.letter.recomputed") == []
    with pytest.raises(Conflict):
        _uphold(world, db.session.get(Objection, objection.id))


def test_the_objector_is_emailed_the_outcome_and_the_address_is_then_erased(world, smtp):
    session = _reviewed_on(world, 7)
    refused = _object(_letter(session), email="driver@example.test")
    upheld = _object(_letter(session, "XY70ZZT"), email="keeper@example.test")
    reason = "The device reading was doubtful on that morning."

    objections.decide_objection(world.officer, refused, False, "The make was confirmed on the PNC that day.")
    objections.decide_objection(world.officer, upheld, True, reason)

    [told] = smtp.to("driver@example.test")
    text = smtp.text(told)
    assert "not upheld" in text and "The make was confirmed on the PNC that day." in text
    assert _letter(session).reference in told["Subject"] and PLATE not in text
    assert "is upheld" in smtp.text(smtp.last_to("keeper@example.test"))
    assert reason in smtp.text(smtp.last_to("keeper@example.test"))
    db.session.expire_all()
    assert {objection.contact_email for objection in db.session.scalars(sa.select(Objection))} == {""}


def test_without_an_address_nobody_is_emailed(world, smtp):
    objection = _object(_letter(_reviewed_on(world, 7)))
    _uphold(world, objection)
    assert smtp.messages == []


def test_an_officer_of_another_area_can_neither_open_nor_decide_an_objection(world, client, login_as):
    objection = _object(_letter(_reviewed_on(world, 7)))
    elsewhere = make_speedwatch_world(force=world.force, scheme_name="Wigston Speed Watch")
    with pytest.raises(PermissionDenied):
        _uphold(elsewhere, objection)
    assert db.session.get(Objection, objection.id).status == ObjectionStatus.PENDING
    assert events("speedwatch.objection.decided") == []
    login_as(elsewhere.officer)
    url = f"/speedwatch/objections/{objection.id}"
    assert client.get(url).status_code == 404
    assert client.post(url, data={"decision": "upheld", "reason": "Looks fine to me here."}).status_code == 404
    assert client.get(f"/speedwatch/objections/{objection.id + 100}").status_code == 404


def test_the_queue_item_opens_the_officers_page_where_they_decide(world, client, login_as):
    first = _reviewed_on(world, 7)
    _reviewed_on(world, 14)
    objection = _object(_letter(first), email="driver@example.test")
    with current_app.test_request_context():
        [item] = QueuePage(world.officer, QueueFilters()).items
    login_as(world.officer)
    page = client.get(item.url)
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert _letter(first).reference in text and "AB12CDE" in text and "Ford" in text
    assert "My car was in the garage all that week." in text
    # The plate's history: its other accepted sighting, a week later.
    assert "The plate in the last 12 months" in text and "Mill Lane, 38 mph" in text
    assert "driver@example.test" not in text
    refused = client.post(item.url, data={"decision": "not_upheld", "reason": ""})
    assert refused.status_code == 400 and "Give the reason for your decision" in refused.get_data(as_text=True)
    decided = client.post(item.url, data={"decision": "upheld", "reason": ""})
    assert decided.status_code == 302
    assert db.session.get(Objection, objection.id).status == ObjectionStatus.UPHELD
    assert queue_counts(world.officer).total == 0
    # Decided, the page shows the decision and no form.
    after = client.get(item.url).get_data(as_text=True)
    assert "Record the decision" not in after and "upheld" in after


# --- Reviewing an earlier session after a later one --------------------------------------------


def test_reviewing_an_earlier_session_after_a_later_one_restages_the_later_unsent_letter(world):
    earlier, later = _submitted_on(world, 7, seen=((PLATE, 39, 10),)), _submitted_on(world, 14)
    _review(world, later)
    assert _letter(later).stage == LetterStage.ADVISORY
    assert _tallies(later) == (2, 0)

    _review(world, earlier)

    db.session.expire_all()
    assert (_letter(earlier).stage, _letter(later).stage) == (LetterStage.ADVISORY, LetterStage.WARNING)
    assert _letter(later).status == LetterStatus.DUE
    assert _tallies(later) == (2, 1)
    [event] = events("speedwatch.letter.recomputed")
    assert event.subject_id == str(_letter(later).id) and event.actor_id == world.officer.id
    assert (event.before["stage"], event.after["stage"]) == ("advisory", "warning")


def test_reviewing_an_earlier_session_late_leaves_a_sent_later_letter_as_it_went_out(world):
    earlier, later = _submitted_on(world, 7, seen=((PLATE, 39, 10),)), _submitted_on(world, 14)
    _review(world, later)
    _send(_letter(later))
    _review(world, earlier)
    db.session.expire_all()
    assert (_letter(later).stage, _letter(later).status) == (LetterStage.ADVISORY, LetterStatus.SENT)
    assert events("speedwatch.letter.recomputed") == []


def test_a_later_sighting_outside_the_window_is_not_restaged(world):
    earlier = _submitted_on(world, 7)
    far = _submitted_on(world, 7 + 400)
    _review(world, far)
    _review(world, earlier)
    assert _letter(far).stage == LetterStage.ADVISORY
    assert escalation.plates_seen_later(earlier, sightings_of(earlier)) == {}


def test_the_public_page_address_for_letters_is_built_on_the_public_base_url(app):
    with app.test_request_context("/", base_url="http://evil.example"):
        assert objections.objection_url() == "http://volunteers.test/speedwatch/object"


def test_a_found_letter_is_forgotten_after_a_while(world, client, monkeypatch):
    letter = _letter(_reviewed_on(world, 7))
    _find(client, letter.reference, PLATE)
    assert client.get(OBJECT).status_code == 200
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + timedelta(minutes=31).total_seconds())
    assert client.get(OBJECT).status_code == 302
