"""The complaints a person made while signed in, for the download of everything held about them."""

from volunteers.complaints import queries
from volunteers.models import User


def export_complaints(user: User) -> list[dict]:
    """Each complaint as they made it, where it stands and its outcome as they were told it (the
    investigator's findings and the volunteers named are other people's data)."""
    return [
        {
            "reference": complaint.reference,
            "submitted_at": complaint.submitted_at.isoformat(),
            "about": complaint.about.value,
            "area": complaint.area.name,
            "description": complaint.description,
            "when": complaint.happened_when,
            "where": complaint.location,
            "reference_given": complaint.handling_reference,
            "name_given": complaint.complainant_name,
            "email_given": complaint.complainant_email,
            "status": complaint.status.value,
            "outcome": complaint.outcome.outcome.value if complaint.outcome else None,
            "upheld": complaint.outcome.upheld if complaint.outcome else None,
            "outcome_reason": complaint.outcome.reason if complaint.outcome else None,
        }
        for complaint in queries.complaints_made_by(user)
    ]
