"""youth safeguarding: guardians' consent to under-18 memberships, youth events, guardians'
consent to each event, and attendance

Revision ID: 0008_youth_safeguarding
Revises: 0007_speedwatch
Create Date: 2026-12-01 23:11:11

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008_youth_safeguarding'
down_revision = '0007_speedwatch'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('youth_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'training_day', 'ride_along', 'other', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('duration_minutes > 0 AND duration_minutes <= 1440', name=op.f('ck_youth_event_duration')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_youth_event_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_youth_event_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_event'))
    )
    with op.batch_alter_table('youth_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_event_scheme_id'), ['scheme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_event_starts_at'), ['starts_at'], unique=False)

    op.create_table('youth_event_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('registered_by_id', sa.Integer(), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attendance_recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['attendance_recorded_by_id'], ['user_account.id'], name=op.f('fk_youth_event_attendance_attendance_recorded_by_id_user_account')),
    sa.ForeignKeyConstraint(['event_id'], ['youth_event.id'], name=op.f('fk_youth_event_attendance_event_id_youth_event')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_youth_event_attendance_membership_id_membership')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['user_account.id'], name=op.f('fk_youth_event_attendance_registered_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_event_attendance')),
    sa.UniqueConstraint('event_id', 'membership_id', name=op.f('uq_youth_event_attendance_event_id_membership_id'))
    )
    with op.batch_alter_table('youth_event_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_event_attendance_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_event_attendance_membership_id'), ['membership_id'], unique=False)

    op.create_table('youth_event_consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('requested', 'consented', 'refused', 'withdrawn', name='consentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('token_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('guardian_words', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['youth_event.id'], name=op.f('fk_youth_event_consent_event_id_youth_event')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_youth_event_consent_membership_id_membership')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['user_account.id'], name=op.f('fk_youth_event_consent_requested_by_id_user_account')),
    sa.ForeignKeyConstraint(['token_id'], ['one_time_token.id'], name=op.f('fk_youth_event_consent_token_id_one_time_token')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_event_consent')),
    sa.UniqueConstraint('event_id', 'membership_id', name=op.f('uq_youth_event_consent_event_id_membership_id')),
    sa.UniqueConstraint('token_id', name=op.f('uq_youth_event_consent_token_id'))
    )
    with op.batch_alter_table('youth_event_consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_event_consent_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_event_consent_membership_id'), ['membership_id'], unique=False)

    op.create_table('youth_guardian_consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('guardian_name', sa.String(length=200), nullable=False),
    sa.Column('guardian_email', sa.String(length=254), nullable=False),
    sa.Column('status', sa.Enum('requested', 'consented', 'refused', 'withdrawn', name='consentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('guardian_words', sa.Text(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['check_id'], ['vetting_check.id'], name=op.f('fk_youth_guardian_consent_check_id_vetting_check')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_youth_guardian_consent_membership_id_membership')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['user_account.id'], name=op.f('fk_youth_guardian_consent_requested_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_guardian_consent')),
    sa.UniqueConstraint('membership_id', name=op.f('uq_youth_guardian_consent_membership_id'))
    )


def downgrade():
    op.drop_table('youth_guardian_consent')
    with op.batch_alter_table('youth_event_consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_event_consent_membership_id'))
        batch_op.drop_index(batch_op.f('ix_youth_event_consent_event_id'))

    op.drop_table('youth_event_consent')
    with op.batch_alter_table('youth_event_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_event_attendance_membership_id'))
        batch_op.drop_index(batch_op.f('ix_youth_event_attendance_event_id'))

    op.drop_table('youth_event_attendance')
    with op.batch_alter_table('youth_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_event_starts_at'))
        batch_op.drop_index(batch_op.f('ix_youth_event_scheme_id'))

    op.drop_table('youth_event')
