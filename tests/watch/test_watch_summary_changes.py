"""An officer changes or withdraws a summary already shared or published: the scheme's and the
public pages show only the current text (nothing once withdrawn), and the report's page keeps the
history of every text it had."""

import pytest

from tests.factories import make_area, make_coordinator, make_officer
from tests.watch.factories import decide, make_report
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.watch import services
from volunteers.watch.models import SummaryChange, WatchSummary

FIRST = services.SummaryDetails(
    you_said="Members told us about damage to parked cars overnight.",
    we_did="We added the street to evening patrols.",
    share_with_scheme=True,
    publish=True,
)
SECOND = services.SummaryDetails(
    you_said="Members told us about damage to parked cars overnight.",
    we_did="We added the street to evening patrols, and two people were charged.",
    share_with_scheme=True,
    publish=True,
)
REASON = "Two people were charged after the patrols; the outcome is now known."


@pytest.fixture
def summary(world) -> WatchSummary:
    report = make_report(world.scheme, world.member)
    decide(report, world.officer, summary=FIRST)
    return report.summary


def _pages(client, world) -> str:
    return "".join(
        client.get(url).get_data(as_text=True)
        for url in (f"/watch/you-said-we-did/{world.area.id}", f"/watch/schemes/{world.scheme.id}/summaries", "/")
    )


def _events(action: str) -> list[AuditEvent]:
    db.session.expire_all()
    return db.session.query(AuditEvent).filter(AuditEvent.action == action).all()


def test_a_change_shows_only_the_new_text_and_keeps_the_old_in_the_history(world, summary, client, login_as):
    services.change_summary(world.officer, summary, SECOND, REASON)
    login_as(world.member)
    pages = _pages(client, world)
    assert SECOND.we_did in pages and FIRST.we_did not in pages
    db.session.expire_all()
    assert [(v.number, v.change, v.we_did) for v in summary.versions] == [
        (1, SummaryChange.SHARED, FIRST.we_did),
        (2, SummaryChange.CHANGED, SECOND.we_did),
    ]
    login_as(world.officer)
    report_page = client.get(f"/watch/reports/{summary.report_id}").get_data(as_text=True)
    assert "History of the summary (2 versions)" in report_page
    assert FIRST.we_did in report_page and REASON in report_page
    [event] = _events("watch.summary.changed")
    assert (event.actor_id, event.reason) == (world.officer.id, REASON)
    assert event.before["version"] == 1 and event.after["version"] == 2


def test_withdrawing_takes_it_off_every_page_and_keeps_its_text(world, summary, client, login_as):
    services.withdraw_summary(world.officer, summary, "The case is now before the court; nothing to be shared.")
    login_as(world.member)
    pages = _pages(client, world)
    assert FIRST.you_said not in pages and FIRST.we_did not in pages
    index = client.get("/watch/you-said-we-did").get_data(as_text=True)
    assert f"/watch/you-said-we-did/{world.area.id}" not in index
    db.session.expire_all()
    assert summary.withdrawn_at is not None and not summary.shared_with_scheme and not summary.published
    assert summary.versions[-1].change == SummaryChange.WITHDRAWN and summary.versions[-1].we_did == FIRST.we_did
    assert [(e.actor_id, e.action) for e in _events("watch.summary.withdrawn")] == [
        (world.officer.id, "watch.summary.withdrawn")
    ]
    with pytest.raises(Conflict):
        services.withdraw_summary(world.officer, summary, "Withdrawing it a second time by mistake.")


def test_a_withdrawn_summary_is_shared_again_only_by_changing_it(world, summary, client):
    services.withdraw_summary(world.officer, summary, "The case is now before the court; nothing to be shared.")
    services.change_summary(world.officer, summary, FIRST, "The court case has ended; the summary can be shown.")
    assert FIRST.we_did in client.get(f"/watch/you-said-we-did/{world.area.id}").get_data(as_text=True)
    db.session.expire_all()
    assert summary.withdrawn_at is None and [v.change for v in summary.versions] == [
        SummaryChange.SHARED,
        SummaryChange.WITHDRAWN,
        SummaryChange.CHANGED,
    ]


def test_a_changed_summary_is_held_to_the_same_rules_as_the_first(world, summary):
    report = summary.report
    quoting = services.SummaryDetails(you_said=report.description, we_did="We patrolled.", share_with_scheme=True)
    with pytest.raises(DomainError) as refused:
        services.change_summary(world.officer, summary, quoting, "")
    assert set(refused.value.errors) == {"you_said", "reason"}
    nobody = services.SummaryDetails(you_said=SECOND.you_said, we_did=SECOND.we_did)
    with pytest.raises(DomainError) as no_audience:
        services.change_summary(world.officer, summary, nobody, REASON)
    assert "audience" in no_audience.value.errors
    with pytest.raises(Conflict):
        services.change_summary(world.officer, summary, FIRST, REASON)
    db.session.rollback()
    assert _events("watch.summary.changed") == []
    db.session.expire_all()
    assert summary.version == 1 and len(summary.versions) == 1


def test_only_an_officer_of_the_area_changes_or_withdraws_it(world, summary):
    for actor in (world.member, make_coordinator(world.scheme), make_officer(make_area(world.force))):
        with pytest.raises(PermissionDenied):
            services.change_summary(actor, summary, SECOND, REASON)
        with pytest.raises(PermissionDenied):
            services.withdraw_summary(actor, summary, REASON)
    db.session.rollback()
    assert _events("watch.summary.changed") == [] and _events("watch.summary.withdrawn") == []


# --- Pages and the API ---------------------------------------------------------------------------


def test_the_officer_changes_and_withdraws_it_from_the_report_page(world, summary, client, login_as):
    login_as(world.officer)
    report_page = client.get(f"/watch/reports/{summary.report_id}").get_data(as_text=True)
    change, withdraw = f"/watch/summaries/{summary.id}/change", f"/watch/summaries/{summary.id}/withdraw"
    assert change in report_page and withdraw in report_page
    assert FIRST.we_did in client.get(change).get_data(as_text=True)
    form = {"you_said": SECOND.you_said, "we_did": SECOND.we_did, "share_with_scheme": "y", "publish": "y"}
    assert client.post(change, data={**form, "reason": ""}).status_code == 400
    response = client.post(change, data={**form, "reason": REASON}, follow_redirects=True)
    assert "Summary changed" in response.get_data(as_text=True)
    assert client.get(withdraw).status_code == 200
    response = client.post(withdraw, data={"reason": "It named the street, which points to one house."})
    assert response.status_code == 302
    assert SECOND.we_did not in client.get(f"/watch/you-said-we-did/{world.area.id}").get_data(as_text=True)


def test_members_cannot_open_or_post_the_summary_pages(world, summary, client, login_as):
    login_as(world.member)
    assert client.get(f"/watch/summaries/{summary.id}/change").status_code == 403
    assert client.post(f"/watch/summaries/{summary.id}/withdraw", data={"reason": REASON}).status_code == 403
    db.session.expire_all()
    assert summary.withdrawn_at is None


def test_the_api_changes_and_withdraws_it_with_the_versions_in_the_answer(world, summary, client, api_token):
    headers = api_token(world.officer)
    url = f"/api/v1/watch/reports/{summary.report_id}/summary"
    body = {"you_said": SECOND.you_said, "we_did": SECOND.we_did, "share_with_scheme": True, "publish": False}
    assert client.put(url, json=body, headers=headers).status_code == 422
    changed = client.put(url, json={**body, "reason": REASON}, headers=headers)
    assert changed.status_code == 200
    answer = changed.get_json()
    assert answer["we_did"] == SECOND.we_did and answer["published"] is False and answer["version"] == 2
    assert [v["change"] for v in answer["versions"]] == ["shared", "changed"]
    withdrawn = client.post(f"{url}/withdrawal", json={"reason": REASON}, headers=headers)
    assert withdrawn.status_code == 200 and withdrawn.get_json()["withdrawn_at"]
    assert client.post(f"{url}/withdrawal", json={"reason": REASON}, headers=headers).status_code == 409
    no_summary = make_report(world.scheme, world.member)
    missing = client.put(
        f"/api/v1/watch/reports/{no_summary.id}/summary", json={**body, "reason": REASON}, headers=headers
    )
    assert missing.status_code == 404
    member = client.put(url, json={**body, "reason": REASON}, headers=api_token(world.member))
    assert member.status_code == 403
