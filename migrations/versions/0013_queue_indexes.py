"""queue indexes: an area's waiting reports in the officers' queue order

Revision ID: 0013_queue_indexes
Revises: 0012_transparency
Create Date: 2026-12-02 00:00:00

The officers' queue reads each area's first reports in its order (urgent, then flagged, then
oldest) instead of sorting every report waiting, so that a page costs the same with ten thousand
waiting as with a hundred.
"""
from alembic import op
import sqlalchemy as sa

revision = '0013_queue_indexes'
down_revision = '0012_transparency'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        'ix_watch_report_queue_order',
        'watch_report',
        ['area_id', 'status', sa.text('urgent DESC'), sa.text('(flag_count > 0) DESC'), 'submitted_at', 'id'],
    )


def downgrade():
    op.drop_index('ix_watch_report_queue_order', table_name='watch_report')
