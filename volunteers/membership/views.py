"""Onboarding pages: joining from the public page, invitations, applications, the coordinator's
member list and member pages, vetting decisions and hours.

Every page here needs a signed-in user unless marked `@public`; which scheme or membership a
person may see or change is decided by the action rules on the object, never by the page.
"""

import logging
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, flash, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import SelectChoice

from volunteers import hours, links, vetting
from volunteers.admin.forms import SCHEME_KIND_LABELS
from volunteers.auth.views import start_session
from volunteers.csv_export import csv_response
from volunteers.extensions import db, limiter
from volunteers.home import scheme_actions_for
from volunteers.membership import export, invitations, joining, lifecycle, queries, records
from volunteers.membership.forms import (
    ApplicationForm,
    CheckForm,
    DateOfBirthForm,
    HoursForm,
    InterestForm,
    InviteForm,
    MemberFilterForm,
    OptionalReasonForm,
    ReasonForm,
    SchemeSearchForm,
)
from volunteers.membership.models import ExpressionOfInterest, InterestStatus
from volunteers.models import CheckKind, Membership, MembershipStatus, Scheme, SchemeKind, VettingCheck
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404, public
from volunteers.registry import registries
from volunteers.settings import settings_for
from volunteers.web import ListPagination, done, form_page, submitted

log = logging.getLogger(__name__)

bp = Blueprint("membership", __name__)
gate_blueprint(bp, Gate.SIGNED_IN)

MEMBERS_PER_PAGE = 50


@bp.app_template_filter("scheme_kind")
def _scheme_kind_label(kind) -> str:
    return str(SCHEME_KIND_LABELS[SchemeKind(kind)])


@bp.app_template_filter("hours")
def _hours_label(minutes) -> str:
    return hours.as_hours(minutes or 0)


@bp.app_template_filter("check_label")
def _check_label(kind) -> str:
    return str(vetting.CHECK_LABELS[CheckKind(kind)])


def _interest_limit() -> str:
    return current_app.config["INTEREST_RATE_LIMIT"]


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def _scheme(scheme_id: int, action: str) -> Scheme:
    return permitted_or_404(Scheme, scheme_id, action)


def _membership(membership_id: int, action: str = "membership.view") -> Membership:
    return permitted_or_404(Membership, membership_id, action)


# --- Joining, for the public ----------------------------------------------------------------


@bp.route("/join")
@public
def join():
    form = SchemeSearchForm(request.args)
    search = (form.q.data or "") if form.validate() else ""
    page = db.paginate(queries.schemes_taking_interest(search), per_page=20, error_out=False)
    return render_template("membership/join.html", form=form, page=page, search=search)


@bp.route("/join/<int:scheme_id>", methods=["GET", "POST"])
@public
@limiter.limit(_interest_limit, methods=["POST"])
def express_interest(scheme_id):
    scheme = db.get_or_404(Scheme, scheme_id)
    if not scheme.accepts_interest:
        abort(404)
    form = InterestForm()
    if form.is_submitted() and form.website.data:
        log.info("expression of interest for scheme %s caught by the honeypot; not stored", scheme.id)
        return render_template("membership/interest_sent.html", scheme=scheme)
    if submitted(form, lambda: joining.express_interest(scheme, form.name.data, form.email.data, form.message.data)):
        return render_template("membership/interest_sent.html", scheme=scheme)
    return form_page("membership/express_interest.html", form, scheme=scheme)


@bp.route("/code-of-conduct")
@public
def code_of_conduct():
    scheme = queries.scheme_or_none(request.args.get("scheme", ""))
    version = settings_for(scheme.area.force if scheme else None).code_of_conduct_version
    return render_template("membership/code_of_conduct.html", scheme=scheme, version=version, kinds=SchemeKind)


# --- Accepting an invitation -------------------------------------------------------------------


def _prefilled(user) -> dict:
    profile = queries.profile_of(user) if user.id else None
    return {
        "name": user.name,
        "phone": user.phone,
        "date_of_birth": user.date_of_birth,
        "languages": profile.languages if profile else "",
        "accessibility_needs": profile.accessibility_needs if profile else "",
    }


@bp.route("/invitation", methods=["GET", "POST"])
@bp.route("/invitation/<secret>", methods=["GET"])
@public
@limiter.limit(_sign_in_limit, methods=["POST"])
def accept_invitation(secret=None):
    moved = links.moved_to_session("invitation", "membership.accept_invitation", secret)
    if moved:
        return moved
    secret = links.secret_in_session("invitation")
    token = queries.invitation_for_link(secret)
    if token is None:
        return render_template("membership/invitation_expired.html"), 404
    membership, invitee = token.membership, token.membership.user
    signed_in = current_user._get_current_object() if current_user.is_authenticated else None
    has_account = bool(invitee.password_hash)
    if has_account and (signed_in is None or signed_in.id != invitee.id):
        return render_template("membership/invitation_sign_in.html", membership=membership, signed_in=signed_in)
    form = ApplicationForm(data=_prefilled(invitee))
    if has_account:
        form.for_existing_account()
    if not vetting.policy_for(membership).may_need_guardian(membership):
        form.without_guardian()
    password = None if has_account else form.password.data
    if applied := submitted(form, lambda: invitations.accept_invitation(secret, signed_in, form.answers(), password)):
        links.forget("invitation")
        if not has_account:
            start_session(applied.result)
        return done(
            _("Thank you for applying. Your coordinator will be in touch about the checks."),
            "membership.membership",
            membership_id=membership.id,
        )
    return form_page("membership/apply.html", form, membership=membership, has_account=has_account)


# --- Coordinators -----------------------------------------------------------------------------


@bp.route("/coordinate")
@gate(Gate.COORDINATOR)
def coordinate():
    today = date.today()
    summaries = [queries.scheme_summary(scheme, today) for scheme in queries.coordinated_schemes(current_user)]
    lapsed = queries.lapsed_coordinator_schemes(current_user)
    return render_template("membership/coordinate.html", summaries=summaries, lapsed=lapsed)


@bp.route("/schemes/<int:scheme_id>/members")
def scheme_members(scheme_id):
    scheme = _scheme(scheme_id, "scheme.view_members")
    form = MemberFilterForm(request.args)
    filters = form.filters()
    rows = queries.member_rows(scheme, date.today(), filters, current_user)
    page = ListPagination(items=rows, per_page=MEMBERS_PER_PAGE, error_out=False)
    minutes = hours.minutes_by_member(scheme, hours.HoursPeriod.year_to_date(date.today()))
    return render_template(
        "membership/members.html", scheme=scheme, form=form, filters=filters, page=page, minutes=minutes
    )


@bp.route("/schemes/<int:scheme_id>/members.csv")
def export_members(scheme_id):
    scheme = _scheme(scheme_id, "scheme.manage_members")
    filters = MemberFilterForm(request.args).filters()
    rows = export.export_members(current_user, scheme, filters, date.today())
    return csv_response(f"members-{scheme.id}-{date.today().isoformat()}.csv", export.CSV_HEADER, rows)


@bp.route("/schemes/<int:scheme_id>/invite", methods=["GET", "POST"])
def invite(scheme_id):
    scheme = _scheme(scheme_id, "scheme.manage_members")
    form = InviteForm()
    if invited := submitted(form, lambda: invitations.invite(current_user, scheme, form.email.data, form.name.data)):
        return done(_("Invitation sent"), "membership.membership", membership_id=invited.result.id)
    return form_page("membership/invite.html", form, scheme=scheme)


@bp.route("/schemes/<int:scheme_id>/interest")
def interest_list(scheme_id):
    scheme = _scheme(scheme_id, "scheme.manage_members")
    return render_template(
        "membership/interest_list.html",
        scheme=scheme,
        waiting=queries.interest_for(scheme, InterestStatus.NEW),
        answered=[
            *queries.interest_for(scheme, InterestStatus.INVITED, 20),
            *queries.interest_for(scheme, InterestStatus.DECLINED, 20),
        ],
    )


def _interest(interest_id: int) -> ExpressionOfInterest:
    return permitted_or_404(ExpressionOfInterest, interest_id, "interest.decide")


@bp.route("/interest/<int:interest_id>/invite", methods=["POST"])
def invite_interest(interest_id):
    membership = joining.invite_from_interest(current_user, _interest(interest_id))
    return done(_("Invitation sent"), "membership.membership", membership_id=membership.id)


@bp.route("/interest/<int:interest_id>/decline", methods=["GET", "POST"])
def decline_interest(interest_id):
    asked = _interest(interest_id)
    form = ReasonForm()
    if submitted(form, lambda: joining.decline_interest(current_user, asked, form.reason.data)):
        return done(
            _("Declined. The person has been emailed your reason."),
            "membership.interest_list",
            scheme_id=asked.scheme_id,
        )
    return form_page("membership/decline_interest.html", form, interest=asked)


# --- A membership -----------------------------------------------------------------------------


def _check_kind(value) -> CheckKind | None:
    try:
        return CheckKind(value)
    except ValueError:
        return None


def _check_form(membership: Membership, today: date) -> CheckForm:
    form = CheckForm()
    form.kind.choices = [
        SelectChoice(kind.value, vetting.CHECK_LABELS[kind]) for kind in vetting.required_checks(membership, today)
    ]
    return form


def _render_membership(membership: Membership, check_form: CheckForm | None = None, status: int = 200):
    today = date.today()
    year = hours.HoursPeriod.year_to_date(today)
    may_read_answers = can(current_user, "membership.view_application", membership)
    return render_template(
        "membership/membership.html",
        membership=membership,
        row=queries.member_row(membership, today),
        cleared=vetting.is_cleared(membership, today),
        actions=scheme_actions_for(current_user, membership.scheme) if membership.user_id == current_user.id else [],
        settings=settings_for(membership.scheme.area.force),
        history=queries.membership_history(membership),
        application=queries.application_of(membership) if may_read_answers else None,
        profile=queries.profile_of(membership.user) if may_read_answers else None,
        invitation=queries.open_invitation(membership) if membership.status == MembershipStatus.INVITED else None,
        hours_entries=hours.entries_for(membership, limit=20),
        minutes_this_year=hours.minutes_for_membership(membership, year),
        minutes_in_total=hours.minutes_for_membership(membership),
        check_form=check_form or _check_form(membership, today),
        other_sections=[section(current_user, membership) for section in registries().membership_sections.values()],
    ), status


@bp.route("/memberships/<int:membership_id>")
def membership(membership_id):
    return _render_membership(_membership(membership_id))


@bp.route("/memberships/<int:membership_id>/checks", methods=["POST"])
def record_check(membership_id):
    membership = _membership(membership_id, "membership.manage")
    form = _check_form(membership, date.today())
    was_active = membership.status == MembershipStatus.ACTIVE
    recorded = submitted(
        form,
        lambda: lifecycle.record_check(
            current_user, membership, CheckKind(form.kind.data), form.completed_on.data, form.detail.data or ""
        ),
        check=lambda: lifecycle.check_vetting_item(
            membership, _check_kind(form.kind.data), form.completed_on.data, form.detail.data or ""
        ),
    )
    if recorded:
        message = _("Check recorded")
        if not was_active and membership.status == MembershipStatus.ACTIVE:
            message = _("Check recorded. Every check is in place: they are now an active member.")
        return done(message, "membership.membership", membership_id=membership.id)
    return _render_membership(membership, check_form=form, status=400)


@bp.route("/checks/<int:check_id>/withdraw", methods=["GET", "POST"])
def withdraw_check(check_id):
    check = permitted_or_404(VettingCheck, check_id, "membership.withdraw_check")
    form = ReasonForm()
    was_active = check.membership.status == MembershipStatus.ACTIVE
    if submitted(form, lambda: lifecycle.withdraw_check(current_user, check, form.reason.data)):
        message = _("Check withdrawn. It is kept on record but no longer counts.")
        if was_active and check.membership.status == MembershipStatus.VETTING:
            message = _("Check withdrawn. Until it is recorded correctly the membership is back in vetting.")
        return done(message, "membership.membership", membership_id=check.membership_id)
    return form_page("membership/withdraw_check.html", form, check=check)


@bp.route("/memberships/<int:membership_id>/date-of-birth", methods=["GET", "POST"])
def correct_date_of_birth(membership_id):
    membership = _membership(membership_id, "membership.manage")
    form = DateOfBirthForm(data={"date_of_birth": membership.user.date_of_birth})
    corrected = submitted(
        form,
        lambda: records.correct_date_of_birth(current_user, membership, form.date_of_birth.data, form.reason.data),
        check=lambda: records.check_date_of_birth(membership, form.date_of_birth.data, form.reason.data),
    )
    if corrected:
        if corrected.result.newly_needed:
            needed = ", ".join(str(vetting.CHECK_LABELS[kind]) for kind in corrected.result.newly_needed)
            flash(_("At their corrected age they also need: %(items)s. Record it before they take part.", items=needed))
        if corrected.result.age_problem:
            flash(corrected.result.age_problem)
        return done(
            _("Date of birth corrected. They have been told."), "membership.membership", membership_id=membership.id
        )
    return form_page("membership/correct_date_of_birth.html", form, membership=membership)


@bp.route("/memberships/<int:membership_id>/complete-vetting", methods=["POST"])
def complete_vetting(membership_id):
    membership = _membership(membership_id, "membership.manage")
    lifecycle.complete_vetting(current_user, membership)
    return done(
        _("%(name)s is now an active member", name=membership.user.display_name),
        "membership.membership",
        membership_id=membership.id,
    )


@bp.route("/memberships/<int:membership_id>/invitation/resend", methods=["POST"])
def resend_invitation(membership_id):
    membership = _membership(membership_id, "membership.manage")
    invitations.resend_invitation(current_user, membership)
    return done(
        _("A new invitation has been sent. The earlier link no longer works."),
        "membership.membership",
        membership_id=membership.id,
    )


@dataclass(frozen=True)
class Decision:
    """A decision about a membership taken on a page of its own, with a reason."""

    service: object
    form: type
    title: object
    button: object
    hint: object
    confirmation: object
    warning: bool = False


DECISIONS = {
    "suspend": Decision(
        lifecycle.suspend,
        ReasonForm,
        _l("Suspend this member"),
        _l("Suspend"),
        _l("It takes effect at once: they will not be able to submit anything. They will be emailed this reason."),
        _l("Suspended. They can no longer submit anything."),
        warning=True,
    ),
    "reinstate": Decision(
        lifecycle.reinstate,
        ReasonForm,
        _l("Reinstate this member"),
        _l("Reinstate"),
        _l("They will be emailed this reason. They can submit again if their checks are in date."),
        _l("Reinstated"),
    ),
    "end": Decision(
        lifecycle.end_membership,
        ReasonForm,
        _l("End this membership"),
        _l("End membership"),
        _l("Use this to decline an application or to record that someone has left. They will be emailed this reason."),
        _l("Membership ended"),
        warning=True,
    ),
    "cancel_invitation": Decision(
        invitations.cancel_invitation,
        OptionalReasonForm,
        _l("Cancel this invitation"),
        _l("Cancel invitation"),
        _l("The link in the invitation will stop working at once."),
        _l("Invitation cancelled"),
        warning=True,
    ),
}


def _decide(membership_id: int, name: str):
    membership = _membership(membership_id, "membership.manage")
    decision = DECISIONS[name]
    form = decision.form()
    if submitted(form, lambda: decision.service(current_user, membership, form.reason.data or "")):
        return done(str(decision.confirmation), "membership.membership", membership_id=membership.id)
    return form_page("membership/decision.html", form, membership=membership, decision=decision)


@bp.route("/memberships/<int:membership_id>/suspend", methods=["GET", "POST"])
def suspend(membership_id):
    return _decide(membership_id, "suspend")


@bp.route("/memberships/<int:membership_id>/reinstate", methods=["GET", "POST"])
def reinstate(membership_id):
    return _decide(membership_id, "reinstate")


@bp.route("/memberships/<int:membership_id>/end", methods=["GET", "POST"])
def end_membership(membership_id):
    return _decide(membership_id, "end")


@bp.route("/memberships/<int:membership_id>/invitation/cancel", methods=["GET", "POST"])
def cancel_invitation(membership_id):
    return _decide(membership_id, "cancel_invitation")


# --- Hours ------------------------------------------------------------------------------------


@bp.route("/memberships/<int:membership_id>/hours", methods=["GET", "POST"])
def log_hours(membership_id):
    membership = _membership(membership_id, "hours.log")
    form = HoursForm()
    logged = submitted(
        form,
        lambda: hours.log_hours(
            current_user,
            membership,
            form.worked_on.data,
            form.minutes,
            hours.HoursActivity(form.activity.data),
            form.description.data or "",
        ),
    )
    if logged:
        return done(_("Hours logged"), "membership.membership", membership_id=membership.id)
    return form_page("membership/log_hours.html", form, membership=membership)


@bp.route("/hours/<int:entry_id>/void", methods=["GET", "POST"])
def void_hours(entry_id):
    entry = permitted_or_404(hours.VolunteerHours, entry_id, "hours.void")
    form = ReasonForm()
    if submitted(form, lambda: hours.void_hours(current_user, entry, form.reason.data)):
        return done(_("Hours removed from the totals"), "membership.membership", membership_id=entry.membership_id)
    return form_page("membership/void_hours.html", form, entry=entry)


@bp.route("/schemes/<int:scheme_id>/hours")
def scheme_hours(scheme_id):
    scheme = _scheme(scheme_id, "scheme.view_members")
    today = date.today()
    year = hours.HoursPeriod.year_to_date(today)
    rows = queries.member_rows(scheme, today, queries.MemberFilters(status="all"))
    return render_template(
        "membership/scheme_hours.html",
        scheme=scheme,
        rows=rows,
        year=hours.minutes_by_member(scheme, year),
        total=hours.minutes_by_member(scheme),
        scheme_year=hours.minutes_by_scheme([scheme.id], year).get(scheme.id, 0),
        scheme_total=hours.minutes_by_scheme([scheme.id]).get(scheme.id, 0),
        area_year=hours.minutes_by_area([scheme.area_id], year).get(scheme.area_id, 0),
    )
