"""Youth Commission data. Each part of the scheme keeps its tables in a section of its own below."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import CHECK_DETAIL_MAX_CHARS, REASON_MAX_CHARS, Force, Membership, User

# --- Reverse mentoring ---------------------------------------------------------------------------
# A commissioner (a young member) and an officer meet to teach each other: the young person how
# policing looks from the inside, the officer how it looks to the young. An officer who mentors
# needs an in-date DBS check of their own, which a force admin records here (officers have no
# membership to hold it). The officer knows their mentee only by first name and commission.

MEETING_TOPIC_MAX_CHARS = 200
FEEDBACK_COMMENT_MAX_CHARS = 500
LOWEST_RATING, HIGHEST_RATING = 1, 5


class OfficerDbsCheck(db.Model):
    """A DBS check of an officer who works with young people, recorded by an admin of their force.

    Never edited: a renewal is a new row, and the latest recorded one is the one that counts.
    """

    __tablename__ = "youth_officer_dbs_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), index=True)
    completed_on: Mapped[date] = mapped_column(sa.Date)
    expires_on: Mapped[date] = mapped_column(sa.Date)
    # A reference, such as the certificate's last digits: never the whole certificate.
    detail: Mapped[str] = mapped_column(sa.String(CHECK_DETAIL_MAX_CHARS), default="")
    recorded_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    force: Mapped[Force] = relationship()
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    def is_current_on(self, day: date) -> bool:
        return self.completed_on <= day <= self.expires_on


class PairingStatus(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class MentoringSide(enum.StrEnum):
    COMMISSIONER = "commissioner"
    OFFICER = "officer"


class MentoringPairing(db.Model):
    """A commissioner and an officer paired for reverse mentoring, until one ends it with a reason."""

    __tablename__ = "youth_mentoring_pairing"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    officer_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    status: Mapped[PairingStatus] = mapped_column(enum_column(PairingStatus), default=PairingStatus.ACTIVE)
    paired_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    paired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str] = mapped_column(sa.String(REASON_MAX_CHARS), default="")

    membership: Mapped[Membership] = relationship()
    officer: Mapped[User] = relationship(foreign_keys=[officer_id])
    paired_by: Mapped[User] = relationship(foreign_keys=[paired_by_id])
    ended_by: Mapped[User | None] = relationship(foreign_keys=[ended_by_id])
    meetings: Mapped[list["MentoringMeeting"]] = relationship(
        back_populates="pairing", order_by="MentoringMeeting.met_on"
    )

    @property
    def commissioner(self) -> User:
        return self.membership.user

    @property
    def commissioner_id(self) -> int:
        return self.membership.user_id

    @property
    def commissioner_first_name(self) -> str:
        """All an officer is told of their mentee's name."""
        return (self.commissioner.name.split() or [""])[0]

    @property
    def scheme_id(self) -> int:
        return self.membership.scheme_id

    @property
    def area_id(self) -> int:
        return self.membership.area_id

    @property
    def force_id(self) -> int:
        return self.membership.force_id

    @property
    def is_active(self) -> bool:
        return self.status == PairingStatus.ACTIVE

    def side_of(self, user: User) -> MentoringSide | None:
        """Which side of the pairing a user is on, or None for anyone else."""
        if user.id == self.commissioner_id:
            return MentoringSide.COMMISSIONER
        if user.id == self.officer_id:
            return MentoringSide.OFFICER
        return None


class MentoringMeeting(db.Model):
    """One meeting of a pairing, logged by either side; its time counts as the commissioner's hours."""

    __tablename__ = "youth_mentoring_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_mentoring_pairing.id"), index=True)
    met_on: Mapped[date] = mapped_column(sa.Date)
    topic: Mapped[str] = mapped_column(sa.String(MEETING_TOPIC_MAX_CHARS))
    minutes: Mapped[int]
    logged_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    pairing: Mapped[MentoringPairing] = relationship(back_populates="meetings")
    logged_by: Mapped[User] = relationship()
    feedback: Mapped[list["MentoringFeedback"]] = relationship(
        back_populates="meeting", order_by="MentoringFeedback.given_at"
    )

    @property
    def scheme_id(self) -> int:
        return self.pairing.scheme_id

    @property
    def area_id(self) -> int:
        return self.pairing.area_id

    @property
    def force_id(self) -> int:
        return self.pairing.force_id

    def feedback_from(self, side: MentoringSide) -> "MentoringFeedback | None":
        return next((given for given in self.feedback if given.side == side), None)


class MentoringFeedback(db.Model):
    """One side's short feedback on a meeting: a rating from 1 to 5 and a comment; once per side."""

    __tablename__ = "youth_mentoring_feedback"
    __table_args__ = (
        sa.UniqueConstraint("meeting_id", "side"),
        sa.CheckConstraint(f"rating >= {LOWEST_RATING} AND rating <= {HIGHEST_RATING}", name="rating_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_mentoring_meeting.id"), index=True)
    side: Mapped[MentoringSide] = mapped_column(enum_column(MentoringSide))
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    rating: Mapped[int]
    comment: Mapped[str] = mapped_column(sa.String(FEEDBACK_COMMENT_MAX_CHARS), default="")
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    meeting: Mapped[MentoringMeeting] = relationship(back_populates="feedback")
    author: Mapped[User] = relationship()

    @property
    def force_id(self) -> int:
        return self.meeting.force_id
