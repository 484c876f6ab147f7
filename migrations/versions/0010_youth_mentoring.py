"""youth: reverse mentoring (pairings of a commissioner and an officer, their meetings and both
sides' feedback) and officers' DBS checks

Revision ID: 0010_youth_mentoring
Revises: 0009_youth_recommendations
Create Date: 2026-12-01 23:14:32

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_youth_mentoring'
down_revision = '0009_youth_recommendations'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('youth_officer_dbs_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_youth_officer_dbs_check_force_id_force')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_youth_officer_dbs_check_recorded_by_id_user_account')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_youth_officer_dbs_check_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_officer_dbs_check'))
    )
    with op.batch_alter_table('youth_officer_dbs_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_officer_dbs_check_force_id'), ['force_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_officer_dbs_check_user_id'), ['user_id'], unique=False)

    op.create_table('youth_mentoring_pairing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('active', 'ended', name='pairingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('paired_by_id', sa.Integer(), nullable=False),
    sa.Column('paired_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_by_id', sa.Integer(), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('end_reason', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['ended_by_id'], ['user_account.id'], name=op.f('fk_youth_mentoring_pairing_ended_by_id_user_account')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_youth_mentoring_pairing_membership_id_membership')),
    sa.ForeignKeyConstraint(['officer_id'], ['user_account.id'], name=op.f('fk_youth_mentoring_pairing_officer_id_user_account')),
    sa.ForeignKeyConstraint(['paired_by_id'], ['user_account.id'], name=op.f('fk_youth_mentoring_pairing_paired_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_mentoring_pairing'))
    )
    with op.batch_alter_table('youth_mentoring_pairing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_mentoring_pairing_membership_id'), ['membership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_mentoring_pairing_officer_id'), ['officer_id'], unique=False)

    op.create_table('youth_mentoring_meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('logged_by_id', sa.Integer(), nullable=False),
    sa.Column('logged_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['logged_by_id'], ['user_account.id'], name=op.f('fk_youth_mentoring_meeting_logged_by_id_user_account')),
    sa.ForeignKeyConstraint(['pairing_id'], ['youth_mentoring_pairing.id'], name=op.f('fk_youth_mentoring_meeting_pairing_id_youth_mentoring_pairing')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_mentoring_meeting'))
    )
    with op.batch_alter_table('youth_mentoring_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_mentoring_meeting_pairing_id'), ['pairing_id'], unique=False)

    op.create_table('youth_mentoring_feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.Enum('commissioner', 'officer', name='mentoringside', native_enum=False, length=32), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=False),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('rating >= 1 AND rating <= 5', name=op.f('ck_youth_mentoring_feedback_rating_in_range')),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_youth_mentoring_feedback_author_id_user_account')),
    sa.ForeignKeyConstraint(['meeting_id'], ['youth_mentoring_meeting.id'], name=op.f('fk_youth_mentoring_feedback_meeting_id_youth_mentoring_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_mentoring_feedback')),
    sa.UniqueConstraint('meeting_id', 'side', name=op.f('uq_youth_mentoring_feedback_meeting_id_side'))
    )
    with op.batch_alter_table('youth_mentoring_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_mentoring_feedback_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_mentoring_feedback_meeting_id'), ['meeting_id'], unique=False)



def downgrade():
    with op.batch_alter_table('youth_mentoring_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_mentoring_feedback_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_youth_mentoring_feedback_author_id'))

    op.drop_table('youth_mentoring_feedback')
    with op.batch_alter_table('youth_mentoring_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_mentoring_meeting_pairing_id'))

    op.drop_table('youth_mentoring_meeting')
    with op.batch_alter_table('youth_mentoring_pairing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_mentoring_pairing_officer_id'))
        batch_op.drop_index(batch_op.f('ix_youth_mentoring_pairing_membership_id'))

    op.drop_table('youth_mentoring_pairing')
    with op.batch_alter_table('youth_officer_dbs_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_officer_dbs_check_user_id'))
        batch_op.drop_index(batch_op.f('ix_youth_officer_dbs_check_force_id'))

    op.drop_table('youth_officer_dbs_check')
