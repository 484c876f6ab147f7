"""The recommendations API: lists and reads for the commission and the addressed police, the
police's response and progress, 4xx in the one error shape for bad input and for strangers, and
the schemas in the OpenAPI document."""

from datetime import date, timedelta

import pytest

from tests.youth.recommendation_factories import draft, make_youth_world, sent
from volunteers.youth.models import RecommendationStatus


@pytest.fixture
def world(app):
    return make_youth_world()


def _response(**fields) -> dict:
    return {
        "outcome": "accepted",
        "action_plan": "New lights by the skate park",
        "owner": "Neighbourhood Inspector",
        "due_on": (date.today() + timedelta(days=30)).isoformat(),
        **fields,
    }


def test_the_commission_and_the_addressed_officer_list_it_and_others_do_not(world, client, api_token):
    recommendation = sent(world)
    waiting = draft(world, title="Not sent yet")
    for person, expected in (
        (world.member, {recommendation.id, waiting.id}),
        (world.facilitator, {recommendation.id, waiting.id}),
        (world.officer, {recommendation.id}),
        (world.admin, {recommendation.id}),
        (world.other_officer, set()),
    ):
        answer = client.get("/api/v1/youth/recommendations", headers=api_token(person))
        assert answer.status_code == 200
        assert {r["id"] for r in answer.get_json()["recommendations"]} == expected, person.email


def test_one_recommendation_reads_with_its_deadline_and_names_no_young_person(world, client, api_token):
    recommendation = sent(world)
    answer = client.get(f"/api/v1/youth/recommendations/{recommendation.id}", headers=api_token(world.officer))
    body = answer.get_json()
    assert answer.status_code == 200
    assert body["commission"] == "Northgate Youth Commission"
    assert body["author"] == "A member of Northgate Youth Commission"
    assert body["days_left"] == 28 and body["overdue"] is False
    text = answer.get_data(as_text=True)
    assert world.member.email not in text and world.member.name not in text and world.member.phone not in text


def test_other_areas_officers_get_404_and_not_yet_sent_ones_are_hidden(world, client, api_token):
    recommendation = sent(world)
    waiting = draft(world)
    headers = api_token(world.other_officer)
    assert client.get(f"/api/v1/youth/recommendations/{recommendation.id}", headers=headers).status_code == 404
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/response", json=_response(), headers=headers
    )
    assert answer.status_code == 404
    assert answer.get_json()["code"] == 404
    officer = api_token(world.officer)
    assert client.get(f"/api/v1/youth/recommendations/{waiting.id}", headers=officer).status_code == 404


def test_the_officer_responds_and_reports_progress(world, client, api_token):
    recommendation = sent(world)
    headers = api_token(world.officer)
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/response", json=_response(), headers=headers
    )
    assert answer.status_code == 201, answer.get_json()
    assert answer.get_json()["response"]["on_time"] is True
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/progress",
        json={"status": "implemented", "note": "The lights are on"},
        headers=headers,
    )
    assert answer.status_code == 201
    assert answer.get_json()["status"] == RecommendationStatus.IMPLEMENTED.value


def test_a_not_accepted_response_without_a_reason_is_refused_with_the_field(world, client, api_token):
    recommendation = sent(world)
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/response",
        json=_response(outcome="not_accepted", reason=""),
        headers=api_token(world.officer),
    )
    assert answer.status_code == 400
    assert answer.get_json()["errors"]["reason"] == ["Give the reason for your decision"]
    again = client.get(f"/api/v1/youth/recommendations/{recommendation.id}", headers=api_token(world.officer))
    assert again.get_json()["status"] == "sent" and again.get_json()["response"] is None


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"outcome": "maybe"},
        {"outcome": "accepted", "due_on": "not a date"},
        {"outcome": "accepted", "unknown": "field"},
        {"outcome": "accepted", "owner": "x" * 500},
    ],
)
def test_bad_response_bodies_are_refused_with_4xx(world, client, api_token, body):
    recommendation = sent(world)
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/response", json=body, headers=api_token(world.officer)
    )
    assert 400 <= answer.status_code < 500
    assert set(answer.get_json()) >= {"code", "status", "message"}


def test_a_second_response_and_progress_before_a_response_are_refused(world, client, api_token):
    recommendation = sent(world)
    headers = api_token(world.officer)
    early = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/progress",
        json={"status": "closed", "note": "Nothing to do"},
        headers=headers,
    )
    assert early.status_code == 409
    url = f"/api/v1/youth/recommendations/{recommendation.id}/response"
    assert client.post(url, json=_response(), headers=headers).status_code == 201
    assert client.post(url, json=_response(), headers=headers).status_code == 409


def test_members_cannot_respond(world, client, api_token):
    recommendation = sent(world)
    answer = client.post(
        f"/api/v1/youth/recommendations/{recommendation.id}/response", json=_response(), headers=api_token(world.member)
    )
    assert answer.status_code == 403


def test_the_openapi_document_describes_the_endpoints(client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert "/api/v1/youth/recommendations/{recommendation_id}/response" in document["paths"]
    assert {"Recommendation", "ResponseRequest", "ProgressRequest"} <= set(document["components"]["schemas"])
