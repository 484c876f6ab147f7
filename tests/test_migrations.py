"""The schema comes from the migrations, and the migrations match the models."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from tests.conftest import _test_config
from volunteers import create_app
from volunteers.db_types import utcnow
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


def test_a_forces_guard_rules_files_survive_the_settings_rename(make_database, smtp_server):
    app = create_app(_test_config(make_database(), smtp_server.port))
    force = sa.table(
        "force",
        sa.column("name"),
        sa.column("slug"),
        sa.column("settings", sa.JSON),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    old_settings = {"watch_guard_rules_files": ["kent.toml"], "training_valid_days": 365}
    with app.app_context():
        upgrade(revision="0003_watch")
        with db.engine.begin() as connection:
            connection.execute(
                force.insert().values(name="Kent", slug="kent", settings=old_settings, created_at=utcnow())
            )
        upgrade()
        with db.engine.connect() as connection:
            settings = connection.execute(sa.select(force.c.settings)).scalar_one()
        assert settings == {"guard_rules_files": ["kent.toml"], "training_valid_days": 365}
        downgrade(revision="0003_watch")
        with db.engine.connect() as connection:
            assert connection.execute(sa.select(force.c.settings)).scalar_one() == old_settings
        db.engine.dispose()


def test_summaries_shared_before_versions_existed_get_their_first_version(make_database, smtp_server):
    from tests.watch.factories import decide, make_report, make_watch_world
    from volunteers.watch.services import SummaryDetails

    app = create_app(_test_config(make_database(), smtp_server.port))
    version = sa.table("watch_summary_version", sa.column("number"), sa.column("change"), sa.column("we_did"))
    with app.app_context():
        upgrade()
        world = make_watch_world()
        report = make_report(world.scheme, world.member)
        decide(report, world.officer, summary=SummaryDetails("Members told us.", "We patrolled.", publish=True))
        db.session.remove()
        downgrade(revision="0004_guard_rules_setting")
        upgrade()
        with db.engine.connect() as connection:
            assert connection.execute(sa.select(version)).all() == [(1, "shared", "We patrolled.")]
        db.engine.dispose()
