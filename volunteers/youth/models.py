"""Youth Commission data. Each part of the scheme keeps its tables in a section of its own below."""

import enum
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import (
    CHECK_DETAIL_MAX_CHARS,
    EMAIL_MAX_CHARS,
    NAME_MAX_CHARS,
    REASON_MAX_CHARS,
    Area,
    Force,
    Membership,
    OneTimeToken,
    Scheme,
    User,
    VettingCheck,
)
from volunteers.review import DecisionRecord

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


class BelongsWith:
    """A record that belongs wherever its parent does: its scheme, area and force are the parent's,
    so the shared rules and the audit trail place it without knowing it. `parent` names the
    relationship to that parent."""

    parent: str

    @property
    def scheme_id(self) -> int:
        return getattr(self, self.parent).scheme_id

    @property
    def area_id(self) -> int:
        return getattr(self, self.parent).area_id

    @property
    def force_id(self) -> int:
        return getattr(self, self.parent).force_id


class GuardianAnswer:
    """What every request to a guardian keeps: where it stands, who asked and when, and the
    guardian's answer with any words they chose to add (when refusing or withdrawing)."""

    status: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus), default=ConsentStatus.REQUESTED)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    guardian_words: Mapped[str] = mapped_column(sa.Text, default="")

    @declared_attr
    def requested_by_id(cls) -> Mapped[int | None]:  # noqa: N805 (SQLAlchemy passes the class)
        return mapped_column(sa.ForeignKey("user_account.id"))


class GuardianConsent(BelongsWith, GuardianAnswer, db.Model):
    """The guardian of an under-18 member, and where their consent to the membership stands.

    One row per membership: asking again (a new guardian, a lost email) updates it and issues a new
    link. The consent itself counts as the membership's GUARDIAN_CONSENT vetting check (`check`),
    so the shared checklist decides whether the membership may become active.
    """

    __tablename__ = "youth_guardian_consent"
    parent = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), unique=True)
    guardian_name: Mapped[str] = mapped_column(sa.String(NAME_MAX_CHARS))
    guardian_email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_CHARS))
    check_id: Mapped[int | None] = mapped_column(sa.ForeignKey("vetting_check.id"))

    membership: Mapped[Membership] = relationship()
    check: Mapped[VettingCheck | None] = relationship()


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


class EventConsent(BelongsWith, GuardianAnswer, db.Model):
    """A guardian's answer about one event for one under-18 member, asked through a one-time link."""

    __tablename__ = "youth_event_consent"
    __table_args__ = (sa.UniqueConstraint("event_id", "membership_id"),)
    parent = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_event.id"), index=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    # The link of the latest request; asking again replaces it and cancels the old one.
    token_id: Mapped[int | None] = mapped_column(sa.ForeignKey("one_time_token.id"), unique=True)

    event: Mapped[YouthEvent] = relationship(back_populates="consents")
    membership: Mapped[Membership] = relationship()
    token: Mapped[OneTimeToken | None] = relationship()


class EventAttendance(BelongsWith, db.Model):
    """A member registered for an event and, once it has happened, whether they attended."""

    __tablename__ = "youth_event_attendance"
    __table_args__ = (sa.UniqueConstraint("event_id", "membership_id"),)
    parent = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_event.id"), index=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    registered_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attendance_recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))

    event: Mapped[YouthEvent] = relationship(back_populates="attendances")
    membership: Mapped[Membership] = relationship()


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


class MentoringPairing(BelongsWith, db.Model):
    """A commissioner and an officer paired for reverse mentoring, until one ends it with a reason."""

    __tablename__ = "youth_mentoring_pairing"
    parent = "membership"

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
        return self.commissioner.first_name

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


class MentoringMeeting(BelongsWith, db.Model):
    """One meeting of a pairing, logged by either side; its time counts as the commissioner's hours."""

    __tablename__ = "youth_mentoring_meeting"
    parent = "pairing"

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


# --- Consultations and recommendations
# A commission consults young people (topic, dates, methods, how many were reached, themes and
# anonymous quotes), then recommends something to the police, citing its consultations. The
# facilitator checks every quote before it is used and approves every recommendation before it
# is sent; the addressed officers then owe a response by a deadline, then progress updates.

TOPIC_MAX_CHARS = 200
TITLE_MAX_CHARS = 200
DETAIL_MAX_CHARS = 10_000
THEMES_MAX_CHARS = 2000
QUOTE_MAX_CHARS = 1000
OWNER_MAX_CHARS = 200
NOTE_MAX_CHARS = 5000
REACHED_MAX = 1_000_000


class ConsultationMethod(enum.StrEnum):
    SURVEY = "survey"
    WORKSHOP = "workshop"
    FOCUS_GROUP = "focus_group"
    STREET_CONVERSATIONS = "street_conversations"
    ONLINE = "online"
    OTHER = "other"


class QuoteStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    WITHDRAWN = "withdrawn"


class Addressee(enum.StrEnum):
    AREA = "area"
    FORCE = "force"


class RecommendationStatus(enum.StrEnum):
    SUBMITTED = "submitted"  # drafted by a member, awaiting the facilitator
    RETURNED = "returned"  # the facilitator sent it back with a reason, for the member to change
    SENT = "sent"  # approved and sent: the police owe a response by the deadline
    RESPONDED = "responded"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    CLOSED = "closed"


RECOMMENDATION_TRANSITIONS: dict[RecommendationStatus, frozenset[RecommendationStatus]] = {
    RecommendationStatus.SUBMITTED: frozenset({RecommendationStatus.RETURNED, RecommendationStatus.SENT}),
    RecommendationStatus.RETURNED: frozenset({RecommendationStatus.SUBMITTED}),
    RecommendationStatus.SENT: frozenset({RecommendationStatus.RESPONDED}),
    RecommendationStatus.RESPONDED: frozenset(
        {RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED, RecommendationStatus.CLOSED}
    ),
    RecommendationStatus.IN_PROGRESS: frozenset(
        {RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED, RecommendationStatus.CLOSED}
    ),
    RecommendationStatus.IMPLEMENTED: frozenset(),
    RecommendationStatus.CLOSED: frozenset(),
}
# After the response, the statuses a progress update may move a recommendation to.
PROGRESS_STATUSES = (RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED, RecommendationStatus.CLOSED)


class ResponseOutcome(enum.StrEnum):
    ACCEPTED = "accepted"
    PARTLY_ACCEPTED = "partly_accepted"
    NOT_ACCEPTED = "not_accepted"


# Outcomes the police must explain.
OUTCOMES_NEEDING_REASON = frozenset({ResponseOutcome.PARTLY_ACCEPTED, ResponseOutcome.NOT_ACCEPTED})


recommendation_evidence = sa.Table(
    "youth_recommendation_evidence",
    db.metadata,
    sa.Column("recommendation_id", sa.ForeignKey("youth_recommendation.id"), primary_key=True),
    sa.Column("consultation_id", sa.ForeignKey("youth_consultation.id"), primary_key=True),
)
recommendation_quotes = sa.Table(
    "youth_recommendation_quote",
    db.metadata,
    sa.Column("recommendation_id", sa.ForeignKey("youth_recommendation.id"), primary_key=True),
    sa.Column("quote_id", sa.ForeignKey("youth_consultation_quote.id"), primary_key=True),
)


class Consultation(db.Model):
    """What a commission asked young people, how, how many it reached, and what it heard."""

    __tablename__ = "youth_consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"), index=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    topic: Mapped[str] = mapped_column(sa.String(TOPIC_MAX_CHARS))
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ends_on: Mapped[date] = mapped_column(sa.Date)
    methods: Mapped[list] = mapped_column(sa.JSON, default=list)
    young_people_reached: Mapped[int] = mapped_column()
    themes: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    recorded_by: Mapped[User] = relationship()
    quotes: Mapped[list["ConsultationQuote"]] = relationship(
        back_populates="consultation", order_by="ConsultationQuote.id"
    )

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    @property
    def approved_quotes(self) -> list["ConsultationQuote"]:
        return [quote for quote in self.quotes if quote.is_usable]


class ConsultationQuote(BelongsWith, db.Model):
    """Something a young person said, kept anonymous: screened by the guard for names and
    identifying details, and usable only once the facilitator has checked it."""

    __tablename__ = "youth_consultation_quote"
    parent = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_consultation.id"), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    # The guard's flags on the text as it stands, each {"kind": ..., "evidence": [...]}.
    flags: Mapped[list] = mapped_column(sa.JSON, default=list)
    status: Mapped[QuoteStatus] = mapped_column(enum_column(QuoteStatus), default=QuoteStatus.PENDING)
    added_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    checked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    consultation: Mapped[Consultation] = relationship(back_populates="quotes")

    @property
    def is_usable(self) -> bool:
        return self.status == QuoteStatus.APPROVED


class Recommendation(db.Model):
    """A commission's recommendation to the police of its area, or to the whole force."""

    __tablename__ = "youth_recommendation"
    __table_args__ = (
        sa.Index("ix_youth_recommendation_queue", "area_id", "status", "addressee", "response_due_at"),
        sa.Index("ix_youth_recommendation_scheme", "scheme_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    addressee: Mapped[Addressee] = mapped_column(enum_column(Addressee), default=Addressee.AREA)
    title: Mapped[str] = mapped_column(sa.String(TITLE_MAX_CHARS))
    detail: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[RecommendationStatus] = mapped_column(
        enum_column(RecommendationStatus), default=RecommendationStatus.SUBMITTED
    )
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The facilitator's last reason for returning it, shown to the member until it is sent.
    returned_reason: Mapped[str] = mapped_column(sa.Text, default="")
    approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    response_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    consultations: Mapped[list[Consultation]] = relationship(
        secondary=recommendation_evidence, order_by="Consultation.starts_on"
    )
    quotes: Mapped[list[ConsultationQuote]] = relationship(
        secondary=recommendation_quotes, order_by="ConsultationQuote.id"
    )
    responses: Mapped[list["RecommendationResponse"]] = relationship(
        back_populates="recommendation", order_by="RecommendationResponse.id"
    )
    updates: Mapped[list["RecommendationUpdate"]] = relationship(
        back_populates="recommendation", order_by="RecommendationUpdate.id"
    )

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    @property
    def response(self) -> "RecommendationResponse | None":
        return self.responses[-1] if self.responses else None

    @property
    def awaits_response(self) -> bool:
        return self.status == RecommendationStatus.SENT

    def is_authored_by(self, user: User) -> bool:
        return self.author_id == user.id

    def may_become(self, status: RecommendationStatus) -> bool:
        return status in RECOMMENDATION_TRANSITIONS[self.status]

    def is_overdue_at(self, moment: datetime) -> bool:
        """Still unanswered after its deadline."""
        return self.awaits_response and self.response_due_at is not None and self.response_due_at < moment

    def answered_on_time(self) -> bool | None:
        """Whether the police responded by the deadline; None while no response is due or given."""
        if self.responded_at is None or self.response_due_at is None:
            return None
        return self.responded_at <= self.response_due_at


class RecommendationResponse(DecisionRecord, db.Model):
    """The police's response: the outcome, the reason (required unless accepted), the action plan,
    who owns it and by when."""

    __tablename__ = "youth_recommendation_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_recommendation.id"), index=True)
    outcome: Mapped[ResponseOutcome] = mapped_column(enum_column(ResponseOutcome))
    action_plan: Mapped[str] = mapped_column(sa.Text, default="")
    owner: Mapped[str] = mapped_column(sa.String(OWNER_MAX_CHARS), default="")
    due_on: Mapped[date | None] = mapped_column(sa.Date)

    recommendation: Mapped[Recommendation] = relationship(back_populates="responses")
    comments: Mapped[list["ResponseComment"]] = relationship(back_populates="response", order_by="ResponseComment.id")


class RecommendationUpdate(db.Model):
    """A progress update on a response, until the recommendation is implemented or closed."""

    __tablename__ = "youth_recommendation_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_recommendation.id"), index=True)
    note: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[RecommendationStatus] = mapped_column(enum_column(RecommendationStatus))
    written_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    recommendation: Mapped[Recommendation] = relationship(back_populates="updates")
    written_by: Mapped[User] = relationship()


class ResponseComment(db.Model):
    """What the commission (a member or the facilitator) says about the police's response."""

    __tablename__ = "youth_response_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_recommendation_response.id"), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    response: Mapped[RecommendationResponse] = relationship(back_populates="comments")
    author: Mapped[User] = relationship()


class ResponseReminder(db.Model):
    """That the reminder at one threshold (days from the deadline: -7 before, 0 on the day, 7
    after) was sent about one recommendation. The unique constraint means never twice, even when
    two runs of `flask reminders send` overlap."""

    __tablename__ = "youth_response_reminder"
    __table_args__ = (sa.UniqueConstraint("recommendation_id", "days_from_deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(sa.ForeignKey("youth_recommendation.id"))
    days_from_deadline: Mapped[int] = mapped_column()
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recipients: Mapped[int] = mapped_column(default=0)
