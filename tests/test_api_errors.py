"""Every error of the JSON API has one shape: code, status, message, and `errors` by field when
the problems belong to fields (an object of lists, never null), plus documented extras."""

import base64

import pytest

from tests.factories import PASSWORD, make_coordinator, make_member, make_membership, make_scheme, make_user
from tests.watch.factories import FLAGGED_TEXT
from volunteers.db_types import utcnow

ERROR_KEYS = {"code", "status", "message"}


def basic(email, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()}


def assert_error_shape(response, status: int, extras: frozenset = frozenset()):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert ERROR_KEYS <= set(body), body
    assert body["code"] == status and isinstance(body["status"], str) and body["message"]
    assert set(body) <= ERROR_KEYS | {"errors"} | extras, body
    if "errors" in body:
        assert isinstance(body["errors"], dict) and body["errors"], body
        assert all(
            isinstance(messages, list) and all(isinstance(m, str) for m in messages)
            for messages in body["errors"].values()
        )
    return body


def test_a_request_that_does_not_fit_the_schema_names_each_field_without_a_location_level(app, client, api_token):
    membership = make_membership()
    response = client.post(
        f"/api/v1/memberships/{membership.id}/hours",
        json={"worked_on": "yesterday", "hours": 99, "activity": "patrol"},
        headers=api_token(membership.user),
    )
    body = assert_error_shape(response, 422)
    assert set(body["errors"]) == {"worked_on", "hours", "activity"}


def test_a_nested_field_is_named_parent_dot_child(app, client, api_token):
    from tests.watch.factories import make_report, make_watch_world

    world = make_watch_world()
    report = make_report(world.scheme, world.member)
    response = client.post(
        f"/api/v1/watch/reports/{report.id}/decision",
        json={"decision": "actioned", "reason": "x", "message": "y", "summary": {"you_said": 5}},
        headers=api_token(world.officer),
    )
    body = assert_error_shape(response, 422)
    assert list(body["errors"]) == ["summary.you_said"]


def test_a_services_refusal_lists_every_problem_by_field(app, client, api_token):
    from tests.watch.factories import make_report, make_watch_world

    world = make_watch_world()
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    response = client.post(
        f"/api/v1/watch/reports/{report.id}/decision",
        json={"decision": "referred", "reason": "Seen it", "message": "", "acknowledged_flags": []},
        headers=api_token(world.officer),
    )
    body = assert_error_shape(response, 400)
    assert {"reason", "message", "acknowledged_flags", "referred_to"} <= set(body["errors"])


def test_the_guards_flags_come_as_a_documented_extra_of_a_409(app, client, api_token):
    scheme = make_scheme()
    member = make_member(scheme)
    response = client.post(
        "/api/v1/watch/reports",
        json={
            "scheme_id": scheme.id,
            "category": "other",
            "occurred_at": utcnow().isoformat(),
            "location": "Mill Lane",
            "description": FLAGGED_TEXT,
        },
        headers=api_token(member),
    )
    body = assert_error_shape(response, 409, extras=frozenset({"flags"}))
    assert {flag["kind"] for flag in body["flags"]} >= {"accusation"}


def test_permission_and_missing_objects_answer_in_the_same_shape(app, client, api_token):
    scheme = make_scheme()
    stranger = make_user()
    membership = make_membership(scheme=scheme)
    assert_error_shape(client.get(f"/api/v1/schemes/{scheme.id}/members", headers=api_token(stranger)), 403)
    assert_error_shape(client.get("/api/v1/memberships/999999", headers=api_token(stranger)), 404)
    assert_error_shape(client.get(f"/api/v1/memberships/{membership.id}", headers=api_token(stranger)), 403)
    assert_error_shape(client.get("/api/v1/no-such-thing", headers=api_token(stranger)), 404)


def test_a_wrong_method_answers_405_with_the_methods_allowed(app, client, api_token):
    response = client.delete("/api/v1/me", headers=api_token(make_user()))
    assert_error_shape(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Basic ???"}, None])
def test_the_token_endpoint_asks_for_basic_credentials_when_refusing(app, client, headers):
    user = make_user()
    if headers is None:
        headers = basic(user.email, "not the password")
    response = client.post("/api/v1/tokens", headers=headers)
    assert_error_shape(response, 401)
    assert response.headers["WWW-Authenticate"].lower().startswith("basic")


def test_endpoints_needing_a_token_ask_for_a_bearer_token(app, client):
    response = client.get("/api/v1/me")
    assert_error_shape(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.app_config(SIGN_IN_RATE_LIMIT="1 per minute")
def test_a_rate_limited_request_answers_in_the_same_shape(app, client):
    user = make_user()
    client.post("/api/v1/tokens", headers=basic(user.email, PASSWORD))
    assert_error_shape(client.post("/api/v1/tokens", headers=basic(user.email, PASSWORD)), 429)


def test_a_coordinators_invitation_refused_by_the_service_names_the_field(app, client, api_token):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    member = make_member(scheme)
    response = client.post(
        f"/api/v1/schemes/{scheme.id}/invitations",
        json={"name": "Again", "email": member.email},
        headers=api_token(coordinator),
    )
    body = assert_error_shape(response, 409)
    assert list(body["errors"]) == ["email"]


def test_the_openapi_document_describes_the_error_body_and_accepts_no_undeclared_fields(app, client):
    spec = client.get("/api/v1/openapi.json").get_json()
    error = spec["components"]["schemas"]["Error"]
    assert {"code", "status", "message", "errors"} <= set(error["properties"])
    assert error["properties"]["errors"]["additionalProperties"]["type"] == "array"
    request_schemas = {
        content["schema"]["$ref"].rsplit("/", 1)[-1]
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "requestBody" in operation
        for content in operation["requestBody"]["content"].values()
    }
    assert "PhotoUpload" in request_schemas  # multipart bodies are held to the same rule
    schemas = spec["components"]["schemas"]
    for name in request_schemas:
        assert schemas[name].get("additionalProperties") is False, name
        for field, definition in schemas[name]["properties"].items():
            for alternative in definition.get("anyOf", []):
                assert "properties" in alternative or "$ref" in alternative, (name, field)
