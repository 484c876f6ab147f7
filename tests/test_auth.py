"""Signing in and out, rate limits, password reset and change, sessions."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import PASSWORD, make_user
from volunteers.auth.passwords import verify_password
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import OneTimeToken


def sign_in(client, email, password, **extra):
    return client.post("/sign-in", data={"email": email, "password": password, **extra})


def test_signing_in_with_the_right_password_starts_a_session(app, client):
    user = make_user()
    response = sign_in(client, user.email, PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert client.get("/account/").status_code == 200


def test_email_is_matched_whatever_its_case_and_spaces(app, client):
    make_user(email="mixed@example.test")
    assert sign_in(client, "  Mixed@Example.TEST ", PASSWORD).status_code == 302


def test_a_wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong(app, client):
    user = make_user()
    wrong_password = sign_in(client, user.email, "not the password")
    unknown_email = sign_in(client, "nobody@example.test", PASSWORD)
    for response in (wrong_password, unknown_email):
        assert response.status_code == 200
        assert b"Enter a correct email address and password" in response.data
    assert client.get("/account/").status_code == 302


def test_signing_out_ends_the_session(app, client):
    user = make_user()
    sign_in(client, user.email, PASSWORD)
    assert client.post("/sign-out").status_code == 302
    assert client.get("/account/").status_code == 302


def test_sign_out_is_post_only(app, client, login_as):
    login_as(make_user())
    assert client.get("/sign-out").status_code == 405


@pytest.mark.app_config(SIGN_IN_ACCOUNT_RATE_LIMIT="100 per minute", SIGN_IN_RATE_LIMIT="5 per minute")
def test_sign_in_attempts_from_one_address_are_rate_limited_across_accounts(app, client):
    statuses = [sign_in(client, f"user{n}@example.test", "whatever password").status_code for n in range(6)]
    assert statuses == [200] * 5 + [429]


def test_remember_me_is_off_by_default(app, client):
    user = make_user()
    form = client.get("/sign-in").data
    assert b'name="remember"' in form and b"checked" not in form.split(b'name="remember"')[1][:40]
    response = sign_in(client, user.email, PASSWORD)
    assert "remember_token" not in response.headers.get("Set-Cookie", "")


def test_after_sign_in_the_visitor_returns_to_the_page_they_wanted_but_never_to_another_site(app, client):
    user = make_user()
    assert sign_in(client, user.email, PASSWORD, next="/account/").headers["Location"] == "/account/"
    client.post("/sign-out")
    for hostile in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"):
        response = client.post(f"/sign-in?next={hostile}", data={"email": user.email, "password": PASSWORD})
        assert response.headers["Location"] == "/", hostile
        client.post("/sign-out")


# --- Password reset, end to end through the real SMTP server ----------------------------------


def _reset_link(smtp, email):
    message = smtp.last_to(email)
    assert message["Subject"] == "Reset your password"
    links = [link for link in smtp.links(message) if "/reset-password?link=" in link]
    assert len(links) == 1
    return links[0].replace("http://volunteers.test", "")


def test_password_reset_works_once_through_the_emailed_link(app, client, smtp):
    user = make_user()
    response = client.post("/forgot-password", data={"email": user.email})
    assert b"Check your email" in response.data
    path = _reset_link(smtp, user.email)

    response = client.post(path, data={"password": "a brand new password", "confirm": "a brand new password"})
    assert response.status_code == 302
    assert sign_in(client, user.email, "a brand new password").status_code == 302
    client.post("/sign-out")

    assert client.get(path, follow_redirects=True).status_code == 404
    reused = client.post(path, data={"password": "another new password", "confirm": "another new password"})
    assert reused.status_code == 404
    db.session.refresh(user)
    assert verify_password(user.password_hash, "a brand new password")


def test_a_reset_link_expires(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": user.email})
    path = _reset_link(smtp, user.email)
    token = db.session.scalar(sa.select(OneTimeToken))
    token.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert client.get(path, follow_redirects=True).status_code == 404


def test_asking_for_a_reset_for_an_unknown_email_looks_the_same_and_sends_nothing(app, client, smtp):
    response = client.post("/forgot-password", data={"email": "nobody@example.test"})
    assert b"Check your email" in response.data
    assert smtp.messages == []


def test_only_the_newest_reset_link_works(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": user.email})
    first = _reset_link(smtp, user.email)
    client.post("/forgot-password", data={"email": user.email})
    second = _reset_link(smtp, user.email)
    assert first != second
    assert client.get(first, follow_redirects=True).status_code == 404
    assert client.get(second, follow_redirects=True).status_code == 200


def test_reset_links_point_at_the_configured_site_not_the_request_host(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": user.email}, headers={"Host": "evil.example"})
    links = smtp.links(smtp.last_to(user.email))
    assert links and all(link.startswith("http://volunteers.test/") for link in links)


def test_a_reset_password_works_at_once(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": user.email})
    client.post(
        _reset_link(smtp, user.email), data={"password": "a brand new password", "confirm": "a brand new password"}
    )
    assert sign_in(client, user.email, "a brand new password").status_code == 302


def test_a_weak_new_password_is_refused_with_a_reason(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": user.email})
    response = client.post(_reset_link(smtp, user.email), data={"password": "short", "confirm": "short"})
    assert response.status_code == 200
    assert b"at least 10 characters" in response.data


# --- Changing the password and sessions --------------------------------------------------------


def test_changing_the_password_signs_out_other_sessions_but_not_this_one(app):
    user = make_user()
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here, user.email, PASSWORD)
    sign_in(elsewhere, user.email, PASSWORD)
    response = here.post(
        "/account/password",
        data={
            "password-current_password": PASSWORD,
            "password-password": "an even better password",
            "password-confirm": "an even better password",
        },
    )
    assert response.status_code == 302
    assert here.get("/account/").status_code == 200
    assert elsewhere.get("/account/").status_code == 302


def test_changing_the_password_needs_the_current_one(app, client, login_as):
    user = login_as(make_user())
    response = client.post(
        "/account/password",
        data={
            "password-current_password": "not it at all",
            "password-password": "an even better password",
            "password-confirm": "an even better password",
        },
    )
    assert response.status_code == 400
    assert b"current password is not correct" in response.data
    db.session.refresh(user)
    assert verify_password(user.password_hash, PASSWORD)


def test_a_disabled_account_cannot_sign_in_and_loses_its_session(app, client, login_as):
    user = login_as(make_user())
    user.disabled_at = utcnow()
    db.session.commit()
    assert client.get("/account/").status_code == 302
    assert sign_in(client, user.email, PASSWORD).status_code == 200


def test_passwords_are_stored_as_argon2id_hashes(app):
    user = make_user(password="a secret password")
    assert user.password_hash.startswith("$argon2id$")
    assert "a secret password" not in user.password_hash


def test_with_redis_storage_sign_in_attempts_are_counted_in_redis_for_every_worker(database_url, smtp_server):
    """In a force, rate limits live in Redis so that every worker and server counts the same attempts."""
    import secrets

    import redis

    from tests.conftest import _test_config
    from volunteers import create_app

    prefix = f"volunteers-test-{secrets.token_hex(4)}"
    app = create_app(
        _test_config(
            database_url,
            smtp_server.port,
            RATELIMIT_STORAGE_URI="redis://127.0.0.1:6379/0",
            RATELIMIT_KEY_PREFIX=prefix,
            SIGN_IN_RATE_LIMIT="3 per minute",
        )
    )
    server = redis.Redis(host="127.0.0.1", port=6379)
    try:
        statuses = [sign_in(app.test_client(), "someone@example.test", "wrong").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert list(server.scan_iter(f"*{prefix}*"))
    finally:
        for key in server.scan_iter(f"*{prefix}*"):
            server.delete(key)
