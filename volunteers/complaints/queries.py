"""What the complaints pages and the conduct record read."""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from volunteers.complaints.models import (
    Complaint,
    ComplaintOutcome,
    ComplaintStatus,
    ComplaintVolunteer,
    Outcome,
)
from volunteers.extensions import db
from volunteers.models import Area, Force, ForceAdmin, Membership, MembershipStatus, Scheme, User


def complaints_for(admin: User) -> sa.Select:
    """The complaints of the admin's forces, open ones first, oldest first within each."""
    return (
        sa.select(Complaint)
        .where(Complaint.force_id.in_(admin.admin_force_ids))
        .options(joinedload(Complaint.area), joinedload(Complaint.assigned_to))
        .order_by((Complaint.status == ComplaintStatus.CLOSED).asc(), Complaint.submitted_at)
    )


def complaint_page(complaint_id: int) -> Complaint | None:
    """A complaint with everything its page shows."""
    return db.session.scalar(
        sa.select(Complaint)
        .where(Complaint.id == complaint_id)
        .options(
            selectinload(Complaint.volunteers)
            .joinedload(ComplaintVolunteer.membership)
            .joinedload(Membership.scheme)
            .joinedload(Scheme.area),
            selectinload(Complaint.volunteers).joinedload(ComplaintVolunteer.membership).joinedload(Membership.user),
            selectinload(Complaint.subjects),
            joinedload(Complaint.outcome),
        )
    )


def areas_to_complain_about() -> list[tuple[Area, Force]]:
    """Every area a complaint may name, by force and name."""
    return list(db.session.execute(sa.select(Area, Force).join(Force).order_by(Force.name, Area.name)).all())


def admins_of(force_id: int) -> list[User]:
    """Who a complaint of the force may be assigned to."""
    return list(
        db.session.scalars(
            sa.select(User).join(ForceAdmin, ForceAdmin.user_id == User.id).where(ForceAdmin.force_id == force_id)
        )
    )


def memberships_in_force(user: User, force_id: int) -> list[Membership]:
    """A person's memberships in the force's schemes that have begun and not ended."""
    return list(
        db.session.scalars(
            sa.select(Membership)
            .join(Scheme)
            .join(Area)
            .where(
                Membership.user_id == user.id,
                Area.force_id == force_id,
                Membership.status.not_in((MembershipStatus.INVITED, MembershipStatus.LEFT)),
            )
            .order_by(Membership.id)
        )
    )


@dataclass(frozen=True)
class ConductEntry:
    """One line of a volunteer's conduct record: a complaint's outcome that counts against them."""

    reference: str
    decided_at: datetime
    upheld: bool
    outcome: Outcome
    reason: str


def conduct_record(membership: Membership) -> list[ConductEntry]:
    """The outcomes on a membership's record: complaints upheld, and any advice, warning,
    suspension or removal, newest first."""
    rows = db.session.execute(
        sa.select(Complaint.reference, ComplaintOutcome)
        .join(ComplaintOutcome, ComplaintOutcome.complaint_id == Complaint.id)
        .join(ComplaintVolunteer, ComplaintVolunteer.complaint_id == Complaint.id)
        .where(
            ComplaintVolunteer.membership_id == membership.id,
            sa.or_(ComplaintOutcome.upheld, ComplaintOutcome.outcome != Outcome.NO_ACTION),
        )
        .order_by(ComplaintOutcome.decided_at.desc())
    ).all()
    return [
        ConductEntry(reference, outcome.decided_at, outcome.upheld, outcome.outcome, outcome.reason)
        for reference, outcome in rows
    ]


def complaints_made_by(user: User) -> list[Complaint]:
    return list(
        db.session.scalars(
            sa.select(Complaint)
            .where(Complaint.complainant_id == user.id)
            .options(joinedload(Complaint.outcome), joinedload(Complaint.area))
            .order_by(Complaint.submitted_at)
        )
    )
