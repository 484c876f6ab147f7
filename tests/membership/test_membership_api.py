"""The onboarding API calls the same services as the pages: same rules, same audit trail."""

from datetime import date

import pytest

from tests.factories import make_coordinator, make_membership, make_officer, make_scheme, make_user, record_check
from tests.membership.helpers import events
from volunteers.extensions import db
from volunteers.models import CheckKind, MembershipStatus, SchemeKind

TODAY = date.today().isoformat()


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


def test_a_coordinator_lists_members_with_their_checklists(client, api_token, scheme, coordinator):
    member = make_membership(make_user(name="Mo Member"), scheme)
    response = client.get(f"/api/v1/schemes/{scheme.id}/members?status=active", headers=api_token(coordinator))
    assert response.status_code == 200
    body = {row["name"]: row for row in response.get_json()}
    assert body["Mo Member"]["may_submit"] is True and body["Mo Member"]["email"] == member.user.email
    assert {item["kind"]: item["state"] for item in body["Mo Member"]["checklist"]} == {
        "identity": "current",
        "training": "current",
        "code_of_conduct": "current",
    }


def test_a_bad_filter_is_a_json_422(client, api_token, scheme, coordinator):
    response = client.get(f"/api/v1/schemes/{scheme.id}/members?attention=whatever", headers=api_token(coordinator))
    assert response.status_code == 422 and response.is_json


def test_an_invitation_through_the_api_sends_the_email(client, api_token, scheme, coordinator, smtp):
    response = client.post(
        f"/api/v1/schemes/{scheme.id}/invitations",
        json={"name": "Nia New", "email": "nia@example.test"},
        headers=api_token(coordinator),
    )
    assert response.status_code == 201 and response.get_json()["status"] == "invited"
    assert smtp.last_to("nia@example.test")
    again = client.post(
        f"/api/v1/schemes/{scheme.id}/invitations",
        json={"name": "Nia New", "email": "nia@example.test"},
        headers=api_token(coordinator),
    )
    assert again.status_code == 409 and "already been invited" in again.get_json()["message"]


def test_recording_checks_through_the_api_activates_the_member(client, api_token, scheme, coordinator):
    applicant = make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)
    record_check(applicant, CheckKind.CODE_OF_CONDUCT)
    headers = api_token(coordinator)
    url = f"/api/v1/memberships/{applicant.id}/checks"
    assert (
        client.post(url, json={"kind": "identity", "completed_on": TODAY}, headers=headers).get_json()["status"]
        == "vetting"
    )
    body = client.post(url, json={"kind": "training", "completed_on": TODAY}, headers=headers).get_json()
    assert body["status"] == "active" and body["may_submit"] is True
    future = client.post(url, json={"kind": "training", "completed_on": "2999-01-01"}, headers=headers)
    assert future.status_code == 400 and future.get_json()["errors"] == {
        "completed_on": ["The date must be today or in the past"]
    }


def test_suspending_and_reinstating_through_the_api_need_a_reason(client, api_token, scheme, coordinator):
    member = make_membership(scheme=scheme)
    headers = api_token(coordinator)
    assert client.post(f"/api/v1/memberships/{member.id}/suspension", json={}, headers=headers).status_code == 422
    suspended = client.post(
        f"/api/v1/memberships/{member.id}/suspension", json={"reason": "Complaint"}, headers=headers
    )
    assert suspended.status_code == 200 and suspended.get_json()["status"] == "suspended"
    twice = client.post(f"/api/v1/memberships/{member.id}/suspension", json={"reason": "Again"}, headers=headers)
    assert twice.status_code == 409
    back = client.post(f"/api/v1/memberships/{member.id}/reinstatement", json={"reason": "Resolved"}, headers=headers)
    assert back.get_json()["status"] == "active"
    assert [(e.actor_id, e.action) for e in events() if e.action.startswith("membership.")] == [
        (coordinator.id, "membership.suspended"),
        (coordinator.id, "membership.reinstated"),
    ]


def test_members_log_and_list_their_own_hours_through_the_api(client, api_token, scheme):
    member = make_membership(scheme=scheme)
    headers = api_token(member.user)
    logged = client.post(
        f"/api/v1/memberships/{member.id}/hours",
        json={"worked_on": TODAY, "hours": "1.25", "activity": "leafleting"},
        headers=headers,
    )
    assert logged.status_code == 201 and logged.get_json()["minutes"] == 75
    listed = client.get(f"/api/v1/memberships/{member.id}/hours", headers=headers).get_json()
    assert [entry["minutes"] for entry in listed] == [75]
    bad = client.post(
        f"/api/v1/memberships/{member.id}/hours",
        json={"worked_on": TODAY, "hours": "30", "activity": "patrol"},
        headers=headers,
    )
    assert bad.status_code == 422 and set(bad.get_json()["errors"]) == {"hours", "activity"}


def test_officers_get_no_contact_details_of_young_people_from_the_api(client, api_token, app):
    youth = make_scheme(kind=SchemeKind.YOUTH)
    young = make_membership(make_user(email="young@example.test"), youth)
    officer = make_officer(youth.area)
    body = client.get(f"/api/v1/memberships/{young.id}", headers=api_token(officer)).get_json()
    assert body["checklist"] and "email" not in body and "phone" not in body


def test_the_api_refuses_what_the_pages_refuse(client, api_token, scheme, coordinator):
    other = make_scheme(scheme.area)
    stranger = make_membership(scheme=other)
    headers = api_token(coordinator)
    assert client.get(f"/api/v1/memberships/{stranger.id}", headers=headers).status_code == 403
    assert (
        client.post(f"/api/v1/memberships/{stranger.id}/suspension", json={"reason": "x"}, headers=headers).status_code
        == 403
    )
    assert (
        client.post(
            f"/api/v1/schemes/{other.id}/invitations", json={"name": "X", "email": "x@example.test"}, headers=headers
        ).status_code
        == 403
    )
    db.session.refresh(stranger)
    assert stranger.status == MembershipStatus.ACTIVE
    assert [e.action for e in events()] == ["api_token.created"]


def test_the_openapi_document_describes_the_onboarding_endpoints(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {
        "/api/v1/schemes/{scheme_id}/members",
        "/api/v1/schemes/{scheme_id}/invitations",
        "/api/v1/memberships/{membership_id}/checks",
        "/api/v1/memberships/{membership_id}/hours",
        "/api/v1/me/export",
    } <= set(paths)
