"""The guard's rules files become a shared force setting: watch_guard_rules_files -> guard_rules_files

Revision ID: 0004_guard_rules_setting
Revises: 0003_watch
Create Date: 2026-12-01 17:30:00

The guard now serves every scheme, so a force's extra rules files are named by `guard_rules_files`.
Forces that named files under the old key keep them: the key is renamed in `force.settings`.
"""
from alembic import op
import sqlalchemy as sa

revision = '0004_guard_rules_setting'
down_revision = '0003_watch'
branch_labels = None
depends_on = None

force = sa.table('force', sa.column('id', sa.Integer), sa.column('settings', sa.JSON))


def _rename_key(old: str, new: str) -> None:
    connection = op.get_bind()
    for force_id, settings in connection.execute(sa.select(force.c.id, force.c.settings)).all():
        if settings and old in settings:
            renamed = {new if key == old else key: value for key, value in settings.items()}
            connection.execute(force.update().where(force.c.id == force_id).values(settings=renamed))


def upgrade():
    _rename_key('watch_guard_rules_files', 'guard_rules_files')


def downgrade():
    _rename_key('guard_rules_files', 'watch_guard_rules_files')
