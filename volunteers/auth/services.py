"""Signing in, passwords and API tokens: each function is one transaction with its audit record."""

import functools
import logging
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from volunteers import audit, mail
from volunteers.auth import bearer_cache, second_factor, sessions
from volunteers.auth.passwords import hash_password, needs_rehash, password_problems, verify_password
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, InvalidInput, NotFound
from volunteers.extensions import db
from volunteers.models import ApiToken, OneTimeToken, TokenPurpose, User, with_roles
from volunteers.permissions import require
from volunteers.tokens import cancel_open_tokens, digest, find_usable_token, issue_one_time_token, new_secret
from volunteers.transaction import service
from volunteers.validation import Checker, normalise_email

log = logging.getLogger(__name__)

API_TOKEN_PREFIX = "vt_"
# Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH_CACHE: dict[str, str] = {}


# How the token endpoint asks for credentials when they are wrong or missing.
BASIC_CHALLENGE = 'Basic realm="volunteers"'


class SignInRefused(DomainError):
    status = 401

    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": BASIC_CHALLENGE}


def find_user(user_id) -> User | None:
    """The account with this id, or None (also for something that is not an id)."""
    return db.session.get(User, user_id) if isinstance(user_id, int) else None


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def _dummy_hash() -> str:
    key = f"{current_app.config['ARGON2_TIME_COST']}:{current_app.config['ARGON2_MEMORY_COST']}"
    if key not in _DUMMY_HASH_CACHE:
        _DUMMY_HASH_CACHE[key] = hash_password(new_secret())
    return _DUMMY_HASH_CACHE[key]


@service
def authenticate(email: str, password: str) -> User:
    """Check an email address and password, the same way whether or not the account exists.

    Failures lock nothing (a stranger could lock an officer out by typing their address): the
    views throttle attempts per account and per address instead (volunteers/auth/throttle.py).
    """
    user = find_user_by_email(email)
    if user is None:
        verify_password(_dummy_hash(), password)
        raise SignInRefused(_("Enter a correct email address and password"))
    if not verify_password(user.password_hash, password) or not user.is_active:
        raise SignInRefused(_("Enter a correct email address and password"))
    user.last_sign_in_at = utcnow()
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    log.info("user %s passed the password step", user.id)
    return user


def _validated_password(password: str, email: str) -> str:
    problems = password_problems(password, email)
    if problems:
        raise InvalidInput({"password": problems})
    return password


@service
def request_password_reset(email: str) -> None:
    """Email a reset link if the account exists; say nothing either way, to hide who has one."""
    user = find_user_by_email(email)
    if user is None or not user.is_active:
        log.info("password reset asked for an unknown or disabled account")
        return
    lifetime = timedelta(hours=current_app.config["PASSWORD_RESET_HOURS"])
    token, secret = issue_one_time_token(TokenPurpose.PASSWORD_RESET, user.email, lifetime, user=user)
    mail.queue(
        "password_reset",
        user.email,
        _("Reset your password"),
        user=user,
        link=mail.absolute_url("auth.reset_password", link=secret),
        hours=current_app.config["PASSWORD_RESET_HOURS"],
    )


def user_for_reset_link(secret: str) -> User | None:
    token = find_usable_token(TokenPurpose.PASSWORD_RESET, secret)
    return token.user if token else None


def _set_password(user: User, password: str) -> None:
    """A new password ends every session: whoever knew the old one is signed out everywhere."""
    user.password_hash = hash_password(_validated_password(password, user.email))
    user.password_changed_at = utcnow()
    user.session_version += 1
    sessions.end_all(user)


def _use_password_link(purpose: TokenPurpose, secret: str, password: str, expired: str, event: str) -> User:
    token = find_usable_token(purpose, secret)
    if token is None:
        raise NotFound(expired)
    user = token.user
    _set_password(user, password)
    token.used_at = utcnow()
    audit.record(user, event, user)
    return user


@service
def reset_password(secret: str, password: str) -> User:
    """Use a reset link once: set the password, unlock the account, end every other session."""
    expired = _("This link has expired or has already been used. Ask for a new one.")
    return _use_password_link(TokenPurpose.PASSWORD_RESET, secret, password, expired, "user.password_reset")


@service
def set_up_account(secret: str, password: str) -> User:
    """Use an account set-up link (sent to new officers and admins) once, to choose a password."""
    expired = _("This link has expired or has already been used. Ask your administrator for a new one.")
    return _use_password_link(TokenPurpose.ACCOUNT_SETUP, secret, password, expired, "user.account_set_up")


def user_for_setup_link(secret: str) -> User | None:
    token = find_usable_token(TokenPurpose.ACCOUNT_SETUP, secret)
    return token.user if token else None


@service
def change_password(user: User, current_password: str, new_password: str) -> None:
    """Change a password knowing the current one; other sessions are signed out."""
    if not verify_password(user.password_hash, current_password):
        raise DomainError(_("Your current password is not correct"), field="current_password")
    _set_password(user, new_password)
    audit.record(user, "user.password_changed", user)


# --- Changing one's email address -----------------------------------------------------------------


def masked_email(email: str) -> str:
    """An address as told to its previous owner: enough to recognise it, not to read it off."""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def _address_taken(email: str, user: User) -> bool:
    other = find_user_by_email(email)
    return other is not None and other.id != user.id


@service
def request_email_change(user: User, new_email: str, current_password: str) -> None:
    """Send a single-use, expiring link to a new email address; the address changes only when the
    link is followed. Asking again cancels the earlier link. An address another account uses is
    refused, without saying whose it is."""
    check = Checker()
    email = check.email(new_email, "email")
    if not check.has("email"):
        if email == user.email:
            check.add("email", _("That is already your email address"))
        elif _address_taken(email, user):
            check.add("email", _("Another account already uses this email address. Choose a different one."))
    if not verify_password(user.password_hash, current_password or ""):
        check.add("current_password", _("Your current password is not correct"))
    check.done()
    hours = current_app.config["EMAIL_CHANGE_HOURS"]
    token, secret = issue_one_time_token(TokenPurpose.EMAIL_CHANGE, email, timedelta(hours=hours), user=user)
    mail.queue(
        "email_change_confirm",
        email,
        _("Confirm your new email address"),
        user=user,
        link=mail.absolute_url("auth.confirm_email_change", link=secret),
        hours=hours,
    )
    audit.record(user, "user.email_change_requested", user, after={"expires_at": token.expires_at.isoformat()})


def email_change_for_link(secret: str) -> OneTimeToken | None:
    return find_usable_token(TokenPurpose.EMAIL_CHANGE, secret)


@service
def confirm_email_change(secret: str) -> User:
    """Follow the link sent to the new address, once: the address changes, the old address is told,
    and reset links sent to the old address stop working."""
    token = email_change_for_link(secret)
    if token is None:
        raise NotFound(_("This link has expired or has already been used. Ask for a new one from your account."))
    db.session.refresh(token, with_for_update=True)
    if not token.is_usable_at(utcnow()):
        raise NotFound(_("This link has expired or has already been used. Ask for a new one from your account."))
    user = token.user
    if _address_taken(token.email, user):
        raise Conflict(_("Another account now uses this email address. Choose a different one from your account."))
    old_email = user.email
    user.email = token.email
    token.used_at = utcnow()
    cancel_open_tokens(TokenPurpose.PASSWORD_RESET, user=user)
    audit.record(user, "user.email_changed", user)
    mail.queue(
        "email_changed",
        old_email,
        _("Your email address has been changed"),
        user=user,
        new_email=masked_email(user.email),
    )
    log.info("user %s changed their email address", user.id)
    return user


@service
def sign_out_everywhere(user: User) -> None:
    """End every session of the user, this one included (the page then starts a fresh one)."""
    user.session_version += 1
    sessions.end_all(user)
    audit.record(user, "user.signed_out_everywhere", user)


@service
def create_api_token(user: User, name: str) -> tuple[ApiToken, str]:
    """Make a bearer token for the user's own client; the secret is shown once and never stored."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise DomainError(_("Give the token a name of up to 100 characters"), field="name")
    secret = API_TOKEN_PREFIX + new_secret()
    token = ApiToken(
        user=user,
        name=name,
        token_hash=digest(secret),
        prefix=secret[:10],
        expires_at=utcnow() + timedelta(days=current_app.config["API_TOKEN_DAYS"]),
    )
    db.session.add(token)
    audit.record(user, "api_token.created", token, after={"name": name, "expires_at": token.expires_at.isoformat()})
    return token, secret


@service
def issue_api_token(email: str, password: str, code: str | None, name: str) -> tuple[ApiToken, str]:
    """A bearer token for someone's own client, after the same checks as signing in: the password,
    and for those who use a second factor, a code from their authenticator app."""
    user = authenticate(email, password)
    if user.requires_second_factor:
        if user.totp_enrolled_at is None:
            raise SignInRefused(
                _("Set up two-factor sign-in on the website first, then send a code from your authenticator app")
            )
        try:
            second_factor.accept_code(user, code or "")
        except second_factor.CodeRefused as refused:
            raise SignInRefused(refused.message, field="code") from None
    return create_api_token(user, name)


@service
def revoke_api_token(user: User, token: ApiToken) -> None:
    """Revoke one of the user's own tokens; it stops working at once."""
    require(user, "api_token.revoke", token)
    if token.revoked_at is not None:
        raise Conflict(_("This token was already revoked"))
    token.revoked_at = utcnow()
    audit.record(user, "api_token.revoked", token)


def active_api_tokens(user: User) -> list[ApiToken]:
    return db.session.scalars(
        sa.select(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None), ApiToken.expires_at > utcnow())
        .order_by(ApiToken.created_at.desc())
    ).all()


@functools.cache
def _token_with_its_user() -> sa.Select:
    """Built once, with the token's hash as a parameter: every API request runs it, and building it
    (or even working out the cache key of its loader options) costs more than the query."""
    return (
        sa.select(ApiToken)
        .options(joinedload(ApiToken.user).options(*with_roles()))
        .where(ApiToken.token_hash == sa.bindparam("token_hash"))
    )


def user_for_bearer_token(secret: str) -> User | None:
    """The user a bearer token belongs to, if it is genuine, unrevoked and in date."""
    if not secret.startswith(API_TOKEN_PREFIX) or len(secret) > 200:
        return None
    now = utcnow()
    token, user = _token_and_its_user(digest(secret), now)
    if token is None or not token.is_usable_at(now) or user is None or not user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > timedelta(hours=1):  # kept to the hour
        db.session.execute(sa.update(ApiToken).where(ApiToken.id == token.id).values(last_used_at=now))
        db.session.commit()
    return user


def _token_and_its_user(token_hash: str, now) -> tuple:
    """The token (on PostgreSQL its `TokenState`) and its user with their roles: the worker's
    remembered copy while none of its rows has changed, and none for a token no longer usable."""
    remembered = bearer_cache.cache()
    if remembered is None:
        token = db.session.scalar(_token_with_its_user(), {"token_hash": token_hash})
        return token, token.user if token is not None else None
    token = bearer_cache.token_state(token_hash)
    if token is None or not token.is_usable_at(now):
        return token, None
    return token, remembered.user(token_hash, token) or remembered.remember(token_hash, token, _token_with_its_user())
