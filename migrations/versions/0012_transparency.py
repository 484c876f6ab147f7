"""transparency: the published figures' summary table and its refresh times, "you said, we did"
entries, and areas' population profiles

Revision ID: 0012_transparency
Revises: 0011_complaints
Create Date: 2026-12-01 23:34:49.287415

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0012_transparency'
down_revision = '0011_complaints'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('public_figures_refresh',
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('refreshed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_month', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_public_figures_refresh_force_id_force')),
    sa.PrimaryKeyConstraint('force_id', name=op.f('pk_public_figures_refresh'))
    )
    op.create_table('area_population_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('shares', sa.JSON(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_area_population_profile_area_id_area')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_area_population_profile_force_id_force')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_area_population_profile_updated_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area_population_profile')),
    sa.UniqueConstraint('area_id', name=op.f('uq_area_population_profile_area_id'))
    )
    with op.batch_alter_table('area_population_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_area_population_profile_force_id'), ['force_id'], unique=False)

    op.create_table('public_monthly_figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('month', sa.Date(), nullable=True),
    sa.Column('scheme_kind', sa.String(length=32), nullable=False),
    sa.Column('measure', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_public_monthly_figure_area_id_area')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_public_monthly_figure_force_id_force')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_public_monthly_figure'))
    )
    with op.batch_alter_table('public_monthly_figure', schema=None) as batch_op:
        batch_op.create_index('ix_public_monthly_figure_area', ['area_id', 'scheme_kind', 'measure', 'month'], unique=False)
        batch_op.create_index('ix_public_monthly_figure_force', ['force_id', 'area_id', 'scheme_kind', 'measure', 'month'], unique=False)

    op.create_table('you_said_we_did',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('you_said', sa.Text(), nullable=False),
    sa.Column('we_did', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('awaiting_approval', 'approved', 'declined', name='entrystatus', native_enum=False, length=32), nullable=False),
    sa.Column('written_by_id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_you_said_we_did_area_id_area')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_you_said_we_did_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_you_said_we_did_force_id_force')),
    sa.ForeignKeyConstraint(['written_by_id'], ['user_account.id'], name=op.f('fk_you_said_we_did_written_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_you_said_we_did'))
    )
    with op.batch_alter_table('you_said_we_did', schema=None) as batch_op:
        batch_op.create_index('ix_you_said_we_did_area', ['area_id', 'status', 'decided_at'], unique=False)
        batch_op.create_index('ix_you_said_we_did_force', ['force_id', 'status', 'decided_at'], unique=False)



def downgrade():
    with op.batch_alter_table('you_said_we_did', schema=None) as batch_op:
        batch_op.drop_index('ix_you_said_we_did_force')
        batch_op.drop_index('ix_you_said_we_did_area')

    op.drop_table('you_said_we_did')
    with op.batch_alter_table('public_monthly_figure', schema=None) as batch_op:
        batch_op.drop_index('ix_public_monthly_figure_force')
        batch_op.drop_index('ix_public_monthly_figure_area')

    op.drop_table('public_monthly_figure')
    with op.batch_alter_table('area_population_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_area_population_profile_force_id'))

    op.drop_table('area_population_profile')
    op.drop_table('public_figures_refresh')
