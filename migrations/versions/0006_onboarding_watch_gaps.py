"""onboarding and watch gaps: withdrawn vetting checks

Revision ID: 0006_onboarding_watch_gaps
Revises: 0005_security
Create Date: 2026-12-03 10:00:00

* A vetting check recorded by mistake is withdrawn, never deleted: who withdrew it, when and why.
* An officer marks or unmarks a Neighbourhood Watch report as from a repeat victim: who, when, why.
* A shared summary may be changed or withdrawn; every text it had is kept in watch_summary_version,
  and each summary already shared gets its first version.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006_onboarding_watch_gaps'
down_revision = '0005_security'
branch_labels = None
depends_on = None

watch_summary = sa.table(
    'watch_summary',
    sa.column('id', sa.Integer),
    sa.column('you_said', sa.Text),
    sa.column('we_did', sa.Text),
    sa.column('shared_with_scheme', sa.Boolean),
    sa.column('published', sa.Boolean),
    sa.column('written_by_id', sa.Integer),
    sa.column('created_at', sa.DateTime(timezone=True)),
)


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

    with op.batch_alter_table('watch_summary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))

    version = op.create_table('watch_summary_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('summary_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('change', sa.Enum('shared', 'changed', 'withdrawn', name='summarychange', native_enum=False, length=32), nullable=False),
    sa.Column('you_said', sa.Text(), nullable=False),
    sa.Column('we_did', sa.Text(), nullable=False),
    sa.Column('shared_with_scheme', sa.Boolean(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('written_by_id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['summary_id'], ['watch_summary.id'], name=op.f('fk_watch_summary_version_summary_id_watch_summary')),
    sa.ForeignKeyConstraint(['written_by_id'], ['user_account.id'], name=op.f('fk_watch_summary_version_written_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_summary_version')),
    sa.UniqueConstraint('summary_id', 'number', name=op.f('uq_watch_summary_version_summary_id_number'))
    )
    with op.batch_alter_table('watch_summary_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_summary_version_summary_id'), ['summary_id'], unique=False)

    connection = op.get_bind()
    shared = connection.execute(sa.select(watch_summary)).all()
    if shared:
        op.bulk_insert(version, [
            {
                'summary_id': row.id,
                'number': 1,
                'change': 'shared',
                'you_said': row.you_said,
                'we_did': row.we_did,
                'shared_with_scheme': row.shared_with_scheme,
                'published': row.published,
                'reason': '',
                'written_by_id': row.written_by_id,
                'written_at': row.created_at,
            }
            for row in shared
        ])


def downgrade():
    with op.batch_alter_table('watch_summary_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_summary_version_summary_id'))

    op.drop_table('watch_summary_version')
    with op.batch_alter_table('watch_summary', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('version')

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
