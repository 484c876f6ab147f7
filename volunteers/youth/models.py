"""Youth Commission data. Each section belongs to one part of the scheme."""

import enum
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import (
    EMAIL_MAX_CHARS,
    NAME_MAX_CHARS,
    Membership,
    OneTimeToken,
    Scheme,
    User,
    VettingCheck,
)

# --- Guardian consent and activities ---------------------------------------------------------
# An under-18 member joins only with a guardian's consent, given through a one-time link; the
# guardian may withdraw it through a link of its own at any time. Each event an under-18 attends
# needs the guardian's consent for that event too. Guardian details are seen by the facilitator,
# never by officers.

EVENT_TITLE_MAX_CHARS = 200
GUARDIAN_WORDS_MAX_CHARS = 2000
# An event lasts at most a day: its hours are recorded as one day's entry.
EVENT_MAX_MINUTES = 24 * 60


class ConsentStatus(enum.StrEnum):
    REQUESTED = "requested"
    CONSENTED = "consented"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class GuardianConsent(db.Model):
    """The guardian of an under-18 member, and where their consent to the membership stands.

    One row per membership: asking again (a new guardian, a lost email) updates it and issues a new
    link. The consent itself counts as the membership's GUARDIAN_CONSENT vetting check (`check`),
    so the shared checklist decides whether the membership may become active.
    """

    __tablename__ = "youth_guardian_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), unique=True)
    guardian_name: Mapped[str] = mapped_column(sa.String(NAME_MAX_CHARS))
    guardian_email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_CHARS))
    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus), default=ConsentStatus.REQUESTED)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    requested_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the guardian chose to say when refusing or withdrawing (optional).
    guardian_words: Mapped[str] = mapped_column(sa.Text, default="")
    check_id: Mapped[int | None] = mapped_column(sa.ForeignKey("vetting_check.id"))

    membership: Mapped[Membership] = relationship()
    check: Mapped[VettingCheck | None] = relationship()

    @property
    def scheme_id(self) -> int:
        return self.membership.scheme_id

    @property
    def area_id(self) -> int:
        return self.membership.area_id

    @property
    def force_id(self) -> int:
        return self.membership.force_id


class EventKind(enum.StrEnum):
    MEETING = "meeting"
    TRAINING_DAY = "training_day"
    RIDE_ALONG = "ride_along"
    OTHER = "other"


class YouthEvent(db.Model):
    """A meeting, training day, ride-along or other activity a facilitator arranges."""

    __tablename__ = "youth_event"
    __table_args__ = (
        sa.CheckConstraint(f"duration_minutes > 0 AND duration_minutes <= {EVENT_MAX_MINUTES}", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind))
    title: Mapped[str] = mapped_column(sa.String(EVENT_TITLE_MAX_CHARS))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int]
    created_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    scheme: Mapped[Scheme] = relationship()
    created_by: Mapped[User] = relationship()
    consents: Mapped[list["EventConsent"]] = relationship(back_populates="event")
    attendances: Mapped[list["EventAttendance"]] = relationship(back_populates="event")

    @property
    def area_id(self) -> int:
        return self.scheme.area_id

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def has_started_by(self, moment: datetime) -> bool:
        return self.starts_at <= moment


class EventConsent(db.Model):
    """A guardian's answer about one event for one under-18 member, asked through a one-time link."""

    __tablename__ = "youth_event_consent"
    __table_args__ = (sa.UniqueConstraint("event_id", "membership_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_event.id"), index=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus), default=ConsentStatus.REQUESTED)
    # The link of the latest request; asking again replaces it and cancels the old one.
    token_id: Mapped[int | None] = mapped_column(sa.ForeignKey("one_time_token.id"), unique=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    requested_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    guardian_words: Mapped[str] = mapped_column(sa.Text, default="")

    event: Mapped[YouthEvent] = relationship(back_populates="consents")
    membership: Mapped[Membership] = relationship()
    token: Mapped[OneTimeToken | None] = relationship()

    @property
    def scheme_id(self) -> int:
        return self.event.scheme_id

    @property
    def area_id(self) -> int:
        return self.event.area_id

    @property
    def force_id(self) -> int:
        return self.event.force_id


class EventAttendance(db.Model):
    """A member registered for an event and, once it has happened, whether they attended."""

    __tablename__ = "youth_event_attendance"
    __table_args__ = (sa.UniqueConstraint("event_id", "membership_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_event.id"), index=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    registered_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attendance_recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))

    event: Mapped[YouthEvent] = relationship(back_populates="attendances")
    membership: Mapped[Membership] = relationship()

    @property
    def scheme_id(self) -> int:
        return self.event.scheme_id

    @property
    def area_id(self) -> int:
        return self.event.area_id

    @property
    def force_id(self) -> int:
        return self.event.force_id
