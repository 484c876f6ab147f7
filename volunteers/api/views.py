"""API base endpoints: get a token with your password, and find out who the token belongs to."""

import base64
import binascii
from datetime import date

from flask import current_app, request
from flask_login import current_user
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from volunteers.accounts import services as account_services
from volunteers.api import api_blueprint
from volunteers.api.schemas import (
    EmailChangeRequestSchema,
    EmailChangeSentSchema,
    MeSchema,
    TokenRequestSchema,
    TokenSchema,
)
from volunteers.auth import services as auth_services
from volunteers.auth import throttle
from volunteers.auth.services import BASIC_CHALLENGE
from volunteers.extensions import limiter
from volunteers.permissions import Gate, gate, may_submit_to, public
from volunteers.validation import normalise_email

blp = api_blueprint("api_accounts", __name__, "Tokens and the signed-in person")


def _unreadable(message: str) -> Unauthorized:
    return Unauthorized(message, www_authenticate=WWWAuthenticate.from_header(BASIC_CHALLENGE))


def _basic_credentials() -> tuple[str, str]:
    header = request.headers.get("Authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        raise _unreadable("Send your email address and password with HTTP Basic authentication.")
    try:
        email, separator, password = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise _unreadable("The Basic credentials could not be read.") from None
    if not separator:
        raise _unreadable("The Basic credentials could not be read.")
    return email, password


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def _account_limit() -> str:
    return current_app.config["SIGN_IN_ACCOUNT_RATE_LIMIT"]


def _basic_account() -> str:
    """The rate-limit key of the account named in the Basic credentials (real or not)."""
    try:
        email, _password = _basic_credentials()
    except Unauthorized:
        email = ""
    return "account:" + normalise_email(email)


@blp.route("/tokens", methods=["POST"])
@public
@limiter.limit(_sign_in_limit, on_breach=throttle.log_breach)
@limiter.limit(_account_limit, key_func=_basic_account, deduct_when=throttle.failed, on_breach=throttle.log_breach)
@blp.arguments(TokenRequestSchema, required=False)
@blp.response(201, TokenSchema)
@blp.doc(security=[{"basicAuth": []}])
def create_token(args):
    """Create a bearer token with your email address and password (HTTP Basic)."""
    email, password = _basic_credentials()
    token, secret = auth_services.issue_api_token(email, password, args.get("code"), args.get("name", "API client"))
    return {"id": token.id, "name": token.name, "token": secret, "expires_at": token.expires_at}


def _roles(user) -> list[str]:
    roles = [
        role
        for role, held in (
            ("volunteer", user.is_volunteer),
            ("coordinator", user.is_coordinator),
            ("officer", user.is_officer),
            ("admin", user.is_admin),
        )
        if held
    ]
    return roles


@blp.route("/me")
@gate(Gate.SIGNED_IN)
@blp.response(200, MeSchema)
def me():
    """Who this token belongs to: memberships, officer areas and admin roles."""
    user = current_user
    today = date.today()
    memberships = [
        {
            "id": m.id,
            "scheme_id": m.scheme_id,
            "scheme": m.scheme,
            "area_id": m.area_id,
            "role": m.role.value,
            "status": m.status.value,
            "may_submit": may_submit_to(user, m.scheme_id, today),
        }
        for m in user.memberships
    ]
    return {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "roles": _roles(user),
        "memberships": memberships,
        "officer_areas": [assignment.area for assignment in user.officer_assignments],
        "admin_force_ids": sorted(user.admin_force_ids),
    }


@blp.route("/me/export")
@gate(Gate.SIGNED_IN)
@blp.response(200, description="Everything held about you, section by section, as in the download on your account page")
def export_me():
    """Download everything held about the token's owner (the same data as the account page's download)."""
    return account_services.download_personal_data(current_user)


@blp.route("/me/email", methods=["POST"])
@gate(Gate.SIGNED_IN)
@limiter.limit(_sign_in_limit)
@blp.arguments(EmailChangeRequestSchema)
@blp.response(202, EmailChangeSentSchema)
def change_email(args):
    """Ask to change your email address: a single-use link is emailed to the new address, and the
    address changes only when it is followed. An address another account uses is refused (400)."""
    auth_services.request_email_change(current_user, args["email"], args["password"])
    return {
        "message": "A link has been sent to the new address. The address changes when it is followed.",
        "expires_in_hours": current_app.config["EMAIL_CHANGE_HOURS"],
    }
