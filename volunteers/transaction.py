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

from volunteers.extensions import db

P = ParamSpec("P")
R = TypeVar("R")
_DEPTH_KEY = "volunteers.transaction_depth"


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
