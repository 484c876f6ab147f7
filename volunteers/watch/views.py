"""Neighbourhood Watch pages: reporting, one's own reports, officers' review, summaries and alerts.

A report is opened only by its reporter and the officers of its area; anyone else gets the same
404 as for a report that does not exist, so ids reveal nothing.
"""

from flask import Blueprint, abort, render_template, request, send_file
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.datastructures import FileStorage
from wtforms.fields.choices import SelectChoice

from volunteers import guard
from volunteers.errors import DomainError
from volunteers.extensions import db, talisman
from volunteers.forms import choices_of
from volunteers.models import Area, Scheme, SchemeKind
from volunteers.permissions import Gate, gate, gate_blueprint, permitted_or_404, public, require
from volunteers.settings import settings_for
from volunteers.watch import labels, photos, queries, services
from volunteers.watch.forms import (
    AlertForm,
    CorrectionForm,
    DecisionForm,
    NewReportForm,
    RepeatVictimForm,
    SummaryChangeForm,
    SummaryForm,
    SummaryWithdrawForm,
    UrgencyForm,
    WithdrawForm,
)
from volunteers.watch.models import Alert, Report, ReportPhoto, WatchSummary
from volunteers.web import done, form_page, show_other_problems, show_refusal, submitted

bp = Blueprint("watch", __name__, url_prefix="/watch")
gate_blueprint(bp, Gate.SIGNED_IN)


@bp.app_template_filter("paragraphs")
def _paragraphs(text: str, evidence=()) -> list:
    """What someone wrote as paragraphs of escaped text, line breaks kept, evidence marked."""
    return labels.paragraphs(text or "", list(evidence or []))


@bp.app_context_processor
def _watch_words() -> dict:
    """The names of categories, decisions and flags, for every page and email that shows them."""
    return {"watch_labels": labels}


PER_PAGE = 20


def _visible(model, object_id: int, action: str):
    """The object if the current user may see it; otherwise the 404 of an object that is not there."""
    return permitted_or_404(model, object_id, action, hide_refusal=True)


def _uploads(form) -> list[services.Upload]:
    files = [f for f in form.photos.data or [] if isinstance(f, FileStorage) and f.filename]
    return [services.Upload(f.filename, f.stream) for f in files]


def _take_photos(form, scheme: Scheme, attached: int = 0) -> list[ReportPhoto]:
    """Photos chosen earlier on this form and still ticked, plus any chosen now (stored at once, so
    that a page shown again because of the guard keeps them)."""
    kept = queries.pending_photos(current_user, form.keep_photos.data)
    try:
        kept += services.store_photos(current_user, scheme, _uploads(form), already_chosen=attached + len(kept))
    except DomainError as error:
        show_refusal(form, error)
    form.keep_photos.choices = [
        SelectChoice(photo.id, _("Photo %(number)d", number=number)) for number, photo in enumerate(kept, 1)
    ]
    form.keep_photos.data = [photo.id for photo in kept]
    return kept


def _as_entered(report: Report) -> dict:
    """A report's details as its correction form shows them."""
    return {
        "category": report.category.value,
        "occurred_at": report.occurred_at,
        "location": report.location,
        "map_point": report.map_point,
        "description": report.description,
        "police_reference": report.police_reference,
        "victim": report.victim.value,
        "repeat_victim": report.repeat_victim_declared,
    }


def _report_page(template: str, form, report: Report | None, scheme: Scheme, kept, flags=(), **context):
    settings = settings_for(scheme.area.force)
    return render_template(
        template,
        form=form,
        report=report,
        scheme=scheme,
        kept_photos=kept,
        guard_flags=flags,
        max_chars=settings.watch_description_max_chars,
        max_photos=settings.watch_photos_per_report,
        **context,
    )


# --- Reporting --------------------------------------------------------------------------------------


@bp.route("/")
@gate(Gate.VOLUNTEER)
def my_reports():
    page = db.paginate(queries.reports_of(current_user), per_page=PER_PAGE, error_out=False)
    return render_template(
        "watch/my_reports.html", page=page, may_report=bool(queries.schemes_to_report_to(current_user))
    )


def _send(form, scheme: Scheme, send, attached: int = 0):
    """A report form's submission: photos kept, the guard's flags shown, every problem on the form.

    Returns the report sent (or None), the photos chosen so far and the flags the writer must see.
    """
    if not form.is_submitted():
        return None, [], []
    valid = form.validate()
    kept = _take_photos(form, scheme, attached)
    if not valid:
        try:
            services.check_report(scheme, form.details())
        except DomainError as error:
            show_other_problems(form, error)
        return None, kept, []
    if form.photos.errors:
        return None, kept, []
    try:
        return send(), kept, []
    except services.FlagsToConfirm as found:
        form.flags_seen.data = found.digest
        return None, kept, found.flags
    except DomainError as error:
        show_refusal(form, error)
        return None, kept, []


def _asked_for_another_kind() -> Scheme | None:
    """One of the person's own schemes that is not a Neighbourhood Watch, if the link they followed
    or the form they sent names it: reports cannot go there, and the page says why."""
    if request.method == "POST":
        asked = request.form.get("scheme", type=int)
    else:
        asked = request.args.get("scheme_id", type=int)
    membership = current_user.membership_of(asked) if asked else None
    return membership.scheme if membership and membership.scheme.kind != SchemeKind.WATCH else None


@bp.route("/reports/new", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def new_report():
    schemes = queries.schemes_to_report_to(current_user)
    elsewhere = _asked_for_another_kind()
    if not schemes or elsewhere:
        return render_template(
            "watch/cannot_report.html",
            asked=elsewhere,
            schemes=schemes,
            memberships=queries.watch_memberships(current_user),
        ), 403
    form = NewReportForm()
    form.scheme.choices = choices_of(schemes)
    if not form.is_submitted():
        form.scheme.data = request.args.get("scheme_id", type=int)
    scheme = next((s for s in schemes if s.id == form.scheme.data), schemes[0])
    report, kept, flags = _send(
        form,
        scheme,
        lambda: services.submit_report(
            current_user,
            scheme,
            form.details(),
            photo_ids=form.keep_photos.data,
            send_anyway=bool(form.send_anyway.data),
            flags_seen=form.flags_seen.data or "",
        ),
    )
    if report is not None:
        return done(_("Report sent. An officer will review it."), "watch.report", report_id=report.id)
    return _report_page("watch/new_report.html", form, None, scheme, kept, flags)


@bp.route("/reports/<int:report_id>")
def report(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    settings = settings_for(report.area.force)
    officer_view = report.reporter_id != current_user.id
    repeat_window_days = guard.rules_for(report.area.force).repeat_window_days
    return render_template(
        "watch/report.html",
        report=report,
        officer_view=officer_view,
        earlier_victim_reports=queries.earlier_reports_about_victim(
            report, current_user, settings.watch_repeat_victim_days
        )
        if officer_view
        else [],
        related_reports=queries.reports_naming_the_same(report, current_user, repeat_window_days)
        if officer_view
        else [],
        repeat_victim_days=settings.watch_repeat_victim_days,
        repeat_window_days=repeat_window_days,
    )


@bp.route("/reports/<int:report_id>/correct", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def correct_report(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.correct", report)
    form = CorrectionForm(data=_as_entered(report) if request.method == "GET" else None)
    corrected, kept, flags = _send(
        form,
        report.scheme,
        lambda: services.correct_report(
            current_user,
            report,
            form.details(),
            reply=form.reply.data or "",
            photo_ids=form.keep_photos.data,
            send_anyway=bool(form.send_anyway.data),
            flags_seen=form.flags_seen.data or "",
        ),
        attached=len(report.photos),
    )
    if corrected is not None:
        return done(_("Report updated. An officer will review it."), "watch.report", report_id=report.id)
    return _report_page("watch/correct_report.html", form, report, report.scheme, kept, flags)


@bp.route("/reports/<int:report_id>/withdraw", methods=["GET", "POST"])
@gate(Gate.VOLUNTEER)
def withdraw_report(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.withdraw", report)
    form = WithdrawForm()
    if submitted(form, lambda: services.withdraw_report(current_user, report, form.reason.data or "")):
        return done(_("Report withdrawn"), "watch.report", report_id=report.id)
    return render_template("watch/withdraw_report.html", form=form, report=report)


# A photo is shown as an image and nothing else: no script, no frame, no plugin, whatever its bytes.
PHOTO_POLICY = "default-src 'none'; sandbox"


@bp.route("/photos/<int:photo_id>")
@talisman(content_security_policy=PHOTO_POLICY, content_security_policy_nonce_in=[])
def photo(photo_id):
    """A photo, only for those who may see its report, never cached, never sniffed as anything else."""
    photo = _visible(ReportPhoto, photo_id, "watch.photo.view")
    try:
        path = photos.path_of(photo.stored_name)
    except ValueError:
        abort(404)
    if not path.is_file():
        abort(404)
    response = send_file(
        path,
        mimetype=photo.content_type,
        as_attachment=False,
        download_name=f"report-photo-{photo.id}.{photo.extension}",
        max_age=0,
        conditional=False,
        etag=False,
        last_modified=None,
    )
    response.headers["Cache-Control"] = "no-store, private"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


# --- Review -------------------------------------------------------------------------------------


@bp.route("/reports/<int:report_id>/decide", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def decide_report(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.decide", report)
    form = DecisionForm()
    form.acknowledged_flags.choices = [
        SelectChoice(flag.kind, _("I have weighed: %(flag)s", flag=labels.FLAG_LABELS.get(flag.kind, flag.kind)))
        for flag in report.flags
    ]
    decided = submitted(
        form,
        lambda: services.decide_report(current_user, report, form.details(), form.summary()),
        check=lambda: services.check_decision(report, form.details(), form.summary()),
    )
    if decided:
        return done(_("Decision recorded. The reporter has been told."), "main.review_queue")
    return render_template("watch/decide.html", form=form, report=report)


@bp.route("/reports/<int:report_id>/urgency", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def set_urgency(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.set_urgency", report)
    form = UrgencyForm()
    if submitted(form, lambda: services.set_urgency(current_user, report, not report.urgent, form.reason.data)):
        message = (
            _("Marked as urgent: the area's officers have been told") if report.urgent else _("Marked as not urgent")
        )
        return done(message, "watch.report", report_id=report.id)
    return render_template("watch/set_urgency.html", form=form, report=report)


@bp.route("/reports/<int:report_id>/summary", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def share_summary(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.decide", report)
    form = SummaryForm()
    if submitted(form, lambda: services.share_summary(current_user, report, form.summary())):
        return done(_("Summary shared"), "watch.report", report_id=report.id)
    return render_template("watch/share_summary.html", form=form, report=report)


def _changeable_summary(summary_id: int) -> WatchSummary:
    return _visible(WatchSummary, summary_id, "watch.summary.change")


@bp.route("/summaries/<int:summary_id>/change", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def change_summary(summary_id):
    summary = _changeable_summary(summary_id)
    form = SummaryChangeForm(
        data={
            "you_said": summary.you_said,
            "we_did": summary.we_did,
            "share_with_scheme": summary.shared_with_scheme,
            "publish": summary.published,
        }
    )
    changed = submitted(
        form,
        lambda: services.change_summary(current_user, summary, form.summary(), form.reason.data),
        check=lambda: services.check_summary_change(summary, form.summary(), form.reason.data),
    )
    if changed:
        return done(
            _("Summary changed. The earlier text is kept in its history."), "watch.report", report_id=summary.report_id
        )
    return form_page("watch/change_summary.html", form, summary=summary, report=summary.report)


@bp.route("/summaries/<int:summary_id>/withdraw", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def withdraw_summary(summary_id):
    summary = _changeable_summary(summary_id)
    form = SummaryWithdrawForm()
    if submitted(form, lambda: services.withdraw_summary(current_user, summary, form.reason.data)):
        return done(
            _("Summary withdrawn. Members and the public no longer see it."),
            "watch.report",
            report_id=summary.report_id,
        )
    return form_page("watch/withdraw_summary.html", form, summary=summary, report=summary.report)


@bp.route("/reports/<int:report_id>/repeat-victim", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def mark_repeat_victim(report_id):
    report = _visible(Report, report_id, "watch.report.view")
    require(current_user, "watch.report.mark_repeat_victim", report)
    form = RepeatVictimForm(data={"repeat": "no" if report.is_repeat_victim else "yes"})
    if submitted(
        form,
        lambda: services.mark_repeat_victim(current_user, report, form.repeat.data == "yes", form.reason.data),
    ):
        message = (
            _("Marked as from a repeat victim")
            if report.is_repeat_victim
            else _("No longer counted as from a repeat victim")
        )
        return done(message, "watch.report", report_id=report.id)
    return form_page("watch/repeat_victim.html", form, report=report, marking=form.repeat.data == "yes")


# --- Summaries ----------------------------------------------------------------------------------


@bp.route("/schemes/<int:scheme_id>/summaries")
def scheme_summaries(scheme_id):
    scheme = _visible(Scheme, scheme_id, "watch.scheme.read_summaries")
    page = db.paginate(queries.summaries_for_scheme(scheme), per_page=PER_PAGE, error_out=False)
    return render_template("watch/scheme_summaries.html", scheme=scheme, page=page)


@bp.route("/you-said-we-did")
@public
def you_said_we_did():
    page = db.paginate(queries.areas_with_published_summaries(), per_page=50, error_out=False)
    counts = queries.published_counts([area.id for area in page.items])
    return render_template("watch/you_said_we_did.html", page=page, counts=counts)


@bp.route("/you-said-we-did/<int:area_id>")
@public
def you_said_we_did_area(area_id):
    area = db.get_or_404(Area, area_id)
    page = db.paginate(queries.published_summaries(area), per_page=PER_PAGE, error_out=False)
    return render_template("watch/you_said_we_did_area.html", area=area, page=page)


# --- Alerts -------------------------------------------------------------------------------------


@bp.route("/alerts")
@gate(Gate.OFFICER)
def alerts():
    areas = sorted((a.area for a in current_user.officer_assignments), key=lambda area: area.name)
    return render_template("watch/alerts.html", areas=areas)


@bp.route("/areas/<int:area_id>/alerts")
@gate(Gate.OFFICER)
def area_alerts(area_id):
    area = _visible(Area, area_id, "watch.alert.send")
    page = db.paginate(queries.alerts_of_area(area), per_page=PER_PAGE, error_out=False)
    return render_template("watch/area_alerts.html", area=area, page=page)


@bp.route("/areas/<int:area_id>/alerts/new", methods=["GET", "POST"])
@gate(Gate.OFFICER)
def new_alert(area_id):
    area = _visible(Area, area_id, "watch.alert.send")
    form = AlertForm()
    form.schemes.choices = choices_of(area.schemes)
    if request.method == "GET":
        form.schemes.data = [scheme.id for scheme in area.schemes]
    chosen = [scheme for scheme in area.schemes if scheme.id in (form.schemes.data or [])]
    if sent := submitted(
        form, lambda: services.send_alert(current_user, area, chosen, form.title.data, form.body.data)
    ):
        message = _("Alert sent to %(count)d members", count=sent.result.recipient_count)
        return done(message, "watch.area_alerts", area_id=area.id)
    return render_template("watch/new_alert.html", form=form, area=area)


@bp.route("/alerts/<int:alert_id>")
def alert(alert_id):
    alert = _visible(Alert, alert_id, "watch.alert.view")
    return render_template("watch/alert.html", alert=alert)
