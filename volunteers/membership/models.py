"""Onboarding data: what a person told us when they applied, expressions of interest from the
public, and which expiry reminders have been sent.

Memberships and vetting checks themselves are shared models (`volunteers.models`): every feature
reads them. What lives here only onboarding needs, and holds as little as it can.
"""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import EMAIL_MAX_CHARS, NAME_MAX_CHARS, Membership, Scheme, User, VettingCheck

LANGUAGES_MAX_CHARS = 200
ACCESSIBILITY_MAX_CHARS = 1000
MOTIVATION_MAX_CHARS = 2000
INTEREST_MESSAGE_MAX_CHARS = 1000


class VolunteerProfile(db.Model):
    """What a volunteer tells every scheme they join: languages and any accessibility needs.

    Kept per person, not per membership, so joining a second scheme does not ask twice. Equality
    monitoring answers are not here: they live apart (`volunteers.equality`) and are never shown
    per person.
    """

    __tablename__ = "volunteer_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), unique=True)
    languages: Mapped[str] = mapped_column(sa.String(LANGUAGES_MAX_CHARS), default="")
    accessibility_needs: Mapped[str] = mapped_column(sa.Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship()


class MembershipApplication(db.Model):
    """A person's application to one scheme: why they want to join and what they agreed to."""

    __tablename__ = "membership_application"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), unique=True)
    motivation: Mapped[str] = mapped_column(sa.Text)
    # The version of the code of conduct they agreed to, and when they agreed to it and to how
    # their data is used: the evidence of consent.
    code_of_conduct_version: Mapped[str] = mapped_column(sa.String(40))
    agreed_to_code_at: Mapped[datetime] = mapped_column(UTCDateTime)
    agreed_to_data_use_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    membership: Mapped[Membership] = relationship()


class InterestStatus(enum.StrEnum):
    NEW = "new"
    INVITED = "invited"
    DECLINED = "declined"


class ExpressionOfInterest(db.Model):
    """A member of the public asking to join a scheme, from the public page, without an account.

    Only a name, an email address and an optional message are kept: the coordinator invites the
    person (who then applies) or declines with a reason.
    """

    __tablename__ = "expression_of_interest"
    __table_args__ = (sa.Index("ix_expression_of_interest_scheme_status", "scheme_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"))
    name: Mapped[str] = mapped_column(sa.String(NAME_MAX_CHARS))
    email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_CHARS), index=True)
    message: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[InterestStatus] = mapped_column(enum_column(InterestStatus), default=InterestStatus.NEW)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str] = mapped_column(sa.Text, default="")
    # The invitation it led to, when the coordinator invited the person.
    membership_id: Mapped[int | None] = mapped_column(sa.ForeignKey("membership.id"))

    scheme: Mapped[Scheme] = relationship()
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
    membership: Mapped[Membership | None] = relationship()

    @property
    def area_id(self) -> int:
        return self.scheme.area_id

    @property
    def force_id(self) -> int:
        return self.scheme.force_id


class ReminderThreshold(enum.StrEnum):
    DUE_SOON = "due_soon"
    EXPIRED = "expired"


class VettingReminder(db.Model):
    """That a reminder about one recorded check at one threshold was sent: each is sent once.

    The unique constraint makes two overlapping runs of `flask reminders send` safe: the second
    one's claim fails and its transaction, emails included, is rolled back.
    """

    __tablename__ = "vetting_reminder"
    __table_args__ = (sa.UniqueConstraint("check_id", "threshold"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(sa.ForeignKey("vetting_check.id"))
    threshold: Mapped[ReminderThreshold] = mapped_column(enum_column(ReminderThreshold))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    check: Mapped[VettingCheck] = relationship()
