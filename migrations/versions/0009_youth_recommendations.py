"""youth: consultations and their quotes, recommendations with their evidence, the police's
responses, progress updates, the commission's comments and the reminders sent about overdue responses

Revision ID: 0009_youth_recommendations
Revises: 0008_youth_safeguarding
Create Date: 2026-12-01 23:10:44

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009_youth_recommendations'
down_revision = '0008_youth_safeguarding'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('youth_consultation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('methods', sa.JSON(), nullable=False),
    sa.Column('young_people_reached', sa.Integer(), nullable=False),
    sa.Column('themes', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_youth_consultation_area_id_area')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_youth_consultation_recorded_by_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_youth_consultation_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_consultation'))
    )
    with op.batch_alter_table('youth_consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_consultation_scheme_id'), ['scheme_id'], unique=False)

    op.create_table('youth_recommendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('addressee', sa.Enum('area', 'force', name='addressee', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'returned', 'sent', 'responded', 'in_progress', 'implemented', 'closed', name='recommendationstatus', native_enum=False, length=32), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('returned_reason', sa.Text(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('response_due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('responded_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['user_account.id'], name=op.f('fk_youth_recommendation_approved_by_id_user_account')),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_youth_recommendation_area_id_area')),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_youth_recommendation_author_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_youth_recommendation_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_recommendation'))
    )
    with op.batch_alter_table('youth_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_recommendation_author_id'), ['author_id'], unique=False)
        batch_op.create_index('ix_youth_recommendation_queue', ['area_id', 'status', 'addressee', 'response_due_at'], unique=False)
        batch_op.create_index('ix_youth_recommendation_scheme', ['scheme_id', 'status'], unique=False)

    op.create_table('youth_consultation_quote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'withdrawn', name='quotestatus', native_enum=False, length=32), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_by_id', sa.Integer(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['added_by_id'], ['user_account.id'], name=op.f('fk_youth_consultation_quote_added_by_id_user_account')),
    sa.ForeignKeyConstraint(['checked_by_id'], ['user_account.id'], name=op.f('fk_youth_consultation_quote_checked_by_id_user_account')),
    sa.ForeignKeyConstraint(['consultation_id'], ['youth_consultation.id'], name=op.f('fk_youth_consultation_quote_consultation_id_youth_consultation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_consultation_quote'))
    )
    with op.batch_alter_table('youth_consultation_quote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_consultation_quote_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('youth_recommendation_evidence',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['youth_consultation.id'], name=op.f('fk_youth_recommendation_evidence_consultation_id_youth_consultation')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['youth_recommendation.id'], name=op.f('fk_youth_recommendation_evidence_recommendation_id_youth_recommendation')),
    sa.PrimaryKeyConstraint('recommendation_id', 'consultation_id', name=op.f('pk_youth_recommendation_evidence'))
    )
    op.create_table('youth_recommendation_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('accepted', 'partly_accepted', 'not_accepted', name='responseoutcome', native_enum=False, length=32), nullable=False),
    sa.Column('action_plan', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_youth_recommendation_response_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['youth_recommendation.id'], name=op.f('fk_youth_recommendation_response_recommendation_id_youth_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_recommendation_response'))
    )
    with op.batch_alter_table('youth_recommendation_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_recommendation_response_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('youth_recommendation_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'returned', 'sent', 'responded', 'in_progress', 'implemented', 'closed', name='recommendationstatus', native_enum=False, length=32), nullable=False),
    sa.Column('written_by_id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['youth_recommendation.id'], name=op.f('fk_youth_recommendation_update_recommendation_id_youth_recommendation')),
    sa.ForeignKeyConstraint(['written_by_id'], ['user_account.id'], name=op.f('fk_youth_recommendation_update_written_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_recommendation_update'))
    )
    with op.batch_alter_table('youth_recommendation_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_recommendation_update_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('youth_response_reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('days_from_deadline', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recipients', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['youth_recommendation.id'], name=op.f('fk_youth_response_reminder_recommendation_id_youth_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_response_reminder')),
    sa.UniqueConstraint('recommendation_id', 'days_from_deadline', name=op.f('uq_youth_response_reminder_recommendation_id_days_from_deadline'))
    )
    op.create_table('youth_recommendation_quote',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['quote_id'], ['youth_consultation_quote.id'], name=op.f('fk_youth_recommendation_quote_quote_id_youth_consultation_quote')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['youth_recommendation.id'], name=op.f('fk_youth_recommendation_quote_recommendation_id_youth_recommendation')),
    sa.PrimaryKeyConstraint('recommendation_id', 'quote_id', name=op.f('pk_youth_recommendation_quote'))
    )
    op.create_table('youth_response_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_youth_response_comment_author_id_user_account')),
    sa.ForeignKeyConstraint(['response_id'], ['youth_recommendation_response.id'], name=op.f('fk_youth_response_comment_response_id_youth_recommendation_response')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_response_comment'))
    )
    with op.batch_alter_table('youth_response_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_response_comment_response_id'), ['response_id'], unique=False)



def downgrade():
    with op.batch_alter_table('youth_response_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_response_comment_response_id'))

    op.drop_table('youth_response_comment')
    op.drop_table('youth_recommendation_quote')
    op.drop_table('youth_response_reminder')
    with op.batch_alter_table('youth_recommendation_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_recommendation_update_recommendation_id'))

    op.drop_table('youth_recommendation_update')
    with op.batch_alter_table('youth_recommendation_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_recommendation_response_recommendation_id'))

    op.drop_table('youth_recommendation_response')
    op.drop_table('youth_recommendation_evidence')
    with op.batch_alter_table('youth_consultation_quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_consultation_quote_consultation_id'))

    op.drop_table('youth_consultation_quote')
    with op.batch_alter_table('youth_recommendation', schema=None) as batch_op:
        batch_op.drop_index('ix_youth_recommendation_scheme')
        batch_op.drop_index('ix_youth_recommendation_queue')
        batch_op.drop_index(batch_op.f('ix_youth_recommendation_author_id'))

    op.drop_table('youth_recommendation')
    with op.batch_alter_table('youth_consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_consultation_scheme_id'))

    op.drop_table('youth_consultation')
