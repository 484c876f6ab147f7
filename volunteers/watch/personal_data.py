"""A member's Neighbourhood Watch reports, for the download of everything held about them."""

from volunteers.extensions import db
from volunteers.models import User
from volunteers.watch import queries, screening


def export_reports(user: User) -> dict:
    """A member's own reports, with every version they wrote and what they were told."""
    reports = db.session.scalars(queries.reports_of(user)).all()
    return {
        "reports": [
            {
                "id": report.id,
                "scheme": report.scheme.name,
                "status": report.status.value,
                "submitted_at": report.submitted_at.isoformat(),
                "versions": [
                    {
                        "number": version.number,
                        "written_at": version.created_at.isoformat(),
                        "category": version.category.value,
                        "occurred_at": version.occurred_at.isoformat(),
                        "location": version.location,
                        "map_point": version.map_point,
                        "description": version.description,
                        "police_reference": version.police_reference,
                        "reply": version.reply,
                        "flags": screening.visible_to_writer(version.flags),
                    }
                    for version in report.versions
                ],
                "messages_from_officers": [
                    {
                        "decision": decision.decision.value,
                        "message": decision.message,
                        "at": decision.decided_at.isoformat(),
                    }
                    for decision in report.decisions
                ],
                "photos": len(report.photos),
            }
            for report in reports
        ]
    }
