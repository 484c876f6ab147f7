"""Volunteer hours, across every scheme: recorded per membership, totalled per member, scheme, area.

Hours arrive two ways:

* **automatically**, from the features that know how long someone gave: Speed Watch sessions and
  youth activities call `record_hours(...)` inside their own transaction with a `source` and a
  `source_ref` (for example `"speedwatch.session"`, `"42"`). The pair is unique per membership,
  so calling it again for the same session corrects the row instead of counting it twice;
* **logged** by a member, or by their coordinator, for other activities (leafleting, meetings,
  events, training) through `log_hours(...)`. There is no "patrol" activity: volunteers do not
  patrol.

A mistaken entry is voided with a reason, never deleted, so totals can be explained.
"""

import enum
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import Mapped, mapped_column, relationship

from volunteers import audit
from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import Membership, MembershipStatus, Scheme, User
from volunteers.permissions import coordinates, is_admin_of, may_submit_to, require
from volunteers.transaction import service

log = logging.getLogger(__name__)

LOGGED = "logged"
MAX_MINUTES_PER_ENTRY = 24 * 60
# How far back someone may log hours: long enough to catch up after a holiday, short enough
# that totals for a year are settled soon after it ends.
MAX_DAYS_BACK = 92


class HoursActivity(enum.StrEnum):
    SPEEDWATCH_SESSION = "speedwatch_session"
    YOUTH_ACTIVITY = "youth_activity"
    LEAFLETING = "leafleting"
    MEETING = "meeting"
    EVENT = "event"
    TRAINING = "training"
    OTHER = "other"


ACTIVITY_LABELS = {
    HoursActivity.SPEEDWATCH_SESSION: _l("Speed Watch session"),
    HoursActivity.YOUTH_ACTIVITY: _l("Youth Commission activity"),
    HoursActivity.LEAFLETING: _l("Leafleting"),
    HoursActivity.MEETING: _l("Meeting"),
    HoursActivity.EVENT: _l("Community event"),
    HoursActivity.TRAINING: _l("Training"),
    HoursActivity.OTHER: _l("Something else"),
}

# What people may log by hand; sessions and youth activities are recorded by their own features.
LOGGABLE_ACTIVITIES = (
    HoursActivity.LEAFLETING,
    HoursActivity.MEETING,
    HoursActivity.EVENT,
    HoursActivity.TRAINING,
    HoursActivity.OTHER,
)


class VolunteerHours(db.Model):
    """Time one member gave to one scheme on one day."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (
        sa.UniqueConstraint("membership_id", "source", "source_ref"),
        sa.CheckConstraint(f"minutes > 0 AND minutes <= {MAX_MINUTES_PER_ENTRY}", name="minutes_in_one_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    worked_on: Mapped[date] = mapped_column(sa.Date)
    minutes: Mapped[int]
    activity: Mapped[HoursActivity] = mapped_column(enum_column(HoursActivity))
    description: Mapped[str] = mapped_column(sa.String(200), default="")
    # "logged" for hours entered by hand; otherwise the feature that recorded them, with its own
    # reference (a session id, an activity id), which makes automatic recording idempotent.
    source: Mapped[str] = mapped_column(sa.String(40), default=LOGGED)
    source_ref: Mapped[str | None] = mapped_column(sa.String(80))
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    void_reason: Mapped[str] = mapped_column(sa.Text, default="")

    membership: Mapped[Membership] = relationship()
    recorded_by: Mapped[User | None] = relationship(foreign_keys=[recorded_by_id])

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
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def is_logged(self) -> bool:
        return self.source == LOGGED

    @property
    def activity_label(self) -> str:
        return str(ACTIVITY_LABELS[self.activity])


# --- Who may do what ---------------------------------------------------------------------------


def _log_hours(user: User, membership: Membership) -> bool:
    """A cleared member logs their own hours (it is a submission); a coordinator logs anyone's."""
    if membership.user_id == user.id:
        return may_submit_to(user, membership.scheme_id)
    return membership.status == MembershipStatus.ACTIVE and (
        coordinates(user, membership.scheme_id) or is_admin_of(user, membership.force_id)
    )


def _void_hours(user: User, entry: VolunteerHours) -> bool:
    """Only logged hours are voided here; the member may void their own, a coordinator anyone's."""
    if not entry.is_logged or entry.voided_at is not None:
        return False
    membership = entry.membership
    return membership.user_id == user.id or (
        coordinates(user, membership.scheme_id) or is_admin_of(user, membership.force_id)
    )


# --- Recording --------------------------------------------------------------------------------


def _minutes_problem(minutes: int) -> str | None:
    if minutes <= 0:
        return _("Enter the time you gave, more than 0 hours")
    if minutes > MAX_MINUTES_PER_ENTRY:
        return _("Enter no more than 24 hours for one day")
    return None


def record_hours(
    actor: User | None,
    membership: Membership,
    worked_on: date,
    minutes: int,
    activity: HoursActivity,
    *,
    source: str = LOGGED,
    source_ref: str | None = None,
    description: str = "",
) -> VolunteerHours:
    """Add hours to the caller's transaction (it commits); automatic sources are idempotent.

    Speed Watch and youth activities call this from their own services with a `source` and a
    `source_ref`: recording the same reference again updates the row (the session's length may
    have been corrected) rather than counting the time twice. The caller has already checked
    permissions; this function neither checks them nor commits.
    """
    problem = _minutes_problem(minutes)
    if problem:
        raise DomainError(problem, field="hours")
    if source != LOGGED and not source_ref:
        raise ValueError("automatic hours need a source reference")
    existing = None
    if source_ref is not None:
        existing = db.session.scalar(
            sa.select(VolunteerHours).where(
                VolunteerHours.membership_id == membership.id,
                VolunteerHours.source == source,
                VolunteerHours.source_ref == source_ref,
            )
        )
    if existing is not None:
        if (existing.worked_on, existing.minutes, existing.activity) == (worked_on, minutes, activity):
            return existing
        before = {"worked_on": existing.worked_on, "minutes": existing.minutes}
        existing.worked_on, existing.minutes, existing.activity = worked_on, minutes, activity
        audit.record(
            actor, "hours.corrected", existing, before=before, after={"worked_on": worked_on, "minutes": minutes}
        )
        return existing
    entry = VolunteerHours(
        membership=membership,
        worked_on=worked_on,
        minutes=minutes,
        activity=activity,
        description=description.strip()[:200],
        source=source,
        source_ref=source_ref,
        recorded_by_id=actor.id if actor else None,
    )
    db.session.add(entry)
    audit.record(
        actor,
        "hours.recorded",
        entry,
        after={
            "membership_id": membership.id,
            "worked_on": worked_on,
            "minutes": minutes,
            "activity": activity.value,
            "source": source,
            "source_ref": source_ref,
        },
    )
    return entry


@service
def log_hours(
    actor: User, membership: Membership, worked_on: date, minutes: int, activity: HoursActivity, description: str = ""
) -> VolunteerHours:
    """A member logs their own time, or a coordinator logs a member's, for an activity by hand."""
    require(actor, "hours.log", membership)
    today = date.today()
    if worked_on > today:
        raise DomainError(_("The date must be today or in the past"), field="worked_on")
    if worked_on < today - timedelta(days=MAX_DAYS_BACK):
        raise DomainError(
            _("Hours can be logged for the last %(days)d days only", days=MAX_DAYS_BACK), field="worked_on"
        )
    if activity not in LOGGABLE_ACTIVITIES:
        raise DomainError(_("Choose an activity from the list"), field="activity")
    description = (description or "").strip()
    if activity == HoursActivity.OTHER and not description:
        raise DomainError(_("Say what you did"), field="description")
    if len(description) > 200:
        raise DomainError(_("Use 200 characters or fewer"), field="description")
    entry = record_hours(actor, membership, worked_on, minutes, activity, description=description)
    log.info("hours %s logged for membership %s by user %s", entry.id, membership.id, actor.id)
    return entry


@service
def void_hours(actor: User, entry: VolunteerHours, reason: str) -> None:
    """Take a mistaken logged entry out of the totals, keeping it and the reason on record."""
    if entry.voided_at is not None:
        raise Conflict(_("These hours were already removed"))
    require(actor, "hours.void", entry)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Say why these hours are being removed"), field="reason")
    entry.voided_at = utcnow()
    entry.voided_by_id = actor.id
    entry.void_reason = reason
    audit.record(actor, "hours.voided", entry, reason=reason, before={"minutes": entry.minutes})


# --- Totals -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursPeriod:
    """A span of days, both ends included; None at an end means open."""

    since: date | None = None
    until: date | None = None

    @classmethod
    def year_to_date(cls, today: date) -> "HoursPeriod":
        return cls(date(today.year, 1, 1), today)


def _counted(period: HoursPeriod) -> list:
    conditions = [VolunteerHours.voided_at.is_(None)]
    if period.since is not None:
        conditions.append(VolunteerHours.worked_on >= period.since)
    if period.until is not None:
        conditions.append(VolunteerHours.worked_on <= period.until)
    return conditions


def minutes_by_member(scheme: Scheme, period: HoursPeriod = HoursPeriod()) -> dict[int, int]:
    """Minutes per membership of one scheme."""
    rows = db.session.execute(
        sa.select(VolunteerHours.membership_id, sa.func.sum(VolunteerHours.minutes))
        .join(Membership, Membership.id == VolunteerHours.membership_id)
        .where(Membership.scheme_id == scheme.id, *_counted(period))
        .group_by(VolunteerHours.membership_id)
    )
    return {membership_id: int(total) for membership_id, total in rows}


def minutes_for_membership(membership: Membership, period: HoursPeriod = HoursPeriod()) -> int:
    total = db.session.scalar(
        sa.select(sa.func.sum(VolunteerHours.minutes)).where(
            VolunteerHours.membership_id == membership.id, *_counted(period)
        )
    )
    return int(total or 0)


def minutes_by_scheme(scheme_ids: list[int], period: HoursPeriod = HoursPeriod()) -> dict[int, int]:
    """Minutes per scheme, for the schemes asked about."""
    if not scheme_ids:
        return {}
    rows = db.session.execute(
        sa.select(Membership.scheme_id, sa.func.sum(VolunteerHours.minutes))
        .join(Membership, Membership.id == VolunteerHours.membership_id)
        .where(Membership.scheme_id.in_(scheme_ids), *_counted(period))
        .group_by(Membership.scheme_id)
    )
    return {scheme_id: int(total) for scheme_id, total in rows}


def minutes_by_area(area_ids: list[int], period: HoursPeriod = HoursPeriod()) -> dict[int, int]:
    """Minutes per area, across all its schemes, for the areas asked about."""
    if not area_ids:
        return {}
    rows = db.session.execute(
        sa.select(Scheme.area_id, sa.func.sum(VolunteerHours.minutes))
        .join(Membership, Membership.id == VolunteerHours.membership_id)
        .join(Scheme, Scheme.id == Membership.scheme_id)
        .where(Scheme.area_id.in_(area_ids), *_counted(period))
        .group_by(Scheme.area_id)
    )
    return {area_id: int(total) for area_id, total in rows}


def entries_for(membership: Membership, limit: int = 50) -> list[VolunteerHours]:
    """A membership's most recent entries, voided ones included (they are shown struck out)."""
    return db.session.scalars(
        sa.select(VolunteerHours)
        .where(VolunteerHours.membership_id == membership.id)
        .order_by(VolunteerHours.worked_on.desc(), VolunteerHours.id.desc())
        .limit(limit)
    ).all()


def entries_of_user(user: User) -> list[VolunteerHours]:
    return db.session.scalars(
        sa.select(VolunteerHours)
        .join(Membership, Membership.id == VolunteerHours.membership_id)
        .where(Membership.user_id == user.id)
        .order_by(VolunteerHours.worked_on)
    ).all()


def as_hours(minutes: int) -> str:
    """Minutes written as hours for people: 90 → "1.5", 120 → "2"."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def export_hours(user: User) -> list[dict]:
    return [
        {
            "scheme_id": entry.membership.scheme_id,
            "worked_on": entry.worked_on.isoformat(),
            "minutes": entry.minutes,
            "activity": entry.activity.value,
            "description": entry.description,
            "source": entry.source,
            "recorded_at": entry.recorded_at.isoformat(),
            "voided_at": entry.voided_at.isoformat() if entry.voided_at else None,
            "void_reason": entry.void_reason,
        }
        for entry in entries_of_user(user)
    ]


RULES = {
    "hours.log": _log_hours,
    "hours.void": _void_hours,
}
