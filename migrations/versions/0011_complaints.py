"""complaints: complaints about volunteers' conduct or how something was handled, the
volunteers and subjects each is about, and its outcome

Revision ID: 0011_complaints
Revises: 0010_youth_mentoring
Create Date: 2026-12-01 23:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011_complaints'
down_revision = '0010_youth_mentoring'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=16), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('about', sa.Enum('conduct', 'handling', name='complaintabout', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('happened_when', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('handling_reference', sa.String(length=60), nullable=False),
    sa.Column('complainant_name', sa.String(length=200), nullable=False),
    sa.Column('complainant_email', sa.String(length=254), nullable=False),
    sa.Column('complainant_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('received', 'investigating', 'closed', name='complaintstatus', native_enum=False, length=32), nullable=False),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_complaint_area_id_area')),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['user_account.id'], name=op.f('fk_complaint_assigned_to_id_user_account')),
    sa.ForeignKeyConstraint(['complainant_id'], ['user_account.id'], name=op.f('fk_complaint_complainant_id_user_account')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_complaint_force_id_force')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('reference', name=op.f('uq_complaint_reference'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_complainant_id'), ['complainant_id'], unique=False)
        batch_op.create_index('ix_complaint_queue', ['force_id', 'status', 'submitted_at'], unique=False)

    op.create_table('complaint_outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('upheld', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.Enum('no_action', 'advice', 'warning', 'suspension', 'removal', name='outcome', native_enum=False, length=32), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_outcome_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_complaint_outcome_decided_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_outcome')),
    sa.UniqueConstraint('complaint_id', name=op.f('uq_complaint_outcome_complaint_id'))
    )
    op.create_table('complaint_subject',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('subject_type', sa.String(length=60), nullable=False),
    sa.Column('subject_id', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_subject_complaint_id_complaint')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_subject')),
    sa.UniqueConstraint('complaint_id', 'subject_type', 'subject_id', name=op.f('uq_complaint_subject_complaint_id_subject_type_subject_id'))
    )
    op.create_table('complaint_volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_volunteer_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_complaint_volunteer_membership_id_membership')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_volunteer')),
    sa.UniqueConstraint('complaint_id', 'membership_id', name=op.f('uq_complaint_volunteer_complaint_id_membership_id'))
    )
    with op.batch_alter_table('complaint_volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_volunteer_membership_id'), ['membership_id'], unique=False)


def downgrade():
    with op.batch_alter_table('complaint_volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_volunteer_membership_id'))

    op.drop_table('complaint_volunteer')
    op.drop_table('complaint_subject')
    op.drop_table('complaint_outcome')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_queue')
        batch_op.drop_index(batch_op.f('ix_complaint_complainant_id'))

    op.drop_table('complaint')
