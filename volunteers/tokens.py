"""Secrets sent by email or handed to API clients: generated here, stored only as hashes."""

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Membership, OneTimeToken, TokenPurpose, User


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """SHA-256 is enough for random 256-bit secrets: there is nothing to guess or brute-force."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue_one_time_token(
    purpose: TokenPurpose,
    email: str,
    lifetime: timedelta,
    *,
    user: User | None = None,
    membership: Membership | None = None,
    created_by: User | None = None,
) -> tuple[OneTimeToken, str]:
    """Create a single-use link token, cancelling any earlier open one for the same purpose."""
    cancel_open_tokens(purpose, user=user, membership=membership)
    secret = new_secret()
    token = OneTimeToken(
        purpose=purpose,
        token_hash=digest(secret),
        email=email,
        user=user,
        membership=membership,
        created_by_id=created_by.id if created_by else None,
        expires_at=utcnow() + lifetime,
    )
    db.session.add(token)
    return token, secret


def cancel_open_tokens(
    purpose: TokenPurpose, *, user: User | None = None, membership: Membership | None = None
) -> None:
    if user is None and membership is None:
        return
    query = sa.select(OneTimeToken).where(
        OneTimeToken.purpose == purpose, OneTimeToken.used_at.is_(None), OneTimeToken.cancelled_at.is_(None)
    )
    if membership is not None and membership.id is not None:
        query = query.where(OneTimeToken.membership_id == membership.id)
    elif user is not None and user.id is not None:
        query = query.where(OneTimeToken.user_id == user.id)
    else:
        return
    for token in db.session.scalars(query):
        token.cancelled_at = utcnow()


def find_usable_token(purpose: TokenPurpose, secret: str) -> OneTimeToken | None:
    """The token for a link, if the link is genuine, unused, not cancelled and not expired."""
    if not secret or len(secret) > 200:
        return None
    token = db.session.scalar(
        sa.select(OneTimeToken).where(OneTimeToken.purpose == purpose, OneTimeToken.token_hash == digest(secret))
    )
    if token is None or not token.is_usable_at(utcnow()):
        return None
    return token
