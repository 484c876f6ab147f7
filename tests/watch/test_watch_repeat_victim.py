"""An officer marks a report as from a repeat victim, or unmarks it, with a reason: the judgement
overrides the reporter's word and the count of reports, survives a correction, and is audited."""

from datetime import timedelta

import pytest
from flask import current_app

from tests.factories import make_area, make_member, make_officer
from tests.watch.factories import details, make_report
from volunteers import review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent, OfficerAssignment
from volunteers.permissions import PermissionDenied
from volunteers.watch import services

REASON = "The same household has reported three break-ins to the force this year."


def _notes(officer, report) -> tuple[str, ...]:
    with current_app.test_request_context():
        items = review.QueuePage(officer, review.QueueFilters()).items
    return next(item for item in items if item.id == report.id).notes


def _events():
    db.session.expire_all()
    return [(event.actor_id, event.action) for event in db.session.query(AuditEvent).order_by(AuditEvent.id)]


def _detected_repeat(world):
    for hours in (30, 20):
        sent = utcnow() - timedelta(hours=hours)
        make_report(world.scheme, world.member, now=sent, occurred_at=sent, victim="reporter")
    return make_report(world.scheme, world.member, victim="reporter")


def test_an_officer_marks_a_report_as_from_a_repeat_victim_and_the_queue_says_so(world):
    report = make_report(world.scheme, world.member)
    assert not report.is_repeat_victim
    before = len(_events())
    services.mark_repeat_victim(world.officer, report, True, REASON)
    db.session.expire_all()
    assert report.is_repeat_victim and report.repeat_victim_marked is True
    assert report.repeat_victim_marked_by_id == world.officer.id and report.repeat_victim_mark_reason == REASON
    assert "Repeat victim: marked by an officer" in _notes(world.officer, report)
    assert _events()[before:] == [(world.officer.id, "watch.report.repeat_victim_marked")]


def test_unmarking_overrides_the_count_and_survives_a_correction(world):
    report = _detected_repeat(world)
    assert report.repeat_victim_detected and report.is_repeat_victim
    services.mark_repeat_victim(world.officer, report, False, "These are three reports of one single incident.")
    assert not report.is_repeat_victim
    assert not any("Repeat victim" in note for note in _notes(world.officer, report))
    services.correct_report(world.member, report, details("They came back later the same night.", victim="reporter"))
    db.session.expire_all()
    assert report.repeat_victim_detected and not report.is_repeat_victim


def test_a_mark_is_refused_when_it_changes_nothing_or_comes_without_a_reason(world):
    report = make_report(world.scheme, world.member)
    with pytest.raises(Conflict, match="not counted as from a repeat victim"):
        services.mark_repeat_victim(world.officer, report, False, REASON)
    with pytest.raises(DomainError) as refused:
        services.mark_repeat_victim(world.officer, report, True, "yes")
    assert list(refused.value.errors) == ["reason"]
    services.mark_repeat_victim(world.officer, report, True, REASON)
    with pytest.raises(Conflict, match="already marked"):
        services.mark_repeat_victim(world.officer, report, True, REASON)
    withdrawn = make_report(world.scheme, world.member)
    services.withdraw_report(world.member, withdrawn)
    with pytest.raises(Conflict, match="withdrawn"):
        services.mark_repeat_victim(world.officer, withdrawn, True, REASON)
    db.session.rollback()
    assert [action for _actor, action in _events() if "repeat_victim" in action] == [
        "watch.report.repeat_victim_marked"
    ]


def test_only_an_officer_of_the_area_who_did_not_write_it_judges_it(world):
    report = make_report(world.scheme, world.member)
    reporting_officer = make_member(world.scheme)
    db.session.add(OfficerAssignment(user=reporting_officer, area=world.area))
    db.session.commit()
    own = make_report(world.scheme, reporting_officer)
    for actor, target in (
        (world.member, report),
        (make_officer(make_area(world.force)), report),
        (reporting_officer, own),
    ):
        with pytest.raises(PermissionDenied):
            services.mark_repeat_victim(actor, target, True, REASON)
    db.session.rollback()
    assert not any("repeat_victim" in action for _actor, action in _events())


# --- The page and the API -----------------------------------------------------------------------


def test_the_officer_marks_it_from_the_report_page(world, client, login_as):
    report = make_report(world.scheme, world.member)
    login_as(world.officer)
    url = f"/watch/reports/{report.id}/repeat-victim"
    assert url in client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
    assert client.get(url).status_code == 200
    assert client.post(url, data={"repeat": "yes", "reason": ""}).status_code == 400
    response = client.post(url, data={"repeat": "yes", "reason": REASON}, follow_redirects=True)
    text = response.get_data(as_text=True)
    assert "Marked as from a repeat victim by" in text and REASON in text
    assert "Not from a repeat victim: unmark" in text


def test_the_reporter_sees_no_mark_link_and_cannot_post_one(world, client, login_as):
    report = make_report(world.scheme, world.member)
    login_as(world.member)
    assert "/repeat-victim" not in client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
    assert (
        client.post(f"/watch/reports/{report.id}/repeat-victim", data={"repeat": "yes", "reason": REASON}).status_code
        == 403
    )
    db.session.expire_all()
    assert report.repeat_victim_marked is None


def test_the_api_marks_it_and_the_reporter_still_sees_only_what_they_said(world, client, api_token):
    report = make_report(world.scheme, world.member)
    url = f"/api/v1/watch/reports/{report.id}/repeat-victim"
    assert client.post(url, json={"repeat_victim": True}, headers=api_token(world.officer)).status_code == 422
    response = client.post(url, json={"repeat_victim": True, "reason": REASON}, headers=api_token(world.officer))
    assert response.status_code == 200 and response.get_json()["repeat_victim"] is True
    mine = client.get(f"/api/v1/watch/reports/{report.id}", headers=api_token(world.member)).get_json()
    assert mine["repeat_victim"] is False
    refused = client.post(url, json={"repeat_victim": False, "reason": REASON}, headers=api_token(world.member))
    assert refused.status_code == 403
