"""Signing in tells nobody who has an account, a stranger cannot lock the owner out, a signed-out
cookie is dead, and one-time secrets never reach the access log."""

import base64
import time
from types import SimpleNamespace

import pytest
from werkzeug.test import EnvironBuilder

from tests.factories import PASSWORD, make_user
from tests.wsgi_serving import answer_then_close
from volunteers.auth import throttle
from volunteers.extensions import db
from volunteers.models import UserSession


def sign_in(client, email, password):
    return client.post("/sign-in", data={"email": email, "password": password})


def basic(email, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()}


def _body(response) -> str:
    """A page's content with what differs between any two answers (the CSRF token, the nonce) left out."""
    text = response.get_data(as_text=True)
    main = text[text.find("<main") : text.find("</main>")]
    return main


# --- The same answer whether or not an account exists ----------------------------------------------


def test_signing_in_gives_the_same_answer_for_a_real_address_and_an_invented_one(app, client):
    user = make_user()
    real = sign_in(client, user.email, "not the password")
    invented = sign_in(client, "nobody.at.all@example.test", "not the password")
    assert real.status_code == invented.status_code == 200
    assert _body(real).replace(user.email, "X") == _body(invented).replace("nobody.at.all@example.test", "X")


@pytest.mark.app_config(SIGN_IN_ACCOUNT_RATE_LIMIT="3 per minute")
def test_throttling_an_account_looks_the_same_for_a_real_address_and_an_invented_one(app, client):
    user = make_user()
    answers = {}
    for email in (user.email, "nobody.at.all@example.test"):
        statuses = [sign_in(client, email, "wrong password!").status_code for _ in range(4)]
        answers[email] = (statuses, _body(sign_in(client, email, "wrong password!")))
    assert answers[user.email][0] == answers["nobody.at.all@example.test"][0] == [200, 200, 200, 429]
    assert answers[user.email][1] == answers["nobody.at.all@example.test"][1]


def test_the_token_endpoint_gives_the_same_answer_for_a_real_address_and_an_invented_one(app, client):
    user = make_user()
    real = client.post("/api/v1/tokens", headers=basic(user.email, "not the password"))
    invented = client.post("/api/v1/tokens", headers=basic("nobody.at.all@example.test", "not the password"))
    assert real.status_code == invented.status_code == 401
    assert real.get_json() == invented.get_json()
    assert real.headers["WWW-Authenticate"] == invented.headers["WWW-Authenticate"]


@pytest.mark.app_config(RESET_REQUEST_MIN_SECONDS=0.3)
def test_asking_for_a_reset_answers_alike_and_as_slowly_for_a_real_address_and_an_invented_one(app, client, smtp):
    user = make_user()
    client.post("/forgot-password", data={"email": make_user().email})  # compiles the templates first
    timings, pages = {}, {}
    for email in (user.email, "nobody.at.all@example.test"):
        started = time.monotonic()
        response = client.post("/forgot-password", data={"email": email})
        timings[email] = time.monotonic() - started
        assert response.status_code == 200
        pages[email] = _body(response).replace(email, "X")
    assert pages[user.email] == pages["nobody.at.all@example.test"]
    # Both wait out the same floor, so the time tells nothing (a busy machine only adds to both).
    assert all(seconds >= 0.29 for seconds in timings.values()), timings
    assert abs(timings[user.email] - timings["nobody.at.all@example.test"]) < 0.3, timings
    assert smtp.to(user.email) and not smtp.to("nobody.at.all@example.test")


@pytest.mark.app_config(RESET_REQUEST_MIN_SECONDS=0.2)
def test_a_slow_mail_server_does_not_make_a_real_address_answer_later(app, slow_smtp):
    user = make_user()
    # This test's app is fresh: its first reset would also compile the page's and the email's
    # templates (0.3 s, and over a second on a busy machine) and tell the timings apart by that.
    *_, close = answer_then_close(app, "/forgot-password", {"email": make_user().email})
    close()
    timings = {}
    for email in (user.email, "nobody.at.all@example.test"):
        timings[email], answer, close = answer_then_close(app, "/forgot-password", {"email": email})
        assert b"Check your email" in answer
        assert not slow_smtp.to(email), "the email went out before the answer"
        close()
    # The 0.6 s the server takes over the email comes after the answer, not before it.
    assert abs(timings[user.email] - timings["nobody.at.all@example.test"]) < 0.3, timings
    assert slow_smtp.to(user.email) and not slow_smtp.to("nobody.at.all@example.test")


@pytest.mark.app_config(RESET_EMAIL_RATE_LIMIT="2 per hour", SIGN_IN_RATE_LIMIT="100 per minute")
def test_reset_emails_to_one_address_are_limited_whoever_asks(app, smtp):
    user = make_user()
    for number in range(3):
        visitor = app.test_client()
        visitor.environ_base["REMOTE_ADDR"] = f"10.0.0.{number + 1}"
        visitor.post("/forgot-password", data={"email": user.email})
    assert len(smtp.to(user.email)) == 2


# --- Nobody else can lock the owner out ------------------------------------------------------------


@pytest.mark.app_config(SIGN_IN_ACCOUNT_RATE_LIMIT="3 per minute", SIGN_IN_RATE_LIMIT="100 per minute")
def test_a_strangers_failures_do_not_stop_the_owner_signing_in_from_their_own_browser(app):
    user = make_user()
    owner = app.test_client()
    assert sign_in(owner, user.email, PASSWORD).status_code == 302
    owner.post("/sign-out")

    stranger = app.test_client()
    stranger.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    statuses = [sign_in(stranger, user.email, "guess number one").status_code for _ in range(5)]
    assert statuses[-1] == 429

    assert sign_in(owner, user.email, PASSWORD).status_code == 302
    assert owner.get("/account/").status_code == 200


@pytest.mark.app_config(SIGN_IN_ACCOUNT_RATE_LIMIT="3 per minute")
def test_a_successful_sign_in_does_not_count_against_the_account(app, client):
    user = make_user()
    for _attempt in range(4):
        assert sign_in(client, user.email, PASSWORD).status_code == 302
        client.post("/sign-out")


def test_a_forged_known_device_cookie_is_ignored(app, client):
    client.set_cookie(throttle.DEVICE_COOKIE, "eyJ1c2VyIjoxfQ.forged.signature")
    with app.test_request_context(headers={"Cookie": f"{throttle.DEVICE_COOKIE}=eyJ1c2VyIjoxfQ.forged"}):
        assert throttle.known_device_user_id() is None


# --- A signed-out cookie is dead -------------------------------------------------------------------


def test_a_copied_session_cookie_stops_working_after_a_plain_sign_out(app):
    user = make_user()
    browser = app.test_client()
    sign_in(browser, user.email, PASSWORD)
    copied = browser.get_cookie("session").value

    thief = app.test_client()
    thief.set_cookie("session", copied)
    assert thief.get("/account/").status_code == 200

    browser.post("/sign-out")
    assert thief.get("/account/").status_code == 302
    db.session.expire_all()
    assert all(row.ended_at is not None for row in db.session.query(UserSession).filter_by(user_id=user.id))


def test_a_copied_remember_me_cookie_stops_working_after_a_plain_sign_out(app):
    user = make_user()
    browser = app.test_client()
    browser.post("/sign-in", data={"email": user.email, "password": PASSWORD, "remember": "y"})
    remembered = browser.get_cookie("remember_token").value

    thief = app.test_client()
    thief.set_cookie("remember_token", remembered)
    assert thief.get("/account/").status_code == 200
    browser.post("/sign-out")
    fresh_thief = app.test_client()
    fresh_thief.set_cookie("remember_token", remembered)
    assert fresh_thief.get("/account/").status_code == 302


def test_signing_out_everywhere_ends_every_other_session_and_keeps_this_one(app):
    user = make_user()
    here, there = app.test_client(), app.test_client()
    sign_in(here, user.email, PASSWORD)
    sign_in(there, user.email, PASSWORD)
    here.post("/account/sign-out-everywhere")
    assert here.get("/account/").status_code == 200
    assert there.get("/account/").status_code == 302


def test_api_tokens_keep_working_after_signing_out_on_the_website(app, api_token):
    user = make_user()
    headers = api_token(user)
    browser = app.test_client()
    sign_in(browser, user.email, PASSWORD)
    browser.post("/sign-out")
    assert browser.get("/api/v1/me", headers=headers).status_code == 200


# --- One-time secrets stay out of the access log ----------------------------------------------------


def _access_log_line(path_and_query: str, status: str = "302 FOUND") -> str:
    """What gunicorn would write for this request with the access log format we run it with."""
    import runpy
    from pathlib import Path

    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    settings = runpy.run_path(str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py"))
    config = Config()
    config.set("access_log_format", settings["access_log_format"])
    path, _, query = path_and_query.partition("?")
    environ = EnvironBuilder(path=path, query_string=query).get_environ()
    request = SimpleNamespace(headers=[], method="GET", path=path, query=query, uri=path_and_query, version=(1, 1))
    response = SimpleNamespace(status=status, headers=[], response_length=0, sent=0)
    logger = Logger(config)
    atoms = logger.atoms(response, request, environ, SimpleNamespace(seconds=0, microseconds=1000))
    return logger.cfg.access_log_format % atoms


@pytest.mark.parametrize(
    ("ask", "email_subject"),
    [("/forgot-password", "Reset your password")],
)
def test_no_one_time_secret_reaches_the_access_log_or_stays_in_the_address(app, client, smtp, ask, email_subject):
    user = make_user()
    client.post(ask, data={"email": user.email})
    [link] = [link for link in smtp.links(smtp.last_to(user.email)) if "?link=" in link]
    secret = link.split("?link=")[1]
    path = link.replace("http://volunteers.test", "")

    assert secret not in _access_log_line(path)
    followed = client.get(path)
    assert followed.status_code == 302 and secret not in followed.headers["Location"]
    landed = client.get(followed.headers["Location"])
    assert landed.status_code == 200 and secret not in landed.get_data(as_text=True)
    assert secret not in _access_log_line(followed.headers["Location"], "200 OK")
