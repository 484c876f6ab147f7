"""The admins' complaint pages: the list, a complaint with its triage, the subjects it is about
(each reading audited) and the outcome. Which complaint an admin may open is decided by the
rules on it: only the admins of its force."""

from flask import Blueprint, render_template
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.complaints import labels, queries, services
from volunteers.complaints.forms import AssignForm, OutcomeForm, SubjectForm, VolunteerForm
from volunteers.complaints.models import Complaint, ComplaintSubject, ComplaintVolunteer
from volunteers.complaints.subjects import kind_label, subject_kinds
from volunteers.extensions import db
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404, require
from volunteers.web import done, form_page, submitted

bp = Blueprint("complaints", __name__, url_prefix="/admin/complaints")
gate_blueprint(bp, Gate.ADMIN)

COMPLAINTS_PER_PAGE = 50


@bp.app_context_processor
def _complaint_words() -> dict:
    return {"complaint_labels": labels, "complaint_subject_label": kind_label}


def _complaint(complaint_id: int, action: str = "complaints.view") -> Complaint:
    complaint = queries.complaint_page(complaint_id) or db.get_or_404(Complaint, complaint_id)
    require(current_user, action, complaint)
    return complaint


def _forms(complaint: Complaint, **given) -> dict:
    assign = given.get("assign_form") or AssignForm(data={"assignee": complaint.assigned_to_id})
    assign.assignee.choices = [("", _("Choose an administrator"))] + [
        (admin.id, admin.display_name) for admin in queries.admins_of(complaint.force_id)
    ]
    subject = given.get("subject_form") or SubjectForm()
    subject.subject_type.choices = [("", _("Choose"))] + [
        (name, kind.label()) for name, kind in subject_kinds().items()
    ]
    return {
        "assign_form": assign,
        "volunteer_form": given.get("volunteer_form") or VolunteerForm(),
        "subject_form": subject,
    }


def _render(complaint: Complaint, status: int = 200, **given):
    return render_template("complaints/complaint.html", complaint=complaint, **_forms(complaint, **given)), status


@bp.route("")
def complaints():
    require(current_user, "complaints.list")
    page = db.paginate(queries.complaints_for(current_user), per_page=COMPLAINTS_PER_PAGE, error_out=False)
    return render_template("complaints/complaints.html", page=page)


@bp.route("/<int:complaint_id>")
def complaint(complaint_id):
    return _render(services.open_complaint(current_user, _complaint(complaint_id)))


@bp.route("/<int:complaint_id>/assign", methods=["POST"])
def assign(complaint_id):
    complaint = _complaint(complaint_id, "complaints.triage")
    form = _forms(complaint, assign_form=AssignForm())["assign_form"]
    if submitted(form, lambda: services.assign(current_user, complaint, form.assignee.data)):
        return done(_("Complaint assigned"), "complaints.complaint", complaint_id=complaint.id)
    return _render(complaint, 400, assign_form=form)


@bp.route("/<int:complaint_id>/volunteers", methods=["POST"])
def add_volunteer(complaint_id):
    complaint = _complaint(complaint_id, "complaints.triage")
    form = VolunteerForm()
    if submitted(form, lambda: services.add_volunteer(current_user, complaint, form.email.data)):
        return done(_("Volunteer named"), "complaints.complaint", complaint_id=complaint.id)
    return _render(complaint, 400, volunteer_form=form)


@bp.route("/volunteers/<int:link_id>/remove", methods=["POST"])
def remove_volunteer(link_id):
    link = permitted_or_404(ComplaintVolunteer, link_id, "complaints.triage")
    complaint_id = link.complaint_id
    services.remove_volunteer(current_user, link)
    return done(_("Volunteer no longer named"), "complaints.complaint", complaint_id=complaint_id)


@bp.route("/<int:complaint_id>/subjects", methods=["POST"])
def add_subject(complaint_id):
    complaint = _complaint(complaint_id, "complaints.triage")
    form = _forms(complaint, subject_form=SubjectForm())["subject_form"]
    added = submitted(
        form, lambda: services.add_subject(current_user, complaint, form.subject_type.data, form.subject_id.data)
    )
    if added:
        return done(_("Subject added"), "complaints.complaint", complaint_id=complaint.id)
    return _render(complaint, 400, subject_form=form)


@bp.route("/subjects/<int:subject_id>/remove", methods=["POST"])
def remove_subject(subject_id):
    subject = permitted_or_404(ComplaintSubject, subject_id, "complaints.triage")
    complaint_id = subject.complaint_id
    services.remove_subject(current_user, subject)
    return done(_("Subject removed"), "complaints.complaint", complaint_id=complaint_id)


@bp.route("/subjects/<int:subject_id>")
def subject(subject_id):
    """What the complaint is about, as its scheme describes it; every reading is audited."""
    link = permitted_or_404(ComplaintSubject, subject_id, "complaints.view_subject")
    facts = services.view_subject(current_user, link)
    return render_template("complaints/subject.html", subject=link, complaint=link.complaint, facts=facts)


@bp.route("/<int:complaint_id>/outcome", methods=["GET", "POST"])
def record_outcome(complaint_id):
    complaint = _complaint(complaint_id, "complaints.decide")
    form = OutcomeForm()
    recorded = submitted(
        form,
        lambda: services.record_outcome(
            current_user, complaint, form.upheld_value, form.outcome.data, form.findings.data, form.reason.data
        ),
        check=lambda: services.check_outcome(
            complaint, form.upheld_value, form.outcome.data, form.findings.data, form.reason.data
        ),
    )
    if recorded:
        message = _("Outcome recorded.")
        if complaint.contact_given:
            message = _("Outcome recorded. The complainant has been emailed the outcome and its reason.")
        return done(message, "complaints.complaint", complaint_id=complaint.id)
    return form_page("complaints/outcome.html", form, complaint=complaint)
