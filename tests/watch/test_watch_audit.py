"""Every submission, flag, decision, share and alert is in the audit trail with its actor and
reason; a refused call leaves nothing there."""

import io

import pytest
import sqlalchemy as sa

from tests.factories import make_area, make_officer, make_user
from tests.watch.factories import FLAGGED_TEXT, decide, details, make_report
from tests.watch.test_watch_photos import png_bytes
from volunteers import audit
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.watch import services

SUMMARY = services.SummaryDetails(
    you_said="Members told us about damage to parked cars overnight.",
    we_did="We added the street to evening patrols.",
    share_with_scheme=True,
)


def events(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)))


def only_event(action: str, actor) -> AuditEvent:
    found = events(action)
    assert len(found) == 1, [event.action for event in found]
    assert found[0].actor_id == actor.id
    return found[0]


def test_sending_a_report_is_one_event_attributed_to_the_force_without_its_text(world):
    report = services.submit_report(world.member, world.scheme, details())
    event = only_event("watch.report.submitted", world.member)
    assert event.subject_type == "watch_report" and event.subject_id == str(report.id)
    assert event.force_id == world.force.id
    assert report.description not in str(event.after)
    assert events("watch.report.flagged") == []


def test_a_flagged_report_records_the_flags_and_that_the_writer_sent_it_anyway(world):
    make_report(world.scheme, world.member, FLAGGED_TEXT)
    event = only_event("watch.report.flagged", world.member)
    assert "Sent after the writer was shown" in event.reason
    assert sorted(event.after["flags"]) == ["accusation", "confrontation", "identifies_person"]


def test_a_refused_report_leaves_no_event(world):
    with pytest.raises(services.FlagsToConfirm):
        services.submit_report(world.member, world.scheme, details(FLAGGED_TEXT))
    with pytest.raises(DomainError):
        services.submit_report(world.member, world.scheme, details(""))
    with pytest.raises(PermissionDenied):
        services.submit_report(make_user(), world.scheme, details())
    assert db.session.scalar(sa.select(sa.func.count(AuditEvent.id))) == 0


def test_corrections_replies_and_withdrawals_are_each_one_event(world):
    report = make_report(world.scheme, world.member)
    services.correct_report(world.member, report, details("They tried three car doors, then left."))
    assert only_event("watch.report.corrected", world.member).after["version"] == 2
    decide(report, world.officer, "needs_more_information", message="Which way did they go?")
    only_event("watch.report.more_information_requested", world.officer)
    services.correct_report(world.member, report, details(), reply="Towards the park.")
    only_event("watch.report.replied", world.member)
    services.withdraw_report(world.member, report, "The owner says nothing was taken.")
    assert only_event("watch.report.withdrawn", world.member).reason == "The owner says nothing was taken."


def test_a_decision_is_one_event_with_its_reason_and_the_flags_acknowledged(world):
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    before = db.session.scalar(sa.select(sa.func.count(AuditEvent.id)))
    with pytest.raises(DomainError):
        decide(report, world.officer, acknowledged_flags=[])
    with pytest.raises(PermissionDenied):
        decide(report, make_officer(make_area()))
    assert db.session.scalar(sa.select(sa.func.count(AuditEvent.id))) == before
    decide(report, world.officer, reason="Reporter advised; a neighbour dispute passed to the council's mediators.")
    event = only_event("watch.report.decided", world.officer)
    assert event.reason.startswith("Reporter advised")
    assert event.before == {"status": "submitted"} and event.after["status"] == "actioned"
    assert sorted(event.after["acknowledged_flags"]) == ["accusation", "confrontation", "identifies_person"]


def test_sharing_a_summary_is_its_own_event(world):
    report = make_report(world.scheme, world.member)
    decide(report, world.officer, summary=SUMMARY)
    event = only_event("watch.summary.shared", world.officer)
    assert event.after == {"report_id": report.id, "shared_with_scheme": True, "published": False}
    later = make_report(world.scheme, world.member)
    decide(later, world.officer)
    with pytest.raises(DomainError):
        services.share_summary(world.officer, later, services.SummaryDetails("", "", share_with_scheme=True))
    assert len(events("watch.summary.shared")) == 1


def test_an_alert_is_one_event_naming_its_schemes_and_recipients(world):
    with pytest.raises(DomainError):
        services.send_alert(world.officer, world.area, [world.scheme], "", "No title")
    assert events("watch.alert.sent") == []
    alert = services.send_alert(world.officer, world.area, [world.scheme], "Bike thefts", "Lock your bikes.")
    event = only_event("watch.alert.sent", world.officer)
    assert event.subject_id == str(alert.id) and event.reason == "Bike thefts"
    assert event.after == {"scheme_ids": [world.scheme.id], "recipients": 1}


def test_uploading_a_photo_before_sending_records_nothing_and_the_chain_stays_intact(world):
    services.store_photos(world.member, world.scheme, [services.Upload("a.png", io.BytesIO(png_bytes()))])
    assert db.session.scalar(sa.select(sa.func.count(AuditEvent.id))) == 0
    make_report(world.scheme, world.member, FLAGGED_TEXT)
    assert audit.verify_chain()[1] is None
