"""What complaints' choices, statuses, outcomes and audit actions are called on the pages."""

from flask_babel import lazy_gettext as _l

from volunteers.complaints.models import ComplaintAbout, ComplaintStatus, Outcome

ABOUT_LABELS = {
    ComplaintAbout.CONDUCT: _l("How a volunteer behaved"),
    ComplaintAbout.HANDLING: _l("How a report, session or decision was handled"),
}
STATUS_LABELS = {
    ComplaintStatus.RECEIVED: _l("Received"),
    ComplaintStatus.INVESTIGATING: _l("Being investigated"),
    ComplaintStatus.CLOSED: _l("Closed"),
}
STATUS_COLOURS = {
    ComplaintStatus.RECEIVED: "blue",
    ComplaintStatus.INVESTIGATING: "yellow",
    ComplaintStatus.CLOSED: "grey",
}
OUTCOME_LABELS = {
    Outcome.NO_ACTION: _l("No action"),
    Outcome.ADVICE: _l("Advice"),
    Outcome.WARNING: _l("Warning"),
    Outcome.SUSPENSION: _l("Suspension"),
    Outcome.REMOVAL: _l("Removal from the scheme"),
}
OUTCOME_HINTS = {
    Outcome.NO_ACTION: _l("Nothing further is done"),
    Outcome.ADVICE: _l("The volunteer is advised how to act; it goes on their conduct record"),
    Outcome.WARNING: _l("A formal warning on their conduct record"),
    Outcome.SUSPENSION: _l("Every membership concerned is suspended at once: no more submissions"),
    Outcome.REMOVAL: _l("Every membership concerned ends at once"),
}

AUDIT_ACTIONS = {
    "complaints.submitted": _l("Complaint received"),
    "complaints.assigned": _l("Complaint assigned"),
    "complaints.volunteer_added": _l("Volunteer named in a complaint"),
    "complaints.volunteer_removed": _l("Volunteer no longer named in a complaint"),
    "complaints.subject_added": _l("Subject added to a complaint"),
    "complaints.subject_removed": _l("Subject removed from a complaint"),
    "complaints.subject_viewed": _l("Subject of a complaint read by its investigator"),
    "complaints.complainant_viewed": _l("Complainant's contact details seen"),
    "complaints.outcome_recorded": _l("Complaint outcome recorded"),
}
AUDIT_SUBJECTS = {"complaint": _l("Complaint")}
