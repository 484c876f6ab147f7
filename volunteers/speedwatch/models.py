"""Community Speed Watch data: approved sites with their risk assessments, speed devices, sessions
at the roadside with their volunteers, the sightings recorded in them, the letters that follow an
officer's review, drivers' objections to them, and the tallies the statistics read.

Sightings are the one table that grows to tens of millions of rows (a force records millions a
year), so it is kept narrow: what the volunteer saw and where it is in review, nothing repeated
that the session already knows. Everything that reads sightings goes through an index: the
session's (review, retention) or the plate's (escalation, history). The statistics never read them
at all; they read the tallies written when a session is reviewed, which outlive the sightings when
retention deletes them.
"""

import enum
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import Area, Scheme, User
from volunteers.review import DecisionRecord

# Limits of what people type, each defined once: the columns, services, forms and API read them here.
SITE_NAME_MAX_CHARS = 120
ROAD_MAX_CHARS = 120
SITE_NOTES_MAX_CHARS = 2000
SERIAL_MAX_CHARS = 60
DEVICE_TYPE_MAX_CHARS = 80
# The longest UK registration is seven characters without its space; a little room for input.
REGISTRATION_MAX_CHARS = 10
MAKE_MAX_CHARS = 40
MODEL_MAX_CHARS = 40
COLOUR_MAX_CHARS = 20
KEEPER_MAX_CHARS = 200
OBJECTION_MAX_CHARS = 3000
LETTER_REFERENCE_CHARS = 12


class SiteStatus(enum.StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


SITE_TRANSITIONS: dict[SiteStatus, frozenset[SiteStatus]] = {
    SiteStatus.PROPOSED: frozenset({SiteStatus.APPROVED, SiteStatus.DECLINED, SiteStatus.WITHDRAWN}),
    # A review renews an approval (approved → approved) or ends it.
    SiteStatus.APPROVED: frozenset({SiteStatus.APPROVED, SiteStatus.DECLINED, SiteStatus.WITHDRAWN}),
    # A declined site may be proposed again once its problems are put right.
    SiteStatus.DECLINED: frozenset({SiteStatus.PROPOSED}),
    SiteStatus.WITHDRAWN: frozenset({SiteStatus.PROPOSED}),
}


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    CANCELLED = "cancelled"


SESSION_TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.PLANNED: frozenset({SessionStatus.RUNNING, SessionStatus.CANCELLED}),
    SessionStatus.RUNNING: frozenset({SessionStatus.SUBMITTED, SessionStatus.CANCELLED}),
    SessionStatus.SUBMITTED: frozenset({SessionStatus.REVIEWED}),
    SessionStatus.REVIEWED: frozenset(),
    SessionStatus.CANCELLED: frozenset(),
}


class Direction(enum.StrEnum):
    NORTHBOUND = "north"
    SOUTHBOUND = "south"
    EASTBOUND = "east"
    WESTBOUND = "west"


class SightingStatus(enum.StrEnum):
    RECORDED = "recorded"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    # Accepted, then found wrong when its driver objected: it no longer counts anywhere.
    VOIDED = "voided"


class RejectionReason(enum.StrEnum):
    MISTYPED_PLATE = "mistyped_plate"
    MAKE_MISMATCH = "make_mismatch"
    DEVICE_ERROR = "device_error"
    DUPLICATE = "duplicate"
    OTHER = "other"


class LetterStage(enum.StrEnum):
    """What a plate's accepted sightings in the escalation window lead to: first, second, third or more."""

    ADVISORY = "advisory"
    WARNING = "warning"
    REFERRAL = "referral"

    @classmethod
    def for_count(cls, count: int) -> "LetterStage":
        return (cls.ADVISORY, cls.WARNING, cls.REFERRAL)[min(count, 3) - 1]


class LetterStatus(enum.StrEnum):
    DUE = "due"
    SENT = "sent"
    WITHDRAWN = "withdrawn"


class ObjectionGround(enum.StrEnum):
    NOT_DRIVING = "not_driving"
    WRONG_VEHICLE = "wrong_vehicle"
    NOT_THERE = "not_there"
    SPEED_WRONG = "speed_wrong"
    OTHER = "other"


class ObjectionStatus(enum.StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    NOT_UPHELD = "not_upheld"


class Site(db.Model):
    """A stretch of road where a Speed Watch scheme may stand, once an officer has assessed it.

    An approval lasts until `approved_until`; the site then needs a review (a new assessment)
    before it can be booked again.
    """

    __tablename__ = "speedwatch_site"
    __table_args__ = (
        sa.Index("ix_speedwatch_site_scheme", "scheme_id", "status"),
        sa.Index("ix_speedwatch_site_queue", "area_id", "status", "proposed_at"),
        sa.Index("ix_speedwatch_site_review", "area_id", "status", "approved_until"),
        sa.CheckConstraint("speed_limit > 0 AND speed_limit <= 70", name="speed_limit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    name: Mapped[str] = mapped_column(sa.String(SITE_NAME_MAX_CHARS))
    road: Mapped[str] = mapped_column(sa.String(ROAD_MAX_CHARS))
    speed_limit: Mapped[int] = mapped_column(sa.SmallInteger)
    latitude: Mapped[float] = mapped_column(sa.Float)
    longitude: Mapped[float] = mapped_column(sa.Float)
    description: Mapped[str] = mapped_column(sa.Text, default="")
    visibility_notes: Mapped[str] = mapped_column(sa.Text, default="")
    standing_notes: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[SiteStatus] = mapped_column(enum_column(SiteStatus), default=SiteStatus.PROPOSED)
    approved_until: Mapped[date | None] = mapped_column(sa.Date)
    proposed_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    proposed_by: Mapped[User] = relationship()
    assessments: Mapped[list["SiteAssessment"]] = relationship(
        back_populates="site", order_by="SiteAssessment.id", cascade="all, delete-orphan"
    )

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    def is_authored_by(self, user: User) -> bool:
        return self.proposed_by_id == user.id

    def may_become(self, status: SiteStatus) -> bool:
        return status in SITE_TRANSITIONS[self.status]

    def is_approved_on(self, day: date) -> bool:
        return self.status == SiteStatus.APPROVED and self.approved_until is not None and day <= self.approved_until

    def review_due(self, today: date, warning_days: int) -> bool:
        return (
            self.status == SiteStatus.APPROVED
            and self.approved_until is not None
            and self.approved_until <= today + timedelta(days=warning_days)
        )

    @property
    def latest_assessment(self) -> "SiteAssessment | None":
        return self.assessments[-1] if self.assessments else None

    def __repr__(self) -> str:
        return f"<Site {self.id} {self.status}>"


class SiteAssessment(DecisionRecord, db.Model):
    """An officer's risk assessment of a site: what they found, and whether it may be used, until when."""

    __tablename__ = "speedwatch_site_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_site.id"), index=True)
    approved: Mapped[bool] = mapped_column()
    # What the officer checked at the roadside.
    visible_to_drivers: Mapped[bool] = mapped_column()
    safe_standing_place: Mapped[bool] = mapped_column()
    limit_signed: Mapped[bool] = mapped_column()
    hazards: Mapped[str] = mapped_column(sa.Text, default="")
    approved_until: Mapped[date | None] = mapped_column(sa.Date)

    site: Mapped[Site] = relationship(back_populates="assessments")


class Device(db.Model):
    """A speed detection device a scheme owns, bookable while its calibration is in date."""

    __tablename__ = "speedwatch_device"
    __table_args__ = (sa.UniqueConstraint("scheme_id", "serial_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"), index=True)
    serial_number: Mapped[str] = mapped_column(sa.String(SERIAL_MAX_CHARS))
    device_type: Mapped[str] = mapped_column(sa.String(DEVICE_TYPE_MAX_CHARS))
    calibrated_on: Mapped[date] = mapped_column(sa.Date)
    calibration_due: Mapped[date] = mapped_column(sa.Date)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    scheme: Mapped[Scheme] = relationship()

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    @property
    def area_id(self) -> int:
        return self.scheme.area_id

    def is_calibrated_on(self, day: date) -> bool:
        return self.retired_at is None and self.calibrated_on <= day <= self.calibration_due

    @property
    def label(self) -> str:
        return f"{self.device_type} ({self.serial_number})"


class SpeedwatchSession(db.Model):
    """A booked window at a site, with its volunteers and device, from planned to reviewed.

    The session holds what its sightings share: the site, the limit and threshold that applied,
    and the window they must fall in. `area_id` and `force_id` repeat the scheme's so that the
    officers' queue and a plate's history across the force are indexed queries.
    """

    __tablename__ = "speedwatch_session"
    __table_args__ = (
        sa.Index("ix_speedwatch_session_queue", "area_id", "status", "submitted_at"),
        sa.Index("ix_speedwatch_session_scheme", "scheme_id", "starts_at"),
        sa.Index("ix_speedwatch_session_site", "site_id", "starts_at"),
        sa.Index("ix_speedwatch_session_ends", "force_id", "ends_at"),
        sa.CheckConstraint("ends_at > starts_at", name="window"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_site.id"))
    device_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speedwatch_device.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    speed_limit: Mapped[int] = mapped_column(sa.SmallInteger)
    threshold: Mapped[int] = mapped_column(sa.SmallInteger)
    status: Mapped[SessionStatus] = mapped_column(enum_column(SessionStatus), default=SessionStatus.PLANNED)
    # Brought over from another system by `flask speedwatch import`, already reviewed there.
    imported: Mapped[bool] = mapped_column(default=False)
    sighting_count: Mapped[int] = mapped_column(default=0)
    booked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    cancelled_reason: Mapped[str] = mapped_column(sa.Text, default="")

    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    site: Mapped[Site] = relationship()
    device: Mapped[Device | None] = relationship()
    booked_by: Mapped[User | None] = relationship(foreign_keys=[booked_by_id])
    volunteers: Mapped[list["SessionVolunteer"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionVolunteer.user_id"
    )
    reviews: Mapped[list["SessionReview"]] = relationship(back_populates="session", order_by="SessionReview.id")

    @property
    def volunteer_ids(self) -> frozenset[int]:
        return frozenset(volunteer.user_id for volunteer in self.volunteers)

    def is_authored_by(self, user: User) -> bool:
        """A session is its volunteers' work: none of them reviews it."""
        return user.id in self.volunteer_ids

    def may_become(self, status: SessionStatus) -> bool:
        return status in SESSION_TRANSITIONS[self.status]

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at

    def __repr__(self) -> str:
        return f"<SpeedwatchSession {self.id} {self.status}>"


class SessionVolunteer(db.Model):
    """A volunteer booked onto a session."""

    __tablename__ = "speedwatch_session_volunteer"
    __table_args__ = (sa.Index("ix_speedwatch_session_volunteer_user", "user_id", "session_id"),)

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_session.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), primary_key=True)

    session: Mapped[SpeedwatchSession] = relationship(back_populates="volunteers")
    user: Mapped[User] = relationship()


class Sighting(db.Model):
    """One vehicle seen at or above the threshold in a session. Narrow on purpose (see the module)."""

    __tablename__ = "speedwatch_sighting"
    __table_args__ = (
        sa.Index("ix_speedwatch_sighting_session", "session_id"),
        sa.Index("ix_speedwatch_sighting_plate", "registration", "observed_at"),
        sa.CheckConstraint("speed > 0 AND speed <= 250", name="speed"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True)
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_session.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    speed: Mapped[int] = mapped_column(sa.SmallInteger)
    registration: Mapped[str] = mapped_column(sa.String(REGISTRATION_MAX_CHARS))
    make: Mapped[str] = mapped_column(sa.String(MAKE_MAX_CHARS))
    model: Mapped[str | None] = mapped_column(sa.String(MODEL_MAX_CHARS))
    colour: Mapped[str] = mapped_column(sa.String(COLOUR_MAX_CHARS))
    direction: Mapped[Direction | None] = mapped_column(enum_column(Direction))
    status: Mapped[SightingStatus] = mapped_column(enum_column(SightingStatus), default=SightingStatus.RECORDED)
    rejection_reason: Mapped[RejectionReason | None] = mapped_column(enum_column(RejectionReason))

    session: Mapped[SpeedwatchSession] = relationship()

    def __repr__(self) -> str:
        return f"<Sighting {self.id} {self.status}>"


class SessionReview(DecisionRecord, db.Model):
    """An officer's review of a submitted session: how many sightings they accepted and rejected."""

    __tablename__ = "speedwatch_session_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_session.id"), index=True)
    accepted_count: Mapped[int] = mapped_column(default=0)
    rejected_count: Mapped[int] = mapped_column(default=0)

    session: Mapped[SpeedwatchSession] = relationship(back_populates="reviews")


class SessionIdempotency(db.Model):
    """A batch of sightings the API stored, by the key its client sent: a retry is answered from here."""

    __tablename__ = "speedwatch_idempotency"
    __table_args__ = (sa.UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    key: Mapped[str] = mapped_column(sa.String(100))
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_session.id"), index=True)
    body_digest: Mapped[str] = mapped_column(sa.String(64))
    response: Mapped[dict] = mapped_column(sa.JSON)
    status_code: Mapped[int] = mapped_column(sa.SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class Tally(db.Model):
    """Accepted sightings of a reviewed session, counted by local day of week, hour and 5 mph band.

    Written when the session is reviewed (and rewritten when an objection voids a sighting);
    retention deletes sightings but never these, so the statistics and public pages keep their
    figures.
    """

    __tablename__ = "speedwatch_tally"
    __table_args__ = (sa.Index("ix_speedwatch_tally_site", "site_id", "session_id"),)

    session_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_session.id"), primary_key=True)
    weekday: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    hour: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    band: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_site.id"))
    vehicles: Mapped[int] = mapped_column(default=0)
    # Of those, how many were of a plate already seen in the escalation window.
    repeats: Mapped[int] = mapped_column(default=0)
    top_speed: Mapped[int] = mapped_column(sa.SmallInteger, default=0)


class LetterBatch(db.Model):
    """Letters handed together to the force's mail-merge; marking the batch sent marks them all."""

    __tablename__ = "speedwatch_letter_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))

    letters: Mapped[list["Letter"]] = relationship(back_populates="batch", order_by="Letter.id")


class Letter(db.Model):
    """What an accepted sighting led to for its plate: an advisory or warning letter, or a referral.

    The sighting's facts (when, where, how fast) are copied here so that the letter, the batch CSV
    and the objection page read one row. The keeper's name and address are never stored: an
    officer types them when printing.
    """

    __tablename__ = "speedwatch_letter"
    __table_args__ = (
        sa.Index("ix_speedwatch_letter_status", "area_id", "status", "created_at"),
        sa.Index("ix_speedwatch_letter_plate", "force_id", "registration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(sa.String(LETTER_REFERENCE_CHARS), unique=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    sighting_id: Mapped[int | None] = mapped_column(
        sa.BigInteger().with_variant(sa.Integer, "sqlite"), sa.ForeignKey("speedwatch_sighting.id"), unique=True
    )
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_site.id"))
    registration: Mapped[str] = mapped_column(sa.String(REGISTRATION_MAX_CHARS))
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    speed: Mapped[int] = mapped_column(sa.SmallInteger)
    speed_limit: Mapped[int] = mapped_column(sa.SmallInteger)
    stage: Mapped[LetterStage] = mapped_column(enum_column(LetterStage))
    status: Mapped[LetterStatus] = mapped_column(enum_column(LetterStatus), default=LetterStatus.DUE)
    batch_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speedwatch_letter_batch.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_reason: Mapped[str] = mapped_column(sa.Text, default="")
    # An enforcement referral stays open (and keeps its sighting from retention) until closed.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    site: Mapped[Site] = relationship()
    area: Mapped[Area] = relationship()
    batch: Mapped[LetterBatch | None] = relationship(back_populates="letters")
    sighting: Mapped[Sighting | None] = relationship()
    objections: Mapped[list["Objection"]] = relationship(back_populates="letter", order_by="Objection.id")

    def withdraw(self, reason: str) -> None:
        """Stop a letter that has not gone out (an objection upheld, a sighting no longer counted).

        A letter already sent stays as it was: the record shows what the driver received.
        """
        if self.status == LetterStatus.DUE:
            self.status = LetterStatus.WITHDRAWN
            self.withdrawn_reason = reason

    @property
    def is_open_referral(self) -> bool:
        return self.stage == LetterStage.REFERRAL and self.status != LetterStatus.WITHDRAWN and self.closed_at is None


class Objection(db.Model):
    """A letter's recipient saying it is wrong, made on the public page with its reference and plate."""

    __tablename__ = "speedwatch_objection"
    __table_args__ = (sa.Index("ix_speedwatch_objection_queue", "area_id", "status", "submitted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_letter.id"), index=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    ground: Mapped[ObjectionGround] = mapped_column(enum_column(ObjectionGround))
    explanation: Mapped[str] = mapped_column(sa.Text)
    # Only to tell the objector the outcome; optional, and deleted with the objection.
    contact_email: Mapped[str] = mapped_column(sa.String(254), default="")
    status: Mapped[ObjectionStatus] = mapped_column(enum_column(ObjectionStatus), default=ObjectionStatus.PENDING)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    letter: Mapped[Letter] = relationship(back_populates="objections")
    area: Mapped[Area] = relationship()
    decisions: Mapped[list["ObjectionDecision"]] = relationship(
        back_populates="objection", order_by="ObjectionDecision.id"
    )

    @property
    def force_id(self) -> int:
        """The letter's force: the objection and its decision are in that force's audit chain."""
        return self.letter.force_id

    def is_authored_by(self, user: User) -> bool:
        """Objections come from the public, never from a signed-in officer."""
        return False

    def may_become(self, status: ObjectionStatus) -> bool:
        return self.status == ObjectionStatus.PENDING and status != ObjectionStatus.PENDING


class ObjectionDecision(DecisionRecord, db.Model):
    """An officer's decision on an objection, with the reason the objector is told."""

    __tablename__ = "speedwatch_objection_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    objection_id: Mapped[int] = mapped_column(sa.ForeignKey("speedwatch_objection.id"), index=True)
    upheld: Mapped[bool] = mapped_column()

    objection: Mapped[Objection] = relationship(back_populates="decisions")


class LetterTemplate(db.Model):
    """A force's own wording of one stage's letter; without one, the stage's default wording is used."""

    __tablename__ = "speedwatch_letter_template"
    __table_args__ = (sa.UniqueConstraint("force_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    stage: Mapped[LetterStage] = mapped_column(enum_column(LetterStage))
    subject: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    updated_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
