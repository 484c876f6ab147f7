"""How a request is tied to a user: the session cookie for pages, a bearer token for the API.

The API never accepts the session cookie (its endpoints are exempt from CSRF checks, so a cookie
would let another site act as the user), and pages never accept a bearer token.
"""

import logging

from flask import Flask, g
from flask_login import LoginManager

from volunteers.auth import sessions
from volunteers.auth.services import user_for_bearer_token
from volunteers.extensions import db
from volunteers.models import User, with_roles
from volunteers.permissions import is_api_request

log = logging.getLogger(__name__)


def _user_from_session(session_id: str) -> User | None:
    """The user of a session cookie ("id:version:token"), while its server-side session is open."""
    if is_api_request():
        return None
    user_id, version, token = (session_id.split(":") + ["", ""])[:3]
    if not user_id.isdigit() or not version.isdigit() or not token:
        return None
    user = db.session.get(User, int(user_id), options=with_roles())
    if user is None or user.session_version != int(version) or not user.is_active:
        return None
    user_session = sessions.active_session(user, token)
    if user_session is None:
        return None
    g.user_session = user_session
    user.session_token = token
    return user


def _user_from_bearer_token(incoming_request) -> User | None:
    if not is_api_request():
        return None
    scheme, _, secret = incoming_request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret:
        return None
    return user_for_bearer_token(secret.strip())


def init_login_manager(app: Flask, login_manager: LoginManager) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in"
    login_manager.session_protection = "basic"
    login_manager.user_loader(_user_from_session)
    login_manager.request_loader(_user_from_bearer_token)
