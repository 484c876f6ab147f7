"""Slowing down password guessing without locking anyone out and without telling who has an account.

* Every sign-in, reset and token request counts against its source address (SIGN_IN_RATE_LIMIT).
* Failed attempts also count against the account typed in (SIGN_IN_ACCOUNT_RATE_LIMIT), whether
  or not it exists, so the answer is the same for a real address and an invented one.
* A browser that has signed in to an account before carries a signed "known device" cookie for
  it, and its attempts are not counted against the account: a stranger hammering an officer's
  address cannot stop the officer signing in from their own browser (OWASP's device cookies).
* Pages that would otherwise answer faster for an unknown address (asking for a reset link sends
  an email only when the account exists) take at least a set time, whatever the address.
"""

import functools
import logging
import time
from collections.abc import Callable

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from volunteers.models import User
from volunteers.validation import normalise_email

log = logging.getLogger(__name__)

DEVICE_COOKIE = "known_device"
DEVICE_COOKIE_DAYS = 365


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="volunteers known device")


def remember_device(response, user: User):
    """Mark this browser as one the user signs in from, for a year."""
    response.set_cookie(
        DEVICE_COOKIE,
        _serializer().dumps({"user": user.id}),
        max_age=DEVICE_COOKIE_DAYS * 86400,
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
        samesite="Lax",
    )
    return response


def known_device_user_id() -> int | None:
    """The account this browser signed in to before, if its cookie is genuine and in date."""
    cookie = request.cookies.get(DEVICE_COOKIE, "")
    if not cookie:
        return None
    try:
        data = _serializer().loads(cookie, max_age=DEVICE_COOKIE_DAYS * 86400)
    except BadSignature:
        return None
    return data.get("user") if isinstance(data, dict) else None


def submitted_account() -> str:
    """The rate-limit key of the account a sign-in form names (real or not)."""
    return "account:" + normalise_email(request.form.get("email", ""))


def from_a_known_device() -> bool:
    """Whether this sign-in comes from a browser that signed in to the account it names before."""
    from volunteers.auth.services import find_user_by_email

    device_user = known_device_user_id()
    if device_user is None:
        return False
    user = find_user_by_email(request.form.get("email", ""))
    return user is not None and user.id == device_user


def failed(response) -> bool:
    """Only failures count against an account: a successful sign-in redirects or issues a token."""
    return response.status_code not in (201, 302, 303)


def log_breach(limit) -> None:
    log.warning("sign-in attempts throttled at %s on %s", limit.limit, request.endpoint)


def taking_at_least(config_name: str) -> Callable:
    """Let a view answer no sooner than the configured number of seconds, so that how long it
    takes says nothing about whether the address given belongs to someone. The emails it commits
    go out after the answer (`mail.init_app`), so a slow mail server cannot give one away either."""

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def timed(*args, **kwargs):
            started = time.monotonic()
            response = view(*args, **kwargs)
            if request.method == "POST":
                time.sleep(max(0.0, current_app.config[config_name] - (time.monotonic() - started)))
            return response

        return timed

    return decorate
