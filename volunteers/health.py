"""What the health check asks of the app's dependencies."""

import logging

import sqlalchemy as sa

from volunteers.extensions import db

log = logging.getLogger(__name__)


def database_answers() -> bool:
    """True when the database answers a trivial query; load balancers stop sending traffic otherwise."""
    try:
        db.session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as error:
        log.error("health check: database unreachable (%s)", type(error).__name__)
        db.session.rollback()
        return False
    return True
