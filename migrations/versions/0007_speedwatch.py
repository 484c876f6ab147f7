"""speedwatch: sites and their risk assessments, devices, sessions and their volunteers, sightings,
officers' reviews, API idempotency keys, statistics tallies, letters and their batches and
templates, and drivers' objections

Revision ID: 0007_speedwatch
Revises: 0006_onboarding_watch_gaps
Create Date: 2026-12-01 19:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007_speedwatch'
down_revision = '0006_onboarding_watch_gaps'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('speedwatch_letter_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_letter_batch_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_speedwatch_letter_batch_force_id_force')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_letter_batch_sent_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_letter_batch'))
    )
    with op.batch_alter_table('speedwatch_letter_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_letter_batch_force_id'), ['force_id'], unique=False)

    op.create_table('speedwatch_letter_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.Enum('advisory', 'warning', 'referral', name='letterstage', native_enum=False, length=32), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_speedwatch_letter_template_force_id_force')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_letter_template_updated_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_letter_template')),
    sa.UniqueConstraint('force_id', 'stage', name=op.f('uq_speedwatch_letter_template_force_id_stage'))
    )
    op.create_table('speedwatch_device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('serial_number', sa.String(length=60), nullable=False),
    sa.Column('device_type', sa.String(length=80), nullable=False),
    sa.Column('calibrated_on', sa.Date(), nullable=False),
    sa.Column('calibration_due', sa.Date(), nullable=False),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_device_added_by_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_speedwatch_device_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_device')),
    sa.UniqueConstraint('scheme_id', 'serial_number', name=op.f('uq_speedwatch_device_scheme_id_serial_number'))
    )
    with op.batch_alter_table('speedwatch_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_device_scheme_id'), ['scheme_id'], unique=False)

    op.create_table('speedwatch_site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('road', sa.String(length=120), nullable=False),
    sa.Column('speed_limit', sa.SmallInteger(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('visibility_notes', sa.Text(), nullable=False),
    sa.Column('standing_notes', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'approved', 'declined', 'withdrawn', name='sitestatus', native_enum=False, length=32), nullable=False),
    sa.Column('approved_until', sa.Date(), nullable=True),
    sa.Column('proposed_by_id', sa.Integer(), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('speed_limit > 0 AND speed_limit <= 70', name=op.f('ck_speedwatch_site_speed_limit')),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_speedwatch_site_area_id_area')),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_site_proposed_by_id_user_account')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_speedwatch_site_scheme_id_scheme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_site'))
    )
    with op.batch_alter_table('speedwatch_site', schema=None) as batch_op:
        batch_op.create_index('ix_speedwatch_site_queue', ['area_id', 'status', 'proposed_at'], unique=False)
        batch_op.create_index('ix_speedwatch_site_review', ['area_id', 'status', 'approved_until'], unique=False)
        batch_op.create_index('ix_speedwatch_site_scheme', ['scheme_id', 'status'], unique=False)

    op.create_table('speedwatch_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('speed_limit', sa.SmallInteger(), nullable=False),
    sa.Column('threshold', sa.SmallInteger(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'running', 'submitted', 'reviewed', 'cancelled', name='sessionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('imported', sa.Boolean(), nullable=False),
    sa.Column('sighting_count', sa.Integer(), nullable=False),
    sa.Column('booked_by_id', sa.Integer(), nullable=True),
    sa.Column('booked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_by_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('submitted_by_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_speedwatch_session_window')),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_speedwatch_session_area_id_area')),
    sa.ForeignKeyConstraint(['booked_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_session_booked_by_id_user_account')),
    sa.ForeignKeyConstraint(['device_id'], ['speedwatch_device.id'], name=op.f('fk_speedwatch_session_device_id_speedwatch_device')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_speedwatch_session_force_id_force')),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], name=op.f('fk_speedwatch_session_scheme_id_scheme')),
    sa.ForeignKeyConstraint(['site_id'], ['speedwatch_site.id'], name=op.f('fk_speedwatch_session_site_id_speedwatch_site')),
    sa.ForeignKeyConstraint(['started_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_session_started_by_id_user_account')),
    sa.ForeignKeyConstraint(['submitted_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_session_submitted_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_session'))
    )
    with op.batch_alter_table('speedwatch_session', schema=None) as batch_op:
        batch_op.create_index('ix_speedwatch_session_ends', ['force_id', 'ends_at'], unique=False)
        batch_op.create_index('ix_speedwatch_session_queue', ['area_id', 'status', 'submitted_at'], unique=False)
        batch_op.create_index('ix_speedwatch_session_scheme', ['scheme_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_speedwatch_session_site', ['site_id', 'starts_at'], unique=False)

    op.create_table('speedwatch_site_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('visible_to_drivers', sa.Boolean(), nullable=False),
    sa.Column('safe_standing_place', sa.Boolean(), nullable=False),
    sa.Column('limit_signed', sa.Boolean(), nullable=False),
    sa.Column('hazards', sa.Text(), nullable=False),
    sa.Column('approved_until', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_site_assessment_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['site_id'], ['speedwatch_site.id'], name=op.f('fk_speedwatch_site_assessment_site_id_speedwatch_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_site_assessment'))
    )
    with op.batch_alter_table('speedwatch_site_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_site_assessment_site_id'), ['site_id'], unique=False)

    op.create_table('speedwatch_idempotency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('body_digest', sa.String(length=64), nullable=False),
    sa.Column('response', sa.JSON(), nullable=False),
    sa.Column('status_code', sa.SmallInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['speedwatch_session.id'], name=op.f('fk_speedwatch_idempotency_session_id_speedwatch_session')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_speedwatch_idempotency_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_idempotency')),
    sa.UniqueConstraint('user_id', 'key', name=op.f('uq_speedwatch_idempotency_user_id_key'))
    )
    with op.batch_alter_table('speedwatch_idempotency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_idempotency_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_speedwatch_idempotency_session_id'), ['session_id'], unique=False)

    op.create_table('speedwatch_session_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('accepted_count', sa.Integer(), nullable=False),
    sa.Column('rejected_count', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_session_review_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['session_id'], ['speedwatch_session.id'], name=op.f('fk_speedwatch_session_review_session_id_speedwatch_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_session_review'))
    )
    with op.batch_alter_table('speedwatch_session_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_session_review_session_id'), ['session_id'], unique=False)

    op.create_table('speedwatch_session_volunteer',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['speedwatch_session.id'], name=op.f('fk_speedwatch_session_volunteer_session_id_speedwatch_session')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_speedwatch_session_volunteer_user_id_user_account')),
    sa.PrimaryKeyConstraint('session_id', 'user_id', name=op.f('pk_speedwatch_session_volunteer'))
    )
    with op.batch_alter_table('speedwatch_session_volunteer', schema=None) as batch_op:
        batch_op.create_index('ix_speedwatch_session_volunteer_user', ['user_id', 'session_id'], unique=False)

    op.create_table('speedwatch_sighting',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('observed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('speed', sa.SmallInteger(), nullable=False),
    sa.Column('registration', sa.String(length=10), nullable=False),
    sa.Column('make', sa.String(length=40), nullable=False),
    sa.Column('model', sa.String(length=40), nullable=True),
    sa.Column('colour', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.Enum('north', 'south', 'east', 'west', name='direction', native_enum=False, length=32), nullable=True),
    sa.Column('status', sa.Enum('recorded', 'accepted', 'rejected', 'voided', name='sightingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('rejection_reason', sa.Enum('mistyped_plate', 'make_mismatch', 'device_error', 'duplicate', 'other', name='rejectionreason', native_enum=False, length=32), nullable=True),
    sa.CheckConstraint('speed > 0 AND speed <= 250', name=op.f('ck_speedwatch_sighting_speed')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_sighting_recorded_by_id_user_account')),
    sa.ForeignKeyConstraint(['session_id'], ['speedwatch_session.id'], name=op.f('fk_speedwatch_sighting_session_id_speedwatch_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_sighting'))
    )
    with op.batch_alter_table('speedwatch_sighting', schema=None) as batch_op:
        batch_op.create_index('ix_speedwatch_sighting_plate', ['registration', 'observed_at'], unique=False)
        batch_op.create_index('ix_speedwatch_sighting_session', ['session_id'], unique=False)

    op.create_table('speedwatch_tally',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=False),
    sa.Column('hour', sa.SmallInteger(), nullable=False),
    sa.Column('band', sa.SmallInteger(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('vehicles', sa.Integer(), nullable=False),
    sa.Column('repeats', sa.Integer(), nullable=False),
    sa.Column('top_speed', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['speedwatch_session.id'], name=op.f('fk_speedwatch_tally_session_id_speedwatch_session')),
    sa.ForeignKeyConstraint(['site_id'], ['speedwatch_site.id'], name=op.f('fk_speedwatch_tally_site_id_speedwatch_site')),
    sa.PrimaryKeyConstraint('session_id', 'weekday', 'hour', 'band', name=op.f('pk_speedwatch_tally'))
    )
    with op.batch_alter_table('speedwatch_tally', schema=None) as batch_op:
        batch_op.create_index('ix_speedwatch_tally_site', ['site_id', 'session_id'], unique=False)

    op.create_table('speedwatch_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=12), nullable=False),
    sa.Column('force_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('sighting_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('registration', sa.String(length=10), nullable=False),
    sa.Column('observed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('speed', sa.SmallInteger(), nullable=False),
    sa.Column('speed_limit', sa.SmallInteger(), nullable=False),
    sa.Column('stage', sa.Enum('advisory', 'warning', 'referral', name='letterstage', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('due', 'sent', 'withdrawn', name='letterstatus', native_enum=False, length=32), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_reason', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_speedwatch_letter_area_id_area')),
    sa.ForeignKeyConstraint(['batch_id'], ['speedwatch_letter_batch.id'], name=op.f('fk_speedwatch_letter_batch_id_speedwatch_letter_batch')),
    sa.ForeignKeyConstraint(['force_id'], ['force.id'], name=op.f('fk_speedwatch_letter_force_id_force')),
    sa.ForeignKeyConstraint(['sighting_id'], ['speedwatch_sighting.id'], name=op.f('fk_speedwatch_letter_sighting_id_speedwatch_sighting')),
    sa.ForeignKeyConstraint(['site_id'], ['speedwatch_site.id'], name=op.f('fk_speedwatch_letter_site_id_speedwatch_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_letter')),
    sa.UniqueConstraint('reference', name=op.f('uq_speedwatch_letter_reference')),
    sa.UniqueConstraint('sighting_id', name=op.f('uq_speedwatch_letter_sighting_id'))
    )
    with op.batch_alter_table('speedwatch_letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_letter_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index('ix_speedwatch_letter_plate', ['force_id', 'registration'], unique=False)
        batch_op.create_index('ix_speedwatch_letter_status', ['area_id', 'status', 'created_at'], unique=False)

    op.create_table('speedwatch_objection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('ground', sa.Enum('not_driving', 'wrong_vehicle', 'not_there', 'speed_wrong', 'other', name='objectionground', native_enum=False, length=32), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=False),
    sa.Column('status', sa.Enum('pending', 'upheld', 'not_upheld', name='objectionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_speedwatch_objection_area_id_area')),
    sa.ForeignKeyConstraint(['letter_id'], ['speedwatch_letter.id'], name=op.f('fk_speedwatch_objection_letter_id_speedwatch_letter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_objection'))
    )
    with op.batch_alter_table('speedwatch_objection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_objection_letter_id'), ['letter_id'], unique=False)
        batch_op.create_index('ix_speedwatch_objection_queue', ['area_id', 'status', 'submitted_at'], unique=False)

    op.create_table('speedwatch_objection_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('objection_id', sa.Integer(), nullable=False),
    sa.Column('upheld', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_speedwatch_objection_decision_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['objection_id'], ['speedwatch_objection.id'], name=op.f('fk_speedwatch_objection_decision_objection_id_speedwatch_objection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speedwatch_objection_decision'))
    )
    with op.batch_alter_table('speedwatch_objection_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speedwatch_objection_decision_objection_id'), ['objection_id'], unique=False)



def downgrade():
    with op.batch_alter_table('speedwatch_objection_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_objection_decision_objection_id'))

    op.drop_table('speedwatch_objection_decision')
    with op.batch_alter_table('speedwatch_objection', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_objection_queue')
        batch_op.drop_index(batch_op.f('ix_speedwatch_objection_letter_id'))

    op.drop_table('speedwatch_objection')
    with op.batch_alter_table('speedwatch_letter', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_letter_status')
        batch_op.drop_index('ix_speedwatch_letter_plate')
        batch_op.drop_index(batch_op.f('ix_speedwatch_letter_batch_id'))

    op.drop_table('speedwatch_letter')
    with op.batch_alter_table('speedwatch_tally', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_tally_site')

    op.drop_table('speedwatch_tally')
    with op.batch_alter_table('speedwatch_sighting', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_sighting_session')
        batch_op.drop_index('ix_speedwatch_sighting_plate')

    op.drop_table('speedwatch_sighting')
    with op.batch_alter_table('speedwatch_session_volunteer', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_session_volunteer_user')

    op.drop_table('speedwatch_session_volunteer')
    with op.batch_alter_table('speedwatch_session_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_session_review_session_id'))

    op.drop_table('speedwatch_session_review')
    with op.batch_alter_table('speedwatch_idempotency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_idempotency_session_id'))
        batch_op.drop_index(batch_op.f('ix_speedwatch_idempotency_created_at'))

    op.drop_table('speedwatch_idempotency')
    with op.batch_alter_table('speedwatch_site_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_site_assessment_site_id'))

    op.drop_table('speedwatch_site_assessment')
    with op.batch_alter_table('speedwatch_session', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_session_site')
        batch_op.drop_index('ix_speedwatch_session_scheme')
        batch_op.drop_index('ix_speedwatch_session_queue')
        batch_op.drop_index('ix_speedwatch_session_ends')

    op.drop_table('speedwatch_session')
    with op.batch_alter_table('speedwatch_site', schema=None) as batch_op:
        batch_op.drop_index('ix_speedwatch_site_scheme')
        batch_op.drop_index('ix_speedwatch_site_review')
        batch_op.drop_index('ix_speedwatch_site_queue')

    op.drop_table('speedwatch_site')
    with op.batch_alter_table('speedwatch_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_device_scheme_id'))

    op.drop_table('speedwatch_device')
    op.drop_table('speedwatch_letter_template')
    with op.batch_alter_table('speedwatch_letter_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speedwatch_letter_batch_force_id'))

    op.drop_table('speedwatch_letter_batch')
