"""One-time links (password reset, account set-up, invitation) whose secret never lingers in a URL.

Emails carry the secret in the query string (`/reset-password?link=...`): access logs record paths
without query strings (gunicorn.conf.py). The page moves the secret into the signed session and
redirects to its own address without it, as Django's password reset does, so it is not kept in
the browser's history, shown in the address bar, or sent on in a Referer header. Links sent
before this worked that way (the secret in the path) go through the same redirect.
"""

from flask import redirect, request, session, url_for

_KEY = "one_time_link:{}"


def moved_to_session(kind: str, endpoint: str, secret: str | None = None):
    """If this visit brings a link's secret, keep it in the session and redirect to `endpoint`
    without it; None when there is nothing to move."""
    secret = secret or request.args.get("link", "")
    if not secret or request.method != "GET":
        return None
    session[_KEY.format(kind)] = secret[:200]
    return redirect(url_for(endpoint))


def secret_in_session(kind: str) -> str:
    """The secret of the link being followed: kept in the session, or (a form posted straight to
    the link by a client that does not follow redirects) in the query string."""
    return session.get(_KEY.format(kind)) or request.args.get("link", "")[:200]


def forget(kind: str) -> None:
    session.pop(_KEY.format(kind), None)


def clear_session_keeping_links() -> None:
    """Start a fresh session (on signing in) but keep a link being followed: someone asked to sign
    in before accepting an invitation comes back to it."""
    kept = {key: value for key, value in session.items() if key.startswith(_KEY.format(""))}
    session.clear()
    session.update(kept)
