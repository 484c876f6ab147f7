"""Complaints in the scrutiny export: what each was about, its outcome and how long it took, with
the outcome's reason redacted. Never the complainant, the volunteer or the complaint's words."""

from datetime import datetime

import sqlalchemy as sa

from volunteers.accountability.scrutiny import ScrutinyTable
from volunteers.complaints.models import Complaint, ComplaintOutcome
from volunteers.extensions import db
from volunteers.guard import redact, rules_for
from volunteers.local_time import formatted
from volunteers.models import Area, Force

COMPLAINTS_FILE = "complaints.csv"
COMPLAINTS_HEADER = (
    "area",
    "about",
    "received_on",
    "status",
    "outcome",
    "upheld",
    "decided_on",
    "days_to_decide",
    "reason",
)


def scrutiny_complaints(force: Force, since: datetime) -> ScrutinyTable:
    """Every complaint received since `since`, with its outcome once there is one."""
    query = (
        sa.select(
            Area.name,
            Complaint.about,
            Complaint.submitted_at,
            Complaint.status,
            ComplaintOutcome.outcome,
            ComplaintOutcome.upheld,
            ComplaintOutcome.decided_at,
            ComplaintOutcome.reason,
        )
        .join(Area, Area.id == Complaint.area_id)
        .outerjoin(ComplaintOutcome, ComplaintOutcome.complaint_id == Complaint.id)
        .where(Complaint.force_id == force.id, Complaint.submitted_at >= since)
        .order_by(Complaint.submitted_at, Complaint.id)
    )
    rules = rules_for(force)

    def rows():
        for area, about, received, status, outcome, upheld, decided, reason in db.session.execute(query):
            yield (
                area,
                about.value,
                formatted(received, "yyyy-MM-dd"),
                status.value,
                outcome.value if outcome else "",
                "" if upheld is None else ("yes" if upheld else "no"),
                formatted(decided, "yyyy-MM-dd") if decided else "",
                (decided - received).days if decided else "",
                redact(reason or "", rules),
            )

    return ScrutinyTable(COMPLAINTS_FILE, COMPLAINTS_HEADER, rows())
