"""The users of bearer tokens, remembered by each worker between API requests, on PostgreSQL.

Every API request needs the token's user with everything their permissions are derived from
(`models.with_roles()`): a dozen ORM objects built from a 12-table join, which cost more of a
report submission than anything but the guard. So each worker keeps, per token, a detached copy of
the graph it last loaded, and every request first asks the database, in one small query, for the
token's state and a fingerprint of every row the graph was built from: each row's id and `xmin`
(the transaction that last wrote it, which every UPDATE changes), in a fixed order. An added,
changed or deleted membership, check, assignment, admin role, scheme, area, force or user changes
the fingerprint, and the graph is loaded afresh; the token's expiry and revocation are read in the
same query. A change therefore counts from the next request, as it did without the cache.

A request gets its own copy of the remembered objects (`Session.merge(load=False)`), which it may
change like any others; their column values are shared, so a JSON value such as `Force.settings`
is replaced when it changes, never edited in place (nothing in the app does).

An entry is also dropped after `MAX_AGE_SECONDS` whatever its fingerprint, so that no copy outlives
the transaction ids it was compared by, and the cache holds at most `MAX_ENTRIES` tokens.

Only PostgreSQL has `xmin`; elsewhere (SQLite, for laptops and tests) nothing is remembered.
"""

import threading
import time
from collections import OrderedDict
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from flask import Flask, current_app
from sqlalchemy.orm import Session

from volunteers.db_types import UTCDateTime
from volunteers.extensions import db
from volunteers.models import ApiToken, User

MAX_ENTRIES = 2_000
MAX_AGE_SECONDS = 600

# One row per token: its state, and the fingerprint of the graph with_roles() loads for its user.
# A section per relationship of that graph; change both together (tests/test_bearer_cache.py
# touches every row of a loaded graph and expects each touch to be noticed).
_STATE_OF_TOKEN = sa.text(
    """
SELECT t.id, t.expires_at, t.revoked_at, t.last_used_at, concat_ws('|',
  u.id::text || ':' || u.xmin::text,
  (SELECT string_agg(concat_ws(':', m.id, m.xmin, s.xmin, a.xmin, f.xmin), ',' ORDER BY m.id)
     FROM membership m JOIN scheme s ON s.id = m.scheme_id JOIN area a ON a.id = s.area_id
     JOIN force f ON f.id = a.force_id WHERE m.user_id = u.id),
  (SELECT string_agg(concat_ws(':', c.id, c.xmin), ',' ORDER BY c.id)
     FROM vetting_check c JOIN membership m ON m.id = c.membership_id WHERE m.user_id = u.id),
  (SELECT string_agg(concat_ws(':', o.id, o.xmin, a.xmin, f.xmin), ',' ORDER BY o.id)
     FROM officer_assignment o JOIN area a ON a.id = o.area_id JOIN force f ON f.id = a.force_id
     WHERE o.user_id = u.id),
  (SELECT string_agg(concat_ws(':', r.id, r.xmin, f.xmin), ',' ORDER BY r.id)
     FROM force_admin r JOIN force f ON f.id = r.force_id WHERE r.user_id = u.id)
) AS fingerprint
FROM api_token t JOIN user_account u ON u.id = t.user_id
WHERE t.token_hash = :token_hash
"""
).columns(
    sa.column("id", sa.Integer),
    sa.column("expires_at", UTCDateTime),
    sa.column("revoked_at", UTCDateTime),
    sa.column("last_used_at", UTCDateTime),
    sa.column("fingerprint", sa.Text),
)


class TokenState(NamedTuple):
    """What the database says of a token now, read like an `ApiToken`, and the fingerprint of its
    user's graph."""

    id: int
    expires_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None
    fingerprint: str

    is_usable_at = ApiToken.is_usable_at


class _Remembered(NamedTuple):
    fingerprint: str
    user: User  # detached: never part of a session, only copied into one
    remembered_at: float


class BearerCache:
    """One app's remembered users, by token hash; safe to share between a worker's threads."""

    def __init__(self) -> None:
        self._entries: OrderedDict[str, _Remembered] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, token_hash: str) -> bool:
        return token_hash in self._entries

    def user(self, token_hash: str, state: TokenState) -> User | None:
        """A copy, in this request's session, of the user remembered for the token, if every row
        it was built from is as it was then; None when the graph must be loaded."""
        with self._lock:
            entry = self._entries.get(token_hash)
            if entry is not None:
                self._entries.move_to_end(token_hash)
        if entry is None or entry.fingerprint != state.fingerprint:
            return None
        if time.monotonic() - entry.remembered_at > MAX_AGE_SECONDS:
            return None
        return db.session.merge(entry.user, load=False)

    def remember(self, token_hash: str, state: TokenState, loaded: sa.Select) -> User | None:
        """Load the token's user by `loaded` into a session of its own, keep that detached copy
        under the fingerprint read before it (a change in between is seen as one at the next
        request), and return a copy in this request's session."""
        with Session(bind=db.session.connection()) as private:
            token = private.scalar(loaded, {"token_hash": token_hash})
            if token is None:
                return None
            user = token.user
            private.expunge_all()
        with self._lock:
            self._entries[token_hash] = _Remembered(state.fingerprint, user, time.monotonic())
            self._entries.move_to_end(token_hash)
            while len(self._entries) > MAX_ENTRIES:
                self._entries.popitem(last=False)
        return db.session.merge(user, load=False)


def init_app(app: Flask) -> None:
    app.extensions["bearer_cache"] = BearerCache()


def cache() -> BearerCache | None:
    """This app's cache, where the database can fingerprint what it remembers."""
    if db.session.get_bind().dialect.name != "postgresql":
        return None
    return current_app.extensions["bearer_cache"]


def token_state(token_hash: str) -> TokenState | None:
    row = db.session.execute(_STATE_OF_TOKEN, {"token_hash": token_hash}).one_or_none()
    return None if row is None else TokenState(*row)
