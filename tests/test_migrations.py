"""The schema comes from the migrations, and the migrations match the models."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from tests.conftest import _test_config
from volunteers import create_app
from volunteers.extensions import db


def test_migrations_build_exactly_the_schema_the_models_describe(make_database, smtp_server):
    app = create_app(_test_config(make_database(), smtp_server.port))
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            differences = compare_metadata(context, db.metadata)
        assert differences == []
        db.engine.dispose()


def test_migrations_downgrade_to_an_empty_database_and_up_again(make_database, smtp_server):
    app = create_app(_test_config(make_database(), smtp_server.port))
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        assert set(sa.inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert "audit_event" in sa.inspect(db.engine).get_table_names()
        db.engine.dispose()
