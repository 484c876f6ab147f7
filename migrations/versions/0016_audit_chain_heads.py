"""audit chain heads: the newest event of each chain, the row its writers queue on

Revision ID: 0016_audit_chain_heads
Revises: 0015_figure_complements
Create Date: 2026-12-02 06:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0016_audit_chain_heads'
down_revision = '0015_figure_complements'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'audit_chain_head',
        sa.Column('chain', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('chain', name=op.f('pk_audit_chain_head')),
    )
    op.execute(
        "INSERT INTO audit_chain_head (chain, seq, hash) "
        "SELECT chain, seq, hash FROM audit_event AS newest "
        "WHERE seq = (SELECT max(seq) FROM audit_event WHERE chain = newest.chain)"
    )


def downgrade():
    op.drop_table('audit_chain_head')
