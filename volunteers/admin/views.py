"""A force's administration pages: areas, schemes, officers and the audit trail."""

from datetime import time, timedelta

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from volunteers import audit_anchor, audit_labels
from volunteers.admin import audit_explorer, services
from volunteers.admin.forms import (
    AreaForm,
    AuditFilterForm,
    InterestSwitchForm,
    OfficerAreasForm,
    OfficerForm,
    RoleForm,
    SchemeForm,
)
from volunteers.auth import second_factor
from volunteers.auth.forms import ResetSecondFactorForm
from volunteers.auth.services import find_user_by_email
from volunteers.csv_export import csv_response
from volunteers.extensions import db
from volunteers.forms import choices_of
from volunteers.local_time import at_local
from volunteers.membership import roles
from volunteers.membership.forms import InviteForm
from volunteers.membership.invitations import invite
from volunteers.models import Area, Force, Membership, MembershipRole, Scheme, SchemeKind, User
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404
from volunteers.web import done, form_page, submitted

bp = Blueprint("admin", __name__, url_prefix="/admin")
gate_blueprint(bp, Gate.ADMIN)


def _administered_force(force_id: int) -> Force:
    return permitted_or_404(Force, force_id, "force.administer")


@bp.route("/")
def overview():
    forces = sorted((role.force for role in current_user.admin_roles), key=lambda force: force.name)
    officers = {force.id: services.officers_of(force) for force in forces}
    return render_template("admin/overview.html", forces=forces, officers=officers)


@bp.route("/forces/<int:force_id>/areas/new", methods=["GET", "POST"])
def new_area(force_id):
    force = _administered_force(force_id)
    form = AreaForm()
    if submitted(form, lambda: services.create_area(current_user, force, form.name.data)):
        return done(_("Area added"), "admin.overview")
    return render_template("admin/area_form.html", form=form, force=force)


@bp.route("/forces/<int:force_id>/schemes/new", methods=["GET", "POST"])
def new_scheme(force_id):
    force = _administered_force(force_id)
    form = SchemeForm()
    form.area.choices = choices_of(force.areas)
    added = submitted(
        form,
        lambda: services.create_scheme(
            current_user,
            db.get_or_404(Area, form.area.data),
            SchemeKind(form.kind.data),
            form.name.data,
            form.description.data or "",
        ),
    )
    if added:
        return done(_("Scheme added"), "admin.overview")
    return render_template("admin/scheme_form.html", form=form, force=force)


@bp.route("/forces/<int:force_id>/officers/new", methods=["GET", "POST"])
def new_officer(force_id):
    force = _administered_force(force_id)
    form = OfficerForm()
    form.areas.choices = choices_of(force.areas)
    areas = [area for area in force.areas if area.id in (form.areas.data or [])]
    if submitted(form, lambda: services.create_officer(current_user, force, form.email.data, form.name.data, areas)):
        return done(_("Officer added. They have been emailed a link to set up their account."), "admin.overview")
    return render_template("admin/officer_form.html", form=form, force=force)


@bp.route("/forces/<int:force_id>/officers/<int:user_id>", methods=["GET", "POST"])
def officer_areas(force_id, user_id):
    force = _administered_force(force_id)
    officer = db.get_or_404(User, user_id)
    if officer not in services.officers_of(force):
        return render_template("errors/404.html"), 404
    form = OfficerAreasForm()
    form.areas.choices = choices_of(force.areas)
    if request.method == "GET":
        form.areas.data = [a.area_id for a in officer.officer_assignments if a.area.force_id == force.id]
    areas = [area for area in force.areas if area.id in (form.areas.data or [])]
    if submitted(form, lambda: services.set_officer_areas(current_user, force, officer, areas)):
        return done(_("Areas updated"), "admin.overview")
    return render_template("admin/officer_areas.html", form=form, force=force, officer=officer)


@bp.route("/forces/<int:force_id>/people/<int:user_id>/second-factor/reset", methods=["GET", "POST"])
def reset_second_factor(force_id, user_id):
    force = _administered_force(force_id)
    person = permitted_or_404(User, user_id, "user.reset_second_factor", hide_refusal=True)
    form = ResetSecondFactorForm()
    if submitted(form, lambda: second_factor.reset_for(current_user, person, form.reason.data)):
        return done(
            _("Second factor reset: they set up a new authenticator app when they next sign in."), "admin.overview"
        )
    return render_template("admin/reset_second_factor.html", form=form, force=force, person=person)


@bp.route("/schemes/<int:scheme_id>/coordinators/invite", methods=["GET", "POST"])
def invite_coordinator(scheme_id):
    scheme = db.get_or_404(Scheme, scheme_id)
    force = _administered_force(scheme.force_id)
    form = InviteForm()
    invited = submitted(
        form, lambda: invite(current_user, scheme, form.email.data, form.name.data, MembershipRole.COORDINATOR)
    )
    if invited:
        return done(
            _("Invitation sent. Record their checks on their page once they have applied."),
            "membership.membership",
            membership_id=invited.result.id,
        )
    return render_template("admin/invite_coordinator.html", form=form, force=force, scheme=scheme)


@bp.route("/schemes/<int:scheme_id>/interest", methods=["POST"])
def switch_interest(scheme_id):
    scheme = db.get_or_404(Scheme, scheme_id)
    _administered_force(scheme.force_id)
    form = InterestSwitchForm()
    if not form.validate_on_submit():
        abort(400)
    accepts = form.accepts.data == "yes"
    services.set_accepts_interest(current_user, scheme, accepts)
    if accepts:
        message = _("%(scheme)s is listed on the public join page again", scheme=scheme.name)
    else:
        message = _("%(scheme)s is no longer listed on the public join page", scheme=scheme.name)
    return done(message, "admin.overview")


@bp.route("/memberships/<int:membership_id>/role", methods=["GET", "POST"])
def change_role(membership_id):
    membership = permitted_or_404(Membership, membership_id, "membership.change_role")
    offered = MembershipRole.MEMBER if membership.role == MembershipRole.COORDINATOR else MembershipRole.COORDINATOR
    form = RoleForm(data={"role": offered.value})
    changed = submitted(
        form, lambda: roles.change_role(current_user, membership, MembershipRole(form.role.data), form.reason.data)
    )
    if changed:
        if membership.role == MembershipRole.COORDINATOR:
            message = _("%(name)s is now a coordinator of the scheme", name=membership.user.display_name)
        else:
            message = _("%(name)s is no longer a coordinator of the scheme", name=membership.user.display_name)
        return done(message, "membership.membership", membership_id=membership.id)
    return form_page("admin/change_role.html", form, membership=membership, offered=offered)


CURSOR_ARGUMENTS = ("older", "newer")


def _audit_filters(force: Force) -> tuple[AuditFilterForm, audit_explorer.AuditFilters | None]:
    """The filter form as the admin filled it in, and what it narrows the trail to (None while it
    has errors: then nothing is shown, rather than more than was asked for)."""
    form = AuditFilterForm(request.args)
    anything = SelectChoice("", _("Anything"))
    form.action.choices = [anything, *(SelectChoice(code, label) for code, label in audit_labels.action_choices())]
    form.subject_type.choices = [
        anything,
        *(SelectChoice(code, label) for code, label in audit_labels.subject_choices()),
    ]
    form.area.choices = [SelectChoice("", _("Any")), *(SelectChoice(str(area.id), area.name) for area in force.areas)]
    if not form.validate():
        return form, None
    actor = find_user_by_email(form.who.data) if form.who.data else None
    if form.who.data and actor is None:
        form.who.errors = [_("No one has an account with that email address")]
        return form, None
    return form, audit_explorer.AuditFilters(
        since=at_local(form.since.data, time.min) if form.since.data else None,
        until=at_local(form.until.data + timedelta(days=1), time.min) if form.until.data else None,
        actor_id=actor.id if actor is not None else None,
        action=form.action.data or "",
        subject_type=form.subject_type.data or "",
        subject_id=form.subject_id.data or "",
        area_id=int(form.area.data) if form.area.data else None,
        scheme_kind=form.scheme_kind.data or "",
    )


def _filter_arguments() -> dict:
    """The filters in the page's address, for the links to the next page and the download."""
    return {name: value for name, value in request.args.items() if name not in CURSOR_ARGUMENTS and value}


@bp.route("/forces/<int:force_id>/audit")
def audit_trail(force_id):
    force = _administered_force(force_id)
    form, filters = _audit_filters(force)
    page = audit_explorer.NO_EVENTS
    if filters is not None:
        page = audit_explorer.page_of(
            force.id,
            filters,
            older_than=audit_explorer.Cursor.parse(request.args.get("older")),
            newer_than=audit_explorer.Cursor.parse(request.args.get("newer")),
        )
    return render_template(
        "admin/audit.html",
        force=force,
        form=form,
        page=page,
        arguments=_filter_arguments(),
        checks=audit_anchor.latest_checks(),
        count_limit=audit_explorer.COUNT_LIMIT,
    )


@bp.route("/forces/<int:force_id>/audit/history")
def audit_history(force_id):
    force = _administered_force(force_id)
    subject_type, subject_id = request.args.get("subject_type", ""), request.args.get("subject_id", "")
    events = audit_explorer.history_of(force.id, subject_type, subject_id) if subject_type and subject_id else []
    return render_template(
        "admin/audit_history.html",
        force=force,
        events=events,
        subject_type=subject_type,
        subject_id=subject_id,
        changes=audit_explorer.changes_of,
    )


@bp.route("/forces/<int:force_id>/audit.csv")
def audit_csv(force_id):
    force = _administered_force(force_id)
    _form, filters = _audit_filters(force)
    rows = audit_explorer.export_rows(force.id, filters) if filters is not None else ()
    return csv_response(f"audit-{force.slug}.csv", audit_explorer.EXPORT_HEADER, rows)
