"""Transparency data: the published figures (a summary table the public pages read, rebuilt by
`flask transparency refresh`), "you said, we did" entries awaiting or given an officer's approval,
and each area's population profile for the representation comparison."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db
from volunteers.models import Area, User

ENTRY_PART_MAX_CHARS = 1000
SOURCE_MAX_CHARS = 200


class PublicFigure(db.Model):
    """One published figure: a measure of one scheme kind, for an area (or the whole force when
    `area_id` is NULL), for a month (or the whole period when `month` is NULL).

    Only ever written by the refresh, which replaces a force's rows in one transaction; the pages
    read these rows and never the schemes' own tables.
    """

    __tablename__ = "public_monthly_figure"
    __table_args__ = (
        sa.Index("ix_public_monthly_figure_force", "force_id", "area_id", "scheme_kind", "measure", "month"),
        sa.Index("ix_public_monthly_figure_area", "area_id", "scheme_kind", "measure", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    area_id: Mapped[int | None] = mapped_column(sa.ForeignKey("area.id"))
    month: Mapped[date | None] = mapped_column(sa.Date)
    scheme_kind: Mapped[str] = mapped_column(sa.String(32))
    measure: Mapped[str] = mapped_column(sa.String(64))
    value: Mapped[float] = mapped_column(sa.Float)
    # Held back, though not small, so that a small figure cannot be worked out by subtraction.
    withheld: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class FiguresRefresh(db.Model):
    """When a force's figures were last worked out, and the first month they cover."""

    __tablename__ = "public_figures_refresh"

    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), primary_key=True)
    refreshed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_month: Mapped[date] = mapped_column(sa.Date)


class EntryStatus(enum.StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    DECLINED = "declined"


class YouSaidWeDid(db.Model):
    """A "you said, we did" entry for an area: what people raised and what the police did.

    Written by an officer of the area or an admin of its force, published only once another
    officer of the area approves it.
    """

    __tablename__ = "you_said_we_did"
    __table_args__ = (
        sa.Index("ix_you_said_we_did_area", "area_id", "status", "decided_at"),
        sa.Index("ix_you_said_we_did_force", "force_id", "status", "decided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"))
    you_said: Mapped[str] = mapped_column(sa.Text)
    we_did: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[EntryStatus] = mapped_column(enum_column(EntryStatus), default=EntryStatus.AWAITING_APPROVAL)
    written_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str] = mapped_column(sa.Text, default="")

    area: Mapped[Area] = relationship()
    written_by: Mapped[User] = relationship(foreign_keys=[written_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])

    def is_authored_by(self, user: User) -> bool:
        return self.written_by_id == user.id


class PopulationProfile(db.Model):
    """An area's population, in the categories of the equality questions: for each question, the
    share (per cent) of the area's people giving each answer, as an admin entered it from the census."""

    __tablename__ = "area_population_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"), unique=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), index=True)
    source: Mapped[str] = mapped_column(sa.String(SOURCE_MAX_CHARS), default="")
    # {question: {answer: per cent}}; an answer left blank is absent.
    shares: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    updated_by_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    area: Mapped[Area] = relationship()
