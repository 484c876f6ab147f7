"""onboarding and watch gaps: withdrawn vetting checks

Revision ID: 0006_onboarding_watch_gaps
Revises: 0004_guard_rules_setting
Create Date: 2026-12-03 10:00:00

* A vetting check recorded by mistake is withdrawn, never deleted: who withdrew it, when and why.
* An officer marks or unmarks a Neighbourhood Watch report as from a repeat victim: who, when, why.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006_onboarding_watch_gaps'
down_revision = '0004_guard_rules_setting'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('vetting_check', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('withdrawal_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.create_foreign_key(
            batch_op.f('fk_vetting_check_withdrawn_by_id_user_account'), 'user_account', ['withdrawn_by_id'], ['id']
        )

    with op.batch_alter_table('watch_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('repeat_victim_marked', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('repeat_victim_marked_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('repeat_victim_marked_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('repeat_victim_mark_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.create_foreign_key(
            batch_op.f('fk_watch_report_repeat_victim_marked_by_id_user_account'),
            'user_account',
            ['repeat_victim_marked_by_id'],
            ['id'],
        )


def downgrade():
    with op.batch_alter_table('watch_report', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_watch_report_repeat_victim_marked_by_id_user_account'), type_='foreignkey'
        )
        batch_op.drop_column('repeat_victim_mark_reason')
        batch_op.drop_column('repeat_victim_marked_at')
        batch_op.drop_column('repeat_victim_marked_by_id')
        batch_op.drop_column('repeat_victim_marked')

    with op.batch_alter_table('vetting_check', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_vetting_check_withdrawn_by_id_user_account'), type_='foreignkey')
        batch_op.drop_column('withdrawal_reason')
        batch_op.drop_column('withdrawn_by_id')
        batch_op.drop_column('withdrawn_at')
