"""What the Youth Commission's audit actions and subjects are called on histories and audit pages."""

from flask_babel import lazy_gettext as _l

AUDIT_ACTIONS = {
    "youth.guardian_asked": _l("Guardian asked for consent"),
    "youth.guardian_consented": _l("Guardian consented"),
    "youth.guardian_refused": _l("Guardian did not consent"),
    "youth.guardian_withdrew": _l("Guardian withdrew consent"),
    "youth.member_aged_out": _l("Left at the Youth Commission's leaving age"),
    "youth.event_created": _l("Youth event arranged"),
    "youth.event_consent_asked": _l("Guardian asked to consent to an event"),
    "youth.event_consented": _l("Guardian consented to an event"),
    "youth.event_consent_refused": _l("Guardian did not consent to an event"),
    "youth.attendee_registered": _l("Registered for a youth event"),
    "youth.attendance_recorded": _l("Attendance at a youth event recorded"),
}

AUDIT_SUBJECTS = {
    "youth_event": _l("Youth event"),
}
