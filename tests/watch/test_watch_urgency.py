"""Urgent reports reach an officer at once: the area's officers are emailed, the report tops every
queue and officers' home pages, and officers may mark a report urgent or not, with a reason."""

import sqlalchemy as sa

from tests.factories import make_area, make_member, make_officer
from tests.watch.factories import ORDINARY_TEXT, details, make_report
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.watch import services

DANGER = "Someone is threatening people with a knife outside the shop."


def _urgent_emails(smtp, person) -> list:
    return [message for message in smtp.to(person.email) if message["Subject"].startswith("Urgent report in")]


def test_an_urgent_report_emails_the_areas_officers_at_once_and_says_where_not_what(world, smtp):
    colleague = make_officer(world.area)
    elsewhere = make_officer(make_area(world.force))
    report = make_report(world.scheme, world.member, DANGER)
    assert report.urgent
    for officer in (world.officer, colleague):
        [email] = _urgent_emails(smtp, officer)
        text = smtp.text(email)
        assert f"/watch/reports/{report.id}" in text
        assert "knife" not in text and "threatening" not in text
    assert not _urgent_emails(smtp, elsewhere)
    assert not _urgent_emails(smtp, world.member)


def test_an_ordinary_report_emails_nobody(world, smtp):
    ordinary = make_report(world.scheme, world.member, ORDINARY_TEXT)
    assert not ordinary.urgent
    assert not _urgent_emails(smtp, world.officer)


def test_an_officer_marks_a_report_urgent_with_a_reason_and_it_stays_so(world, client, login_as, smtp):
    report = make_report(world.scheme, world.member, ORDINARY_TEXT)
    colleague = make_officer(world.area)
    login_as(world.officer)
    page = client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
    assert "Mark as urgent" in page
    refused = client.post(f"/watch/reports/{report.id}/urgency", data={"reason": "why"})
    assert refused.status_code == 200 and "Explain your reason" in refused.get_data(as_text=True)
    reason = "Known to the neighbourhood team: this car has been used in a robbery."
    assert client.post(f"/watch/reports/{report.id}/urgency", data={"reason": reason}).status_code == 302
    db.session.expire_all()
    assert report.urgent and report.urgency_set_by_officer is True
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "watch.report.marked_urgent"))
    assert event.actor_id == world.officer.id and event.reason == reason
    assert _urgent_emails(smtp, colleague)

    services.correct_report(world.member, report, details(ORDINARY_TEXT + " It left at 3pm."))
    db.session.expire_all()
    assert report.urgent, "an officer's view outlasts the guard's on a correction"


def test_an_officer_marks_a_report_not_urgent_and_the_guard_does_not_mark_it_again(world, client, login_as):
    report = make_report(world.scheme, world.member, DANGER)
    login_as(world.officer)
    reason = "Spoke to the caller: it was a toy and the police are already there."
    assert client.post(f"/watch/reports/{report.id}/urgency", data={"reason": reason}).status_code == 302
    services.correct_report(world.member, report, details(DANGER + " Still there."), send_anyway=True)
    db.session.expire_all()
    assert not report.urgent
    assert db.session.scalar(sa.select(AuditEvent.action).where(AuditEvent.action == "watch.report.marked_not_urgent"))


def test_only_an_officer_of_the_area_marks_urgency_and_only_while_the_report_is_open(
    world, client, login_as, api_token
):
    report = make_report(world.scheme, world.member, ORDINARY_TEXT)
    reason = {"urgent": True, "reason": "A good reason given in a full sentence."}
    outsider = make_officer(make_area(world.force))
    assert (
        client.post(f"/api/v1/watch/reports/{report.id}/urgency", json=reason, headers=api_token(outsider)).status_code
        == 404
    )
    login_as(world.member)
    assert client.get(f"/watch/reports/{report.id}/urgency").status_code == 403
    answered = client.post(f"/api/v1/watch/reports/{report.id}/urgency", json=reason, headers=api_token(world.officer))
    assert answered.status_code == 200 and answered.get_json()["urgent"] is True
    from tests.watch.factories import decide

    decide(report, world.officer)
    again = client.post(
        f"/api/v1/watch/reports/{report.id}/urgency",
        json={"urgent": False, "reason": reason["reason"]},
        headers=api_token(world.officer),
    )
    assert again.status_code == 409


def test_an_officers_home_page_lists_urgent_reports_first_with_how_long_they_waited(world, client, login_as):
    make_report(world.scheme, world.member, ORDINARY_TEXT)
    urgent = make_report(world.scheme, world.member, DANGER)
    login_as(world.officer)
    page = client.get("/").get_data(as_text=True)
    assert "1 urgent" in page
    listed = page.split("app-urgent-list")[1].split("</ul>")[0]
    assert f"/watch/reports/{urgent.id}" in listed and "waiting" in listed
    assert make_member(world.scheme)  # a member's home page has no such list


def test_a_confrontation_planned_for_tonight_is_urgent_and_reaches_the_officers(world, smtp):
    report = make_report(world.scheme, world.member, "We're going round there tonight to sort him out.")
    assert report.urgent
    [email] = _urgent_emails(smtp, world.officer)
    assert "tonight" not in smtp.text(email) and "sort him out" not in smtp.text(email)
