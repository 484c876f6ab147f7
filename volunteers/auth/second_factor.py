"""A second factor for signing in: codes from an authenticator app (TOTP), and recovery codes.

Officers and admins must use one (they see personal data and decide about people); volunteers and
coordinators may. The app's secret is kept encrypted with a key derived from SECRET_KEY (so a copy
of the database alone does not give it away; rotating SECRET_KEY means enrolling again). A code
is accepted once: the last time step used is remembered. Recovery codes are single-use and only
their hashes are stored. Every change here is audited; using a code to sign in is not (routine
sign-ins are not either).
"""

import base64
import secrets
from datetime import datetime

import pyotp
import segno
import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app
from flask_babel import gettext as _

from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import RecoveryCode, User
from volunteers.permissions import require
from volunteers.tokens import digest
from volunteers.transaction import service

ISSUER = "Volunteers"
RECOVERY_CODE_COUNT = 10
# Letters and digits nobody confuses when copying a code from paper (no 0/O, 1/I/L).
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
STEP_SECONDS = 30


class CodeRefused(DomainError):
    status = 401


def _fernet() -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"volunteers totp secret").derive(
        current_app.config["SECRET_KEY"].encode("utf-8")
    )
    return Fernet(base64.urlsafe_b64encode(key))


def new_secret() -> str:
    return pyotp.random_base32()


def encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode("ascii")).decode("ascii")


def secret_of(user: User) -> str | None:
    """The user's authenticator secret, or None if they have none (or it cannot be read)."""
    if not user.totp_secret:
        return None
    try:
        return _fernet().decrypt(user.totp_secret.encode("ascii")).decode("ascii")
    except InvalidToken:
        return None


def current_code(user: User) -> str | None:
    """The code the user's app shows now (for the demo's command line only, never in production)."""
    secret = secret_of(user)
    return pyotp.TOTP(secret).now() if secret else None


def provisioning_uri(user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_code_svg(uri: str) -> str:
    """The enrolment link as an inline SVG QR code, drawn on the server: no image service sees it."""
    return segno.make(uri, error="m").svg_inline(scale=5, border=2, title=_("QR code for your authenticator app"))


def _step(moment: datetime) -> int:
    return int(moment.timestamp()) // STEP_SECONDS


def _matching_step(secret: str, code: str, now: datetime, after_step: int | None) -> int | None:
    """The time step (now, or one either side for slow clocks) whose code this is, if not used yet."""
    code = "".join(code.split())
    if not code.isdigit() or len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    for step in (_step(now) - 1, _step(now), _step(now) + 1):
        if after_step is not None and step <= after_step:
            continue
        if secrets.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def _new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes with new ones; returns them (shown once, never stored)."""
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [
        "-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(5)) for _ in range(2))
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    db.session.add_all(RecoveryCode(user_id=user.id, code_hash=_recovery_hash(code)) for code in codes)
    return codes


def _recovery_hash(code: str) -> str:
    return digest("".join(code.upper().split()).replace("-", ""))


@service
def enrol(user: User, secret: str, code: str, now: datetime | None = None) -> list[str]:
    """Start using an authenticator app, once the person has shown it gives the right code.
    Returns the new recovery codes, to show once."""
    now = now or utcnow()
    step = _matching_step(secret, code or "", now, None)
    if step is None:
        raise DomainError(_("Enter the 6-digit code your authenticator app shows now"), field="code")
    user.totp_secret = encrypt(secret)
    user.totp_enrolled_at = now
    user.totp_last_step = step
    codes = _new_recovery_codes(user)
    audit.record(user, "user.second_factor_enrolled", user)
    return codes


@service
def accept_code(user: User, code: str, now: datetime | None = None) -> None:
    """Accept a code from the user's authenticator app once; refuse it otherwise."""
    secret = secret_of(user)
    step = _matching_step(secret, code or "", now or utcnow(), user.totp_last_step) if secret else None
    if step is None:
        raise CodeRefused(_("Enter the code your authenticator app shows now"), field="code")
    user.totp_last_step = step


@service
def use_recovery_code(user: User, code: str) -> int:
    """Sign in with one of the recovery codes, which then stops working; returns how many are left."""
    found = db.session.scalar(
        sa.select(RecoveryCode).where(
            RecoveryCode.user_id == user.id,
            RecoveryCode.code_hash == _recovery_hash(code or ""),
            RecoveryCode.used_at.is_(None),
        )
    )
    if found is None:
        raise CodeRefused(_("Enter one of your recovery codes that you have not used yet"), field="code")
    found.used_at = utcnow()
    left = remaining_recovery_codes(user) - 1
    audit.record(user, "user.recovery_code_used", user, after={"codes_left": left})
    return left


def remaining_recovery_codes(user: User) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(RecoveryCode.id)).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    )


@service
def renew_recovery_codes(user: User) -> list[str]:
    """New recovery codes for someone who used or lost theirs; the old ones stop working."""
    if user.totp_enrolled_at is None:
        raise Conflict(_("Set up an authenticator app first"))
    codes = _new_recovery_codes(user)
    audit.record(user, "user.recovery_codes_renewed", user)
    return codes


def _clear(user: User) -> None:
    user.totp_secret = None
    user.totp_enrolled_at = None
    user.totp_last_step = None
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))


@service
def turn_off(user: User) -> None:
    """A volunteer stops using their second factor; officers and admins cannot."""
    if user.is_officer or user.is_admin:
        raise Conflict(_("Officers and administrators must sign in with a second factor"))
    if user.totp_enrolled_at is None:
        raise Conflict(_("You do not use a second factor"))
    _clear(user)
    audit.record(user, "user.second_factor_turned_off", user)


@service
def reset_for(actor: User, user: User, reason: str) -> None:
    """An admin clears the second factor of someone who lost their phone, who then sets one up
    again at their next sign-in. Nobody resets their own."""
    require(actor, "user.reset_second_factor", user)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Say why the second factor is being reset"), field="reason")
    _clear(user)
    audit.record(actor, "user.second_factor_reset", user, reason=reason)
