"""Sign in (with a second factor for those who need one) and out, and recover access with a
single-use link.

Signing in is two steps for officers, admins and anyone who set up an authenticator app: the
password, then a code. Between them the session holds only a pending sign-in, which expires in a
few minutes and allows a few tries. Someone who must use a second factor and has none sets it up
as part of signing in.
"""

import time

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from volunteers import links
from volunteers.auth import second_factor, services, sessions, throttle
from volunteers.auth.forms import (
    CodeForm,
    ConfirmForm,
    ForgotPasswordForm,
    NewPasswordForm,
    RecoveryCodeForm,
    SignInForm,
)
from volunteers.extensions import limiter
from volunteers.models import User
from volunteers.permissions import Gate, gate, public
from volunteers.validation import normalise_email
from volunteers.web import done, form_page, safe_next_url, submitted

bp = Blueprint("auth", __name__)

PENDING_KEY = "pending_sign_in"
PENDING_SECRET_KEY = "pending_totp_secret"
PENDING_MINUTES = 10
CODE_TRIES = 5


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def _account_limit() -> str:
    return current_app.config["SIGN_IN_ACCOUNT_RATE_LIMIT"]


def _reset_email_limit() -> str:
    return current_app.config["RESET_EMAIL_RATE_LIMIT"]


def _reset_email_address() -> str:
    return "reset:" + normalise_email(request.form.get("email", ""))


def start_session(user: User, remember: bool = False) -> None:
    """Begin a fresh, server-side session for a signed-in user (volunteers.auth.sessions)."""
    sessions.begin(user, remember=remember)


def _finish_sign_in(user: User, remember: bool, next_url: str):
    start_session(user, remember=remember)
    return throttle.remember_device(redirect(next_url), user)


# --- The password ---------------------------------------------------------------------------------


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
@limiter.limit(
    _account_limit,
    methods=["POST"],
    key_func=throttle.submitted_account,
    deduct_when=throttle.failed,
    exempt_when=throttle.from_a_known_device,
    on_breach=throttle.log_breach,
)
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = SignInForm()
    signed_in = submitted(form, lambda: services.authenticate(form.email.data, form.password.data))
    if signed_in:
        user, remember, next_url = signed_in.result, bool(form.remember.data), safe_next_url()
        if not user.requires_second_factor:
            return _finish_sign_in(user, remember, next_url)
        _begin_second_step(user, remember, next_url)
        if user.totp_enrolled_at is None:
            return redirect(url_for("auth.set_up_second_factor"))
        return redirect(url_for("auth.second_factor_code"))
    return render_template("auth/sign_in.html", form=form, next=request.args.get("next", ""))


def _begin_second_step(user: User, remember: bool, next_url: str) -> None:
    """The password is right: hold a pending sign-in (not a session) until the code is too."""
    links.clear_session_keeping_links()
    session[PENDING_KEY] = {
        "user": user.id,
        "version": user.session_version,
        "at": time.time(),
        "remember": remember,
        "next": next_url,
        "tries": 0,
    }


def _pending_user() -> User | None:
    """The person half-way through signing in, if they started recently and have tries left."""
    pending = session.get(PENDING_KEY)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > PENDING_MINUTES * 60:
        return None
    if pending.get("tries", 0) >= CODE_TRIES:
        return None
    user = services.find_user(pending.get("user"))
    if user is None or not user.is_active or user.session_version != pending.get("version"):
        return None
    return user


def _start_again():
    session.pop(PENDING_KEY, None)
    flash(_("Sign in again: the time or the tries for the code ran out."), "info")
    return redirect(url_for("auth.sign_in"))


def _count_try() -> None:
    pending = dict(session[PENDING_KEY])
    pending["tries"] = pending.get("tries", 0) + 1
    session[PENDING_KEY] = pending


def _second_step(form, check, template: str, **context):
    """The code page's answer: signed in, refused (a try counted), or the page."""
    user = _pending_user()
    if user is None:
        return _start_again()
    accepted = submitted(form, lambda: check(user, form.code.data))
    if accepted:
        pending = session.pop(PENDING_KEY)
        return _finish_sign_in(user, pending.get("remember", False), pending.get("next") or url_for("main.home"))
    if form.is_submitted():
        _count_try()
    return form_page(template, form, **context)


# --- The second factor ----------------------------------------------------------------------------


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
def second_factor_code():
    return _second_step(CodeForm(), second_factor.accept_code, "auth/second_factor_code.html")


@bp.route("/sign-in/recovery-code", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
def recovery_code():
    return _second_step(RecoveryCodeForm(), second_factor.use_recovery_code, "auth/recovery_code.html")


@bp.route("/sign-in/set-up-second-factor", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
def set_up_second_factor():
    """Officers and admins without an authenticator app set one up before their first sign-in ends."""
    user = _pending_user()
    if user is None:
        return _start_again()
    secret = session.get(PENDING_SECRET_KEY) or second_factor.new_secret()
    session[PENDING_SECRET_KEY] = secret
    form = CodeForm()
    enrolled = submitted(form, lambda: second_factor.enrol(user, secret, form.code.data))
    if enrolled:
        pending = session.pop(PENDING_KEY)
        session.pop(PENDING_SECRET_KEY, None)
        start_session(user, remember=pending.get("remember", False))
        response = render_template(
            "auth/recovery_codes.html", codes=enrolled.result, next_url=pending.get("next") or url_for("main.home")
        )
        return throttle.remember_device(current_app.make_response(response), user)
    if form.is_submitted():
        _count_try()
    uri = second_factor.provisioning_uri(user, secret)
    return form_page(
        "auth/set_up_second_factor.html", form, qr_code=second_factor.qr_code_svg(uri), secret=secret, signing_in=True
    )


@bp.route("/sign-out", methods=["POST"])
@gate(Gate.SIGNED_IN)
def sign_out():
    sessions.sign_out(current_user._get_current_object())
    flash(_("You have signed out"), "success")
    return redirect(url_for("main.home"))


# --- Recovering access -----------------------------------------------------------------------------


@bp.route("/forgot-password", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
@limiter.limit(_reset_email_limit, methods=["POST"], key_func=_reset_email_address, on_breach=throttle.log_breach)
@throttle.taking_at_least("RESET_REQUEST_MIN_SECONDS")
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        return render_template("auth/reset_sent.html", email=form.email.data)
    return render_template("auth/forgot_password.html", form=form)


@bp.route("/reset-password", methods=["GET", "POST"])
@bp.route("/reset-password/<secret>", methods=["GET"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
def reset_password(secret=None):
    moved = links.moved_to_session("reset", "auth.reset_password", secret)
    if moved:
        return moved
    secret = links.secret_in_session("reset")
    if services.user_for_reset_link(secret) is None:
        return render_template("auth/link_expired.html"), 404
    form = NewPasswordForm()
    if submitted(form, lambda: services.reset_password(secret, form.password.data)):
        links.forget("reset")
        logout_user()  # every session ended with the new password; this browser signs in afresh
        session.clear()
        return done(_("Your password has been changed. Sign in with your new password."), "auth.sign_in")
    return render_template("auth/reset_password.html", form=form)


@bp.route("/set-up-account", methods=["GET", "POST"])
@bp.route("/set-up-account/<secret>", methods=["GET"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"], on_breach=throttle.log_breach)
def set_up_account(secret=None):
    moved = links.moved_to_session("setup", "auth.set_up_account", secret)
    if moved:
        return moved
    secret = links.secret_in_session("setup")
    user = services.user_for_setup_link(secret)
    if user is None:
        return render_template("auth/link_expired.html"), 404
    form = NewPasswordForm()
    if ready := submitted(form, lambda: services.set_up_account(secret, form.password.data)):
        links.forget("setup")
        user = ready.result
        if user.requires_second_factor:
            _begin_second_step(user, remember=False, next_url=url_for("main.home"))
            return redirect(url_for("auth.set_up_second_factor"))
        start_session(user)
        return done(_("Your account is ready"), "main.home")
    return render_template("auth/set_up_account.html", form=form, user=user)


@bp.route("/confirm-email", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def confirm_email_change():
    """The link sent to a new email address: the change happens only when it is confirmed here."""
    moved = links.moved_to_session("email", "auth.confirm_email_change")
    if moved:
        return moved
    secret = links.secret_in_session("email")
    token = services.email_change_for_link(secret)
    if token is None:
        return render_template("auth/link_expired.html", again=url_for("accounts.change_email")), 404
    form = ConfirmForm()
    if submitted(form, lambda: services.confirm_email_change(secret)):
        links.forget("email")
        destination = "accounts.account" if current_user.is_authenticated else "auth.sign_in"
        return done(_("Your email address has been changed. Use it to sign in from now on."), destination)
    return form_page("auth/confirm_email_change.html", form, new_email=token.email)
