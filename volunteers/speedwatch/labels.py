"""What Community Speed Watch's statuses, choices, audit actions and subjects are called on its pages."""

from flask_babel import lazy_gettext as _l

from volunteers.speedwatch.models import (
    Direction,
    LetterStage,
    LetterStatus,
    ObjectionGround,
    RejectionReason,
    SessionStatus,
    SightingStatus,
    SiteStatus,
)

SITE_STATUS_LABELS = {
    SiteStatus.PROPOSED: _l("Awaiting an officer's assessment"),
    SiteStatus.APPROVED: _l("Approved"),
    SiteStatus.DECLINED: _l("Declined"),
    SiteStatus.WITHDRAWN: _l("Withdrawn"),
}
SESSION_STATUS_LABELS = {
    SessionStatus.PLANNED: _l("Planned"),
    SessionStatus.RUNNING: _l("Running"),
    SessionStatus.SUBMITTED: _l("Awaiting review"),
    SessionStatus.REVIEWED: _l("Reviewed"),
    SessionStatus.CANCELLED: _l("Cancelled"),
}
SIGHTING_STATUS_LABELS = {
    SightingStatus.RECORDED: _l("Awaiting review"),
    SightingStatus.ACCEPTED: _l("Accepted"),
    SightingStatus.REJECTED: _l("Rejected"),
    SightingStatus.VOIDED: _l("Voided after an objection"),
}
DIRECTION_LABELS = {
    Direction.NORTHBOUND: _l("Northbound"),
    Direction.SOUTHBOUND: _l("Southbound"),
    Direction.EASTBOUND: _l("Eastbound"),
    Direction.WESTBOUND: _l("Westbound"),
}
REJECTION_LABELS = {
    RejectionReason.MISTYPED_PLATE: _l("Plate mistyped"),
    RejectionReason.MAKE_MISMATCH: _l("Make does not match the police national computer"),
    RejectionReason.DEVICE_ERROR: _l("Doubtful reading"),
    RejectionReason.DUPLICATE: _l("Same vehicle recorded twice"),
    RejectionReason.OTHER: _l("Other reason"),
}
LETTER_STAGE_LABELS = {
    LetterStage.ADVISORY: _l("Advisory letter"),
    LetterStage.WARNING: _l("Warning letter"),
    LetterStage.REFERRAL: _l("Referral for enforcement"),
}
LETTER_STATUS_LABELS = {
    LetterStatus.DUE: _l("Due"),
    LetterStatus.SENT: _l("Sent"),
    LetterStatus.WITHDRAWN: _l("Withdrawn"),
}
OBJECTION_GROUND_LABELS = {
    ObjectionGround.NOT_DRIVING: _l("I was not driving the vehicle"),
    ObjectionGround.WRONG_VEHICLE: _l("The vehicle is not that make or colour"),
    ObjectionGround.NOT_THERE: _l("The vehicle was not there at that time"),
    ObjectionGround.SPEED_WRONG: _l("The speed is wrong"),
    ObjectionGround.OTHER: _l("Something else"),
}

AUDIT_ACTIONS = {
    "speedwatch.site.proposed": _l("Speed Watch site proposed"),
    "speedwatch.site.changed": _l("Speed Watch site changed"),
    "speedwatch.site.withdrawn": _l("Speed Watch site withdrawn"),
    "speedwatch.site.assessed": _l("Speed Watch site assessed"),
    "speedwatch.site.reviewed": _l("Speed Watch site reviewed"),
    "speedwatch.device.added": _l("Speed device added"),
    "speedwatch.device.calibrated": _l("Speed device calibration recorded"),
    "speedwatch.device.retired": _l("Speed device retired"),
    "speedwatch.session.booked": _l("Session booked"),
    "speedwatch.session.cancelled": _l("Session cancelled"),
    "speedwatch.session.started": _l("Session started"),
    "speedwatch.session.submitted": _l("Session submitted for review"),
    "speedwatch.session.reviewed": _l("Session reviewed"),
    "speedwatch.sighting.recorded": _l("Sighting recorded"),
    "speedwatch.sighting.deleted": _l("Sighting taken back"),
    "speedwatch.sightings.recorded": _l("Sightings recorded from a sheet or batch"),
    "speedwatch.sightings.refused": _l("A sheet or batch refused whole"),
    "speedwatch.letters.due": _l("Letters due after a review"),
    # Drivers' objections and what an upheld one changes.
    "speedwatch.objection.submitted": _l("Driver's objection received"),
    "speedwatch.objection.decided": _l("Driver's objection decided"),
    "speedwatch.letter.recomputed": _l("Letter restaged or withdrawn after the plate's sightings changed"),
    # Retention
    "speedwatch.retention.applied": _l("Old Speed Watch sightings deleted"),
    # Letters
    "speedwatch.letter.printed": _l("Speed Watch letter printed"),
    "speedwatch.letter_batch.made": _l("Batch of Speed Watch letters made"),
    "speedwatch.letter_batch.exported": _l("Batch of Speed Watch letters downloaded for the mail-merge"),
    "speedwatch.letter_batch.printed": _l("Batch of Speed Watch letters printed"),
    "speedwatch.letter_batch.sent": _l("Batch of Speed Watch letters marked sent"),
    "speedwatch.letter_template.saved": _l("Speed Watch letter wording changed"),
    "speedwatch.referral.closed": _l("Speed Watch referral closed"),
}
AUDIT_SUBJECTS = {
    "speedwatch_site": _l("Speed Watch site"),
    "speedwatch_device": _l("Speed device"),
    "speedwatch_session": _l("Speed Watch session"),
    # Drivers' objections.
    "speedwatch_objection": _l("Driver's objection"),
    "speedwatch_letter": _l("Speed Watch letter"),
    # Retention
    "speedwatch_retention_run": _l("Speed Watch retention run"),
    # Letters
    "speedwatch_letter_batch": _l("Batch of Speed Watch letters"),
    "speedwatch_letter_template": _l("Speed Watch letter wording"),
}
