"""Which database the run uses, for tests that only mean something on a database server."""

import os

import pytest

ON_POSTGRESQL = os.environ.get("TEST_DATABASE_URL", "").startswith("postgresql")


def postgresql_only(why: str) -> pytest.MarkDecorator:
    """Skip on SQLite, saying why the test needs PostgreSQL and how to run it there."""
    return pytest.mark.skipif(not ON_POSTGRESQL, reason=f"{why}: run with TEST_DATABASE_URL=postgresql://...")
