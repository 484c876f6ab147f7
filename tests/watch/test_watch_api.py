"""Neighbourhood Watch in the JSON API: screening, a member's own reports, officers' decisions and
the review queue, with the same rules as the pages."""

from datetime import timedelta

import pytest

from tests.factories import (
    make_area,
    make_coordinator,
    make_member,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
)
from tests.watch.factories import FLAGGED_TEXT, ORDINARY_TEXT, make_report, make_watch_world
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import MembershipStatus, SchemeKind
from volunteers.watch.models import Report, ReportStatus


def body(world, **values):
    data = {
        "scheme_id": world.scheme.id,
        "category": "vehicle_crime",
        "occurred_at": (utcnow() - timedelta(hours=2)).isoformat(),
        "location": "Mill Lane",
        "description": ORDINARY_TEXT,
    }
    data.update(values)
    return data


def test_screening_returns_each_flag_with_its_evidence_and_stores_nothing(world, client, api_token):
    response = client.post(
        "/api/v1/watch/screen",
        json={"text": "Those foreigners at number 7 are scum, we should sort them out.", "location": "Elm Road"},
        headers=api_token(world.member),
    )
    assert response.status_code == 200
    flags = {flag["kind"]: flag["evidence"] for flag in response.get_json()["flags"]}
    assert set(flags) == {"identifies_person", "accusation", "confrontation", "identity_suspicion"}
    assert "foreigners" in flags["identity_suspicion"]
    assert db.session.query(Report).count() == 0
    clean = client.post("/api/v1/watch/screen", json={"text": ORDINARY_TEXT}, headers=api_token(world.member))
    assert clean.get_json() == {"flags": []}


def test_screening_is_for_signed_in_members(world, client, api_token):
    assert client.post("/api/v1/watch/screen", json={"text": "hello"}).status_code == 401
    assert client.post("/api/v1/watch/screen", json={"text": "x"}, headers=api_token(make_user())).status_code == 403


def test_a_member_sends_a_report_through_the_api(world, client, api_token):
    response = client.post("/api/v1/watch/reports", json=body(world), headers=api_token(world.member))
    assert response.status_code == 201
    sent = response.get_json()
    assert sent["status"] == "submitted" and sent["description"] == ORDINARY_TEXT and sent["flags"] == []
    assert db.session.get(Report, sent["id"]).reporter_id == world.member.id


def test_a_report_to_a_members_speed_watch_scheme_says_where_reports_go(world, client, api_token):
    speedwatch = make_scheme(world.scheme.area, SchemeKind.SPEEDWATCH, name="Mill Lane Speed Watch")
    member = make_member(speedwatch)
    response = client.post(
        "/api/v1/watch/reports", json=body(world, scheme_id=speedwatch.id), headers=api_token(member)
    )
    assert response.status_code == 400
    assert response.get_json()["errors"] == {
        "scheme_id": [
            "Mill Lane Speed Watch is not a Neighbourhood Watch scheme: send reports to a Neighbourhood Watch scheme"
        ]
    }
    # Someone who is not a member of it learns nothing about the scheme.
    stranger = client.post(
        "/api/v1/watch/reports", json=body(world, scheme_id=speedwatch.id), headers=api_token(world.member)
    )
    assert stranger.status_code == 403 and "Speed Watch" not in stranger.get_data(as_text=True)
    assert db.session.query(Report).count() == 0


def test_flagged_words_get_a_409_with_the_flags_until_sent_anyway(world, client, api_token):
    headers = api_token(world.member)
    refused = client.post("/api/v1/watch/reports", json=body(world, description=FLAGGED_TEXT), headers=headers)
    assert refused.status_code == 409
    assert {flag["kind"] for flag in refused.get_json()["flags"]} == {
        "identifies_person",
        "accusation",
        "confrontation",
    }
    assert db.session.query(Report).count() == 0
    sent = client.post(
        "/api/v1/watch/reports", json=body(world, description=FLAGGED_TEXT, send_anyway=True), headers=headers
    )
    assert sent.status_code == 201 and len(sent.get_json()["flags"]) == 3


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"description": ""}, 400),
        ({"description": "x" * 20_000}, 400),
        ({"occurred_at": (utcnow() + timedelta(days=1)).isoformat()}, 400),
        ({"category": "gossip"}, 422),
        ({"scheme_id": 2**31 - 1}, 404),
        ({"occurred_at": "yesterday"}, 422),
    ],
)
def test_bad_reports_through_the_api_get_a_clear_4xx(world, client, api_token, changes, status):
    response = client.post("/api/v1/watch/reports", json=body(world, **changes), headers=api_token(world.member))
    assert response.status_code == status
    answer = response.get_json()
    assert answer.get("message") or answer["errors"]
    assert db.session.query(Report).count() == 0


def test_a_suspended_member_cannot_send_a_report_through_the_api(world, client, api_token):
    membership = world.member.membership_of(world.scheme.id)
    membership.status = MembershipStatus.SUSPENDED
    db.session.commit()
    response = client.post("/api/v1/watch/reports", json=body(world), headers=api_token(world.member))
    assert response.status_code == 403
    assert db.session.query(Report).count() == 0


def test_a_member_lists_only_their_own_reports_without_officer_only_flags(world, client, api_token):
    mine = make_report(world.scheme, world.member, FLAGGED_TEXT)
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    make_report(world.scheme, neighbour)
    listed = client.get("/api/v1/watch/reports", headers=api_token(world.member)).get_json()
    assert [report["id"] for report in listed["reports"]] == [mine.id]
    assert listed["total"] == 1
    assert "reason" not in str(listed)


def test_a_member_cannot_read_another_members_report_by_id(world, client, api_token):
    report = make_report(world.scheme, world.member)
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    for outsider in (neighbour, make_coordinator(world.scheme), make_officer(make_area())):
        response = client.get(f"/api/v1/watch/reports/{report.id}", headers=api_token(outsider))
        assert response.status_code == 404
        assert ORDINARY_TEXT not in response.get_data(as_text=True)
    assert client.get(f"/api/v1/watch/reports/{report.id}", headers=api_token(world.member)).status_code == 200
    assert client.get(f"/api/v1/watch/reports/{report.id}", headers=api_token(world.officer)).status_code == 200


def test_an_officer_decides_through_the_api_and_must_acknowledge_flags(world, client, api_token, smtp):
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    headers = api_token(world.officer)
    decision = {
        "decision": "no_further_action",
        "reason": "Neighbour dispute; reporter advised against going round and given mediation details.",
        "message": "We have sent you details of the mediation service.",
    }
    refused = client.post(f"/api/v1/watch/reports/{report.id}/decision", json=decision, headers=headers)
    assert refused.status_code == 400 and "acknowledged_flags" in refused.get_json()["errors"]
    decision["acknowledged_flags"] = report.flag_kinds()
    decided = client.post(f"/api/v1/watch/reports/{report.id}/decision", json=decision, headers=headers)
    assert decided.status_code == 200
    assert decided.get_json()["status"] == "no_further_action"
    assert decided.get_json()["decisions"][0]["reason"] == decision["reason"]
    assert smtp.last_to(world.member.email)


def test_an_officer_cannot_decide_on_another_areas_report_through_the_api(world, client, api_token):
    report = make_report(world.scheme, world.member)
    response = client.post(
        f"/api/v1/watch/reports/{report.id}/decision",
        json={"decision": "actioned", "reason": "Because I can reach it from here.", "message": "Done."},
        headers=api_token(make_officer(make_area(world.force))),
    )
    assert response.status_code == 404
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.SUBMITTED


def test_the_review_queue_in_the_api_is_in_priority_order_for_the_officers_areas(world, client, api_token):
    plain = make_report(world.scheme, world.member)
    flagged = make_report(world.scheme, world.member, FLAGGED_TEXT)
    elsewhere = make_watch_world()
    make_report(elsewhere.scheme, elsewhere.member)
    response = client.get("/api/v1/review/queue", headers=api_token(world.officer))
    items = response.get_json()["items"]
    assert [item["id"] for item in items] == [flagged.id, plain.id]
    assert items[0]["kind"] == "watch_report" and items[0]["flags"] and items[0]["age_seconds"] >= 0
    filtered = client.get("/api/v1/review/queue?flag=accusation", headers=api_token(world.officer)).get_json()
    assert [item["id"] for item in filtered["items"]] == [flagged.id]
    assert client.get("/api/v1/review/queue", headers=api_token(world.member)).status_code == 403


@pytest.mark.app_config(SCREEN_RATE_LIMIT="3 per minute")
def test_screening_is_rate_limited_per_person(app, client, api_token):
    from tests.watch.factories import make_watch_world

    world = make_watch_world()
    headers = api_token(world.member)
    statuses = [
        client.post("/api/v1/watch/screen", json={"text": "a van parked on the kerb"}, headers=headers).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


def test_screening_refuses_text_longer_than_a_report_could_be(app, client, api_token):
    from tests.watch.factories import make_watch_world

    world = make_watch_world()
    response = client.post("/api/v1/watch/screen", json={"text": "x" * 20_001}, headers=api_token(world.member))
    assert response.status_code == 422
    assert response.is_json
