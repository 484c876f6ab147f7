"""Security by construction: headers, cookies, CSRF on every form, production settings."""

import re

import pytest

from tests.factories import PASSWORD, make_admin, make_force, make_user
from volunteers import create_app
from volunteers.config import ConfigurationError, load_config


def _pages(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments:
            yield rule.rule


def test_every_page_sends_the_security_headers(app, client, login_as):
    login_as(make_admin(make_force()))
    for path in [*_pages(app), "/no-such-page"]:
        response = client.get(path)
        csp = response.headers.get("Content-Security-Policy", "")
        script_src = re.search(r"script-src ([^;]*)", csp)
        assert script_src and "'unsafe-inline'" not in script_src.group(1), path
        assert "frame-ancestors 'none'" in csp, path
        assert "object-src 'none'" in csp, path
        assert response.headers.get("X-Content-Type-Options") == "nosniff", path
        assert response.headers.get("Referrer-Policy") == "strict-origin-when-cross-origin", path
        assert response.headers.get("X-Frame-Options") == "DENY", path


def test_inline_scripts_carry_the_nonce_of_the_policy(app, client):
    response = client.get("/sign-in")
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    html = response.get_data(as_text=True)
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline_scripts, "the base layout has its one inline script"
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts)


def test_the_session_cookie_is_http_only_and_same_site(app, client):
    user = make_user()
    response = client.post("/sign-in", data={"email": user.email, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_static_files_never_set_the_session_cookie_again(app, client):
    # A signed-in session's cookie is refreshed with each page; a favicon answered after the
    # browser dropped the cookie must not bring the session back, nor keep a cache from sharing it.
    user = make_user()
    client.post("/sign-in", data={"email": user.email, "password": PASSWORD})
    page = client.get("/")
    assert "session=" in page.headers.get("Set-Cookie", "")
    favicon = client.get("/static/images/favicon.svg")
    assert favicon.status_code == 200
    assert "Set-Cookie" not in favicon.headers


def test_in_production_the_session_cookie_is_secure(database_url, smtp_server, monkeypatch):
    for name, value in {
        "VOLUNTEERS_ENV": "production",
        "SECRET_KEY": "a production secret",
        "AUDIT_KEY": "a production audit key",
        "DATABASE_URL": database_url,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_DEFAULT_SENDER": "volunteers@force.example",
        "PUBLIC_BASE_URL": "https://volunteers.force.example",
    }.items():
        monkeypatch.setenv(name, value)
    app = create_app({"ARGON2_TIME_COST": 1, "ARGON2_MEMORY_COST": 1024})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["REMEMBER_COOKIE_SECURE"] is True
    response = app.test_client().get("/sign-in")
    assert "Strict-Transport-Security" in response.headers


@pytest.mark.parametrize("missing", ["SECRET_KEY", "AUDIT_KEY", "DATABASE_URL", "MAIL_SERVER"])
def test_production_refuses_to_start_without_its_settings_and_names_them(tmp_path, missing):
    environ = {
        "VOLUNTEERS_ENV": "production",
        "SECRET_KEY": "s",
        "AUDIT_KEY": "a",
        "DATABASE_URL": "postgresql://db/volunteers",
        "MAIL_SERVER": "smtp.force.example",
        "MAIL_DEFAULT_SENDER": "volunteers@force.example",
        "PUBLIC_BASE_URL": "https://volunteers.force.example",
    }
    del environ[missing]
    with pytest.raises(ConfigurationError, match=missing):
        load_config(tmp_path, environ)


def test_on_a_laptop_a_secret_key_is_generated_once_and_kept(tmp_path):
    first = load_config(tmp_path, {})["SECRET_KEY"]
    second = load_config(tmp_path, {})["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def _form_post_routes(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/"):
            values = {name: 1 for name in rule.arguments if name != "secret"}
            if "secret" in rule.arguments:
                values["secret"] = "x"
            yield rule.rule, rule.endpoint, values


@pytest.mark.csrf
def test_every_form_refuses_a_post_without_its_csrf_token(app, client, login_as):
    from flask import url_for

    login_as(make_admin(make_force()))
    with app.test_request_context():
        targets = [(endpoint, url_for(endpoint, **values)) for _rule, endpoint, values in _form_post_routes(app)]
    assert len(targets) >= 10
    for endpoint, url in targets:
        response = client.post(url, data={"name": "x"})
        assert response.status_code == 400, endpoint
        assert b"form has expired" in response.data, endpoint


@pytest.mark.csrf
def test_a_form_with_its_csrf_token_is_accepted(app, client):
    user = make_user()
    page = client.get("/sign-in").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post("/sign-in", data={"email": user.email, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302


def test_huge_ids_in_urls_are_a_404_not_an_error(app, client, login_as):
    login_as(make_admin(make_force()))
    assert client.get("/admin/forces/99999999999999999999/audit").status_code == 404


def test_personal_data_is_never_kept_in_a_browsers_or_proxys_cache(app, client, login_as, api_token):
    from tests.factories import make_membership

    membership = make_membership()
    user = login_as(membership.user)
    for path in ("/account/", "/account/export.json", f"/memberships/{membership.id}", "/"):
        assert client.get(path).headers["Cache-Control"] == "no-store", path
    headers = api_token(user)
    for path in ("/api/v1/me", "/api/v1/me/export"):
        assert client.get(path, headers=headers).headers["Cache-Control"] == "no-store", path
    assert "no-store" not in client.get("/static/css/volunteers.min.css").headers.get("Cache-Control", "")


@pytest.mark.parametrize("path", ["/api/v1/tokens", "/api/v1/watch/reports"])
def test_json_nested_a_thousand_levels_deep_is_a_400_not_an_error(app, client, api_token, path):
    from tests.factories import make_member, make_scheme

    headers = {**api_token(make_member(make_scheme())), "Content-Type": "application/json"}
    response = client.post(path, data="[" * 1000 + "]" * 1000, headers=headers)
    assert response.status_code == 400 and response.is_json and response.get_json()["message"]


def test_gunicorn_does_not_announce_itself(app):
    """No "Server: gunicorn/<version>" banner for a scanner to match against its vulnerabilities."""
    import runpy
    from io import BytesIO
    from pathlib import Path
    from types import SimpleNamespace

    import gunicorn
    from gunicorn.http.wsgi import Response

    runpy.run_path(str(Path(app.root_path).parent / "gunicorn.conf.py"))
    request = SimpleNamespace(version=(1, 1), method="GET", should_close=lambda: True, headers=[])
    headers = "".join(Response(request, BytesIO(), SimpleNamespace(is_ssl=False)).default_headers())
    assert "gunicorn" not in headers.lower() and gunicorn.__version__ not in headers
