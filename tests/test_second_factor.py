"""Two-factor sign-in: officers and admins need a code from an authenticator app as well as their
password (at sign-in and for API tokens); volunteers may choose one; recovery codes work once; an
admin may reset someone else's, never their own."""

import base64
import re
import time

import pyotp
import pytest
import sqlalchemy as sa

from tests.factories import (
    PASSWORD,
    code_for,
    finish_enrolment,
    make_admin,
    make_area,
    make_force,
    make_member,
    make_officer,
    make_scheme,
    make_user,
)
from volunteers.auth import second_factor
from volunteers.extensions import db
from volunteers.models import AuditEvent, RecoveryCode


def sign_in(client, user, password=PASSWORD):
    return client.post("/sign-in", data={"email": user.email, "password": password})


def basic(email, password):
    return {"Authorization": "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()}


def _actions() -> list[str]:
    return db.session.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.id)).all()


@pytest.fixture
def officer(app):
    return make_officer(make_area())


# --- Signing in with a code ---------------------------------------------------------------------------


def test_an_officers_password_alone_does_not_sign_them_in(officer, client):
    response = sign_in(client, officer)
    assert response.headers["Location"] == "/sign-in/code"
    assert client.get("/review").status_code == 302
    assert client.get("/sign-in/code").status_code == 200


def test_the_right_code_signs_the_officer_in_and_a_wrong_one_does_not(officer, client):
    sign_in(client, officer)
    wrong = client.post("/sign-in/code", data={"code": "000000"})
    assert wrong.status_code == 400 and b"Enter the code your authenticator app shows now" in wrong.data
    assert client.get("/review").status_code == 302
    assert client.post("/sign-in/code", data={"code": code_for(officer)}).status_code == 302
    assert client.get("/review").status_code == 200


def test_a_code_is_accepted_only_once(officer, app):
    code = code_for(officer)
    first, second = app.test_client(), app.test_client()
    sign_in(first, officer)
    assert first.post("/sign-in/code", data={"code": code}).status_code == 302
    sign_in(second, officer)
    assert second.post("/sign-in/code", data={"code": code}).status_code == 400
    assert second.get("/review").status_code == 302


def test_five_wrong_codes_end_the_attempt(officer, client):
    sign_in(client, officer)
    for _attempt in range(5):
        client.post("/sign-in/code", data={"code": "123456"})
    response = client.post("/sign-in/code", data={"code": code_for(officer)})
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/review").status_code == 302


def test_a_pending_sign_in_runs_out_after_ten_minutes(officer, client):
    sign_in(client, officer)
    with client.session_transaction() as session:
        pending = dict(session["pending_sign_in"])
        pending["at"] = time.time() - 11 * 60
        session["pending_sign_in"] = pending
    assert client.post("/sign-in/code", data={"code": code_for(officer)}).headers["Location"] == "/sign-in"


def test_an_officer_without_an_app_sets_one_up_while_signing_in(app, client):
    officer = make_officer(make_area(), second_factor_enrolled=False)
    assert sign_in(client, officer).headers["Location"] == "/sign-in/set-up-second-factor"
    page = client.get("/sign-in/set-up-second-factor").get_data(as_text=True)
    assert "<svg" in page and "otpauth" not in page.split("<svg")[0]
    codes = finish_enrolment(client)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/review").status_code == 200
    db.session.expire_all()
    assert officer.totp_enrolled_at is not None
    assert second_factor.secret_of(officer) not in (officer.totp_secret or "")
    assert _actions()[-1] == "user.second_factor_enrolled"


def test_a_recovery_code_signs_in_once(app, client):
    officer = make_officer(make_area(), second_factor_enrolled=False)
    sign_in(client, officer)
    codes = finish_enrolment(client)
    client.post("/sign-out")
    sign_in(client, officer)
    assert client.post("/sign-in/recovery-code", data={"code": codes[0].lower()}).status_code == 302
    client.post("/sign-out")
    sign_in(client, officer)
    assert client.post("/sign-in/recovery-code", data={"code": codes[0]}).status_code == 400
    assert client.post("/sign-in/recovery-code", data={"code": codes[1]}).status_code == 302
    assert "user.recovery_code_used" in _actions()
    used = db.session.scalar(sa.select(sa.func.count(RecoveryCode.id)).where(RecoveryCode.used_at.is_not(None)))
    assert used == 2


# --- Volunteers may choose one ------------------------------------------------------------------------


def test_a_volunteer_signs_in_with_the_password_alone_until_they_choose_an_app(app, client, login_as):
    member = make_member(make_scheme())
    assert sign_in(client, member).headers["Location"] == "/"
    page = client.get("/account/second-factor").get_data(as_text=True)
    secret = re.search(r'<code class="app-token">([A-Z2-7]+)</code>', page).group(1)
    shown = client.post("/account/second-factor", data={"code": pyotp.TOTP(secret).now()})
    assert shown.status_code == 200 and b"recovery codes" in shown.data
    client.post("/sign-out")
    assert sign_in(client, member).headers["Location"] == "/sign-in/code"


def test_a_volunteer_may_stop_using_an_app_but_an_officer_may_not(app, client, login_as):
    member = make_member(make_scheme())
    second_factor.enrol(member, (secret := second_factor.new_secret()), pyotp.TOTP(secret).now())
    login_as(member)
    assert client.post("/account/second-factor/turn-off").status_code == 302
    db.session.expire_all()
    assert member.totp_enrolled_at is None and "user.second_factor_turned_off" in _actions()

    officer = login_as(make_officer(make_area()))
    assert client.post("/account/second-factor/turn-off").status_code == 409
    db.session.expire_all()
    assert officer.totp_enrolled_at is not None


# --- An admin resets a lost one -----------------------------------------------------------------------


def test_an_admin_resets_an_officers_lost_second_factor_with_a_reason(app, client, login_as):
    force = make_force()
    officer = make_officer(make_area(force))
    admin = login_as(make_admin(force))
    url = f"/admin/forces/{force.id}/people/{officer.id}/second-factor/reset"
    assert client.post(url, data={"reason": ""}).status_code == 200
    assert client.post(url, data={"reason": "Lost their phone; confirmed by their sergeant."}).status_code == 302
    db.session.expire_all()
    assert officer.totp_enrolled_at is None and officer.totp_secret is None
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "user.second_factor_reset"))
    assert event.actor_id == admin.id and event.subject_id == str(officer.id) and "Lost their phone" in event.reason
    assert sign_in(app.test_client(), officer).headers["Location"] == "/sign-in/set-up-second-factor"


def test_nobody_resets_their_own_second_factor_or_one_in_another_force(app, client, login_as):
    force, other = make_force(), make_force()
    admin = login_as(make_admin(force))
    elsewhere = make_officer(make_area(other))
    own = f"/admin/forces/{force.id}/people/{admin.id}/second-factor/reset"
    assert client.post(own, data={"reason": "Trying my own"}).status_code == 404
    theirs = f"/admin/forces/{force.id}/people/{elsewhere.id}/second-factor/reset"
    assert client.post(theirs, data={"reason": "Not mine to reset"}).status_code == 404
    db.session.expire_all()
    assert admin.totp_enrolled_at is not None and elsewhere.totp_enrolled_at is not None


# --- API tokens ---------------------------------------------------------------------------------------


def test_an_officer_gets_an_api_token_only_with_a_code(officer, client):
    without = client.post("/api/v1/tokens", headers=basic(officer.email, PASSWORD))
    assert without.status_code == 401 and "code" in without.get_json()["errors"]
    code = code_for(officer)
    made = client.post("/api/v1/tokens", json={"code": code}, headers=basic(officer.email, PASSWORD))
    assert made.status_code == 201
    again = client.post("/api/v1/tokens", json={"code": code}, headers=basic(officer.email, PASSWORD))
    assert again.status_code == 401


def test_an_officer_without_an_app_is_told_to_set_one_up_before_asking_for_a_token(app, client):
    officer = make_officer(make_area(), second_factor_enrolled=False)
    response = client.post("/api/v1/tokens", json={"code": "123456"}, headers=basic(officer.email, PASSWORD))
    assert response.status_code == 401 and "Set up two-factor sign-in" in response.get_json()["message"]


def test_a_volunteer_without_an_app_gets_a_token_with_the_password_alone(app, client):
    member = make_user()
    assert client.post("/api/v1/tokens", headers=basic(member.email, PASSWORD)).status_code == 201


# --- The demo's codes ---------------------------------------------------------------------------------


def test_the_demo_officer_gets_their_code_from_the_command_line_but_never_in_production(app):
    from volunteers import demo

    demo.seed_demo("demo password 1")
    runner = app.test_cli_runner()
    shown = runner.invoke(args=["users", "totp-code", "officer@demo.test"])
    assert shown.exit_code == 0 and re.fullmatch(r"\d{6}\n", shown.output)
    app.config["VOLUNTEERS_ENV"] = "production"
    refused = runner.invoke(args=["users", "totp-code", "officer@demo.test"])
    assert refused.exit_code != 0 and "production" in refused.output
