"""An officer's reason for a decision must explain it: long enough AND a sentence of at least three
words. A single long word (or two) is refused on the page, through the API and by the service."""

import pytest
import sqlalchemy as sa

from tests.watch.factories import decide, make_report
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.watch.models import Report, ReportStatus

# Each is at least 20 characters (the default minimum) but fewer than three words.
TOO_FEW_WORDS = [
    "Antidisestablishmentarianism",
    "Patrolsalreadyplanned thisweek",
]
MESSAGE = "Thank you. Officers will patrol the road at night this week."
REFUSAL = "Explain your reason in a sentence or more"


@pytest.fixture
def report(world):
    return make_report(world.scheme, world.member)


def _still_awaiting_review(report) -> None:
    db.session.expire_all()
    stored = db.session.get(Report, report.id)
    assert stored.status == ReportStatus.SUBMITTED and stored.decisions == []
    decided = sa.select(AuditEvent).where(AuditEvent.action == "watch.report.decided")
    assert db.session.scalars(decided).all() == []


@pytest.mark.parametrize("reason", TOO_FEW_WORDS)
def test_a_long_reason_of_fewer_than_three_words_is_refused_by_the_service(world, report, reason):
    assert len(reason) >= 20
    with pytest.raises(DomainError) as refused:
        decide(report, world.officer, reason=reason)
    assert refused.value.field == "reason" and REFUSAL in refused.value.message
    db.session.rollback()
    _still_awaiting_review(report)


@pytest.mark.parametrize("reason", TOO_FEW_WORDS)
def test_a_long_reason_of_fewer_than_three_words_is_refused_on_the_decision_page(
    world, report, client, login_as, smtp, reason
):
    login_as(world.officer)
    response = client.post(
        f"/watch/reports/{report.id}/decide",
        data={"decision": "actioned", "reason": reason, "message": MESSAGE},
    )
    assert response.status_code == 200
    assert REFUSAL in response.get_data(as_text=True)
    _still_awaiting_review(report)
    assert smtp.to(world.member.email) == []


@pytest.mark.parametrize("reason", TOO_FEW_WORDS)
def test_a_long_reason_of_fewer_than_three_words_is_refused_through_the_api(world, report, client, api_token, reason):
    response = client.post(
        f"/api/v1/watch/reports/{report.id}/decision",
        json={"decision": "actioned", "reason": reason, "message": MESSAGE},
        headers=api_token(world.officer),
    )
    assert response.status_code == 400
    assert REFUSAL in response.get_json()["errors"]["reason"][0]
    _still_awaiting_review(report)


def test_a_reason_of_three_words_and_enough_characters_is_accepted(world, report, client, api_token):
    response = client.post(
        f"/api/v1/watch/reports/{report.id}/decision",
        json={"decision": "actioned", "reason": "Patrols arranged tonight.", "message": MESSAGE},
        headers=api_token(world.officer),
    )
    assert response.status_code == 200 and response.get_json()["status"] == "actioned"
