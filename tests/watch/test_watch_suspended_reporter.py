"""A suspended member may no longer change or add to their open reports (that is submitting), but
may still take one back. (Corrections have no API endpoint: the page and the service are the ways.)"""

from datetime import timedelta

import pytest

from tests.factories import make_coordinator
from tests.form_data import moment_typed
from tests.watch.factories import ORDINARY_TEXT, decide, details, make_report
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.permissions import PermissionDenied
from volunteers.watch import services
from volunteers.watch.models import Report, ReportStatus

CHANGED_TEXT = "They tried the handles of three cars, then walked off towards the station."


def _report_in(world, status: ReportStatus) -> Report:
    """An open report by the member, sent while they were active, then the member is suspended."""
    report = make_report(world.scheme, world.member)
    if status == ReportStatus.NEEDS_MORE_INFORMATION:
        decide(report, world.officer, "needs_more_information", message="Which way did they go?")
    membership = world.member.membership_of(world.scheme.id)
    lifecycle.suspend(make_coordinator(world.scheme), membership, "Complaint under review")
    assert report.status == status and report.is_open
    return report


def _correction_form(world, **values) -> dict:
    data = {
        "category": "suspicious_activity",
        **moment_typed("occurred_at", utcnow() - timedelta(hours=3)),
        "location": "Mill Lane",
        "description": CHANGED_TEXT,
        "victim": "none",
        "reply": "Towards the station.",
    }
    data.update(values)
    return data


def _unchanged(report_id: int, status: ReportStatus) -> None:
    db.session.expire_all()
    stored = db.session.get(Report, report_id)
    assert (stored.status, stored.version, stored.description) == (status, 1, ORDINARY_TEXT)
    assert len(stored.versions) == 1


OPEN_STATUSES = [ReportStatus.SUBMITTED, ReportStatus.NEEDS_MORE_INFORMATION]


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_a_suspended_reporter_cannot_correct_an_open_report_on_the_page(world, client, login_as, status):
    report = _report_in(world, status)
    login_as(world.member)
    assert client.get(f"/watch/reports/{report.id}").status_code == 200
    assert client.get(f"/watch/reports/{report.id}/correct").status_code == 403
    response = client.post(f"/watch/reports/{report.id}/correct", data=_correction_form(world))
    assert response.status_code == 403
    _unchanged(report.id, status)


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_a_suspended_reporter_cannot_correct_an_open_report_through_the_service(world, status):
    report = _report_in(world, status)
    with pytest.raises(PermissionDenied):
        services.correct_report(world.member, report, details(CHANGED_TEXT), reply="Towards the station.")
    db.session.rollback()
    _unchanged(report.id, status)


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_a_suspended_reporter_can_still_withdraw_an_open_report_on_the_page(world, client, login_as, status):
    report = _report_in(world, status)
    login_as(world.member)
    assert client.get(f"/watch/reports/{report.id}/withdraw").status_code == 200
    response = client.post(f"/watch/reports/{report.id}/withdraw", data={"reason": "It was the window cleaner."})
    assert response.status_code == 302
    db.session.expire_all()
    stored = db.session.get(Report, report.id)
    assert stored.status == ReportStatus.WITHDRAWN and stored.withdrawal_reason == "It was the window cleaner."


def test_a_suspended_reporter_can_still_withdraw_an_open_report_through_the_service(world):
    report = _report_in(world, ReportStatus.SUBMITTED)
    services.withdraw_report(world.member, report, "It was the window cleaner.")
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.WITHDRAWN
