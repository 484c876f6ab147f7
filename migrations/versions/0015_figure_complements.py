"""transparency: figures held back so that a small one cannot be worked out by subtraction

Revision ID: 0015_figure_complements
Revises: 0014_audit_keys
Create Date: 2026-12-02 01:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0015_figure_complements'
down_revision = '0014_audit_keys'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('public_monthly_figure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withheld', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('public_monthly_figure', schema=None) as batch_op:
        batch_op.drop_column('withheld')
