"""watch

Revision ID: 0003_watch
Revises: 0002_onboarding
Create Date: 2026-11-22 02:18:50.110581

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003_watch'
down_revision = '0002_onboarding'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('watch_alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=150), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sent_by_id', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recipient_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_watch_alert_area_id_area')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['user_account.id'], name=op.f('fk_watch_alert_sent_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_alert'))
    )
    with op.batch_alter_table('watch_alert', schema=None) as batch_op:
        batch_op.create_index('ix_watch_alert_area', ['area_id', 'sent_at'], unique=False)

    op.create_table('watch_alert_scheme',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['watch_alert.id'], name=op.f('fk_watch_alert_scheme_alert_id_watch_alert')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_watch_alert_scheme_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('alert_id', 'scheme_id', name=op.f('pk_watch_alert_scheme'))
    )
    with op.batch_alter_table('watch_alert_scheme', schema=None) as batch_op:
        batch_op.create_index('ix_watch_alert_scheme_scheme', ['scheme_id', 'alert_id'], unique=False)

    op.create_table('watch_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('suspicious_activity', 'anti_social_behaviour', 'vehicle_crime', 'burglary_concern', 'environmental', 'other', name='reportcategory', native_enum=False, length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('map_point', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('police_reference', sa.String(length=40), nullable=False),
    sa.Column('victim', sa.Enum('none', 'reporter', 'someone_else', name='victimrole', native_enum=False, length=32), nullable=False),
    sa.Column('repeat_victim_declared', sa.Boolean(), nullable=False),
    sa.Column('victim_key', sa.String(length=220), nullable=False),
    sa.Column('victim_report_count', sa.Integer(), nullable=False),
    sa.Column('repeat_victim_detected', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'needs_more_information', 'actioned', 'referred', 'no_further_action', 'rejected', 'withdrawn', name='reportstatus', native_enum=False, length=32), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('flag_count', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_watch_report_area_id_area')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_watch_report_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['reporter_id'], ['user_account.id'], name=op.f('fk_watch_report_reporter_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_watch_report_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report'))
    )
    with op.batch_alter_table('watch_report', schema=None) as batch_op:
        batch_op.create_index('ix_watch_report_queue', ['area_id', 'status', 'submitted_at'], unique=False)
        batch_op.create_index('ix_watch_report_reporter', ['reporter_id', 'submitted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_report_scheme_id'), ['scheme_id'], unique=False)
        batch_op.create_index('ix_watch_report_victim', ['victim_key', 'submitted_at'], unique=False)

    op.create_table('watch_report_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Enum('actioned', 'referred', 'no_further_action', 'needs_more_information', 'rejected', name='decision', native_enum=False, length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('referred_to', sa.String(length=200), nullable=False),
    sa.Column('rejection_ground', sa.Enum('malicious', 'discriminatory', 'unfounded', name='rejectionground', native_enum=False, length=32), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('acknowledged_flags', sa.JSON(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_watch_report_decision_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_report_decision_report_id_watch_report')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report_decision'))
    )
    with op.batch_alter_table('watch_report_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_report_decision_report_id'), ['report_id'], unique=False)

    op.create_table('watch_report_flag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_report_flag_report_id_watch_report')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report_flag'))
    )
    with op.batch_alter_table('watch_report_flag', schema=None) as batch_op:
        batch_op.create_index('ix_watch_report_flag_kind', ['kind', 'report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_report_flag_report_id'), ['report_id'], unique=False)

    op.create_table('watch_report_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=False),
    sa.Column('stored_name', sa.String(length=64), nullable=False),
    sa.Column('content_type', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_report_photo_report_id_watch_report')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user_account.id'], name=op.f('fk_watch_report_photo_uploaded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report_photo')),
    sa.UniqueConstraint('stored_name', name=op.f('uq_watch_report_photo_stored_name'))
    )
    with op.batch_alter_table('watch_report_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_report_photo_report_id'), ['report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_report_photo_uploaded_at'), ['uploaded_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_report_photo_uploaded_by_id'), ['uploaded_by_id'], unique=False)

    op.create_table('watch_report_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_watch_report_target_area_id_area')),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_report_target_report_id_watch_report')),
    sa.ForeignKeyConstraint(['reporter_id'], ['user_account.id'], name=op.f('fk_watch_report_target_reporter_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report_target'))
    )
    with op.batch_alter_table('watch_report_target', schema=None) as batch_op:
        batch_op.create_index('ix_watch_report_target_lookup', ['area_id', 'key', 'reported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_report_target_report_id'), ['report_id'], unique=False)

    op.create_table('watch_report_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('suspicious_activity', 'anti_social_behaviour', 'vehicle_crime', 'burglary_concern', 'environmental', 'other', name='reportcategory', native_enum=False, length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('map_point', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('police_reference', sa.String(length=40), nullable=False),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_report_version_report_id_watch_report')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_report_version')),
    sa.UniqueConstraint('report_id', 'number', name=op.f('uq_watch_report_version_report_id_number'))
    )
    with op.batch_alter_table('watch_report_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_report_version_report_id'), ['report_id'], unique=False)

    op.create_table('watch_summary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('you_said', sa.Text(), nullable=False),
    sa.Column('we_did', sa.Text(), nullable=False),
    sa.Column('shared_with_scheme', sa.Boolean(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('written_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_watch_summary_area_id_area')),
    sa.ForeignKeyConstraint(['report_id'], ['watch_report.id'], name=op.f('fk_watch_summary_report_id_watch_report')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_watch_summary_scheme_id_scheme')),
    sa.ForeignKeyConstraint(['written_by_id'], ['user_account.id'], name=op.f('fk_watch_summary_written_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_summary')),
    sa.UniqueConstraint('report_id', name=op.f('uq_watch_summary_report_id'))
    )
    with op.batch_alter_table('watch_summary', schema=None) as batch_op:
        batch_op.create_index('ix_watch_summary_area', ['area_id', 'published', 'created_at'], unique=False)
        batch_op.create_index('ix_watch_summary_scheme', ['scheme_id', 'shared_with_scheme', 'created_at'], unique=False)



def downgrade():
    with op.batch_alter_table('watch_summary', schema=None) as batch_op:
        batch_op.drop_index('ix_watch_summary_scheme')
        batch_op.drop_index('ix_watch_summary_area')

    op.drop_table('watch_summary')
    with op.batch_alter_table('watch_report_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_report_version_report_id'))

    op.drop_table('watch_report_version')
    with op.batch_alter_table('watch_report_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_report_target_report_id'))
        batch_op.drop_index('ix_watch_report_target_lookup')

    op.drop_table('watch_report_target')
    with op.batch_alter_table('watch_report_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_report_photo_uploaded_by_id'))
        batch_op.drop_index(batch_op.f('ix_watch_report_photo_uploaded_at'))
        batch_op.drop_index(batch_op.f('ix_watch_report_photo_report_id'))

    op.drop_table('watch_report_photo')
    with op.batch_alter_table('watch_report_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_report_flag_report_id'))
        batch_op.drop_index('ix_watch_report_flag_kind')

    op.drop_table('watch_report_flag')
    with op.batch_alter_table('watch_report_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_report_decision_report_id'))

    op.drop_table('watch_report_decision')
    with op.batch_alter_table('watch_report', schema=None) as batch_op:
        batch_op.drop_index('ix_watch_report_victim')
        batch_op.drop_index(batch_op.f('ix_watch_report_scheme_id'))
        batch_op.drop_index('ix_watch_report_reporter')
        batch_op.drop_index('ix_watch_report_queue')

    op.drop_table('watch_report')
    with op.batch_alter_table('watch_alert_scheme', schema=None) as batch_op:
        batch_op.drop_index('ix_watch_alert_scheme_scheme')

    op.drop_table('watch_alert_scheme')
    with op.batch_alter_table('watch_alert', schema=None) as batch_op:
        batch_op.drop_index('ix_watch_alert_area')

    op.drop_table('watch_alert')
