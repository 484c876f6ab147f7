"""Community Speed Watch changes: sites and their assessments, devices, booking and running
sessions, recording sightings, and the officer's review. Each function checks permission and the
state transition, changes the models, writes the audit record and commits: one call, one
transaction (`@service`), which a refusal rolls back whole.

Pages, the API and the command line all call these, so every rule exists once, and every refusal
names the rule it applies ("Sunset at Mill Lane on 12 December is 15:52; a session must end by
then").
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask_babel import format_date, format_time, ngettext
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from volunteers import audit, review, vetting
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, InvalidInput
from volunteers.extensions import db
from volunteers.hours import HoursActivity, record_hours
from volunteers.local_time import local_date
from volunteers.models import MembershipStatus, Scheme, User
from volunteers.permissions import require
from volunteers.settings import settings_for
from volunteers.speedwatch import escalation, tallies
from volunteers.speedwatch.daylight import daylight_at
from volunteers.speedwatch.models import (
    DEVICE_TYPE_MAX_CHARS,
    ROAD_MAX_CHARS,
    SERIAL_MAX_CHARS,
    SITE_NAME_MAX_CHARS,
    SITE_NOTES_MAX_CHARS,
    Device,
    RejectionReason,
    SessionIdempotency,
    SessionReview,
    SessionStatus,
    SessionVolunteer,
    Sighting,
    SightingStatus,
    Site,
    SiteAssessment,
    SiteStatus,
    SpeedwatchSession,
)
from volunteers.speedwatch.sightings import CheckedSighting, EntryRules, Problem, SeenPlates, check_entry, threshold_for
from volunteers.transaction import service
from volunteers.validation import Checker

# Hours recorded for Speed Watch sessions carry this source, and the session's id as reference.
HOURS_SOURCE = "speedwatch_session"
HOURS_ACTIVITY = HoursActivity.SPEEDWATCH_SESSION
# A site's latitude and longitude must fall in or around the United Kingdom.
UK_LATITUDES = (49.0, 61.5)
UK_LONGITUDES = (-8.7, 2.1)


def _day(moment: datetime | date) -> str:
    return format_date(moment, "d MMMM yyyy")


def _clock(moment: datetime) -> str:
    return format_time(moment, "HH:mm")


# ---------------------------------------------------------------------------------------------
# Sites


@dataclass(frozen=True)
class SiteDetails:
    name: str
    road: str
    speed_limit: int | None
    latitude: float | None
    longitude: float | None
    description: str = ""
    visibility_notes: str = ""
    standing_notes: str = ""


def _checked_site(check: Checker, details: SiteDetails, settings) -> SiteDetails:
    name = check.text(details.name, "name", limit=SITE_NAME_MAX_CHARS, missing=_("Enter the site's name"))
    road = check.text(details.road, "road", limit=ROAD_MAX_CHARS, missing=_("Enter the road"))
    allowed = sorted(int(limit) for limit in settings.speedwatch_speed_limits)
    if details.speed_limit is None:
        check.add("speed_limit", _("Enter the road's speed limit"))
    elif details.speed_limit not in allowed:
        check.add(
            "speed_limit",
            _(
                "Speed Watch runs only on roads with limits of %(limits)s mph; this road is %(limit)d mph",
                limits=", ".join(str(limit) for limit in allowed),
                limit=details.speed_limit,
            ),
        )
    if details.latitude is None or not UK_LATITUDES[0] <= details.latitude <= UK_LATITUDES[1]:
        check.add("latitude", _("Enter the latitude of the site in the UK, like 52.6309"))
    if details.longitude is None or not UK_LONGITUDES[0] <= details.longitude <= UK_LONGITUDES[1]:
        check.add("longitude", _("Enter the longitude of the site in the UK, like -1.1397"))
    notes = {
        name: check.text(getattr(details, name), name, limit=SITE_NOTES_MAX_CHARS)
        for name in ("description", "visibility_notes", "standing_notes")
    }
    if not notes["standing_notes"]:
        check.add("standing_notes", _("Say where volunteers can stand safely, off the carriageway"))
    return SiteDetails(name, road, details.speed_limit, details.latitude, details.longitude, **notes)


@service
def propose_site(actor: User, scheme: Scheme, details: SiteDetails) -> Site:
    """A coordinator proposes a site; an officer of the area assesses it before anyone stands there."""
    require(actor, "speedwatch.scheme.coordinate", scheme)
    check = Checker()
    details = _checked_site(check, details, settings_for(scheme.area.force))
    check.done()
    site = Site(
        scheme=scheme,
        area_id=scheme.area_id,
        proposed_by_id=actor.id,
        status=SiteStatus.PROPOSED,
        **vars(details),
    )
    db.session.add(site)
    audit.record(actor, "speedwatch.site.proposed", site, after={"name": site.name, "speed_limit": site.speed_limit})
    return site


@service
def change_site(actor: User, site: Site, details: SiteDetails) -> Site:
    """Correct a proposal; changing an approved site sends it back for a new assessment."""
    require(actor, "speedwatch.site.change", site)
    if site.status not in (SiteStatus.PROPOSED, SiteStatus.APPROVED, SiteStatus.DECLINED):
        raise Conflict(_("A withdrawn site cannot be changed; propose it again"))
    check = Checker()
    details = _checked_site(check, details, settings_for(site.scheme.area.force))
    check.done()
    before = {"status": site.status.value, "name": site.name, "speed_limit": site.speed_limit}
    for name, value in vars(details).items():
        setattr(site, name, value)
    site.status, site.approved_until, site.updated_at = SiteStatus.PROPOSED, None, utcnow()
    site.proposed_at = site.updated_at
    audit.record(actor, "speedwatch.site.changed", site, before=before, after={"status": "proposed", "name": site.name})
    return site


@service
def withdraw_site(actor: User, site: Site, reason: str) -> Site:
    require(actor, "speedwatch.site.change", site)
    if not site.may_become(SiteStatus.WITHDRAWN):
        raise Conflict(_("This site is already withdrawn"))
    check = Checker()
    reason = review.checked_reason(check, reason, 10)
    check.done()
    before = {"status": site.status.value}
    site.status, site.updated_at = SiteStatus.WITHDRAWN, utcnow()
    _cancel_planned_sessions(actor, site, _("The site was withdrawn: %(reason)s", reason=reason))
    audit.record(actor, "speedwatch.site.withdrawn", site, reason=reason, before=before, after={"status": "withdrawn"})
    return site


@dataclass(frozen=True)
class Assessment:
    """What an officer found at a site, and their decision."""

    approve: bool | None
    visible_to_drivers: bool
    safe_standing_place: bool
    limit_signed: bool
    hazards: str
    reason: str


@service
def assess_site(actor: User, site: Site, assessment: Assessment, today: date | None = None) -> SiteAssessment:
    """An officer of the area approves a site after a risk assessment, or declines it with a reason.

    The same step reviews an approved site before its approval lapses: approving again renews it
    for another period from today.
    """
    require(actor, "speedwatch.site.assess", site)
    today = today or date.today()
    settings = settings_for(site.scheme.area.force)
    check = Checker()
    if assessment.approve is None:
        check.add("approve", _("Choose whether to approve the site"))
    if assessment.approve:
        for name, message in (
            ("visible_to_drivers", _("Approve a site only if drivers can see the volunteers in good time")),
            ("safe_standing_place", _("Approve a site only if volunteers can stand safely off the carriageway")),
            ("limit_signed", _("Approve a site only where the speed limit is signed")),
        ):
            if not getattr(assessment, name):
                check.add(name, message)
    hazards = check.text(assessment.hazards, "hazards", limit=SITE_NOTES_MAX_CHARS)
    reason = review.checked_reason(check, assessment.reason, 10)
    if site.status not in (SiteStatus.PROPOSED, SiteStatus.APPROVED):
        check.add(None, _("This site is not awaiting an assessment"))
    check.done()
    approved_until = today + timedelta(days=int(settings.speedwatch_site_approval_days)) if assessment.approve else None
    record = SiteAssessment(
        site=site,
        approved=bool(assessment.approve),
        visible_to_drivers=assessment.visible_to_drivers,
        safe_standing_place=assessment.safe_standing_place,
        limit_signed=assessment.limit_signed,
        hazards=hazards,
        approved_until=approved_until,
        reason=reason,
        decided_by_id=actor.id,
    )
    db.session.add(record)
    renewing = site.status == SiteStatus.APPROVED
    to_status = SiteStatus.APPROVED if assessment.approve else SiteStatus.DECLINED
    site.approved_until, site.updated_at = approved_until, utcnow()
    review.record_decision(
        actor,
        site,
        to_status,
        event="speedwatch.site.reviewed" if renewing else "speedwatch.site.assessed",
        reason=reason,
        after={"approved_until": approved_until, "hazards": hazards},
    )
    if not assessment.approve:
        _cancel_planned_sessions(actor, site, _("The site was declined: %(reason)s", reason=reason))
    return record


def _cancel_planned_sessions(actor: User, site: Site, reason: str) -> None:
    planned = db.session.scalars(
        sa.select(SpeedwatchSession).where(
            SpeedwatchSession.site_id == site.id, SpeedwatchSession.status == SessionStatus.PLANNED
        )
    )
    for session in planned:
        _cancel(actor, session, reason)


# ---------------------------------------------------------------------------------------------
# Devices


@dataclass(frozen=True)
class DeviceDetails:
    serial_number: str
    device_type: str
    calibrated_on: date | None
    calibration_due: date | None


def _checked_device(check: Checker, details: DeviceDetails, today: date) -> DeviceDetails:
    serial = check.text(
        details.serial_number, "serial_number", limit=SERIAL_MAX_CHARS, missing=_("Enter the serial number")
    )
    kind = check.text(
        details.device_type, "device_type", limit=DEVICE_TYPE_MAX_CHARS, missing=_("Enter the type of device")
    )
    if details.calibrated_on is None:
        check.add("calibrated_on", _("Enter the date on the calibration certificate"))
    elif details.calibrated_on > today:
        check.add("calibrated_on", _("The calibration certificate's date must be today or in the past"))
    if details.calibration_due is None:
        check.add("calibration_due", _("Enter the date the next calibration is due"))
    elif details.calibrated_on and details.calibration_due <= details.calibrated_on:
        check.add("calibration_due", _("The calibration is due after the certificate's date"))
    return DeviceDetails(serial.upper(), kind, details.calibrated_on, details.calibration_due)


@service
def add_device(actor: User, scheme: Scheme, details: DeviceDetails, today: date | None = None) -> Device:
    require(actor, "speedwatch.scheme.coordinate", scheme)
    check = Checker()
    details = _checked_device(check, details, today or date.today())
    taken = db.session.scalar(
        sa.select(Device.id).where(Device.scheme_id == scheme.id, Device.serial_number == details.serial_number)
    )
    if taken is not None:
        check.add("serial_number", _("This scheme already has a device with that serial number"))
    check.done()
    device = Device(scheme=scheme, added_by_id=actor.id, **vars(details))
    db.session.add(device)
    audit.record(
        actor,
        "speedwatch.device.added",
        device,
        after={"serial_number": device.serial_number, "calibration_due": device.calibration_due},
    )
    return device


@service
def record_calibration(
    actor: User, device: Device, calibrated_on: date | None, calibration_due: date | None, today: date | None = None
) -> Device:
    require(actor, "speedwatch.device.manage", device)
    check = Checker()
    details = _checked_device(
        check,
        DeviceDetails(device.serial_number, device.device_type, calibrated_on, calibration_due),
        today or date.today(),
    )
    check.done()
    before = {"calibrated_on": device.calibrated_on, "calibration_due": device.calibration_due}
    device.calibrated_on, device.calibration_due = details.calibrated_on, details.calibration_due
    audit.record(
        actor,
        "speedwatch.device.calibrated",
        device,
        before=before,
        after={"calibrated_on": device.calibrated_on, "calibration_due": device.calibration_due},
    )
    return device


@service
def retire_device(actor: User, device: Device) -> Device:
    require(actor, "speedwatch.device.manage", device)
    if device.retired_at is None:
        device.retired_at = utcnow()
        audit.record(actor, "speedwatch.device.retired", device, after={"serial_number": device.serial_number})
    return device


# ---------------------------------------------------------------------------------------------
# Booking


@dataclass(frozen=True)
class Booking:
    site: Site | None
    device: Device | None
    starts_at: datetime | None
    ends_at: datetime | None
    volunteers: Sequence[User] = field(default_factory=tuple)


def operator_problem(user: User, scheme: Scheme, day: date, settings) -> str | None:
    """Why this person cannot stand at the roadside for this scheme on this day, or None."""
    membership = user.membership_of(scheme.id)
    name = user.display_name
    if membership is None or membership.status in (MembershipStatus.LEFT, MembershipStatus.INVITED):
        return _("%(name)s is not a member of %(scheme)s", name=name, scheme=scheme.name)
    if membership.status == MembershipStatus.SUSPENDED:
        return _("%(name)s is suspended from %(scheme)s", name=name, scheme=scheme.name)
    if membership.status != MembershipStatus.ACTIVE:
        return _("%(name)s has not finished joining %(scheme)s", name=name, scheme=scheme.name)
    outstanding = vetting.outstanding_checks(membership, day)
    if outstanding:
        return _(
            "%(name)s is not cleared on %(day)s: %(checks)s",
            name=name,
            day=_day(day),
            checks=", ".join(str(vetting.CHECK_LABELS[kind]).lower() for kind in outstanding),
        )
    age = user.age_on(day)
    low, high = int(settings.speedwatch_operator_min_age), int(settings.speedwatch_operator_max_age)
    if age is None:
        return _(
            "%(name)s has no date of birth on record: operators must be %(low)d to %(high)d",
            name=name,
            low=low,
            high=high,
        )
    if not low <= age <= high:
        return _("%(name)s is %(age)d: operators must be %(low)d to %(high)d", name=name, age=age, low=low, high=high)
    return None


def _check_window(check: Checker, booking: Booking, settings, now: datetime) -> None:
    starts_at, ends_at, site = booking.starts_at, booking.ends_at, booking.site
    if starts_at is None:
        check.add("starts_at", _("Enter when the session starts"))
    if ends_at is None:
        check.add("ends_at", _("Enter when the session ends"))
    if starts_at is None or ends_at is None:
        return
    if ends_at <= starts_at:
        check.add("ends_at", _("The session must end after it starts"))
        return
    if starts_at < now:
        check.add("starts_at", _("A session is booked for a time still to come"))
    longest = int(settings.speedwatch_session_max_minutes)
    # Rounded up: a session seconds past the longest is too long, and says so in whole minutes.
    minutes = -(-(ends_at - starts_at) // timedelta(minutes=1))
    if minutes > longest:
        check.add(
            "ends_at",
            _(
                "A session lasts at most %(max)s; this one lasts %(length)s",
                max=duration_words(longest),
                length=duration_words(minutes),
            ),
        )
    if site is None:
        return
    local_day = local_date(starts_at)
    daylight = daylight_at(site.latitude, site.longitude, local_day)
    if daylight is None:
        check.add(
            "starts_at", _("There is no sunrise and sunset at %(site)s on %(day)s", site=site.name, day=_day(local_day))
        )
        return
    if starts_at < daylight.sunrise:
        check.add(
            "starts_at",
            _(
                "Sunrise at %(site)s on %(day)s is %(time)s; a session must start after then",
                site=site.name,
                day=_day(local_day),
                time=_clock(daylight.sunrise),
            ),
        )
    if ends_at > daylight.sunset:
        check.add(
            "ends_at",
            _(
                "Sunset at %(site)s on %(day)s is %(time)s; a session must end by then",
                site=site.name,
                day=_day(local_day),
                time=_clock(daylight.sunset),
            ),
        )


def duration_words(minutes: int) -> str:
    """ "2 hours", "1 hour 30 minutes", "45 minutes"."""
    hours, rest = divmod(minutes, 60)
    if not rest:
        return ngettext("%(num)d hour", "%(num)d hours", hours)
    if not hours:
        return ngettext("%(num)d minute", "%(num)d minutes", rest)
    return _(
        "%(hours)s %(minutes)s",
        hours=ngettext("%(num)d hour", "%(num)d hours", hours),
        minutes=ngettext("%(num)d minute", "%(num)d minutes", rest),
    )


def _check_site_for_booking(
    check: Checker, scheme: Scheme, site: Site | None, day: date | None, settings, today: date
) -> None:
    if site is None or site.scheme_id != scheme.id:
        check.add("site", _("Choose one of the scheme's sites"))
        return
    allowed = {int(limit) for limit in settings.speedwatch_speed_limits}
    if site.speed_limit not in allowed:
        check.add(
            "site",
            _(
                "%(site)s is a %(limit)d mph road: the force allows Speed Watch only on %(limits)s mph roads",
                site=site.name,
                limit=site.speed_limit,
                limits=", ".join(str(limit) for limit in sorted(allowed)),
            ),
        )
    if site.status != SiteStatus.APPROVED:
        check.add("site", _("%(site)s is not approved by an officer", site=site.name))
    elif day is not None and not site.is_approved_on(day):
        if site.approved_until < today:
            message = _("The approval of %(site)s ran out on %(day)s; an officer must review it first")
        else:
            message = _("The approval of %(site)s ends on %(day)s, before the session; an officer must review it first")
        check.add("site", message % {"site": site.name, "day": _day(site.approved_until)})


def _check_device_for_booking(check: Checker, scheme: Scheme, device: Device | None, day: date | None) -> None:
    if device is None or device.scheme_id != scheme.id:
        check.add("device", _("Choose one of the scheme's devices"))
    elif device.retired_at is not None:
        check.add("device", _("The device %(device)s is retired", device=device.label))
    elif day is not None and not device.is_calibrated_on(day):
        check.add(
            "device",
            _(
                "The device %(device)s is out of calibration on %(day)s (due %(due)s); it cannot be booked",
                device=device.label,
                day=_day(day),
                due=_day(device.calibration_due),
            ),
        )


def _check_volunteers(check: Checker, scheme: Scheme, volunteers: Sequence[User], day: date | None, settings) -> None:
    needed = int(settings.speedwatch_min_volunteers)
    distinct = list({user.id: user for user in volunteers}.values())
    problems = [problem for user in distinct if day and (problem := operator_problem(user, scheme, day, settings))]
    for problem in problems:
        check.add("volunteers", problem)
    if len(distinct) - len(problems) < needed:
        check.add(
            "volunteers",
            ngettext(
                "A session needs at least %(num)d trained volunteer who can stand at the roadside",
                "A session needs at least %(num)d trained volunteers who can stand at the roadside",
                needed,
            ),
        )


def _check_overlaps(check: Checker, booking: Booking, ignore_id: int | None = None) -> None:
    if booking.site is None or booking.starts_at is None or booking.ends_at is None:
        return
    open_statuses = (SessionStatus.PLANNED, SessionStatus.RUNNING)
    overlapping = sa.and_(
        SpeedwatchSession.status.in_(open_statuses),
        SpeedwatchSession.starts_at < booking.ends_at,
        SpeedwatchSession.ends_at > booking.starts_at,
        SpeedwatchSession.id != (ignore_id or 0),
    )
    at_site = db.session.scalar(
        sa.select(SpeedwatchSession).where(overlapping, SpeedwatchSession.site_id == booking.site.id).limit(1)
    )
    if at_site is not None:
        check.add(
            "starts_at",
            _(
                "%(site)s already has a session from %(start)s to %(end)s",
                site=booking.site.name,
                start=_clock(at_site.starts_at),
                end=_clock(at_site.ends_at),
            ),
        )
    ids = [user.id for user in booking.volunteers]
    busy = db.session.scalars(
        sa.select(SessionVolunteer).join(SpeedwatchSession).where(overlapping, SessionVolunteer.user_id.in_(ids))
    ).all()
    for volunteer in busy:
        check.add(
            "volunteers", _("%(name)s is booked on another session at that time", name=volunteer.user.display_name)
        )


def check_booking(scheme: Scheme, booking: Booking, now: datetime | None = None, ignore_id: int | None = None) -> None:
    """Refuse a booking with every rule it breaks, each named."""
    settings = settings_for(scheme.area.force)
    check = Checker()
    now = now or utcnow()
    day = local_date(booking.starts_at) if booking.starts_at else None
    _check_site_for_booking(check, scheme, booking.site, day, settings, local_date(now))
    _check_device_for_booking(check, scheme, booking.device, day)
    _check_window(check, booking, settings, now)
    _check_volunteers(check, scheme, booking.volunteers, day, settings)
    if check.ok:
        _check_overlaps(check, booking, ignore_id)
    check.done()


@service
def book_session(actor: User, scheme: Scheme, booking: Booking, now: datetime | None = None) -> SpeedwatchSession:
    """A coordinator books a session at an approved site, in daylight, with a calibrated device and
    enough trained volunteers."""
    require(actor, "speedwatch.scheme.coordinate", scheme)
    check_booking(scheme, booking, now)
    settings = settings_for(scheme.area.force)
    session = SpeedwatchSession(
        force_id=scheme.force_id,
        scheme=scheme,
        area_id=scheme.area_id,
        site=booking.site,
        device=booking.device,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        speed_limit=booking.site.speed_limit,
        threshold=threshold_for(booking.site.speed_limit, settings),
        booked_by_id=actor.id,
        volunteers=[SessionVolunteer(user=user) for user in {user.id: user for user in booking.volunteers}.values()],
    )
    db.session.add(session)
    # Flushed first: the volunteers' user_id (read for the audit record) is set only on flush.
    db.session.flush()
    audit.record(
        actor,
        "speedwatch.session.booked",
        session,
        after={
            "site_id": session.site.id,
            "starts_at": session.starts_at,
            "ends_at": session.ends_at,
            "volunteer_ids": sorted(session.volunteer_ids),
            "device_id": session.device.id,
        },
    )
    return session


def _cancel(actor: User, session: SpeedwatchSession, reason: str) -> None:
    review.record_decision(
        actor,
        session,
        SessionStatus.CANCELLED,
        event="speedwatch.session.cancelled",
        reason=reason,
        not_pending=_("Only a planned or running session can be cancelled"),
    )
    session.cancelled_reason = reason


@service
def cancel_session(actor: User, session: SpeedwatchSession, reason: str) -> SpeedwatchSession:
    require(actor, "speedwatch.session.manage", session)
    check = Checker()
    reason = review.checked_reason(check, reason, 10)
    check.done()
    if session.sighting_count:
        raise Conflict(_("This session has sightings: submit it for review instead"))
    _cancel(actor, session, reason)
    return session


# ---------------------------------------------------------------------------------------------
# At the roadside


def _require_running(session: SpeedwatchSession) -> None:
    if session.status != SessionStatus.RUNNING:
        raise Conflict(_("This session is not running: sightings go only into a running session"))


@service
def start_session(actor: User, session: SpeedwatchSession, now: datetime | None = None) -> SpeedwatchSession:
    """Any of its volunteers starts the session on the day, from a little before its booked start."""
    require(actor, "speedwatch.session.run", session)
    now = now or utcnow()
    settings = settings_for(session.scheme.area.force)
    early = timedelta(minutes=int(settings.speedwatch_start_early_minutes))
    if session.status != SessionStatus.PLANNED:
        raise Conflict(_("This session has already started or ended"))
    if now < session.starts_at - early:
        raise Conflict(
            _(
                "This session starts at %(time)s on %(day)s; start it then",
                time=_clock(session.starts_at),
                day=_day(session.starts_at),
            )
        )
    if now > session.ends_at:
        raise Conflict(_("This session's time is over; it can no longer be started"))
    day = local_date(session.starts_at)
    check = Checker()
    _check_site_for_booking(check, session.scheme, session.site, day, settings, local_date(now))
    _check_device_for_booking(check, session.scheme, session.device, day)
    problem = operator_problem(actor, session.scheme, day, settings)
    if problem:
        check.add(None, problem)
    check.done()
    session.status, session.started_at, session.started_by_id = SessionStatus.RUNNING, now, actor.id
    audit.record(
        actor, "speedwatch.session.started", session, before={"status": "planned"}, after={"status": "running"}
    )
    return session


def entry_rules(session: SpeedwatchSession) -> EntryRules:
    settings = settings_for(session.scheme.area.force)
    return EntryRules(
        speed_limit=session.speed_limit,
        threshold=session.threshold,
        max_speed=int(settings.speedwatch_max_speed),
        starts_at=session.started_at
        if session.started_at and session.started_at < session.starts_at
        else session.starts_at,
        accepts_until=session.ends_at + timedelta(minutes=int(settings.speedwatch_entry_grace_minutes)),
        duplicate_window=timedelta(minutes=int(settings.speedwatch_duplicate_minutes)),
    )


def seen_plates(session: SpeedwatchSession) -> SeenPlates:
    return SeenPlates.of(
        db.session.execute(
            sa.select(Sighting.registration, Sighting.observed_at).where(Sighting.session_id == session.id)
        ).all()
    )


@dataclass(frozen=True)
class Refusal:
    """An entry not stored: which one (a line of the sheet, an item of the batch) and why."""

    line: int
    problems: list[Problem]

    def as_dict(self) -> dict:
        return {"line": self.line, "errors": {problem.field: [problem.message] for problem in self.problems}}


@dataclass(frozen=True)
class Recorded:
    stored: list[Sighting]
    refused: list[Refusal]


def _store(actor: User, session: SpeedwatchSession, checked: Iterable[CheckedSighting]) -> list[Sighting]:
    stored = [Sighting(session_id=session.id, recorded_by_id=actor.id, **vars(entry)) for entry in checked]
    db.session.add_all(stored)
    session.sighting_count += len(stored)
    db.session.flush()
    return stored


def check_sighting(session: SpeedwatchSession, entry: Mapping) -> CheckedSighting:
    """An entry checked against the session's rules and its sightings so far; refused with every
    problem by field. Stores nothing."""
    checked = check_entry(entry_rules(session), dict(entry), seen_plates(session), when=_clock)
    if not isinstance(checked, CheckedSighting):
        problems: dict[str, list[str]] = {}
        for problem in checked:
            problems.setdefault(problem.field, []).append(problem.message)
        raise InvalidInput(problems)
    return checked


@service
def record_sighting(actor: User, session: SpeedwatchSession, entry: Mapping) -> Sighting:
    """One sighting from the roadside form: stored, or refused with every problem by field."""
    require(actor, "speedwatch.session.run", session)
    _require_running(session)
    checked = check_sighting(session, entry)
    [sighting] = _store(actor, session, [checked])
    audit.record(
        actor,
        "speedwatch.sighting.recorded",
        session,
        after={"sighting_id": sighting.id, "speed": sighting.speed, "observed_at": sighting.observed_at},
    )
    return sighting


@service
def record_sightings(
    actor: User,
    session: SpeedwatchSession,
    entries: Sequence[Mapping],
    source: str,
    lines: Sequence[int] | None = None,
) -> Recorded:
    """A sheet or a batch: the good entries stored, each refused one reported with its line (the
    sheet's line number, or the batch's index) and why.

    Nothing stored before is touched, and a refused entry never stops the others.
    """
    require(actor, "speedwatch.session.run", session)
    _require_running(session)
    limit = int(settings_for(session.scheme.area.force).speedwatch_batch_max_sightings)
    if len(entries) > limit:
        raise DomainError(
            _("Send at most %(max)d sightings at once; this has %(count)d", max=limit, count=len(entries))
        )
    lines = list(lines) if lines is not None else list(range(1, len(entries) + 1))
    rules, seen = entry_rules(session), seen_plates(session)
    good, refused = [], []
    for line, entry in zip(lines, entries, strict=True):
        checked = check_entry(rules, dict(entry), seen, when=_clock)
        if isinstance(checked, CheckedSighting):
            good.append(checked)
        else:
            refused.append(Refusal(line, checked))
    stored = _store(actor, session, good)
    if stored:
        audit.record(
            actor,
            "speedwatch.sightings.recorded",
            session,
            after={
                "source": source,
                "stored": len(stored),
                "refused": len(refused),
                "first_id": stored[0].id,
                "last_id": stored[-1].id,
            },
        )
    elif refused:
        audit.record(actor, "speedwatch.sightings.refused", session, after={"source": source, "refused": len(refused)})
    return Recorded(stored, refused)


@service
def delete_sighting(actor: User, session: SpeedwatchSession, sighting: Sighting) -> None:
    """A volunteer takes back an entry typed wrong, while the session is still running."""
    require(actor, "speedwatch.session.run", session)
    _require_running(session)
    if sighting.session_id != session.id:
        raise Conflict(_("That sighting is not in this session"))
    db.session.delete(sighting)
    session.sighting_count -= 1
    audit.record(
        actor, "speedwatch.sighting.deleted", session, before={"sighting_id": sighting.id, "speed": sighting.speed}
    )


@service
def submit_session(actor: User, session: SpeedwatchSession, now: datetime | None = None) -> SpeedwatchSession:
    """Any of its volunteers submits the session for an officer's review; each volunteer's time is
    recorded as hours."""
    require(actor, "speedwatch.session.run", session)
    now = now or utcnow()
    if not session.may_become(SessionStatus.SUBMITTED) or session.status != SessionStatus.RUNNING:
        raise Conflict(_("Only a running session can be submitted"))
    session.status, session.submitted_at, session.submitted_by_id = SessionStatus.SUBMITTED, now, actor.id
    minutes = _minutes_worked(session, now)
    worked_on = local_date(session.starts_at)
    # Everyone booked gave the time, including someone suspended or gone since: hours are history.
    for volunteer in session.volunteers:
        membership = volunteer.user.membership_of(session.scheme_id)
        if membership is not None:
            record_hours(
                actor,
                membership,
                worked_on,
                minutes,
                HOURS_ACTIVITY,
                source=HOURS_SOURCE,
                source_ref=str(session.id),
                description=session.site.name,
            )
    audit.record(
        actor,
        "speedwatch.session.submitted",
        session,
        before={"status": "running"},
        after={"status": "submitted", "sightings": session.sighting_count, "minutes": minutes},
    )
    return session


def _minutes_worked(session: SpeedwatchSession, now: datetime) -> int:
    started = session.started_at or session.starts_at
    ended = min(now, session.ends_at)
    return max(1, int((ended - started).total_seconds() // 60))


# ---------------------------------------------------------------------------------------------
# Officer review


@dataclass(frozen=True)
class SightingDecision:
    accept: bool
    reason: RejectionReason | None = None


@service
def review_session(
    actor: User,
    session: SpeedwatchSession,
    decisions: Mapping[int, SightingDecision],
    note: str = "",
    now: datetime | None = None,
) -> SessionReview:
    """An officer accepts or rejects every sighting of a submitted session (each rejection with its
    reason); accepted sightings then escalate per plate across the force, and the session's
    statistics are counted."""
    require(actor, "speedwatch.session.review", session)
    sightings = db.session.scalars(
        sa.select(Sighting).where(Sighting.session_id == session.id).order_by(Sighting.observed_at, Sighting.id)
    ).all()
    check = Checker()
    note = check.text(note, "note", limit=review.REASON_MAX_CHARS)
    for sighting in sightings:
        decision = decisions.get(sighting.id)
        if decision is None:
            check.add(
                f"sighting-{sighting.id}", _("Accept or reject the sighting of %(plate)s", plate=sighting.registration)
            )
        elif not decision.accept and decision.reason is None:
            check.add(
                f"sighting-{sighting.id}", _("Give the reason for rejecting %(plate)s", plate=sighting.registration)
            )
    unknown = set(decisions) - {sighting.id for sighting in sightings}
    if unknown:
        check.add(
            None, _("Some sightings are not in this session: %(ids)s", ids=", ".join(str(i) for i in sorted(unknown)))
        )
    check.done()
    accepted, rejected = [], []
    for sighting in sightings:
        decision = decisions[sighting.id]
        if decision.accept:
            sighting.status, sighting.rejection_reason = SightingStatus.ACCEPTED, None
            accepted.append(sighting)
        else:
            sighting.status, sighting.rejection_reason = SightingStatus.REJECTED, decision.reason
            rejected.append(sighting)
    summary = _("Accepted %(accepted)d, rejected %(rejected)d.", accepted=len(accepted), rejected=len(rejected))
    reason = f"{summary} {note}".strip()
    record = SessionReview(
        session=session,
        accepted_count=len(accepted),
        rejected_count=len(rejected),
        reason=reason,
        decided_by_id=actor.id,
    )
    db.session.add(record)
    review.record_decision(
        actor,
        session,
        SessionStatus.REVIEWED,
        event="speedwatch.session.reviewed",
        reason=reason,
        after={
            "accepted": len(accepted),
            "rejected": {str(sighting.id): sighting.rejection_reason.value for sighting in rejected},
        },
        not_pending=_("This session is not awaiting review"),
    )
    db.session.flush()
    now = now or utcnow()
    escalation.escalate(actor, session, accepted, now)
    tallies.count_session(session)
    # Reviewed after a later session of the same plate: that session's unsent letters move on a stage.
    for plate, since in escalation.plates_seen_later(session, accepted).items():
        escalation.recompute(
            session.scheme.area.force,
            plate,
            actor,
            now,
            since=since,
            reason=_("An earlier session with this plate was reviewed after this one"),
        )
    return record


def open_sessions_for(user: User) -> list[SpeedwatchSession]:
    """The planned and running sessions a volunteer is booked on, soonest first."""
    return db.session.scalars(
        sa.select(SpeedwatchSession)
        .join(SessionVolunteer)
        .where(
            SessionVolunteer.user_id == user.id,
            SpeedwatchSession.status.in_((SessionStatus.PLANNED, SessionStatus.RUNNING)),
        )
        .order_by(SpeedwatchSession.starts_at)
    ).all()


# ---------------------------------------------------------------------------------------------
# Batches from a roadside app


@dataclass(frozen=True)
class BatchAnswer:
    body: dict
    status: int


@service
def _record_batch_once(
    actor: User,
    session: SpeedwatchSession,
    entries: Sequence[Mapping],
    key: str,
    digest: str,
    answer: Callable[[Recorded], BatchAnswer],
) -> BatchAnswer:
    """Record a batch once per idempotency key: a retry of the same batch gets the first answer
    again and stores nothing; the same key with a different batch is refused."""
    earlier = db.session.scalar(
        sa.select(SessionIdempotency).where(SessionIdempotency.user_id == actor.id, SessionIdempotency.key == key)
    )
    if earlier is not None:
        if earlier.body_digest != digest or earlier.session_id != session.id:
            raise Conflict(_("This Idempotency-Key was already used for a different batch: use a new key"))
        return BatchAnswer(earlier.response, earlier.status_code)
    result = answer(record_sightings(actor, session, entries, source="api", lines=range(len(entries))))
    db.session.add(
        SessionIdempotency(
            user_id=actor.id,
            key=key,
            session_id=session.id,
            body_digest=digest,
            response=result.body,
            status_code=result.status,
        )
    )
    return result


def record_batch_once(
    actor: User,
    session: SpeedwatchSession,
    entries: Sequence[Mapping],
    key: str,
    digest: str,
    answer: Callable[[Recorded], BatchAnswer],
) -> BatchAnswer:
    """Record a batch once per idempotency key, as its own transaction. A retry of the same batch
    that arrives while the first is still being stored loses the race for the key at commit: it is
    then answered as the first was."""
    try:
        return _record_batch_once(actor, session, entries, key, digest, answer)
    except IntegrityError:
        earlier = _answered_before(actor, key)
        if earlier is None:
            raise
        return earlier


def _answered_before(actor: User, key: str) -> BatchAnswer | None:
    """The stored answer to a key, read after a concurrent retry of the same batch won the race."""
    earlier = db.session.scalar(
        sa.select(SessionIdempotency).where(SessionIdempotency.user_id == actor.id, SessionIdempotency.key == key)
    )
    return BatchAnswer(earlier.response, earlier.status_code) if earlier is not None else None
