"""Neighbourhood Watch changes. Each function checks permission and the state transition, changes
the models, writes the audit record, queues email and commits: one call, one transaction
(`@service`), which a refusal rolls back whole.

Pages, the API and the command line all call these, so every rule exists once. Each function
checks all of its input first and refuses it with every problem at once.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import BinaryIO

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from volunteers import audit, guard, mail, review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.guard import Flag, GuardRules
from volunteers.inserts import insert_graph
from volunteers.models import Area, Membership, MembershipStatus, OfficerAssignment, Scheme, SchemeKind, User
from volunteers.permissions import is_member, require
from volunteers.settings import settings_for
from volunteers.transaction import service
from volunteers.validation import Checker, clean_text
from volunteers.watch import photos, screening
from volunteers.watch.labels import FLAG_LABELS
from volunteers.watch.models import (
    ALERT_BODY_MAX_CHARS,
    ALERT_TITLE_MAX_CHARS,
    LOCATION_MAX_CHARS,
    MESSAGE_MAX_CHARS,
    POLICE_REFERENCE_MAX_CHARS,
    REFERRED_TO_MAX_CHARS,
    REPLY_MAX_CHARS,
    SHAREABLE_STATUSES,
    SUMMARY_MAX_CHARS,
    WITHDRAWAL_REASON_MAX_CHARS,
    Alert,
    Decision,
    RejectionGround,
    Report,
    ReportCategory,
    ReportDecision,
    ReportFlag,
    ReportPhoto,
    ReportStatus,
    ReportTarget,
    ReportVersion,
    SummaryChange,
    VictimRole,
    WatchSummary,
    WatchSummaryVersion,
)
from volunteers.watch.places import NotAMapPoint, normalise_place, parse_map_point

# Clocks differ a little between a phone and the server: "now" on the phone is not the future.
CLOCK_SKEW = timedelta(minutes=10)
_POLICE_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-. ]*$")
# A run of this many words from the report found in a summary means the summary quotes it.
QUOTED_WORDS = 6
# The victim key of reports a reporter made about themselves: "reporter:<user id>".
REPORTER_KEY = "reporter:"
# What a shared summary may not contain, whoever wrote it.
SUMMARY_FORBIDDEN_KINDS = ("identifies_person", "accusation", "identity_suspicion")


class FlagsToConfirm(Conflict):
    """The guard found something the writer has not yet seen: show it, and let them rephrase or
    send anyway."""

    def __init__(self, flags: Sequence[Flag]):
        super().__init__(
            _("Before you send this report, read what we found in it. Change your report, or send it as it is.")
        )
        self.flags = list(flags)
        self.digest = screening.digest(self.flags)

    def extras(self) -> dict:
        return {"flags": [flag.as_dict() for flag in self.flags]}


@dataclass(frozen=True)
class ReportDetails:
    """What the reporter writes, as plain values from a form or an API body."""

    category: str
    occurred_at: datetime | None
    location: str
    description: str
    map_point: str = ""
    police_reference: str = ""
    victim: str = VictimRole.NONE.value
    repeat_victim: bool = False


@dataclass(frozen=True)
class DecisionDetails:
    decision: str
    reason: str
    message: str
    acknowledged_flags: Sequence[str] = ()
    referred_to: str = ""
    rejection_ground: str = ""


@dataclass(frozen=True)
class SummaryDetails:
    you_said: str
    we_did: str
    share_with_scheme: bool = False
    publish: bool = False

    @property
    def wanted(self) -> bool:
        return bool(self.you_said.strip() or self.we_did.strip() or self.share_with_scheme or self.publish)


@dataclass(frozen=True)
class Upload:
    """A file someone chose to upload: its name (only ever shown back to them) and its content."""

    filename: str
    stream: BinaryIO


# --- Checking what people wrote ------------------------------------------------------------------


def _check_when(check: Checker, occurred_at: datetime | None, settings, now: datetime) -> None:
    if occurred_at is None:
        check.add("occurred_at", _("Enter when it happened"))
    elif occurred_at.tzinfo is None:
        check.add("occurred_at", _("Enter when it happened, with a time zone"))
    elif occurred_at > now + CLOCK_SKEW:
        check.add("occurred_at", _("When it happened must be now or in the past"))
    elif occurred_at < now - timedelta(days=settings.watch_report_max_age_days):
        check.add(
            "occurred_at",
            _(
                "When it happened must be within the last %(days)d days. For older events, call 101.",
                days=settings.watch_report_max_age_days,
            ),
        )


def _check_map_point(check: Checker, value: str) -> str:
    try:
        return parse_map_point(clean_text(value))
    except NotAMapPoint:
        check.add(
            "map_point",
            _("Enter the map point as latitude and longitude in the UK, like 51.5034, -0.1276, or a grid reference"),
        )
        return ""


def _check_reference(check: Checker, value: str) -> str:
    reference = clean_text(value)
    if reference and (len(reference) > POLICE_REFERENCE_MAX_CHARS or not _POLICE_REFERENCE.match(reference)):
        check.add(
            "police_reference", _("Enter the police reference as it was given to you: letters, numbers, / and - only")
        )
    return reference


def _checked_details(check: Checker, details: ReportDetails, settings, now: datetime) -> ReportDetails:
    """What the reporter wrote, trimmed, with every problem found added to `check`."""
    category = check.choice(ReportCategory, details.category, "category", _l("Choose what kind of thing happened"))
    _check_when(check, details.occurred_at, settings, now)
    limit = settings.watch_description_max_chars
    victim = check.choice(VictimRole, details.victim or VictimRole.NONE, "victim", _l("Choose whom this happened to"))
    return ReportDetails(
        category=category,
        occurred_at=details.occurred_at,
        location=check.text(
            details.location,
            "location",
            limit=LOCATION_MAX_CHARS,
            missing=_l("Enter where it happened"),
            too_long=_l("Where it happened must be %(max)d characters or fewer", max=LOCATION_MAX_CHARS),
        ),
        description=check.text(
            details.description,
            "description",
            limit=limit,
            missing=_l("Describe what happened"),
            too_long=_l("What happened must be %(max)d characters or fewer", max=limit),
        ),
        map_point=_check_map_point(check, details.map_point),
        police_reference=_check_reference(check, details.police_reference),
        victim=victim,
        repeat_victim=bool(details.repeat_victim) and victim not in (None, VictimRole.NONE),
    )


def check_report(scheme: Scheme, details: ReportDetails, now: datetime | None = None) -> None:
    """Refuse a report's details with every problem at once, changing nothing (for a form that
    could not be read in full, so that it still shows every problem)."""
    check = Checker()
    _checked_details(check, details, settings_for(scheme.area.force), now or utcnow())
    check.done()


def _check_photo_count(check: Checker, count: int, settings) -> None:
    if count > settings.watch_photos_per_report:
        check.add("photos", _("A report can have up to %(max)d photos", max=settings.watch_photos_per_report))


# --- The guard ----------------------------------------------------------------------------------


def screen_words(force, text: str, location: str = "") -> list[Flag]:
    """The guard on any words, with a force's rules (or the defaults): the API's screening call."""
    rules = guard.rules_for(force) if force is not None else guard.default_rules()
    return screening.writer_flags(rules, clean_text(text), clean_text(location))


def _confirm_guard(screened: Sequence[Flag], send_anyway: bool, flags_seen: str | None) -> None:
    """Refuse to send words with flags the writer has not seen; their choice to send anyway is theirs.

    The writer is shown what the guard found in their words, never what it worked out from other
    members' reports (repeat targeting)."""
    flags = screening.shown_to_writer(screened)
    if not flags:
        return
    if send_anyway and (flags_seen is None or flags_seen == screening.digest(flags)):
        return
    raise FlagsToConfirm(flags)


def _screen(report: Report, rules: GuardRules, text: str, now: datetime) -> list[Flag]:
    """Re-run the guard on the report as it now stands: its flags and stored targets are replaced."""
    flags, targets = screening.screen_for_review(
        rules,
        text,
        report.location,
        area_id=report.area_id,
        reporter_id=report.reporter_id,
        now=now,
        exclude_report_id=report.id,
    )
    report.flags = [ReportFlag(kind=flag.kind, evidence=list(flag.evidence)) for flag in flags]
    report.targets = [
        ReportTarget(area_id=report.area_id, key=key, reported_at=report.submitted_at, reporter_id=report.reporter_id)
        for key in sorted(targets)
    ]
    report.flag_count = len(flags)
    officers_view = report.urgency_set_by_officer
    report.urgent = officers_view if officers_view is not None else guard.is_urgent(flags, rules)
    return flags


def officers_of(area_id: int) -> list[User]:
    """The officers assigned to an area, to be told of what cannot wait."""
    return list(
        db.session.scalars(
            sa.select(User)
            .join(OfficerAssignment, OfficerAssignment.user_id == User.id)
            .where(OfficerAssignment.area_id == area_id, User.disabled_at.is_(None))
            .order_by(User.id)
        )
    )


def _tell_officers_it_is_urgent(report: Report) -> None:
    """An urgent report (danger, a threat, a confrontation planned for tonight) is emailed to the
    area's officers at once, through the outbox; the email says where to look, not what was said."""
    link = mail.absolute_url("watch.report", report_id=report.id)
    for officer in officers_of(report.area_id):
        mail.queue(
            "watch_report_urgent",
            officer.email,
            _("Urgent report in %(area)s", area=report.area.name),
            officer=officer,
            report=report,
            link=link,
        )


def _victim_key(report: Report, rules: GuardRules) -> str:
    """Who the victim is, the same way each time: the reporter, or the address or place named."""
    if report.victim == VictimRole.REPORTER:
        return f"{REPORTER_KEY}{report.reporter_id}"
    if report.victim == VictimRole.SOMEONE_ELSE:
        addresses = sorted(
            key for key in guard.extract_targets("", report.location, rules) if key.startswith("address:")
        )
        return addresses[0] if addresses else "place:" + normalise_place(report.location)[:200]
    return ""


def _mark_repeat_victim(report: Report, rules: GuardRules, settings, now: datetime) -> None:
    report.victim_key = _victim_key(report, rules)
    if not report.victim_key:
        report.victim_report_count, report.repeat_victim_detected = 1, False
        return
    since = now - timedelta(days=settings.watch_repeat_victim_days)
    query = sa.select(sa.func.count(Report.id)).where(
        Report.victim_key == report.victim_key,
        Report.submitted_at >= since,
        Report.status != ReportStatus.WITHDRAWN,
    )
    if report.id is not None:
        query = query.where(Report.id != report.id)
    if not report.victim_key.startswith(REPORTER_KEY):
        # An address or a place means the same victim only within one area.
        query = query.where(Report.area_id == report.area_id)
    earlier = db.session.scalar(query)
    report.victim_report_count = earlier + 1
    report.repeat_victim_detected = report.victim_report_count >= settings.watch_repeat_victim_reports


def _flag_event(actor: User, report: Report, flags: Sequence[Flag], sent_anyway: bool) -> None:
    if not flags:
        return
    kinds = ", ".join(flag.kind for flag in flags)
    reason = f"Sent after the writer was shown: {kinds}" if sent_anyway else f"Found on screening: {kinds}"
    audit.record(actor, "watch.report.flagged", report, reason=reason, after={"flags": [f.kind for f in flags]})


# --- Photos --------------------------------------------------------------------------------------


@service
def store_photos(actor: User, scheme: Scheme, uploads: Iterable[Upload], already_chosen: int = 0) -> list[ReportPhoto]:
    """Check, clean and keep photos chosen on a report form, before the report is sent.

    They stay the uploader's alone until a report they send takes them; a page that is re-shown
    (because the guard found something) keeps them, so nobody has to choose them again.
    """
    require(actor, "watch.report.submit", scheme)
    uploads = [upload for upload in uploads if upload.filename]
    if not uploads:
        return []
    settings = settings_for(scheme.area.force)
    if already_chosen + len(uploads) > settings.watch_photos_per_report:
        raise DomainError(
            _("You can add up to %(max)d photos to a report", max=settings.watch_photos_per_report), "photos"
        )
    limits = photos.PhotoLimits.of(settings)
    cleaned = [
        photos.clean_photo(upload.stream.read(limits.max_bytes + 1), limits, upload.filename[:80]) for upload in uploads
    ]
    stored = []
    for photo in cleaned:
        record = ReportPhoto(
            uploaded_by=actor,
            stored_name=photos.new_stored_name(photo.content_type),
            content_type=photo.content_type,
            width=photo.width,
            height=photo.height,
            size_bytes=len(photo.data),
        )
        photos.write(record.stored_name, photo.data)
        db.session.add(record)
        stored.append(record)
    purge_pending_photos(settings.watch_pending_photo_hours)
    return stored


def _chosen_photos(check: Checker, actor: User, photo_ids: Iterable[int]) -> list[ReportPhoto]:
    """The actor's own photos not yet sent with a report; any other id is a problem, not ignored."""
    ids = {int(photo_id) for photo_id in photo_ids}
    if not ids:
        return []
    chosen = list(
        db.session.scalars(
            sa.select(ReportPhoto)
            .where(ReportPhoto.id.in_(ids), ReportPhoto.uploaded_by_id == actor.id, ReportPhoto.report_id.is_(None))
            .order_by(ReportPhoto.id)
        )
    )
    unknown = sorted(ids - {photo.id for photo in chosen})
    if unknown:
        check.add(
            "photo_ids",
            _(
                "These are not photos you uploaded, or they were already sent or deleted: %(ids)s",
                ids=", ".join(str(photo_id) for photo_id in unknown),
            ),
        )
    return chosen


def pending_photo_count(actor: User) -> int:
    """How many photos the actor uploaded that no report has taken yet."""
    return db.session.scalar(
        sa.select(sa.func.count(ReportPhoto.id)).where(
            ReportPhoto.uploaded_by_id == actor.id, ReportPhoto.report_id.is_(None)
        )
    )


@service
def purge_pending_photos(hours: int = 24) -> int:
    """Delete photos chosen on forms that were never sent (the command line runs it daily)."""
    before = utcnow() - timedelta(hours=hours)
    stale = db.session.scalars(
        sa.select(ReportPhoto).where(ReportPhoto.report_id.is_(None), ReportPhoto.uploaded_at < before).limit(500)
    ).all()
    for photo in stale:
        photos.remove(photo.stored_name)
        db.session.delete(photo)
    return len(stale)


# --- Reports -------------------------------------------------------------------------------------


def _add_version(report: Report, flags: Sequence[Flag], now: datetime, reply: str = "") -> None:
    report.versions.append(
        ReportVersion(
            number=report.version,
            category=report.category,
            occurred_at=report.occurred_at,
            location=report.location,
            map_point=report.map_point,
            description=report.description,
            police_reference=report.police_reference,
            reply=reply,
            flags=[flag.as_dict() for flag in flags],
            created_at=now,
        )
    )


def _apply(report: Report, details: ReportDetails) -> None:
    report.category = details.category
    report.occurred_at = details.occurred_at
    report.location = details.location
    report.map_point = details.map_point
    report.description = details.description
    report.police_reference = details.police_reference
    report.victim = details.victim
    report.repeat_victim_declared = details.repeat_victim


def _refuse_another_kind_of_scheme(actor: User, scheme: Scheme) -> None:
    """A member who picked their Speed Watch scheme is told where reports go, not just "no"."""
    if scheme.kind != SchemeKind.WATCH and is_member(actor, scheme.id):
        raise DomainError(
            _(
                "%(scheme)s is not a Neighbourhood Watch scheme: send reports to a Neighbourhood Watch scheme",
                scheme=scheme.name,
            ),
            field="scheme_id",
        )


@service
def submit_report(
    actor: User,
    scheme: Scheme,
    details: ReportDetails,
    *,
    photo_ids: Iterable[int] = (),
    send_anyway: bool = False,
    flags_seen: str | None = None,
    now: datetime | None = None,
) -> Report:
    """Send a report for review. The guard screens it; flags the writer has not seen stop it
    (FlagsToConfirm) until they rephrase or send anyway, and then go with it to the officer."""
    _refuse_another_kind_of_scheme(actor, scheme)
    require(actor, "watch.report.submit", scheme)
    now = now or utcnow()
    force = scheme.area.force
    settings = settings_for(force)
    check = Checker()
    details = _checked_details(check, details, settings, now)
    chosen = _chosen_photos(check, actor, photo_ids)
    _check_photo_count(check, len(chosen), settings)
    check.done()
    rules = guard.rules_for(force)

    # Built whole before it is stored: a new report's collections start empty, with nothing to load.
    report = Report(
        scheme=scheme,
        scheme_id=scheme.id,
        area=scheme.area,
        area_id=scheme.area_id,
        reporter=actor,
        reporter_id=actor.id,
        status=ReportStatus.SUBMITTED,
        version=1,
        submitted_at=now,
        updated_at=now,
        flags=[],
        targets=[],
        versions=[],
        decisions=[],
        photos=chosen,
    )
    _apply(report, details)
    flags = _screen(report, rules, report.description, now)
    _confirm_guard(flags, send_anyway, flags_seen)
    _mark_repeat_victim(report, rules, settings, now)
    _add_version(report, flags, now)
    place = insert_graph(report, children=("versions", "flags", "targets"), along=audit.chain_place_riding_with(report))
    audit.record(
        actor,
        "watch.report.submitted",
        report,
        place=place,
        after={
            "scheme_id": scheme.id,
            "category": report.category.value,
            "photos": len(chosen),
            "flags": [flag.kind for flag in flags],
            "urgent": report.urgent,
            "repeat_victim": report.is_repeat_victim,
        },
    )
    _flag_event(actor, report, flags, sent_anyway=send_anyway)
    if report.urgent:
        _tell_officers_it_is_urgent(report)
    return report


@service
def correct_report(
    actor: User,
    report: Report,
    details: ReportDetails,
    *,
    reply: str = "",
    photo_ids: Iterable[int] = (),
    send_anyway: bool = False,
    flags_seen: str | None = None,
    now: datetime | None = None,
) -> Report:
    """Change a report before it is decided, or answer an officer's question: a new version is
    kept (officers see the earlier ones), the guard screens it again, and it awaits review."""
    require(actor, "watch.report.correct", report)
    if not report.may_become(ReportStatus.SUBMITTED):
        raise Conflict(_("This report can no longer be changed"))
    now = now or utcnow()
    force = report.area.force
    settings = settings_for(force)
    check = Checker()
    details = _checked_details(check, details, settings, now)
    answering = report.status == ReportStatus.NEEDS_MORE_INFORMATION
    reply = check.text(
        reply,
        "reply",
        limit=REPLY_MAX_CHARS,
        missing=_("Answer the officer's question") if answering else None,
        too_long=_("Your answer must be %(max)d characters or fewer", max=REPLY_MAX_CHARS),
    )
    chosen = _chosen_photos(check, actor, photo_ids)
    _check_photo_count(check, len(report.photos) + len(chosen), settings)
    check.done()
    rules = guard.rules_for(force)
    text = screening.report_text(details.description, reply)
    _confirm_guard(screening.writer_flags(rules, text, details.location), send_anyway, flags_seen)

    before = {"status": report.status.value, "version": report.version, "flags": report.flag_kinds()}
    was_urgent = report.urgent
    _apply(report, details)
    report.version += 1
    report.status = ReportStatus.SUBMITTED
    report.updated_at = now
    flags = _screen(report, rules, text, now)
    _mark_repeat_victim(report, rules, settings, now)
    _add_version(report, flags, now, reply=reply)
    report.photos.extend(chosen)
    audit.record(
        actor,
        "watch.report.replied" if answering else "watch.report.corrected",
        report,
        before=before,
        after={"status": report.status.value, "version": report.version, "flags": [f.kind for f in flags]},
    )
    _flag_event(actor, report, flags, sent_anyway=send_anyway)
    if report.urgent and not was_urgent:
        _tell_officers_it_is_urgent(report)
    return report


@service
def set_urgency(actor: User, report: Report, urgent: bool, reason: str) -> Report:
    """An officer marks a report urgent (it goes to the top of the queue, and the area's other
    officers are told) or not urgent, with a reason; their view outlasts the guard's."""
    require(actor, "watch.report.set_urgency", report)
    if not report.is_open:
        raise Conflict(_("This report has been decided: its urgency no longer matters"))
    check = Checker()
    reason = review.checked_reason(check, reason, settings_for(report.area.force).watch_decision_reason_min_chars)
    check.done()
    if report.urgent == urgent and report.urgency_set_by_officer == urgent:
        raise Conflict(_("This report is already marked so"))
    before = {"urgent": report.urgent}
    report.urgent = report.urgency_set_by_officer = urgent
    report.updated_at = utcnow()
    audit.record(
        actor,
        "watch.report.marked_urgent" if urgent else "watch.report.marked_not_urgent",
        report,
        reason=reason,
        before=before,
        after={"urgent": urgent},
    )
    if urgent and not before["urgent"]:
        _tell_officers_it_is_urgent(report)
    return report


@service
def withdraw_report(actor: User, report: Report, reason: str = "") -> Report:
    """The reporter takes their report back before it is decided; it no longer counts towards
    repeat targeting, and stays visible to them and the officers as withdrawn."""
    require(actor, "watch.report.withdraw", report)
    if not report.may_become(ReportStatus.WITHDRAWN):
        raise Conflict(_("This report has already been decided and cannot be withdrawn"))
    check = Checker()
    reason = check.text(
        reason,
        "reason",
        limit=WITHDRAWAL_REASON_MAX_CHARS,
        too_long=_("Your reason must be %(max)d characters or fewer", max=WITHDRAWAL_REASON_MAX_CHARS),
    )
    check.done()
    before = report.status.value
    report.status = ReportStatus.WITHDRAWN
    report.withdrawn_at = report.updated_at = utcnow()
    report.withdrawal_reason = reason
    report.targets = []
    audit.record(
        actor, "watch.report.withdrawn", report, reason=reason, before={"status": before}, after={"status": "withdrawn"}
    )
    return report


# --- Review --------------------------------------------------------------------------------------


def _check_flags_weighed(check: Checker, report: Report, decision: Decision | None, acknowledged: list[str]) -> None:
    if decision is None or not decision.closes:
        return
    unacknowledged = [kind for kind in report.flag_kinds() if kind not in acknowledged]
    if unacknowledged:
        check.add(
            "acknowledged_flags",
            _(
                "This report is flagged. Acknowledge each flag and address it in your reason before you close "
                "it: %(kinds)s",
                kinds=", ".join(str(FLAG_LABELS.get(kind, kind)) for kind in unacknowledged),
            ),
        )


def _checked_decision(check: Checker, report: Report, details: DecisionDetails, settings) -> DecisionDetails:
    """The officer's decision, trimmed, with every problem found added to `check`."""
    decision = check.choice(Decision, details.decision, "decision", _("Choose a decision"))
    reason = review.checked_reason(check, details.reason, settings.watch_decision_reason_min_chars)
    if decision == Decision.NEEDS_MORE_INFORMATION:
        missing, too_long = _("Write the question for the reporter"), _("The question is too long")
    else:
        missing, too_long = _("Write the outcome for the reporter"), _("The outcome is too long")
    message = check.text(details.message, "message", limit=MESSAGE_MAX_CHARS, missing=missing, too_long=too_long)
    acknowledged = sorted({str(kind) for kind in details.acknowledged_flags or ()})
    _check_flags_weighed(check, report, decision, acknowledged)
    referred_to = ""
    if decision == Decision.REFERRED:
        referred_to = check.text(
            details.referred_to,
            "referred_to",
            limit=REFERRED_TO_MAX_CHARS,
            missing=_("Name the partner you referred it to"),
            too_long=_("The partner's name must be %(max)d characters or fewer", max=REFERRED_TO_MAX_CHARS),
        )
    ground = ""
    if decision == Decision.REJECTED:
        ground = check.choice(
            RejectionGround, details.rejection_ground, "rejection_ground", _("Choose why the report is rejected")
        )
    return DecisionDetails(decision, reason, message, acknowledged, referred_to, ground or "")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def _quoted_run(summary: str, originals: Iterable[str]) -> str:
    """A run of QUOTED_WORDS words the summary shares with the report, or ""."""
    runs = set()
    for original in originals:
        words = _words(original)
        runs.update(" ".join(words[i : i + QUOTED_WORDS]) for i in range(len(words) - QUOTED_WORDS + 1))
    words = _words(summary)
    for i in range(len(words) - QUOTED_WORDS + 1):
        run = " ".join(words[i : i + QUOTED_WORDS])
        if run in runs:
            return run
    return ""


def _check_own_words(check: Checker, report: Report, field: str, text: str) -> None:
    """A summary for others must be the officer's own words, and must not point at anyone."""
    originals = [part for version in report.versions for part in (version.description, version.reply) if part]
    quoted = _quoted_run(text, originals)
    if quoted:
        check.add(field, _('Write the summary in your own words: "%(words)s" repeats the report', words=quoted))
        return
    flags = guard.screen(text, rules=guard.rules_for(report.area.force))
    found = [evidence for flag in flags if flag.kind in SUMMARY_FORBIDDEN_KINDS for evidence in flag.evidence]
    if found:
        check.add(
            field,
            _(
                "A summary must not identify or accuse anyone. Remove: %(words)s",
                words=", ".join(f'"{word}"' for word in found),
            ),
        )


def _checked_summary(check: Checker, report: Report, details: SummaryDetails) -> SummaryDetails:
    """The summary's two parts and its audience, with every problem found added to `check`."""
    too_long = _("Each part of the summary must be %(max)d characters or fewer", max=SUMMARY_MAX_CHARS)
    you_said = check.text(
        details.you_said,
        "you_said",
        limit=SUMMARY_MAX_CHARS,
        missing=_("Write what was reported, in your own words"),
        too_long=too_long,
    )
    we_did = check.text(
        details.we_did, "we_did", limit=SUMMARY_MAX_CHARS, missing=_("Write what the police did"), too_long=too_long
    )
    if not (details.share_with_scheme or details.publish):
        check.add("audience", _("Choose whether to share the summary with the scheme, publish it, or both"))
    for field, text in (("you_said", you_said), ("we_did", we_did)):
        if text and not check.has(field):
            _check_own_words(check, report, field, text)
    return SummaryDetails(you_said, we_did, bool(details.share_with_scheme), bool(details.publish))


def _checked_decision_and_summary(
    report: Report, details: DecisionDetails, summary: SummaryDetails | None
) -> tuple[Checker, DecisionDetails, bool]:
    check = Checker()
    details = _checked_decision(check, report, details, settings_for(report.area.force))
    decision = details.decision
    wants_summary = summary is not None and summary.wanted
    if wants_summary and decision is not None:
        if decision.closes and decision != Decision.REJECTED:
            _checked_summary(check, report, summary)
        else:
            check.add("audience", _("Only an actioned, referred or closed report can be summarised"))
    return check, details, wants_summary


def check_decision(report: Report, details: DecisionDetails, summary: SummaryDetails | None = None) -> None:
    """Refuse a decision with every problem at once, changing nothing."""
    check, _details, _wants_summary = _checked_decision_and_summary(report, details, summary)
    check.done()


def _require_summarisable(report: Report, status: ReportStatus) -> None:
    """`status` is the report's status once the decision that goes with the summary is made."""
    if status not in SHAREABLE_STATUSES:
        raise Conflict(_("Only reports that were actioned, referred or closed without action can be summarised"))
    if report.summary is not None:
        raise Conflict(_("A summary of this report has already been shared"))


@service
def decide_report(
    actor: User,
    report: Report,
    details: DecisionDetails,
    summary: SummaryDetails | None = None,
    now: datetime | None = None,
) -> ReportDecision:
    """An officer's decision, with its reason and the message for the reporter (emailed and shown
    on their report). Closing a flagged report needs every flag acknowledged. A summary for the
    scheme or the public may go with a decision that closes the report."""
    require(actor, "watch.report.decide", report)
    if report.status != ReportStatus.SUBMITTED:
        raise Conflict(_("This report is not awaiting review"))
    now = now or utcnow()
    check, details, wants_summary = _checked_decision_and_summary(report, details, summary)
    check.done()
    decision = details.decision

    recorded = ReportDecision(
        report=report,
        decision=decision,
        reason=details.reason,
        message=details.message,
        referred_to=details.referred_to,
        rejection_ground=RejectionGround(details.rejection_ground) if details.rejection_ground else None,
        flags=[flag.as_dict() for flag in report.flags],
        acknowledged_flags=list(details.acknowledged_flags),
        decided_by=actor,
        decided_at=now,
    )
    db.session.add(recorded)
    review.record_decision(
        actor,
        report,
        decision.status,
        event="watch.report.decided" if decision.closes else "watch.report.more_information_requested",
        reason=details.reason,
        after={
            "decision": decision.value,
            "referred_to": details.referred_to,
            "rejection_ground": details.rejection_ground,
            "flags": report.flag_kinds(),
            "acknowledged_flags": list(details.acknowledged_flags),
        },
        not_pending=_("This report is not awaiting review"),
    )
    if decision.closes:
        report.decided_at, report.decided_by = now, actor
    report.updated_at = now
    _tell_reporter(report, recorded)
    if wants_summary:
        share_summary(actor, report, summary, now=now)
    return recorded


def _tell_reporter(report: Report, decision: ReportDecision) -> None:
    """Email the outcome, or the officer's question, with a link to the report."""
    if decision.decision.closes:
        template, subject = "watch_report_outcome", _("An officer has reviewed your report")
    else:
        template, subject = "watch_report_question", _("An officer needs more information about your report")
    mail.queue(
        template,
        report.reporter.email,
        subject,
        user=report.reporter,
        report=report,
        decision=decision,
        link=mail.absolute_url("watch.report", report_id=report.id),
    )


@service
def share_summary(actor: User, report: Report, details: SummaryDetails, now: datetime | None = None) -> WatchSummary:
    """Share a redacted summary of a closed report with its scheme, the public, or both."""
    require(actor, "watch.report.decide", report)
    _require_summarisable(report, report.status)
    check = Checker()
    summary = _checked_summary(check, report, details)
    check.done()
    now = now or utcnow()
    shared = WatchSummary(
        report=report,
        scheme_id=report.scheme_id,
        area_id=report.area_id,
        you_said=summary.you_said,
        we_did=summary.we_did,
        shared_with_scheme=summary.share_with_scheme,
        published=summary.publish,
        written_by=actor,
        created_at=now,
        version=1,
        versions=[],
    )
    _add_summary_version(shared, SummaryChange.SHARED, actor, now)
    db.session.add(shared)
    audiences = [
        name for name, chosen in (("scheme", summary.share_with_scheme), ("public", summary.publish)) if chosen
    ]
    audit.record(
        actor,
        "watch.summary.shared",
        shared,
        reason=f"Redacted summary of report {report.id} shared with: {', '.join(audiences)}",
        after={"report_id": report.id, "shared_with_scheme": shared.shared_with_scheme, "published": shared.published},
    )
    return shared


def _add_summary_version(summary: WatchSummary, change: SummaryChange, actor: User, now, reason: str = "") -> None:
    summary.versions.append(
        WatchSummaryVersion(
            number=summary.version,
            change=change,
            you_said=summary.you_said,
            we_did=summary.we_did,
            shared_with_scheme=summary.shared_with_scheme,
            published=summary.published,
            reason=reason,
            written_by=actor,
            written_at=now,
        )
    )


def _audiences(summary: WatchSummary) -> dict:
    return {
        "version": summary.version,
        "shared_with_scheme": summary.shared_with_scheme,
        "published": summary.published,
    }


def _summary_change_reason(check: Checker, summary: WatchSummary, reason: str | None) -> str:
    return review.checked_reason(check, reason, settings_for(summary.area.force).watch_decision_reason_min_chars)


def check_summary_change(summary: WatchSummary, details: SummaryDetails, reason: str | None) -> None:
    """Refuse a change to a summary with every problem at once, changing nothing."""
    check = Checker()
    _checked_summary(check, summary.report, details)
    _summary_change_reason(check, summary, reason)
    check.done()


@service
def change_summary(
    actor: User, summary: WatchSummary, details: SummaryDetails, reason: str, now: datetime | None = None
) -> WatchSummary:
    """Change a summary already shared or published (or share a withdrawn one again), with a reason:
    the pages show the new text at once, and the old one is kept in its versions."""
    require(actor, "watch.summary.change", summary)
    check = Checker()
    wanted = _checked_summary(check, summary.report, details)
    reason = _summary_change_reason(check, summary, reason)
    check.done()
    unchanged = summary.withdrawn_at is None and (
        wanted.you_said,
        wanted.we_did,
        wanted.share_with_scheme,
        wanted.publish,
    ) == (summary.you_said, summary.we_did, summary.shared_with_scheme, summary.published)
    if unchanged:
        raise Conflict(_("The summary already says this, to the same people"))
    now = now or utcnow()
    before = {**_audiences(summary), "withdrawn": summary.withdrawn_at is not None}
    summary.you_said, summary.we_did = wanted.you_said, wanted.we_did
    summary.shared_with_scheme, summary.published = wanted.share_with_scheme, wanted.publish
    summary.version += 1
    summary.updated_at, summary.withdrawn_at = now, None
    _add_summary_version(summary, SummaryChange.CHANGED, actor, now, reason)
    audit.record(
        actor,
        "watch.summary.changed",
        summary,
        reason=reason,
        before=before,
        after={**_audiences(summary), "withdrawn": False, "report_id": summary.report_id},
    )
    return summary


@service
def withdraw_summary(actor: User, summary: WatchSummary, reason: str, now: datetime | None = None) -> WatchSummary:
    """Take a summary off the scheme's and the public pages, with a reason; its texts are kept."""
    require(actor, "watch.summary.change", summary)
    if summary.withdrawn_at is not None:
        raise Conflict(_("This summary has already been withdrawn"))
    check = Checker()
    reason = _summary_change_reason(check, summary, reason)
    check.done()
    now = now or utcnow()
    before = _audiences(summary)
    summary.shared_with_scheme = summary.published = False
    summary.version += 1
    summary.updated_at = summary.withdrawn_at = now
    _add_summary_version(summary, SummaryChange.WITHDRAWN, actor, now, reason)
    audit.record(
        actor,
        "watch.summary.withdrawn",
        summary,
        reason=reason,
        before=before,
        after={**_audiences(summary), "report_id": summary.report_id},
    )
    return summary


# --- Repeat victims ------------------------------------------------------------------------------


@service
def mark_repeat_victim(actor: User, report: Report, repeat: bool, reason: str) -> Report:
    """An officer's judgement that a report is, or is not, from a repeat victim, with a reason: it
    overrides what the reporter said and what the count of reports found, until changed again, and
    stays when the reporter corrects the report."""
    require(actor, "watch.report.mark_repeat_victim", report)
    if report.status == ReportStatus.WITHDRAWN:
        raise Conflict(_("This report was withdrawn by the reporter"))
    if repeat and report.repeat_victim_marked is True:
        raise Conflict(_("This report is already marked as from a repeat victim"))
    if not repeat and not report.is_repeat_victim:
        raise Conflict(_("This report is not counted as from a repeat victim"))
    check = Checker()
    reason = review.checked_reason(check, reason, settings_for(report.area.force).watch_decision_reason_min_chars)
    check.done()
    before = {"repeat_victim": report.is_repeat_victim, "marked": report.repeat_victim_marked}
    report.repeat_victim_marked = repeat
    report.repeat_victim_marked_by, report.repeat_victim_marked_at = actor, utcnow()
    report.repeat_victim_mark_reason = reason
    audit.record(
        actor,
        "watch.report.repeat_victim_marked" if repeat else "watch.report.repeat_victim_unmarked",
        report,
        reason=reason,
        before=before,
        after={"repeat_victim": repeat, "marked": repeat},
    )
    return report


# --- Alerts --------------------------------------------------------------------------------------


def alert_recipients(schemes: Sequence[Scheme]) -> list[User]:
    """Everyone with an active membership of any of the schemes, once each."""
    if not schemes:
        return []
    return list(
        db.session.scalars(
            sa.select(User)
            .where(
                User.disabled_at.is_(None),
                User.id.in_(
                    sa.select(Membership.user_id).where(
                        Membership.scheme_id.in_([scheme.id for scheme in schemes]),
                        Membership.status == MembershipStatus.ACTIVE,
                    )
                ),
            )
            .order_by(User.id)
        )
    )


@service
def send_alert(actor: User, area: Area, schemes: Sequence[Scheme], title: str, body: str) -> Alert:
    """An officer's message to some or all schemes of one of their areas.

    One email per member goes into the outbox in this transaction: sent after the commit on a
    laptop, or by the `flask mail deliver --loop` worker (MAIL_DELIVERY=worker) so that alerting
    thousands of members never holds up the officer's request.
    """
    require(actor, "watch.alert.send", area)
    schemes = list({scheme.id: scheme for scheme in schemes}.values())
    check = Checker()
    if not schemes:
        check.add("schemes", _("Choose at least one scheme to alert"))
    elif any(scheme.area_id != area.id for scheme in schemes):
        check.add("schemes", _("Choose schemes of this area only"))
    title = check.text(
        title,
        "title",
        limit=ALERT_TITLE_MAX_CHARS,
        missing=_("Enter a title"),
        too_long=_("The title must be %(max)d characters or fewer", max=ALERT_TITLE_MAX_CHARS),
    )
    body = check.text(
        body,
        "body",
        limit=ALERT_BODY_MAX_CHARS,
        missing=_("Enter the message"),
        too_long=_("The message must be %(max)d characters or fewer", max=ALERT_BODY_MAX_CHARS),
    )
    check.done()
    recipients = alert_recipients(schemes)
    alert = Alert(area=area, title=title, body=body, sent_by=actor, recipient_count=len(recipients))
    alert.schemes = schemes
    db.session.add(alert)
    db.session.flush()
    link = mail.absolute_url("watch.alert", alert_id=alert.id)
    for recipient in recipients:
        mail.queue("watch_alert", recipient.email, f"{area.name}: {title}", alert=alert, link=link)
    audit.record(
        actor,
        "watch.alert.sent",
        alert,
        reason=title,
        after={"scheme_ids": sorted(scheme.id for scheme in schemes), "recipients": len(recipients)},
    )
    return alert
