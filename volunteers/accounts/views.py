"""A signed-in person's own account: password, sessions and API tokens."""

from flask import Blueprint, render_template, session
from flask_babel import gettext as _
from flask_login import current_user, login_user

from volunteers.auth import services as auth_services
from volunteers.auth.forms import ApiTokenForm, ChangePasswordForm
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import ApiToken
from volunteers.permissions import Gate, gate_blueprint
from volunteers.web import done, show_refusal

bp = Blueprint("accounts", __name__, url_prefix="/account")
gate_blueprint(bp, Gate.SIGNED_IN)


def _render_account(password_form=None, token_form=None, new_token=None):
    return render_template(
        "accounts/account.html",
        password_form=password_form or ChangePasswordForm(prefix="password"),
        token_form=token_form or ApiTokenForm(prefix="token"),
        tokens=auth_services.active_api_tokens(current_user),
        new_token=new_token,
    )


@bp.route("/")
def account():
    return _render_account()


@bp.route("/password", methods=["POST"])
def change_password():
    form = ChangePasswordForm(prefix="password")
    if form.validate_on_submit():
        try:
            auth_services.change_password(current_user, form.current_password.data, form.password.data)
        except DomainError as error:
            show_refusal(form, error)
        else:
            login_user(current_user._get_current_object())
            session.permanent = True
            return done(
                _("Your password has been changed. You have been signed out on other devices."), "accounts.account"
            )
    return _render_account(password_form=form), 400


@bp.route("/sign-out-everywhere", methods=["POST"])
def sign_out_everywhere():
    auth_services.sign_out_everywhere(current_user)
    login_user(current_user._get_current_object())
    return done(_("You have been signed out on every other device"), "accounts.account")


@bp.route("/tokens", methods=["POST"])
def create_token():
    form = ApiTokenForm(prefix="token")
    if form.validate_on_submit():
        try:
            _token, secret = auth_services.create_api_token(current_user, form.name.data)
        except DomainError as error:
            show_refusal(form, error)
        else:
            return _render_account(new_token=secret)
    return _render_account(token_form=form), 400


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
def revoke_token(token_id):
    token = db.get_or_404(ApiToken, token_id)
    try:
        auth_services.revoke_api_token(current_user, token)
    except DomainError as error:
        return _render_account(), error.status
    return done(_("Token revoked"), "accounts.account")
