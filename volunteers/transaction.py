"""One transaction per service call, however services call each other.

Every service function is decorated with `@service`. The outermost call commits when it returns and
rolls back when it raises; a service called from inside another joins the caller's transaction, so
`invite_from_interest` can simply call `invite`, and a Speed Watch session's submission records
hours, sightings and audit events in one commit. Nothing is half-stored after a refusal.
"""

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import ORMExecuteState, Session

from volunteers.extensions import db

P = ParamSpec("P")
R = TypeVar("R")
_DEPTH_KEY = "volunteers.transaction_depth"
_WROTE_KEY = "volunteers.transaction_wrote"


@contextmanager
def transaction() -> Iterator[None]:
    """Commit at the end of the outermost block, roll back if it raises; inner blocks only join."""
    session = db.session()
    depth = session.info.get(_DEPTH_KEY, 0)
    session.info[_DEPTH_KEY] = depth + 1
    try:
        yield
    except BaseException:
        session.info[_DEPTH_KEY] = depth
        if depth == 0:
            session.rollback()
        raise
    session.info[_DEPTH_KEY] = depth
    if depth == 0:
        try:
            session.commit()
        except BaseException:
            # A commit the database refused (a unique key taken meanwhile) leaves nothing half-done.
            session.rollback()
            raise


def in_transaction() -> bool:
    """Whether a service is running: inner helpers that must not commit can assert it."""
    return db.session().info.get(_DEPTH_KEY, 0) > 0


def service(function: Callable[P, R]) -> Callable[P, R]:
    """Run a service function as one transaction (or as part of its caller's)."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with transaction():
            return function(*args, **kwargs)

    return run


# --- Requests that only read ----------------------------------------------------------------------


def init_app(app: Flask) -> None:
    """End a request that only read with COMMIT rather than the rollback Flask-SQLAlchemy ends
    every request with. The outcome is the same, but psycopg forgets every prepared statement on a
    rollback (and sends DEALLOCATE ALL), so each read-only request planned its queries afresh:
    the token lookup's 12-table join takes 1.2 ms to plan and 0.2 ms to run. Registered after
    Flask-SQLAlchemy, so it runs before the session is removed."""
    for event, listener in _WRITE_WATCHERS:
        if not sa.event.contains(Session, event, listener):  # every app shares the Session class
            sa.event.listen(Session, event, listener)
    app.teardown_appcontext(end_read_only_transaction)


def _nothing_written_yet(session: Session, _transaction, _connection) -> None:
    session.info[_WROTE_KEY] = False


def _written(session: Session, _flush_context) -> None:
    session.info[_WROTE_KEY] = True


def _written_unless_select(state: ORMExecuteState) -> None:
    if not state.is_select:
        state.session.info[_WROTE_KEY] = True


_WRITE_WATCHERS = (
    ("after_begin", _nothing_written_yet),
    ("after_flush", _written),
    ("do_orm_execute", _written_unless_select),
)


def end_read_only_transaction(error: BaseException | None) -> None:
    """Commit the request's transaction if it ran only SELECTs and holds nothing unflushed; any
    other transaction (one that wrote, flushed or failed) is left for the rollback."""
    if error is not None or not db.session.registry.has():
        return
    session = db.session()
    if not session.in_transaction() or session.info.get(_WROTE_KEY, True):
        return
    if session.new or session.dirty or session.deleted:
        return
    session.commit()
