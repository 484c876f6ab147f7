"""Community Speed Watch pages: a scheme's sites, devices and sessions; booking; the roadside entry
form; uploading a sheet; submitting; and the officer's review of a session.

A session's sightings (with their plates) are shown only to its own volunteers and the area's
officers; anyone else gets the same 404 as for a session that does not exist.
"""

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.db_types import utcnow
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.forms import choices_of
from volunteers.local_time import at_local, formatted, local_date
from volunteers.models import Scheme
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404, require
from volunteers.settings import settings_for
from volunteers.speedwatch import labels, letters, queries, services, sheets
from volunteers.speedwatch.forms import (
    AssessmentForm,
    BookingForm,
    CalibrationForm,
    ConfirmForm,
    DeviceForm,
    ReasonForm,
    ReviewForm,
    SightingForm,
    SiteForm,
    UploadForm,
)
from volunteers.speedwatch.models import Device, RejectionReason, SessionStatus, Sighting, Site, SpeedwatchSession
from volunteers.web import done, form_page, show_refusal, submitted

bp = Blueprint("speedwatch", __name__, url_prefix="/speedwatch")
gate_blueprint(bp, Gate.SIGNED_IN)
# How many of the session's latest entries the roadside page lists.
LATEST_ENTRIES = 5


@bp.app_context_processor
def _speedwatch_words() -> dict:
    return {"speedwatch_labels": labels}


@bp.app_template_filter("clock")
def _clock(moment) -> str:
    """A time of day in local time, like 14:05."""
    return formatted(moment, "HH:mm") if moment else ""


def _visible(model, object_id: int, action: str):
    return permitted_or_404(model, object_id, action, hide_refusal=True)


def _scheme(scheme_id: int) -> Scheme:
    return _visible(Scheme, scheme_id, "speedwatch.scheme.view_sites")


# --- A scheme's sites, devices and sessions -------------------------------------------------------


@bp.route("/")
@gate(Gate.VOLUNTEER)
def my_sessions():
    """A volunteer's sessions, and the Speed Watch schemes they belong to."""
    schemes = [
        m.scheme for m in current_user.memberships if can(current_user, "speedwatch.scheme.view_sites", m.scheme)
    ]
    return render_template(
        "speedwatch/my_sessions.html", sessions=queries.sessions_of_volunteer(current_user), schemes=schemes
    )


@bp.route("/schemes/<int:scheme_id>")
def scheme(scheme_id):
    scheme = _scheme(scheme_id)
    settings = settings_for(scheme.area.force)
    return render_template(
        "speedwatch/scheme.html",
        scheme=scheme,
        sites=queries.sites_of_scheme(scheme),
        devices=queries.devices_of_scheme(scheme),
        upcoming=queries.sessions_of_scheme(scheme),
        past=queries.sessions_of_scheme(scheme, upcoming=False, limit=20),
        coordinating=can(current_user, "speedwatch.scheme.coordinate", scheme),
        today=local_date(utcnow()),
        warning_days=int(settings.speedwatch_site_review_warning_days),
    )


def _site_details(form: SiteForm) -> services.SiteDetails:
    return services.SiteDetails(
        name=form.name.data,
        road=form.road.data,
        speed_limit=form.speed_limit.data,
        latitude=form.latitude.data,
        longitude=form.longitude.data,
        description=form.description.data or "",
        visibility_notes=form.visibility_notes.data or "",
        standing_notes=form.standing_notes.data or "",
    )


@bp.route("/schemes/<int:scheme_id>/sites/new", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def propose_site(scheme_id):
    scheme = _scheme(scheme_id)
    require(current_user, "speedwatch.scheme.coordinate", scheme)
    form = SiteForm()
    if proposed := submitted(form, lambda: services.propose_site(current_user, scheme, _site_details(form))):
        return done(_("Site proposed: an officer will assess it"), "speedwatch.site", site_id=proposed.result.id)
    return form_page("speedwatch/site_form.html", form, scheme=scheme, site=None, limits=_limits(scheme))


def _limits(scheme: Scheme) -> list[int]:
    return sorted(int(limit) for limit in settings_for(scheme.area.force).speedwatch_speed_limits)


@bp.route("/sites/<int:site_id>")
def site(site_id):
    site = _visible(Site, site_id, "speedwatch.site.view")
    return render_template(
        "speedwatch/site.html",
        site=site,
        may_change=can(current_user, "speedwatch.site.change", site),
        may_assess=can(current_user, "speedwatch.site.assess", site),
        may_see_statistics=can(current_user, "speedwatch.site.statistics", site),
    )


@bp.route("/sites/<int:site_id>/change", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def change_site(site_id):
    site = _visible(Site, site_id, "speedwatch.site.view")
    require(current_user, "speedwatch.site.change", site)
    form = SiteForm(obj=site)
    if submitted(form, lambda: services.change_site(current_user, site, _site_details(form))):
        return done(_("Site changed: an officer will assess it again"), "speedwatch.site", site_id=site.id)
    return form_page("speedwatch/site_form.html", form, scheme=site.scheme, site=site, limits=_limits(site.scheme))


@bp.route("/sites/<int:site_id>/withdraw", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def withdraw_site(site_id):
    site = _visible(Site, site_id, "speedwatch.site.view")
    require(current_user, "speedwatch.site.change", site)
    form = ReasonForm()
    if submitted(form, lambda: services.withdraw_site(current_user, site, form.reason.data)):
        return done(_("Site withdrawn"), "speedwatch.scheme", scheme_id=site.scheme_id)
    return form_page("speedwatch/withdraw_site.html", form, site=site)


@bp.route("/sites/<int:site_id>/assessment", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def assess_site(site_id):
    site = _visible(Site, site_id, "speedwatch.site.view")
    require(current_user, "speedwatch.site.assess", site)
    form = AssessmentForm()

    def assess():
        assessment = services.Assessment(
            approve={"yes": True, "no": False}.get(form.approve.data),
            visible_to_drivers=form.visible_to_drivers.data,
            safe_standing_place=form.safe_standing_place.data,
            limit_signed=form.limit_signed.data,
            hazards=form.hazards.data or "",
            reason=form.reason.data,
        )
        return services.assess_site(current_user, site, assessment)

    if assessed := submitted(form, assess):
        message = _("Site approved") if assessed.result.approved else _("Site declined")
        return done(message, "main.home")
    return form_page("speedwatch/assess_site.html", form, site=site)


@bp.route("/schemes/<int:scheme_id>/devices/new", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def add_device(scheme_id):
    scheme = _scheme(scheme_id)
    require(current_user, "speedwatch.scheme.coordinate", scheme)
    form = DeviceForm()

    def add():
        details = services.DeviceDetails(
            form.serial_number.data, form.device_type.data, form.calibrated_on.data, form.calibration_due.data
        )
        return services.add_device(current_user, scheme, details)

    if submitted(form, add):
        return done(_("Device added"), "speedwatch.scheme", scheme_id=scheme.id)
    return form_page("speedwatch/device_form.html", form, scheme=scheme)


@bp.route("/devices/<int:device_id>/calibration", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def record_calibration(device_id):
    device = _visible(Device, device_id, "speedwatch.device.manage")
    form = CalibrationForm()
    run = lambda: services.record_calibration(  # noqa: E731 (one line, read once)
        current_user, device, form.calibrated_on.data, form.calibration_due.data
    )
    if submitted(form, run):
        return done(_("Calibration recorded"), "speedwatch.scheme", scheme_id=device.scheme_id)
    return form_page("speedwatch/calibration_form.html", form, device=device)


@bp.route("/devices/<int:device_id>/retire", methods=["POST"])
@gate(Gate.COORDINATOR)
def retire_device(device_id):
    device = _visible(Device, device_id, "speedwatch.device.manage")
    form = ConfirmForm()
    if submitted(form, lambda: services.retire_device(current_user, device)):
        return done(_("Device retired: it can no longer be booked"), "speedwatch.scheme", scheme_id=device.scheme_id)
    return redirect(url_for("speedwatch.scheme", scheme_id=device.scheme_id))


# --- Booking ----------------------------------------------------------------------------------


def _booking_choices(form: BookingForm, scheme: Scheme) -> None:
    form.site.choices = choices_of(
        queries.sites_of_scheme(scheme, usable_only=True), lambda site: f"{site.name} ({site.speed_limit} mph)"
    )
    form.device.choices = choices_of(queries.devices_of_scheme(scheme, in_use_only=True), lambda device: device.label)
    members = sorted(
        (m.user for m in scheme.memberships if m.status.value == "active"), key=lambda user: user.display_name
    )
    form.volunteers.choices = choices_of(members, lambda user: user.display_name)
    if not form.is_submitted():
        # The usual case, one site and one device: chosen already.
        for field in (form.site, form.device):
            if len(field.choices) == 1:
                field.data = field.choices[0].value


def _booking(form: BookingForm, scheme: Scheme) -> services.Booking:
    site = queries.site_of_scheme(scheme, form.site.data or None)
    device = queries.device_of_scheme(scheme, form.device.data or None)
    day = form.day.data
    starts_at = at_local(day, form.starts.clock) if day and form.starts.clock else None
    ends_at = at_local(day, form.ends.clock) if day and form.ends.clock else None
    chosen = set(form.volunteers.data or [])
    volunteers = [m.user for m in scheme.memberships if m.user_id in chosen]
    return services.Booking(site, device, starts_at, ends_at, volunteers)


@bp.route("/schemes/<int:scheme_id>/sessions/new", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def book_session(scheme_id):
    scheme = _scheme(scheme_id)
    require(current_user, "speedwatch.scheme.coordinate", scheme)
    form = BookingForm()
    _booking_choices(form, scheme)
    booked = submitted(
        form,
        lambda: services.book_session(current_user, scheme, _booking(form, scheme)),
        check=lambda: services.check_booking(scheme, _booking(form, scheme)),
    )
    if booked:
        return done(_("Session booked"), "speedwatch.session", session_id=booked.result.id)
    settings = settings_for(scheme.area.force)
    return form_page(
        "speedwatch/book_session.html",
        form,
        scheme=scheme,
        settings=settings,
        longest=services.duration_words(int(settings.speedwatch_session_max_minutes)),
    )


# --- A session ----------------------------------------------------------------------------------


def _session(session_id: int, action: str = "speedwatch.session.view") -> SpeedwatchSession:
    return _visible(SpeedwatchSession, session_id, action)


def _session_page(session: SpeedwatchSession, form: ConfirmForm, status: int = 200):
    return render_template(
        "speedwatch/session.html",
        session=session,
        sees_sightings=can(current_user, "speedwatch.session.view_sightings", session),
        runs=can(current_user, "speedwatch.session.run", session),
        manages=can(current_user, "speedwatch.session.manage", session),
        reviews=can(current_user, "speedwatch.session.review", session),
        form=form,
        letters=_letters_of(session),
    ), status


def _letters_of(session: SpeedwatchSession) -> list:
    """The letters the session's review led to, for those who may see them (its area's officers)."""
    if session.status != SessionStatus.REVIEWED:
        return []
    found = letters.letters_of_session(session)
    return [letter for letter in found if can(current_user, "speedwatch.letter.view", letter)]


@bp.route("/sessions/<int:session_id>")
def session(session_id):
    return _session_page(_session(session_id), ConfirmForm())


@bp.route("/sessions/<int:session_id>/start", methods=["POST"])
@gate(Gate.VOLUNTEER)
def start_session(session_id):
    session = _session(session_id)
    form = ConfirmForm()
    if submitted(form, lambda: services.start_session(current_user, session)):
        return done(
            _("Session started: record vehicles at or above the threshold"),
            "speedwatch.roadside",
            session_id=session.id,
        )
    return _session_page(session, form, 409)


def _entry(form: SightingForm, session: SpeedwatchSession) -> dict:
    """What the volunteer typed, with the time on the session's day (now when left empty)."""
    clock = form.at.clock
    if clock is None:
        observed_at = utcnow().replace(microsecond=0)
    else:
        observed_at = at_local(local_date(session.starts_at), clock)
    return {
        "registration": form.registration.data,
        "speed": form.speed.data,
        "make": form.make.data,
        "colour": form.colour.data,
        "model": form.model.data,
        "direction": form.direction.data,
        "observed_at": observed_at,
    }


@bp.route("/sessions/<int:session_id>/roadside", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def roadside(session_id):
    """The page a volunteer keeps open at the roadside: one fast form, the count, the last entries."""
    session = _session(session_id, "speedwatch.session.view_sightings")
    require(current_user, "speedwatch.session.run", session)
    form = SightingForm()
    if session.status != SessionStatus.RUNNING:
        return redirect(url_for("speedwatch.session", session_id=session.id))
    recorded = submitted(
        form,
        lambda: services.record_sighting(current_user, session, _entry(form, session)),
        check=lambda: services.check_sighting(session, _entry(form, session)),
    )
    if recorded:
        sighting = recorded.result
        return done(
            _("Recorded %(plate)s at %(speed)d mph", plate=sighting.registration, speed=sighting.speed),
            "speedwatch.roadside",
            session_id=session.id,
        )
    status = 400 if form.is_submitted() else 200
    return render_template(
        "speedwatch/roadside.html",
        session=session,
        form=form,
        latest=queries.sightings_in(session, newest_first=True, limit=LATEST_ENTRIES),
        confirm=ConfirmForm(),
    ), status


@bp.route("/sessions/<int:session_id>/sightings/<int:sighting_id>/delete", methods=["POST"])
@gate(Gate.VOLUNTEER)
def delete_sighting(session_id, sighting_id):
    session = _session(session_id, "speedwatch.session.view_sightings")
    sighting = db.get_or_404(Sighting, sighting_id)
    form = ConfirmForm()
    if submitted(form, lambda: services.delete_sighting(current_user, session, sighting)):
        return done(_("Entry removed"), "speedwatch.roadside", session_id=session.id)
    return redirect(url_for("speedwatch.roadside", session_id=session.id))


@bp.route("/sessions/<int:session_id>/upload", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def upload_sheet(session_id):
    """A sheet written on paper, typed into a spreadsheet: the good lines stored, the others listed."""
    session = _session(session_id, "speedwatch.session.view_sightings")
    require(current_user, "speedwatch.session.run", session)
    form = UploadForm()
    result = None
    if form.validate_on_submit():
        result = _record_sheet(form, session)
    return render_template(
        "speedwatch/upload.html",
        session=session,
        form=form,
        result=result,
        max_bytes=int(settings_for(session.scheme.area.force).speedwatch_upload_max_bytes),
    ), 400 if form.errors or form.form_errors else 200


def _record_sheet(form: UploadForm, session: SpeedwatchSession):
    upload = form.sheet.data
    if not upload or not getattr(upload, "filename", ""):
        form.sheet.errors = [_("Choose the CSV file of the session's sheet")]
        return None
    limit = int(settings_for(session.scheme.area.force).speedwatch_upload_max_bytes)
    raw = upload.stream.read(limit + 1)
    if len(raw) > limit:
        form.sheet.errors = [_("The file must be smaller than %(size)d KB", size=limit // 1024)]
        return None
    try:
        sheet = sheets.read_sheet(raw, local_date(session.starts_at))
        recorded = services.record_sightings(current_user, session, sheet.entries, source="sheet", lines=sheet.lines)
    except sheets.SheetProblem as problem:
        form.sheet.errors = [str(problem)]
        return None
    except DomainError as error:
        show_refusal(form, error)
        return None
    refused = sorted(
        [(line, problems) for line, problems in sheet.unreadable]
        + [(refusal.line, refusal.problems) for refusal in recorded.refused]
    )
    return {"stored": len(recorded.stored), "refused": refused}


@bp.route("/sessions/sheet-template.csv")
@gate(Gate.VOLUNTEER)
def sheet_template():
    return Response(
        sheets.template_csv(),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="speed-watch-sheet.csv"'},
    )


@bp.route("/sessions/<int:session_id>/submit", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def submit_session(session_id):
    session = _session(session_id, "speedwatch.session.view_sightings")
    require(current_user, "speedwatch.session.run", session)
    form = ConfirmForm()
    if submitted(form, lambda: services.submit_session(current_user, session)):
        return done(_("Session submitted: an officer will review it"), "speedwatch.session", session_id=session.id)
    return form_page("speedwatch/submit_session.html", form, session=session)


@bp.route("/sessions/<int:session_id>/cancel", methods=["GET", "POST"])
@gate(Gate.COORDINATOR)
def cancel_session(session_id):
    session = _session(session_id)
    require(current_user, "speedwatch.session.manage", session)
    form = ReasonForm()
    if submitted(form, lambda: services.cancel_session(current_user, session, form.reason.data)):
        return done(_("Session cancelled"), "speedwatch.scheme", scheme_id=session.scheme_id)
    return form_page("speedwatch/cancel_session.html", form, session=session)


# --- The officer's review -------------------------------------------------------------------------


def _decisions(sightings) -> dict[int, services.SightingDecision]:
    """The page's radios and reasons per sighting; an undecided sighting is left out (and refused)."""
    decisions = {}
    accept_rest = request.form.get("accept_rest") == "y"
    for sighting in sightings:
        choice = request.form.get(f"decision-{sighting.id}") or ("accept" if accept_rest else None)
        if choice == "accept":
            decisions[sighting.id] = services.SightingDecision(True)
        elif choice == "reject":
            reason = request.form.get(f"reason-{sighting.id}", "")
            known = reason in {item.value for item in RejectionReason}
            decisions[sighting.id] = services.SightingDecision(False, RejectionReason(reason) if known else None)
    return decisions


@bp.route("/sessions/<int:session_id>/review", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def review_session(session_id):
    """Accept or reject each sighting, seeing each plate's history in the force."""
    session = _session(session_id, "speedwatch.session.view_sightings")
    require(current_user, "speedwatch.session.review", session)
    sightings = queries.sightings_in(session)
    form = ReviewForm()
    problems: dict[str, list[str]] = {}
    if form.validate_on_submit():
        try:
            record = services.review_session(current_user, session, _decisions(sightings), form.note.data)
        except DomainError as error:
            problems = error.errors
            form.form_errors.extend(getattr(error, "general", []) or ([] if problems else [error.message]))
        else:
            return done(
                _(
                    "Session reviewed: %(accepted)d accepted, %(rejected)d rejected",
                    accepted=record.accepted_count,
                    rejected=record.rejected_count,
                ),
                "speedwatch.session",
                session_id=session.id,
            )
    return render_template(
        "speedwatch/review_session.html",
        session=session,
        sightings=sightings,
        histories=queries.plate_histories(session, sightings),
        form=form,
        chosen=request.form,
        problems=problems,
    ), 400 if form.is_submitted() else 200
