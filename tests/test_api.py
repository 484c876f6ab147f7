"""The JSON API base: tokens, who am I, JSON errors, the OpenAPI document."""

import base64
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import PASSWORD, make_area, make_member, make_officer, make_scheme, make_user
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import ApiToken, AuditEvent


def basic(email, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()}


def test_a_token_is_issued_for_the_right_email_and_password(app, client):
    user = make_user()
    response = client.post("/api/v1/tokens", json={"name": "roadside app"}, headers=basic(user.email, PASSWORD))
    assert response.status_code == 201
    body = response.get_json()
    assert body["token"].startswith("vt_") and body["name"] == "roadside app"
    stored = db.session.scalar(sa.select(ApiToken))
    assert stored.token_hash != body["token"] and body["token"] not in stored.token_hash
    assert db.session.scalar(sa.select(AuditEvent.action)) == "api_token.created"


def test_a_token_without_a_body_gets_a_default_name(app, client):
    user = make_user()
    response = client.post("/api/v1/tokens", headers=basic(user.email, PASSWORD))
    assert response.status_code == 201
    assert response.get_json()["name"] == "API client"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Basic not-base64!!"},
        {"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()},
        {"Authorization": "Bearer something"},
    ],
)
def test_asking_for_a_token_without_good_credentials_is_a_json_401(app, client, headers):
    response = client.post("/api/v1/tokens", headers=headers)
    assert response.status_code == 401
    assert response.is_json and response.get_json()["message"]


def test_a_wrong_password_gets_no_token(app, client):
    user = make_user()
    response = client.post("/api/v1/tokens", headers=basic(user.email, "wrong password!"))
    assert response.status_code == 401
    assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 0


@pytest.mark.app_config(SIGN_IN_RATE_LIMIT="3 per minute")
def test_asking_for_tokens_is_rate_limited_like_signing_in(app, client):
    user = make_user()
    statuses = [client.post("/api/v1/tokens", headers=basic(user.email, "wrong!")).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    assert client.post("/api/v1/tokens", headers=basic(user.email, "wrong!")).is_json


def test_me_describes_the_token_owner(app, client, api_token):
    area = make_area()
    scheme = make_scheme(area)
    member = make_member(scheme)
    response = client.get("/api/v1/me", headers=api_token(member))
    assert response.status_code == 200
    body = response.get_json()
    assert body["email"] == member.email
    assert body["roles"] == ["volunteer"]
    assert body["memberships"][0]["scheme_id"] == scheme.id
    assert body["memberships"][0]["may_submit"] is True

    officer = make_officer(area)
    assert client.get("/api/v1/me", headers=api_token(officer)).get_json()["officer_areas"][0]["id"] == area.id


def test_the_api_ignores_the_session_cookie(app, client, login_as):
    """API endpoints skip CSRF checks, so a cookie must never authenticate them."""
    login_as(make_user())
    assert client.get("/account/").status_code == 200
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_pages_ignore_bearer_tokens(app, client, api_token):
    headers = api_token(make_user())
    assert client.get("/account/", headers=headers).status_code == 302


def test_revoked_and_expired_tokens_stop_working(app, client, api_token, login_as):
    user = make_user()
    headers = api_token(user)
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    token = db.session.scalar(sa.select(ApiToken))
    token.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401

    headers = api_token(user)
    login_as(user)
    newest = db.session.scalar(sa.select(ApiToken).order_by(ApiToken.id.desc()))
    assert client.post(f"/account/tokens/{newest.id}/revoke").status_code == 302
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def _last_used_at():
    last_used_at = db.session.scalar(sa.select(ApiToken.last_used_at))
    db.session.rollback()  # so the next read sees what requests commit meanwhile, also on SQLite
    return last_used_at


def test_a_tokens_last_use_is_kept_to_the_hour(app, client, api_token):
    headers = api_token(make_user())
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    first = _last_used_at()
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert _last_used_at() == first, "a use within the hour was written again"

    db.session.execute(sa.update(ApiToken).values(last_used_at=first - timedelta(hours=2)))
    db.session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert _last_used_at() > first


def test_a_user_cannot_revoke_someone_elses_token(app, client, api_token, login_as):
    owner = make_user()
    headers = api_token(owner)
    token = db.session.scalar(sa.select(ApiToken))
    login_as(make_user())
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 404
    assert client.get("/api/v1/me", headers=headers).status_code == 200


def test_tokens_are_made_and_listed_on_the_account_page_and_shown_once(app, client, login_as):
    login_as(make_user())
    response = client.post("/account/tokens", data={"token-name": "my phone"})
    secret = response.get_data(as_text=True).split('class="app-token">')[1].split("<")[0]
    assert secret.startswith("vt_")
    page = client.get("/account/").get_data(as_text=True)
    assert "my phone" in page and secret not in page
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 200


def test_unknown_api_paths_and_methods_answer_in_json(app, client, api_token):
    headers = api_token(make_user())
    missing = client.get("/api/v1/nothing-here", headers=headers)
    assert missing.status_code == 404 and missing.is_json
    wrong_method = client.delete("/api/v1/me", headers=headers)
    assert wrong_method.status_code == 405 and wrong_method.is_json


def test_a_malformed_json_body_is_a_4xx_with_a_json_error(app, client):
    user = make_user()
    for body in ("{not json", '{"name": ""}', '{"name": 5}', '{"name": "' + "x" * 500 + '"}', "[]"):
        response = client.post(
            "/api/v1/tokens", data=body, content_type="application/json", headers=basic(user.email, PASSWORD)
        )
        assert 400 <= response.status_code < 500, body
        assert response.is_json, body


def test_the_openapi_document_describes_the_api(app, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/v1/tokens", "/api/v1/me"} <= set(spec["paths"])
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["paths"]["/api/v1/tokens"]["post"]["security"] == [{"basicAuth": []}]


def test_every_json_error_carries_a_message(app, client, api_token):
    headers = api_token(make_user())
    for response in (
        client.get("/api/v1/nothing-here", headers=headers),
        client.delete("/api/v1/me", headers=headers),
        client.get("/api/v1/me"),
    ):
        assert response.is_json and response.get_json()["message"], response.status_code
