"""Signed-in browsers as rows on the server, so that signing out ends a session for good.

Flask's session cookie is signed but cannot be revoked: a copy kept by someone else would go on
working. So each sign-in makes a `UserSession` row; the cookie (and the remember-me cookie, if
chosen) carries its random token, and the loader accepts a cookie only while that row has not
ended. Signing out ends the row; signing out everywhere, or changing the password, ends them all.
"""

import sqlalchemy as sa
from flask import Flask, g, request, session
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from flask_login import login_user, logout_user

from volunteers import links
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import User, UserSession
from volunteers.tokens import digest, new_secret
from volunteers.transaction import service


class CookieSessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie, not sent again with static files.

    A signed-in session is permanent, so Flask would refresh its cookie on every response; a
    stylesheet or favicon answered late would then set the cookie again after the browser had
    dropped it (on signing out elsewhere, or clearing cookies), and no cache could share a
    static file that carries a cookie.
    """

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        return request.endpoint != "static" and super().should_set_cookie(app, session)


@service
def open_session(user: User) -> str:
    """A new server-side session for the user; returns the token its cookie carries."""
    token = new_secret()
    db.session.add(UserSession(user_id=user.id, token_hash=digest(token)))
    return token


def begin(user: User, remember: bool = False) -> None:
    """Sign the user in on this browser, in a fresh session: nothing from before carries over."""
    user.session_token = open_session(user)
    links.clear_session_keeping_links()
    login_user(user, remember=remember)
    session.permanent = True


def active_session(user: User, token: str) -> UserSession | None:
    """The user's session with this token, if it has not ended."""
    if not token:
        return None
    return db.session.scalar(
        sa.select(UserSession).where(
            UserSession.token_hash == digest(token), UserSession.user_id == user.id, UserSession.ended_at.is_(None)
        )
    )


def current() -> UserSession | None:
    """This request's server-side session, as the loader found it."""
    return g.get("user_session")


@service
def end_current(user: User) -> None:
    """Sign out on this browser: the session's row ends, so any copy of its cookie stops working."""
    user_session = current()
    if user_session is not None and user_session.user_id == user.id:
        user_session.ended_at = utcnow()
        db.session.add(user_session)


def sign_out(user: User) -> None:
    end_current(user)
    logout_user()
    session.clear()


def end_all(user: User) -> None:
    """End every session of the user (the caller's transaction commits)."""
    db.session.execute(
        sa.update(UserSession)
        .where(UserSession.user_id == user.id, UserSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
