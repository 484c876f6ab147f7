"""A signed-in person's own account: details, memberships, data, password, sessions and API tokens."""

import json
from datetime import date

from flask import Blueprint, Response, current_app, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from volunteers import equality, vetting
from volunteers.accounts import services
from volunteers.accounts.forms import DetailsForm, EqualityForm, LeaveForm
from volunteers.auth import second_factor
from volunteers.auth import services as auth_services
from volunteers.auth.forms import ApiTokenForm, ChangePasswordForm, CodeForm, EmailChangeForm
from volunteers.auth.views import start_session
from volunteers.errors import DomainError
from volunteers.extensions import limiter
from volunteers.membership import lifecycle
from volunteers.membership.queries import profile_of
from volunteers.models import ApiToken, Membership, MembershipStatus
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404
from volunteers.web import done, form_page, submitted

bp = Blueprint("accounts", __name__, url_prefix="/account")
gate_blueprint(bp, Gate.SIGNED_IN)


def _render_account(password_form=None, token_form=None, new_token=None):
    today = date.today()
    memberships = sorted(current_user.memberships, key=lambda m: (m.status == MembershipStatus.LEFT, m.scheme.name))
    return render_template(
        "accounts/account.html",
        password_form=password_form or ChangePasswordForm(prefix="password"),
        token_form=token_form or ApiTokenForm(prefix="token"),
        tokens=auth_services.active_api_tokens(current_user),
        recovery_codes_left=second_factor.remaining_recovery_codes(current_user)
        if current_user.totp_enrolled_at
        else 0,
        new_token=new_token,
        profile=profile_of(current_user),
        memberships=[(m, vetting.is_cleared(m, today)) for m in memberships],
        has_declared=equality.declaration_of(current_user) is not None,
    )


@bp.route("/")
def account():
    return _render_account()


@bp.route("/password", methods=["POST"])
def change_password():
    form = ChangePasswordForm(prefix="password")
    if submitted(
        form, lambda: auth_services.change_password(current_user, form.current_password.data, form.password.data)
    ):
        start_session(current_user._get_current_object())
        return done(_("Your password has been changed. You have been signed out on other devices."), "accounts.account")
    return _render_account(password_form=form), 400


@bp.route("/sign-out-everywhere", methods=["POST"])
def sign_out_everywhere():
    auth_services.sign_out_everywhere(current_user)
    start_session(current_user._get_current_object())
    return done(_("You have been signed out on every other device"), "accounts.account")


ENROLMENT_SECRET_KEY = "account_totp_secret"


@bp.route("/second-factor", methods=["GET", "POST"])
def set_up_second_factor():
    """A volunteer chooses to sign in with an authenticator app as well as their password."""
    if current_user.totp_enrolled_at is not None:
        return redirect(url_for("accounts.account"))
    secret = session.get(ENROLMENT_SECRET_KEY) or second_factor.new_secret()
    session[ENROLMENT_SECRET_KEY] = secret
    form = CodeForm()
    if enrolled := submitted(form, lambda: second_factor.enrol(current_user, secret, form.code.data)):
        session.pop(ENROLMENT_SECRET_KEY, None)
        return render_template("auth/recovery_codes.html", codes=enrolled.result, next_url=url_for("accounts.account"))
    uri = second_factor.provisioning_uri(current_user, secret)
    return form_page(
        "auth/set_up_second_factor.html", form, qr_code=second_factor.qr_code_svg(uri), secret=secret, signing_in=False
    )


@bp.route("/second-factor/recovery-codes", methods=["POST"])
def renew_recovery_codes():
    codes = second_factor.renew_recovery_codes(current_user)
    return render_template("auth/recovery_codes.html", codes=codes, next_url=url_for("accounts.account"))


@bp.route("/second-factor/turn-off", methods=["POST"])
def turn_off_second_factor():
    second_factor.turn_off(current_user)
    return done(_("You now sign in with your password only"), "accounts.account")


@bp.route("/tokens", methods=["POST"])
def create_token():
    form = ApiTokenForm(prefix="token")
    if made := submitted(form, lambda: auth_services.create_api_token(current_user, form.name.data)):
        _token, secret = made.result
        return _render_account(new_token=secret)
    return _render_account(token_form=form), 400


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
def revoke_token(token_id):
    token = permitted_or_404(ApiToken, token_id, "api_token.revoke", hide_refusal=True)
    try:
        auth_services.revoke_api_token(current_user, token)
    except DomainError as error:
        return _render_account(), error.status
    return done(_("Token revoked"), "accounts.account")


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


@bp.route("/email", methods=["GET", "POST"])
@limiter.limit(_sign_in_limit, methods=["POST"])
def change_email():
    form = EmailChangeForm()
    if submitted(
        form, lambda: auth_services.request_email_change(current_user, form.email.data, form.current_password.data)
    ):
        return done(
            _(
                "We have sent a link to %(address)s. Your email address changes when you follow it; until then "
                "it stays as it is.",
                address=form.email.data.strip().lower(),
            ),
            "accounts.account",
        )
    return form_page("accounts/change_email.html", form)


def _own_membership(membership_id: int, action: str) -> Membership:
    """One of the signed-in person's own memberships; anyone else's is not found."""
    return permitted_or_404(Membership, membership_id, action, hide_refusal=True)


@bp.route("/details", methods=["GET", "POST"])
def details():
    profile = profile_of(current_user)
    form = DetailsForm(
        data={
            "name": current_user.name,
            "phone": current_user.phone,
            "languages": profile.languages if profile else "",
            "accessibility_needs": profile.accessibility_needs if profile else "",
        }
    )
    saved = submitted(
        form,
        lambda: services.update_contact_details(
            current_user,
            form.name.data,
            form.phone.data or "",
            form.languages.data or "",
            form.accessibility_needs.data or "",
        ),
    )
    if saved:
        return done(_("Your details have been saved"), "accounts.account")
    return form_page("accounts/details.html", form)


@bp.route("/memberships/<int:membership_id>/leave", methods=["GET", "POST"])
def leave(membership_id):
    membership = _own_membership(membership_id, "membership.leave")
    form = LeaveForm()
    if submitted(form, lambda: lifecycle.leave(current_user, membership, form.reason.data or "")):
        return done(_("You have left %(scheme)s", scheme=membership.scheme.name), "accounts.account")
    return form_page("accounts/leave.html", form, membership=membership)


@bp.route("/memberships/<int:membership_id>/code-of-conduct", methods=["POST"])
def sign_code_of_conduct(membership_id):
    membership = _own_membership(membership_id, "membership.sign_code_of_conduct")
    lifecycle.sign_code_of_conduct(current_user, membership)
    return done(_("Thank you for signing the code of conduct"), "membership.membership", membership_id=membership.id)


@bp.route("/export.json")
def export():
    data = services.download_personal_data(current_user)
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="my-volunteers-data-{date.today().isoformat()}.json"'},
    )


@bp.route("/equality", methods=["GET", "POST"])
def equality_monitoring():
    declaration = equality.declaration_of(current_user)
    form = EqualityForm(data=declaration.answers() if declaration else {})
    if submitted(form, lambda: equality.save_declaration(current_user, form.answers())):
        return done(_("Thank you. Your answers have been saved."), "accounts.account")
    return form_page("accounts/equality.html", form, questions=equality.QUESTIONS, declaration=declaration)


@bp.route("/equality/withdraw", methods=["POST"])
def withdraw_equality():
    equality.withdraw_declaration(current_user)
    return done(_("Your equality monitoring answers have been deleted"), "accounts.account")
