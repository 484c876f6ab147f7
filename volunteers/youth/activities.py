"""Youth Commission events: meetings, training days, ride-alongs, with a guardian's consent for each.

* A facilitator **creates** an event (kind, title, when it starts, how long it lasts).
* An under-18 member may take part only with their guardian's consent **for that event**, asked
  by email with a one-time link like the consent to join (asking again cancels the earlier link).
  Every such email also carries the guardian's link to withdraw consent altogether.
* The facilitator **registers** who is coming: an active member in good standing, and for an
  under-18 only with the event's consent (otherwise a `DomainError` says why).
* Once the event has started, the facilitator **records attendance**; that records the member's
  hours through `hours.record_hours` (source `youth.event`, reference the event's id), once.
"""

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from volunteers import audit, hours, mail, vetting
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, NotFound
from volunteers.extensions import db
from volunteers.local_time import local_date
from volunteers.models import Membership, MembershipRole, MembershipStatus, Scheme, SchemeKind, TokenPurpose, User
from volunteers.permissions import require
from volunteers.tokens import find_usable_token, issue_one_time_token
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.youth import consent as guardian_consent
from volunteers.youth.models import (
    EVENT_MAX_MINUTES,
    EVENT_TITLE_MAX_CHARS,
    ConsentStatus,
    EventAttendance,
    EventConsent,
    EventKind,
    YouthEvent,
)

log = logging.getLogger(__name__)

HOURS_SOURCE = "youth.event"


@dataclass(frozen=True)
class EventDetails:
    kind: EventKind | str | None
    title: str
    starts_at: datetime | None
    duration_minutes: int | None


def _checked(details: EventDetails, now: datetime) -> EventDetails:
    check = Checker()
    kind = check.choice(EventKind, details.kind, "kind", _("Choose what kind of event it is"))
    title = check.text(details.title, "title", limit=EVENT_TITLE_MAX_CHARS, missing=_("Enter a title for the event"))
    if details.starts_at is None:
        check.add("starts_at", _("Enter when the event starts"))
    elif details.starts_at < now - timedelta(days=hours.MAX_DAYS_BACK):
        check.add("starts_at", _("Enter an event from the last %(days)d days or later", days=hours.MAX_DAYS_BACK))
    minutes = details.duration_minutes
    if minutes is None or not 0 < minutes <= EVENT_MAX_MINUTES:
        check.add("duration", _("Enter how long it lasts, between a quarter of an hour and 24 hours"))
    check.done()
    return EventDetails(kind, title, details.starts_at, minutes)


def check_event(details: EventDetails) -> None:
    """Refuse an event's details with every problem at once, changing nothing."""
    _checked(details, utcnow())


@service
def create_event(actor: User, scheme: Scheme, details: EventDetails) -> YouthEvent:
    """A facilitator arranges an event for the commission."""
    require(actor, "youth.scheme.manage_events", scheme)
    details = _checked(details, utcnow())
    event = YouthEvent(
        scheme=scheme,
        kind=details.kind,
        title=details.title,
        starts_at=details.starts_at,
        duration_minutes=details.duration_minutes,
        created_by_id=actor.id,
    )
    db.session.add(event)
    db.session.flush()
    audit.record(
        actor,
        "youth.event_created",
        event,
        after={"kind": event.kind.value, "starts_at": event.starts_at, "duration_minutes": event.duration_minutes},
    )
    log.info("youth event %s created by user %s", event.id, actor.id)
    return event


# --- Consent for one event -------------------------------------------------------------------


def consent_for(event: YouthEvent, membership: Membership) -> EventConsent | None:
    return db.session.scalar(
        sa.select(EventConsent).where(EventConsent.event_id == event.id, EventConsent.membership_id == membership.id)
    )


def _member_of(event: YouthEvent, membership: Membership) -> None:
    if membership.scheme_id != event.scheme_id or membership.role != MembershipRole.MEMBER:
        raise NotFound(_("This person is not a member of the commission"))


@service
def ask_event_consent(actor: User, event: YouthEvent, membership: Membership) -> EventConsent:
    """Ask an under-18 member's guardian, by email with a one-time link, to consent to one event;
    asking again cancels the earlier link."""
    require(actor, "youth.event.manage", event)
    _member_of(event, membership)
    if not guardian_consent.needs_guardian_consent(membership, date.today()):
        raise Conflict(_("This member is not under 18: no guardian's consent is needed"))
    guardian = guardian_consent.consent_of(membership)
    if guardian is None or guardian.status != ConsentStatus.CONSENTED:
        raise Conflict(_("Their guardian has not consented to their membership yet: ask for that first"))
    if event.has_started_by(utcnow()):
        raise Conflict(_("This event has already started"))
    asked = consent_for(event, membership)
    if asked is not None and asked.status == ConsentStatus.CONSENTED:
        raise Conflict(_("Their guardian has already consented to this event"))
    if asked is None:
        asked = EventConsent(event=event, membership=membership)
        db.session.add(asked)
    elif asked.token is not None and asked.token.cancelled_at is None and asked.token.used_at is None:
        asked.token.cancelled_at = utcnow()
    days = guardian_consent.link_days(membership)
    token, secret = issue_one_time_token(TokenPurpose.EVENT_CONSENT, guardian.guardian_email, timedelta(days=days))
    token.created_by_id = actor.id
    asked.token = token
    asked.status, asked.requested_at, asked.requested_by_id = ConsentStatus.REQUESTED, utcnow(), actor.id
    asked.answered_at, asked.guardian_words = None, ""
    mail.queue(
        "youth/guardian_event_request",
        guardian.guardian_email,
        _("Your consent for %(name)s to attend: %(event)s", name=membership.user.display_name, event=event.title),
        guardian_name=guardian.guardian_name,
        member=membership.user,
        scheme=event.scheme,
        event=event,
        link=mail.absolute_url("youth_consent.answer_event", link=secret),
        withdraw_link=guardian_consent.withdrawal_link(membership, guardian.guardian_email),
        days=days,
    )
    db.session.flush()
    audit.record(actor, "youth.event_consent_asked", event, after={"membership_id": membership.id})
    return asked


def event_request_for_link(secret: str) -> EventConsent | None:
    """The event consent a guardian's link asks about, if the link still works."""
    token = find_usable_token(TokenPurpose.EVENT_CONSENT, secret)
    if token is None:
        return None
    return db.session.scalar(sa.select(EventConsent).where(EventConsent.token_id == token.id))


@service
def answer_event_request(secret: str, consents: bool | None, words: str = "") -> EventConsent:
    """A guardian consents to one event, or refuses, through the link they were emailed."""
    asked = event_request_for_link(secret)
    if asked is not None:
        db.session.refresh(asked.token, with_for_update=True)
    if asked is None or not asked.token.is_usable_at(utcnow()):
        raise NotFound(_("This link has expired or has already been used. Nothing has been changed."))
    if consents is None:
        raise Conflict(_("Choose whether you consent"), field="decision")
    words = guardian_consent.checked_words(words)
    asked.token.used_at = asked.answered_at = utcnow()
    asked.status = ConsentStatus.CONSENTED if consents else ConsentStatus.REFUSED
    asked.guardian_words = "" if consents else words
    audit.record(
        None,
        "youth.event_consented" if consents else "youth.event_consent_refused",
        asked.event,
        reason=asked.guardian_words,
        after={"membership_id": asked.membership_id},
    )
    return asked


# --- Who comes, and who came ------------------------------------------------------------------


def _attendance(event: YouthEvent, membership: Membership) -> EventAttendance | None:
    return db.session.scalar(
        sa.select(EventAttendance).where(
            EventAttendance.event_id == event.id, EventAttendance.membership_id == membership.id
        )
    )


def consent_problem(event: YouthEvent, membership: Membership, today: date) -> str | None:
    """Why an under-18 may not attend this event (no consent from their guardian for it), or None."""
    if not guardian_consent.needs_guardian_consent(membership, today):
        return None
    asked = consent_for(event, membership)
    if asked is None or asked.status != ConsentStatus.CONSENTED:
        return _(
            "%(name)s is under 18: their guardian must consent to this event before they can attend",
            name=membership.user.display_name,
        )
    return None


@service
def register_attendee(actor: User, event: YouthEvent, membership: Membership) -> EventAttendance:
    """A facilitator puts a member down as attending; an under-18 needs their guardian's consent
    to this event, and everyone must be an active member whose checks are in date."""
    require(actor, "youth.event.manage", event)
    _member_of(event, membership)
    today = date.today()
    if not vetting.is_cleared(membership, today):
        raise DomainError(
            _("%(name)s is not an active member with every check in date", name=membership.user.display_name)
        )
    problem = consent_problem(event, membership, today)
    if problem:
        raise DomainError(problem)
    if _attendance(event, membership) is not None:
        raise Conflict(_("%(name)s is already registered", name=membership.user.display_name))
    attendance = EventAttendance(event=event, membership=membership, registered_by_id=actor.id)
    db.session.add(attendance)
    db.session.flush()
    audit.record(actor, "youth.attendee_registered", event, after={"membership_id": membership.id})
    return attendance


@service
def record_attendance(actor: User, event: YouthEvent, membership: Membership) -> EventAttendance:
    """Once the event has started, a facilitator records that a registered member came; their
    hours for it are recorded at the same time, once."""
    require(actor, "youth.event.manage", event)
    attendance = _attendance(event, membership)
    if attendance is None:
        raise Conflict(_("Register them for the event first"))
    now = utcnow()
    if not event.has_started_by(now):
        raise Conflict(_("Attendance is recorded once the event has started"))
    if attendance.attended_at is not None:
        raise Conflict(_("Their attendance is already recorded"))
    problem = consent_problem(event, membership, local_date(event.starts_at))
    if problem:
        raise DomainError(problem)
    attendance.attended_at, attendance.attendance_recorded_by_id = now, actor.id
    entry = hours.record_hours(
        actor,
        membership,
        local_date(event.starts_at),
        event.duration_minutes,
        hours.HoursActivity.YOUTH_ACTIVITY,
        source=HOURS_SOURCE,
        source_ref=str(event.id),
        description=event.title,
    )
    db.session.flush()
    audit.record(
        actor, "youth.attendance_recorded", event, after={"membership_id": membership.id, "hours_id": entry.id}
    )
    return attendance


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeRow:
    """One member on an event's page: whether they need consent, where it stands, whether they come."""

    membership: Membership
    needs_consent: bool
    consent: EventConsent | None
    attendance: EventAttendance | None

    @property
    def may_attend(self) -> bool:
        return not self.needs_consent or (self.consent is not None and self.consent.status == ConsentStatus.CONSENTED)


def events_of(scheme: Scheme) -> list[YouthEvent]:
    return db.session.scalars(
        sa.select(YouthEvent)
        .where(YouthEvent.scheme_id == scheme.id)
        .options(selectinload(YouthEvent.attendances))
        .order_by(YouthEvent.starts_at.desc())
    ).all()


def attendee_rows(event: YouthEvent) -> list[AttendeeRow]:
    """Every current member of the event's commission, with their consent and attendance."""
    today = date.today()
    memberships = db.session.scalars(
        sa.select(Membership)
        .where(
            Membership.scheme_id == event.scheme_id,
            Membership.role == MembershipRole.MEMBER,
            Membership.status.in_((MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED)),
        )
        .options(selectinload(Membership.user), selectinload(Membership.checks))
        .order_by(Membership.id)
    ).all()
    consents = {c.membership_id: c for c in event.consents}
    attendances = {a.membership_id: a for a in event.attendances}
    return [
        AttendeeRow(m, guardian_consent.needs_guardian_consent(m, today), consents.get(m.id), attendances.get(m.id))
        for m in memberships
    ]


def upcoming_for(user: User, now: datetime) -> list[tuple[YouthEvent, EventAttendance | None]]:
    """A young member's upcoming events in their commissions, with whether they are registered."""
    scheme_ids = [
        m.scheme_id
        for m in user.memberships
        if m.scheme.kind == SchemeKind.YOUTH and m.status not in (MembershipStatus.INVITED, MembershipStatus.LEFT)
    ]
    if not scheme_ids:
        return []
    events = db.session.scalars(
        sa.select(YouthEvent)
        .where(YouthEvent.scheme_id.in_(scheme_ids), YouthEvent.starts_at >= now - timedelta(hours=24))
        .options(selectinload(YouthEvent.attendances), selectinload(YouthEvent.scheme))
        .order_by(YouthEvent.starts_at)
    ).all()
    mine = {m.id for m in user.memberships}
    upcoming = [event for event in events if event.ends_at >= now]
    return [(event, next((a for a in event.attendances if a.membership_id in mine), None)) for event in upcoming]
