"""Sign in and out, and recover access with a single-use link."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from volunteers.auth import services
from volunteers.auth.forms import ConfirmForm, ForgotPasswordForm, NewPasswordForm, SignInForm
from volunteers.extensions import limiter
from volunteers.permissions import Gate, gate, public
from volunteers.validation import normalise_email
from volunteers.web import done, form_page, safe_next_url, submitted

bp = Blueprint("auth", __name__)


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def _account_limit() -> str:
    return current_app.config["SIGN_IN_ACCOUNT_RATE_LIMIT"]


def _submitted_account() -> str:
    return "account:" + normalise_email(request.form.get("email", ""))


def start_session(user, remember: bool = False) -> None:
    """Begin a fresh session for a signed-in user: nothing from before signing in carries over."""
    session.clear()
    login_user(user, remember=remember)
    session.permanent = True


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
@limiter.limit(_account_limit, methods=["POST"], key_func=_submitted_account)
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = SignInForm()
    if signed_in := submitted(form, lambda: services.authenticate(form.email.data, form.password.data)):
        start_session(signed_in.result, remember=form.remember.data)
        return redirect(safe_next_url())
    return render_template("auth/sign_in.html", form=form, next=request.args.get("next", ""))


@bp.route("/sign-out", methods=["POST"])
@gate(Gate.SIGNED_IN)
def sign_out():
    logout_user()
    session.clear()
    flash(_("You have signed out"), "success")
    return redirect(url_for("main.home"))


@bp.route("/forgot-password", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        return render_template("auth/reset_sent.html", email=form.email.data)
    return render_template("auth/forgot_password.html", form=form)


@bp.route("/reset-password/<secret>", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def reset_password(secret):
    if services.user_for_reset_link(secret) is None:
        return render_template("auth/link_expired.html"), 404
    form = NewPasswordForm()
    if submitted(form, lambda: services.reset_password(secret, form.password.data)):
        logout_user()
        session.clear()
        return done(_("Your password has been changed. Sign in with your new password."), "auth.sign_in")
    return render_template("auth/reset_password.html", form=form)


@bp.route("/set-up-account/<secret>", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def set_up_account(secret):
    user = services.user_for_setup_link(secret)
    if user is None:
        return render_template("auth/link_expired.html"), 404
    form = NewPasswordForm()
    if ready := submitted(form, lambda: services.set_up_account(secret, form.password.data)):
        start_session(ready.result)
        return done(_("Your account is ready"), "main.home")
    return render_template("auth/set_up_account.html", form=form, user=user)


@bp.route("/confirm-email/<secret>", methods=["GET", "POST"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def confirm_email_change(secret):
    """The link sent to a new email address: the change happens only when it is confirmed here."""
    token = services.email_change_for_link(secret)
    if token is None:
        return render_template("auth/link_expired.html", again=url_for("accounts.change_email")), 404
    form = ConfirmForm()
    if submitted(form, lambda: services.confirm_email_change(secret)):
        destination = "accounts.account" if current_user.is_authenticated else "auth.sign_in"
        return done(_("Your email address has been changed. Use it to sign in from now on."), destination)
    return form_page("auth/confirm_email_change.html", form, new_email=token.email)
