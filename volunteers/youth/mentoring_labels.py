"""What reverse mentoring's audit actions, subjects, statuses and sides are called on the pages."""

from flask_babel import lazy_gettext as _l

from volunteers.youth.models import MentoringSide, PairingStatus

PAIRING_STATUS_LABELS = {
    PairingStatus.ACTIVE: _l("Active"),
    PairingStatus.ENDED: _l("Ended"),
}
SIDE_LABELS = {
    MentoringSide.COMMISSIONER: _l("Commissioner"),
    MentoringSide.OFFICER: _l("Officer"),
}

AUDIT_ACTIONS = {
    "youth.officer_dbs.recorded": _l("Officer's DBS check recorded"),
    "youth.mentoring.paired": _l("Reverse mentoring pairing made"),
    "youth.mentoring.ended": _l("Reverse mentoring pairing ended"),
    "youth.mentoring.meeting_logged": _l("Mentoring meeting logged"),
    "youth.mentoring.feedback_given": _l("Mentoring feedback given"),
}
AUDIT_SUBJECTS = {
    "youth_officer_dbs_check": _l("Officer's DBS check"),
    "youth_mentoring_pairing": _l("Reverse mentoring pairing"),
    "youth_mentoring_meeting": _l("Mentoring meeting"),
    "youth_mentoring_feedback": _l("Mentoring feedback"),
}
