"""Complaints about a volunteer's conduct or about how something was handled, and their outcomes.

A complaint belongs to the force of the area the complainant names. What it is about is kept two
ways: the memberships of the volunteers concerned, and the subjects (a report, a session, a
sighting, a decision) by the generic type and id that the audit trail uses, resolved through the
`ComplaintSubjectKind`s the schemes register, so this package never imports a scheme.
"""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import EMAIL_MAX_CHARS, NAME_MAX_CHARS, Area, Force, Membership, User

DESCRIPTION_MAX_CHARS = 5000
FINDINGS_MAX_CHARS = 5000
WHEN_MAX_CHARS = 200
LOCATION_MAX_CHARS = 200
HANDLING_REFERENCE_MAX_CHARS = 60
REFERENCE_MAX_CHARS = 16
SUBJECT_TYPE_MAX_CHARS = 60


class ComplaintAbout(enum.StrEnum):
    CONDUCT = "conduct"
    HANDLING = "handling"


class ComplaintStatus(enum.StrEnum):
    RECEIVED = "received"
    INVESTIGATING = "investigating"
    CLOSED = "closed"


class Outcome(enum.StrEnum):
    NO_ACTION = "no_action"
    ADVICE = "advice"
    WARNING = "warning"
    SUSPENSION = "suspension"
    REMOVAL = "removal"


# Outcomes that act on the volunteers' memberships through the shared lifecycle.
ACTING_OUTCOMES = frozenset({Outcome.SUSPENSION, Outcome.REMOVAL})


class Complaint(db.Model):
    """What the complainant told us, who they are (if they said), and where the complaint stands."""

    __tablename__ = "complaint"
    __table_args__ = (sa.Index("ix_complaint_queue", "force_id", "status", "submitted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(sa.String(REFERENCE_MAX_CHARS), unique=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    about: Mapped[ComplaintAbout] = mapped_column(enum_column(ComplaintAbout))
    description: Mapped[str] = mapped_column(sa.Text)
    happened_when: Mapped[str] = mapped_column(sa.String(WHEN_MAX_CHARS), default="")
    location: Mapped[str] = mapped_column(sa.String(LOCATION_MAX_CHARS), default="")
    # The reference of the report, session or decision complained about, as the complainant typed it.
    handling_reference: Mapped[str] = mapped_column(sa.String(HANDLING_REFERENCE_MAX_CHARS), default="")
    complainant_name: Mapped[str] = mapped_column(sa.String(NAME_MAX_CHARS), default="")
    complainant_email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_CHARS), default="")
    # Set when the complaint was made signed in, so it is part of their personal-data download.
    complainant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus), default=ComplaintStatus.RECEIVED)
    assigned_to_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    force: Mapped[Force] = relationship()
    area: Mapped[Area] = relationship()
    complainant: Mapped[User | None] = relationship(foreign_keys=[complainant_id])
    assigned_to: Mapped[User | None] = relationship(foreign_keys=[assigned_to_id])
    volunteers: Mapped[list["ComplaintVolunteer"]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintVolunteer.id"
    )
    subjects: Mapped[list["ComplaintSubject"]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintSubject.id"
    )
    outcome: Mapped["ComplaintOutcome | None"] = relationship(back_populates="complaint")

    @property
    def is_open(self) -> bool:
        return self.status != ComplaintStatus.CLOSED

    @property
    def contact_given(self) -> bool:
        return bool(self.complainant_email)

    def __repr__(self) -> str:
        return f"<Complaint {self.id} {self.status}>"


class ComplaintVolunteer(db.Model):
    """A membership of a volunteer the complaint is about; an outcome acts on each of them."""

    __tablename__ = "complaint_volunteer"
    __table_args__ = (sa.UniqueConstraint("complaint_id", "membership_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(sa.ForeignKey("complaint.id"))
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)

    complaint: Mapped[Complaint] = relationship(back_populates="volunteers")
    membership: Mapped[Membership] = relationship()

    @property
    def force_id(self) -> int:
        return self.complaint.force_id


class ComplaintSubject(db.Model):
    """Something a scheme holds that the complaint is about, by type and id as in the audit trail."""

    __tablename__ = "complaint_subject"
    __table_args__ = (sa.UniqueConstraint("complaint_id", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(sa.ForeignKey("complaint.id"))
    subject_type: Mapped[str] = mapped_column(sa.String(SUBJECT_TYPE_MAX_CHARS))
    subject_id: Mapped[int] = mapped_column(sa.BigInteger)

    complaint: Mapped[Complaint] = relationship(back_populates="subjects")

    @property
    def force_id(self) -> int:
        return self.complaint.force_id


class ComplaintOutcome(db.Model):
    """An admin's findings and outcome, with the reason the complainant is told; one per complaint."""

    __tablename__ = "complaint_outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(sa.ForeignKey("complaint.id"), unique=True)
    upheld: Mapped[bool] = mapped_column()
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    findings: Mapped[str] = mapped_column(sa.Text)
    reason: Mapped[str] = mapped_column(sa.Text)
    decided_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    complaint: Mapped[Complaint] = relationship(back_populates="outcome")
    decided_by: Mapped[User] = relationship()

    @property
    def counts_on_record(self) -> bool:
        """Whether it goes on the volunteers' conduct records: upheld, or any action taken."""
        return self.upheld or self.outcome != Outcome.NO_ACTION
