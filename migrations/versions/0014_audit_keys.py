"""audit keys: each event names the key of its HMAC and keeps its area and scheme kind; indexes for
the audit explorer's filters; the outcomes of verification and anchoring

Revision ID: 0014_audit_keys
Revises: 0013_queue_indexes
Create Date: 2026-12-01 23:20:00

Events recorded before this revision keep their plain SHA-256 (key_id stays empty): recomputing
them under a key would itself be a rewrite of history. Verification accepts them only before the
first keyed event of a chain; run `flask audit anchor` once after upgrading.
"""
from alembic import op
import sqlalchemy as sa


revision = '0014_audit_keys'
down_revision = '0013_queue_indexes'
branch_labels = None
depends_on = None

EXPLORER_INDEXES = {
    'ix_audit_event_force_action_time': ['force_id', 'action', 'occurred_at', 'id'],
    'ix_audit_event_force_actor_time': ['force_id', 'actor_id', 'occurred_at', 'id'],
    'ix_audit_event_force_subject_time': ['force_id', 'subject_type', 'occurred_at', 'id'],
    'ix_audit_event_force_area_time': ['force_id', 'area_id', 'occurred_at', 'id'],
    'ix_audit_event_force_kind_time': ['force_id', 'scheme_kind', 'occurred_at', 'id'],
}


def upgrade():
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('area_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('scheme_kind', sa.String(length=32), nullable=True))
        batch_op.drop_index('ix_audit_event_force_time')
        batch_op.create_index('ix_audit_event_force_time', ['force_id', 'occurred_at', 'id'], unique=False)
        for name, columns in EXPLORER_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)

    op.create_table('audit_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('verify', 'anchor', name='auditcheckkind', native_enum=False, length=32), nullable=False),
    sa.Column('ran_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('intact', sa.Boolean(), nullable=False),
    sa.Column('chains', sa.Integer(), nullable=False),
    sa.Column('events', sa.BigInteger(), nullable=False),
    sa.Column('anchors', sa.Integer(), nullable=False),
    sa.Column('broken_chain', sa.BigInteger(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_check'))
    )
    with op.batch_alter_table('audit_check', schema=None) as batch_op:
        batch_op.create_index('ix_audit_check_kind_time', ['kind', 'ran_at'], unique=False)


def downgrade():
    with op.batch_alter_table('audit_check', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_check_kind_time')
    op.drop_table('audit_check')

    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        for name in EXPLORER_INDEXES:
            batch_op.drop_index(name)
        batch_op.drop_index('ix_audit_event_force_time')
        batch_op.create_index('ix_audit_event_force_time', ['force_id', 'occurred_at'], unique=False)
        batch_op.drop_column('scheme_kind')
        batch_op.drop_column('area_id')
        batch_op.drop_column('key_id')
