"""Officers' review: the queue for their areas, decisions with reasons that address the flags,
outcomes for reporters, and redacted summaries that never carry the report's own words."""

from datetime import timedelta

import pytest
from flask import current_app

from tests.factories import make_area, make_coordinator, make_membership, make_officer, make_scheme, make_user
from tests.watch.factories import FLAGGED_TEXT, decide, make_report, make_watch_world
from volunteers import review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import OfficerAssignment, SchemeKind
from volunteers.permissions import PermissionDenied
from volunteers.watch import services
from volunteers.watch.models import Decision, RejectionGround, ReportStatus

DISTINCTIVE = "A purple tricycle with a brass bell was left by the lamppost near the chemist every night."


def _queue(officer, **filters):
    """The officer's queue, built as the page builds it (the items link to pages)."""
    with current_app.test_request_context():
        return review.QueuePage(officer, review.QueueFilters(**filters)).items


def _sent(world, text=DISTINCTIVE, hours_ago=1, **fields):
    sent = utcnow() - timedelta(hours=hours_ago)
    return make_report(world.scheme, world.member, text, now=sent, occurred_at=sent - timedelta(hours=1), **fields)


# --- The queue ---------------------------------------------------------------------------------


def test_the_queue_puts_urgent_first_then_flagged_then_oldest_with_each_items_age(world):
    oldest = _sent(world, hours_ago=50)
    newer = _sent(world, hours_ago=5)
    # Flagged but not urgent: FLAGGED_TEXT's "sort him out" is a threat, and threats are urgent.
    flagged = _sent(world, "The man at number 12 is a nonce.", hours_ago=2)
    urgent = _sent(world, "Someone is threatening people with a knife outside the shop.", hours_ago=1)
    items = _queue(world.officer)
    assert [item.id for item in items] == [urgent.id, flagged.id, oldest.id, newer.id]
    assert items[0].urgent and items[1].flags and not items[2].flags
    assert timedelta(hours=49) < items[2].age < timedelta(hours=51)


def test_the_queue_shows_only_reports_awaiting_review_in_the_officers_own_areas(world):
    mine = _sent(world)
    elsewhere = make_watch_world()
    make_report(elsewhere.scheme, elsewhere.member)
    decided = _sent(world)
    decide(decided, world.officer)
    assert [item.id for item in _queue(world.officer)] == [mine.id]
    assert _queue(make_user()) == []


def test_the_queue_filters_by_area_scheme_category_flag_and_status(world):
    second_area = make_area(world.force)
    officer = world.officer
    db.session.add(OfficerAssignment(user=officer, area=second_area))
    db.session.commit()
    other_scheme = make_scheme(second_area, SchemeKind.WATCH)
    neighbour = make_user()
    make_membership(neighbour, other_scheme)
    plain = _sent(world)
    flagged = _sent(world, FLAGGED_TEXT, category="anti_social_behaviour")
    there = make_report(other_scheme, neighbour)
    asked = _sent(world)
    decide(asked, officer, "needs_more_information", message="Which way did they go?")

    def ids(**filters):
        return sorted(item.id for item in _queue(officer, **filters))

    assert ids() == sorted([plain.id, flagged.id, there.id])
    assert ids(area_id=second_area.id) == [there.id]
    assert ids(scheme_id=world.scheme.id) == sorted([plain.id, flagged.id])
    assert ids(category="anti_social_behaviour") == [flagged.id]
    assert ids(flag="accusation") == [flagged.id]
    assert ids(status="needs_more_information") == [asked.id]
    assert ids(category="gossip") == [] and ids(flag="rude") == [] and ids(status="lost") == []
    assert ids(kind="something_else") == []


def test_a_repeat_victim_is_noted_in_the_queue(world):
    for hours in (30, 20):
        _sent(world, hours_ago=hours, victim="reporter")
    third = _sent(world, victim="reporter")
    item = next(item for item in _queue(world.officer) if item.id == third.id)
    assert any("Repeat victim: 3 reports" in note for note in item.notes)


# --- Decisions ---------------------------------------------------------------------------------


def test_an_officer_decides_with_a_reason_and_the_reporter_is_emailed_the_outcome(world, smtp):
    report = _sent(world)
    decide(
        report,
        world.officer,
        "referred",
        referred_to="Northgate Council street scene team",
        message="We have passed this to the council, who will move the tricycle.",
    )
    db.session.refresh(report)
    assert report.status == ReportStatus.REFERRED
    assert report.decided_by_id == world.officer.id and report.decided_at is not None
    decision = report.final_decision
    assert decision.decision == Decision.REFERRED and decision.referred_to == "Northgate Council street scene team"
    assert decision.reason.startswith("Patrols were already planned")
    email = smtp.last_to(world.member.email)
    text = smtp.text(email)
    assert "We have passed this to the council" in text
    assert "Northgate Council street scene team" in text
    assert any(f"/watch/reports/{report.id}" in link for link in smtp.links(email))
    assert DISTINCTIVE not in text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"reason": "ok"}, "reason"),
        ({"reason": "done done done"}, "reason"),
        ({"message": ""}, "message"),
        ({"decision": "ignore"}, "decision"),
        ({"decision": "referred", "referred_to": ""}, "referred_to"),
        ({"decision": "rejected", "rejection_ground": ""}, "rejection_ground"),
        ({"decision": "rejected", "rejection_ground": "boring"}, "rejection_ground"),
    ],
)
def test_a_decision_without_what_it_needs_is_refused_and_changes_nothing(world, changes, field):
    report = _sent(world)
    with pytest.raises(DomainError) as refused:
        decide(report, world.officer, **changes)
    assert refused.value.field == field
    db.session.refresh(report)
    assert report.status == ReportStatus.SUBMITTED and report.decisions == []


def test_a_flagged_report_cannot_be_closed_until_each_flag_is_acknowledged(world):
    report = _sent(world, FLAGGED_TEXT)
    with pytest.raises(DomainError) as refused:
        decide(report, world.officer, "rejected", rejection_ground="malicious", acknowledged_flags=["accusation"])
    assert refused.value.field == "acknowledged_flags"
    assert "identifies_person" not in refused.value.message, "flags are named in words, not codes"
    from volunteers.watch.labels import FLAG_LABELS

    assert str(FLAG_LABELS["identifies_person"]) in refused.value.message
    assert str(FLAG_LABELS["confrontation"]) in refused.value.message
    decide(
        report,
        world.officer,
        "rejected",
        rejection_ground="malicious",
        reason="Names and labels a neighbour and proposes going round: malicious; reporter given advice.",
        acknowledged_flags=["identifies_person", "accusation", "confrontation"],
    )
    db.session.refresh(report)
    assert report.status == ReportStatus.REJECTED
    assert report.final_decision.rejection_ground == RejectionGround.MALICIOUS
    assert report.final_decision.acknowledged_flags == ["accusation", "confrontation", "identifies_person"]


def test_asking_for_more_information_needs_no_acknowledgement_and_emails_the_question(world, smtp):
    report = _sent(world, FLAGGED_TEXT)
    decide(report, world.officer, "needs_more_information", acknowledged_flags=[], message="What did you see him do?")
    assert report.status == ReportStatus.NEEDS_MORE_INFORMATION
    assert report.decided_at is None
    assert "What did you see him do?" in smtp.text(smtp.last_to(world.member.email))


def test_a_report_is_decided_once(world):
    report = _sent(world)
    decide(report, world.officer)
    with pytest.raises(Conflict):
        decide(report, world.officer, "no_further_action")


def test_an_officer_cannot_decide_on_another_areas_report_nor_on_their_own(world):
    report = _sent(world)
    with pytest.raises(PermissionDenied):
        decide(report, make_officer(make_area(world.force)))
    with pytest.raises(PermissionDenied):
        decide(report, make_coordinator(world.scheme))
    officer_member = make_officer(world.area)
    make_membership(officer_member, world.scheme)
    own = make_report(world.scheme, officer_member)
    with pytest.raises(PermissionDenied):
        decide(own, officer_member)


# --- Summaries ---------------------------------------------------------------------------------

SUMMARY = services.SummaryDetails(
    you_said="Members told us about a child's toy left in the street overnight, worrying about safety.",
    we_did="We asked the council to remove it and spoke to the shops nearby.",
    share_with_scheme=True,
    publish=True,
)


def test_a_summary_goes_with_a_decision_and_is_kept_apart_from_the_report(world):
    report = _sent(world)
    decide(report, world.officer, summary=SUMMARY)
    db.session.refresh(report)
    summary = report.summary
    assert summary.you_said == SUMMARY.you_said and summary.shared_with_scheme and summary.published
    assert summary.scheme_id == world.scheme.id and summary.area_id == world.area.id


def test_a_summary_that_quotes_the_report_is_refused(world):
    report = _sent(world)
    copied = services.SummaryDetails(
        you_said="Someone said a purple tricycle with a brass bell was left by the lamppost.",
        we_did="We moved it.",
        publish=True,
    )
    with pytest.raises(DomainError) as refused:
        decide(report, world.officer, summary=copied)
    assert refused.value.field == "you_said"
    assert "own words" in refused.value.message
    db.session.refresh(report)
    assert report.status == ReportStatus.SUBMITTED and report.summary is None


def test_a_summary_that_names_or_accuses_anyone_is_refused_with_the_words(world):
    report = _sent(world)
    naming = services.SummaryDetails(
        you_said="Members reported the man at number 12 for leaving toys out.", we_did="We spoke to him.", publish=True
    )
    with pytest.raises(DomainError) as refused:
        decide(report, world.officer, summary=naming)
    assert "the man at number 12" in refused.value.message


@pytest.mark.parametrize("decision", ["rejected", "needs_more_information"])
def test_rejected_reports_and_open_questions_are_never_summarised(world, decision):
    report = _sent(world)
    with pytest.raises(DomainError):
        decide(report, world.officer, decision, rejection_ground="unfounded", summary=SUMMARY)
    assert report.summary is None


def test_a_summary_needs_an_audience_and_both_parts(world):
    report = _sent(world)
    decide(report, world.officer)
    for summary, field in (
        (services.SummaryDetails(SUMMARY.you_said, SUMMARY.we_did), "audience"),
        (services.SummaryDetails("", SUMMARY.we_did, publish=True), "you_said"),
        (services.SummaryDetails(SUMMARY.you_said, "", publish=True), "we_did"),
    ):
        with pytest.raises(DomainError) as refused:
            services.share_summary(world.officer, report, summary)
        assert refused.value.field == field


def test_a_summary_may_be_shared_after_the_decision_once(world):
    report = _sent(world)
    decide(report, world.officer, "no_further_action")
    services.share_summary(world.officer, report, SUMMARY)
    with pytest.raises(Conflict):
        services.share_summary(world.officer, report, SUMMARY)
    with pytest.raises(PermissionDenied):
        services.share_summary(make_officer(make_area()), report, SUMMARY)
