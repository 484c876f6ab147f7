"""The SQL statements a block of test code sends, for statement budgets and query-plan checks."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import sqlalchemy as sa

from volunteers.extensions import db


class Sent(NamedTuple):
    statement: str
    parameters: object


@contextmanager
def statements_sent() -> Iterator[list[Sent]]:
    """Each statement run on the app's engine while the block runs, with its parameters, in order."""
    sent: list[Sent] = []

    def keep(_connection, _cursor, statement, parameters, _context, _executemany):
        sent.append(Sent(statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)
