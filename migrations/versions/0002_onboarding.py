"""onboarding: applications, volunteer profiles, expressions of interest, hours, equality
monitoring, vetting reminders, and an index for finding checks that expire soon

Revision ID: 0002_onboarding
Revises: 0001_foundation
Create Date: 2026-11-22 02:14:56.606017

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002_onboarding'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('equality_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('age_band', sa.String(length=40), nullable=True),
    sa.Column('sex', sa.String(length=40), nullable=True),
    sa.Column('gender_identity', sa.String(length=40), nullable=True),
    sa.Column('ethnic_group', sa.String(length=40), nullable=True),
    sa.Column('religion', sa.String(length=40), nullable=True),
    sa.Column('disability', sa.String(length=40), nullable=True),
    sa.Column('sexual_orientation', sa.String(length=40), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_equality_declaration_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equality_declaration')),
    sa.UniqueConstraint('user_id', name=op.f('uq_equality_declaration_user_id'))
    )
    op.create_table('volunteer_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('accessibility_needs', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_volunteer_profile_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_profile')),
    sa.UniqueConstraint('user_id', name=op.f('uq_volunteer_profile_user_id'))
    )
    op.create_table('expression_of_interest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('new', 'invited', 'declined', name='intereststatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_expression_of_interest_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_expression_of_interest_membership_id_membership')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_expression_of_interest_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expression_of_interest'))
    )
    with op.batch_alter_table('expression_of_interest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expression_of_interest_email'), ['email'], unique=False)
        batch_op.create_index('ix_expression_of_interest_scheme_status', ['scheme_id', 'status'], unique=False)

    op.create_table('membership_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('code_of_conduct_version', sa.String(length=40), nullable=False),
    sa.Column('agreed_to_code_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('agreed_to_data_use_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_membership_application_membership_id_membership')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_application')),
    sa.UniqueConstraint('membership_id', name=op.f('uq_membership_application_membership_id'))
    )
    op.create_table('volunteer_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('activity', sa.Enum('speedwatch_session', 'youth_activity', 'leafleting', 'meeting', 'event', 'training', 'other', name='hoursactivity', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('source_ref', sa.String(length=80), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 1440', name=op.f('ck_volunteer_hours_minutes_in_one_day')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_volunteer_hours_membership_id_membership')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_volunteer_hours_recorded_by_id_user_account')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['user_account.id'], name=op.f('fk_volunteer_hours_voided_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_hours')),
    sa.UniqueConstraint('membership_id', 'source', 'source_ref', name=op.f('uq_volunteer_hours_membership_id_source_source_ref'))
    )
    with op.batch_alter_table('volunteer_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_hours_membership_id'), ['membership_id'], unique=False)

    op.create_table('vetting_reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('threshold', sa.Enum('due_soon', 'expired', name='reminderthreshold', native_enum=False, length=32), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['vetting_check.id'], name=op.f('fk_vetting_reminder_check_id_vetting_check')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vetting_reminder')),
    sa.UniqueConstraint('check_id', 'threshold', name=op.f('uq_vetting_reminder_check_id_threshold'))
    )
    with op.batch_alter_table('vetting_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vetting_check_expires_on'), ['expires_on'], unique=False)



def downgrade():
    with op.batch_alter_table('vetting_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vetting_check_expires_on'))

    op.drop_table('vetting_reminder')
    with op.batch_alter_table('volunteer_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_hours_membership_id'))

    op.drop_table('volunteer_hours')
    op.drop_table('membership_application')
    with op.batch_alter_table('expression_of_interest', schema=None) as batch_op:
        batch_op.drop_index('ix_expression_of_interest_scheme_status')
        batch_op.drop_index(batch_op.f('ix_expression_of_interest_email'))

    op.drop_table('expression_of_interest')
    op.drop_table('volunteer_profile')
    op.drop_table('equality_declaration')
