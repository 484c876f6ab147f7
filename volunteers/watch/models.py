"""Neighbourhood Watch data: reports with their versions, flags, targets, decisions and photos;
the redacted summaries officers share; and the alerts officers send.

A report's reviewable life is data: REPORT_TRANSITIONS says which status may follow which, and the
services refuse anything else.
"""

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import Area, Scheme, User
from volunteers.review import DecisionRecord

# Limits of what people type, each defined once: the columns, services, forms and API read them
# here. (How long a report's description may be is a force setting: watch_description_max_chars.)
LOCATION_MAX_CHARS = 200
MAP_POINT_INPUT_MAX_CHARS = 60
POLICE_REFERENCE_MAX_CHARS = 40
REPLY_MAX_CHARS = 3000
WITHDRAWAL_REASON_MAX_CHARS = 3000
MESSAGE_MAX_CHARS = 3000
REFERRED_TO_MAX_CHARS = 200
SUMMARY_MAX_CHARS = 1000
ALERT_TITLE_MAX_CHARS = 150
ALERT_BODY_MAX_CHARS = 5000


class ReportCategory(enum.StrEnum):
    SUSPICIOUS_ACTIVITY = "suspicious_activity"
    ANTI_SOCIAL_BEHAVIOUR = "anti_social_behaviour"
    VEHICLE_CRIME = "vehicle_crime"
    BURGLARY_CONCERN = "burglary_concern"
    ENVIRONMENTAL = "environmental"
    OTHER = "other"


class ReportStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    NEEDS_MORE_INFORMATION = "needs_more_information"
    ACTIONED = "actioned"
    REFERRED = "referred"
    NO_FURTHER_ACTION = "no_further_action"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Decision(enum.StrEnum):
    """What an officer may decide on a report awaiting review."""

    ACTIONED = "actioned"
    REFERRED = "referred"
    NO_FURTHER_ACTION = "no_further_action"
    NEEDS_MORE_INFORMATION = "needs_more_information"
    REJECTED = "rejected"

    @property
    def closes(self) -> bool:
        return self != Decision.NEEDS_MORE_INFORMATION

    @property
    def status(self) -> ReportStatus:
        return ReportStatus(self.value)


class RejectionGround(enum.StrEnum):
    MALICIOUS = "malicious"
    DISCRIMINATORY = "discriminatory"
    UNFOUNDED = "unfounded"


class VictimRole(enum.StrEnum):
    """Whom what was reported happened to, for spotting repeat victims."""

    NONE = "none"
    REPORTER = "reporter"
    SOMEONE_ELSE = "someone_else"


# The lifecycle as data. A correction before review keeps a report `submitted`; a reply to an
# officer's question sends it back to `submitted`; decided and withdrawn reports are final.
REPORT_TRANSITIONS: dict[ReportStatus, frozenset[ReportStatus]] = {
    ReportStatus.SUBMITTED: frozenset(
        {
            ReportStatus.SUBMITTED,
            ReportStatus.NEEDS_MORE_INFORMATION,
            ReportStatus.ACTIONED,
            ReportStatus.REFERRED,
            ReportStatus.NO_FURTHER_ACTION,
            ReportStatus.REJECTED,
            ReportStatus.WITHDRAWN,
        }
    ),
    ReportStatus.NEEDS_MORE_INFORMATION: frozenset({ReportStatus.SUBMITTED, ReportStatus.WITHDRAWN}),
    ReportStatus.ACTIONED: frozenset(),
    ReportStatus.REFERRED: frozenset(),
    ReportStatus.NO_FURTHER_ACTION: frozenset(),
    ReportStatus.REJECTED: frozenset(),
    ReportStatus.WITHDRAWN: frozenset(),
}

# Closed reports whose outcome may be summarised for the scheme or the public.
SHAREABLE_STATUSES = frozenset({ReportStatus.ACTIONED, ReportStatus.REFERRED, ReportStatus.NO_FURTHER_ACTION})


class Report(db.Model):
    """What a member saw, as they last wrote it, and where it is in review.

    `area_id` repeats the scheme's area so that an officer's queue is one indexed query.
    """

    __tablename__ = "watch_report"
    __table_args__ = (
        sa.Index("ix_watch_report_queue", "area_id", "status", "submitted_at"),
        sa.Index("ix_watch_report_reporter", "reporter_id", "submitted_at"),
        sa.Index("ix_watch_report_victim", "victim_key", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"), index=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    reporter_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    category: Mapped[ReportCategory] = mapped_column(enum_column(ReportCategory))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(sa.String(LOCATION_MAX_CHARS))
    # Optional: "51.50340, -0.12760" or an Ordnance Survey grid reference, normalised.
    map_point: Mapped[str] = mapped_column(sa.String(40), default="")
    description: Mapped[str] = mapped_column(sa.Text)
    police_reference: Mapped[str] = mapped_column(sa.String(POLICE_REFERENCE_MAX_CHARS), default="")
    victim: Mapped[VictimRole] = mapped_column(enum_column(VictimRole), default=VictimRole.NONE)
    repeat_victim_declared: Mapped[bool] = mapped_column(default=False)
    # Who or where the victim is ("reporter:12", "address:14 easington way"); "" when no victim.
    victim_key: Mapped[str] = mapped_column(sa.String(220), default="")
    # Reports about the same victim in the repeat-victim window when this one was last screened.
    victim_report_count: Mapped[int] = mapped_column(default=1)
    repeat_victim_detected: Mapped[bool] = mapped_column(default=False)
    # An officer's judgement, which overrides the reporter's word and the count: True (marked),
    # False (unmarked), None (no officer has judged). Who, when and why are kept with it.
    repeat_victim_marked: Mapped[bool | None] = mapped_column()
    repeat_victim_marked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    repeat_victim_marked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    repeat_victim_mark_reason: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[ReportStatus] = mapped_column(enum_column(ReportStatus), default=ReportStatus.SUBMITTED)
    urgent: Mapped[bool] = mapped_column(default=False)
    # An officer's own view of the urgency, which then outlasts the guard's on later corrections;
    # None leaves it to the guard.
    urgency_set_by_officer: Mapped[bool | None] = mapped_column()
    flag_count: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawal_reason: Mapped[str] = mapped_column(sa.Text, default="")

    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    reporter: Mapped[User] = relationship(foreign_keys=[reporter_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
    repeat_victim_marked_by: Mapped[User | None] = relationship(foreign_keys=[repeat_victim_marked_by_id])
    flags: Mapped[list["ReportFlag"]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportFlag.id"
    )
    targets: Mapped[list["ReportTarget"]] = relationship(back_populates="report", cascade="all, delete-orphan")
    versions: Mapped[list["ReportVersion"]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportVersion.number"
    )
    decisions: Mapped[list["ReportDecision"]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportDecision.id"
    )
    photos: Mapped[list["ReportPhoto"]] = relationship(back_populates="report", order_by="ReportPhoto.id")
    summary: Mapped["WatchSummary | None"] = relationship(back_populates="report")

    @property
    def force_id(self) -> int:
        return self.area.force_id

    def is_authored_by(self, user: User) -> bool:
        return self.reporter_id == user.id

    @property
    def is_repeat_victim(self) -> bool:
        """An officer's mark decides; without one, the reporter's word or the count of reports."""
        if self.repeat_victim_marked is not None:
            return self.repeat_victim_marked
        return self.repeat_victim_declared or self.repeat_victim_detected

    @property
    def is_open(self) -> bool:
        return self.status in (ReportStatus.SUBMITTED, ReportStatus.NEEDS_MORE_INFORMATION)

    @property
    def latest_decision(self) -> "ReportDecision | None":
        return self.decisions[-1] if self.decisions else None

    @property
    def final_decision(self) -> "ReportDecision | None":
        decision = self.latest_decision
        return decision if decision is not None and decision.decision.closes else None

    def flag_kinds(self) -> list[str]:
        return [flag.kind for flag in self.flags]

    def may_become(self, status: ReportStatus) -> bool:
        return status in REPORT_TRANSITIONS[self.status]

    def __repr__(self) -> str:
        return f"<Report {self.id} {self.status}>"


# Flagged by the guard, written with the 0 in the SQL (not a parameter) so that the officers' queue
# orders by the very expression the index below holds.
REPORT_FLAGGED = Report.flag_count > sa.literal_column("0")
# The officers' queue reads an area's waiting reports in its order: urgent, flagged, oldest.
sa.Index(
    "ix_watch_report_queue_order",
    Report.area_id,
    Report.status,
    Report.urgent.desc(),
    # REPORT_FLAGGED, as PostgreSQL gives it back (so that the migrations' check finds it the same).
    sa.text("(flag_count > 0) DESC"),
    Report.submitted_at,
    Report.id,
)


class ReportVersion(db.Model):
    """What the reporter wrote at one point: the first submission, each correction, each reply.

    Kept so that an officer sees how a report changed before review, and with which flags.
    """

    __tablename__ = "watch_report_version"
    __table_args__ = (sa.UniqueConstraint("report_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_report.id"), index=True)
    number: Mapped[int] = mapped_column()
    category: Mapped[ReportCategory] = mapped_column(enum_column(ReportCategory))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(sa.String(LOCATION_MAX_CHARS))
    map_point: Mapped[str] = mapped_column(sa.String(40), default="")
    description: Mapped[str] = mapped_column(sa.Text)
    police_reference: Mapped[str] = mapped_column(sa.String(POLICE_REFERENCE_MAX_CHARS), default="")
    # The reporter's answer to an officer's request for more information, when this version is one.
    reply: Mapped[str] = mapped_column(sa.Text, default="")
    flags: Mapped[list] = mapped_column(sa.JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    report: Mapped[Report] = relationship(back_populates="versions")


class ReportFlag(db.Model):
    """One thing the guard found in the report as it stands, with the words or facts that show it."""

    __tablename__ = "watch_report_flag"
    __table_args__ = (sa.Index("ix_watch_report_flag_kind", "kind", "report_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_report.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    evidence: Mapped[list] = mapped_column(sa.JSON, default=list)

    report: Mapped[Report] = relationship(back_populates="flags")

    def as_dict(self) -> dict:
        return {"kind": self.kind, "evidence": list(self.evidence)}


class ReportTarget(db.Model):
    """A house, person or plate a report names, as the guard keys it ("address:14 easington way").

    The area, time and reporter are repeated here so that "who else named this in the last 30
    days" is one query on one index.
    """

    __tablename__ = "watch_report_target"
    __table_args__ = (sa.Index("ix_watch_report_target_lookup", "area_id", "key", "reported_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_report.id"), index=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    key: Mapped[str] = mapped_column(sa.String(200))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reporter_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))

    report: Mapped[Report] = relationship(back_populates="targets")


class ReportDecision(DecisionRecord, db.Model):
    """An officer's decision on a report: what, why, what the reporter was told, by whom and when.

    A request for more information is a decision too; a report may have several before it closes.
    """

    __tablename__ = "watch_report_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_report.id"), index=True)
    decision: Mapped[Decision] = mapped_column(enum_column(Decision))
    # The outcome for the reporter, or the question put to them.
    message: Mapped[str] = mapped_column(sa.Text)
    referred_to: Mapped[str] = mapped_column(sa.String(REFERRED_TO_MAX_CHARS), default="")
    rejection_ground: Mapped[RejectionGround | None] = mapped_column(enum_column(RejectionGround))
    # The flags the report had when decided, and the kinds the officer acknowledged.
    flags: Mapped[list] = mapped_column(sa.JSON, default=list)
    acknowledged_flags: Mapped[list] = mapped_column(sa.JSON, default=list)

    report: Mapped[Report] = relationship(back_populates="decisions")


class ReportPhoto(db.Model):
    """A photo, re-encoded without its metadata and kept under UPLOAD_DIR with a random name.

    It belongs to its uploader until the report it was chosen for is sent (`report_id` is null
    until then); unattached photos are deleted after a day.
    """

    __tablename__ = "watch_report_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int | None] = mapped_column(sa.ForeignKey("watch_report.id"), index=True)
    uploaded_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    stored_name: Mapped[str] = mapped_column(sa.String(64), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(32))
    width: Mapped[int] = mapped_column()
    height: Mapped[int] = mapped_column()
    size_bytes: Mapped[int] = mapped_column()
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    report: Mapped[Report | None] = relationship(back_populates="photos")
    uploaded_by: Mapped[User] = relationship()

    @property
    def extension(self) -> str:
        return "png" if self.content_type == "image/png" else "jpg"


class WatchSummary(db.Model):
    """An officer's redacted account of a closed report, for the scheme and/or the public, as it
    stands now: the scheme's and the public pages show only this.

    Written by the officer in their own words ("You said ... we did ..."); it never quotes the report.
    An officer may change it or withdraw it (which takes it off both pages); every text it has had,
    and each withdrawal, is kept in `versions`.
    """

    __tablename__ = "watch_summary"
    __table_args__ = (
        sa.Index("ix_watch_summary_scheme", "scheme_id", "shared_with_scheme", "created_at"),
        sa.Index("ix_watch_summary_area", "area_id", "published", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_report.id"), unique=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    you_said: Mapped[str] = mapped_column(sa.Text)
    we_did: Mapped[str] = mapped_column(sa.Text)
    shared_with_scheme: Mapped[bool] = mapped_column(default=False)
    published: Mapped[bool] = mapped_column(default=False)
    written_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The number of its latest version, when it last changed, and when it was withdrawn (if it is).
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    report: Mapped[Report] = relationship(back_populates="summary")
    scheme: Mapped[Scheme] = relationship()
    area: Mapped[Area] = relationship()
    written_by: Mapped[User] = relationship()
    versions: Mapped[list["WatchSummaryVersion"]] = relationship(
        back_populates="summary", cascade="all, delete-orphan", order_by="WatchSummaryVersion.number"
    )

    @property
    def force_id(self) -> int:
        return self.area.force_id


class SummaryChange(enum.StrEnum):
    SHARED = "shared"
    CHANGED = "changed"
    WITHDRAWN = "withdrawn"


class WatchSummaryVersion(db.Model):
    """A summary as it was at one point: first shared, changed (with why), or withdrawn (with why).

    Never edited: each change adds one, so the report's page shows what members and the public were
    told, and when, after any change.
    """

    __tablename__ = "watch_summary_version"
    __table_args__ = (sa.UniqueConstraint("summary_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    summary_id: Mapped[int] = mapped_column(sa.ForeignKey("watch_summary.id"), index=True)
    number: Mapped[int] = mapped_column()
    change: Mapped[SummaryChange] = mapped_column(enum_column(SummaryChange))
    you_said: Mapped[str] = mapped_column(sa.Text)
    we_did: Mapped[str] = mapped_column(sa.Text)
    shared_with_scheme: Mapped[bool] = mapped_column(default=False)
    published: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    written_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    summary: Mapped[WatchSummary] = relationship(back_populates="versions")
    written_by: Mapped[User] = relationship()


alert_scheme = sa.Table(
    "watch_alert_scheme",
    db.metadata,
    sa.Column("alert_id", sa.ForeignKey("watch_alert.id"), primary_key=True),
    sa.Column("scheme_id", sa.ForeignKey("scheme.id"), primary_key=True),
    sa.Index("ix_watch_alert_scheme_scheme", "scheme_id", "alert_id"),
)


class Alert(db.Model):
    """A message an officer sent to some or all schemes of one of their areas."""

    __tablename__ = "watch_alert"
    __table_args__ = (sa.Index("ix_watch_alert_area", "area_id", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    title: Mapped[str] = mapped_column(sa.String(ALERT_TITLE_MAX_CHARS))
    body: Mapped[str] = mapped_column(sa.Text)
    sent_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recipient_count: Mapped[int] = mapped_column(default=0)

    area: Mapped[Area] = relationship()
    sent_by: Mapped[User] = relationship()
    schemes: Mapped[list[Scheme]] = relationship(secondary=alert_scheme, order_by=Scheme.name)

    @property
    def force_id(self) -> int:
        return self.area.force_id
