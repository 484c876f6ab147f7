"""A Youth Commission's pages: its home (consultations and recommendations), recording a
consultation and its quotes, drafting and approving recommendations, the police's response and
progress, the commission's comments, and the admins' list of overdue responses.

A recommendation not yet sent, or one addressed to someone else, is the same 404 as one that
does not exist. Officers' pages name the commission, never the young person who wrote it.
"""

from flask import Blueprint, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.db_types import utcnow
from volunteers.models import Scheme
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404
from volunteers.web import done, form_page, submitted
from volunteers.youth import consultations, recommendation_labels, recommendations
from volunteers.youth.forms import (
    APPROVAL_DECISIONS,
    ApprovalForm,
    CommentForm,
    ConsultationForm,
    ProgressForm,
    QuoteCheckForm,
    QuoteForm,
    QuoteWithdrawalForm,
    RecommendationForm,
    ResponseForm,
)
from volunteers.youth.models import (
    Consultation,
    ConsultationQuote,
    Recommendation,
    RecommendationResponse,
    RecommendationStatus,
)
from volunteers.youth.recommendation_rules import in_commission

bp = Blueprint("youth", __name__, url_prefix="/youth")
gate_blueprint(bp, Gate.SIGNED_IN)


@bp.app_context_processor
def _youth_words() -> dict:
    return {"youth_labels": recommendation_labels}


@bp.app_template_filter("youth_method")
def _method(value: str) -> str:
    """A consultation method as people read it."""
    return str(recommendation_labels.METHOD_LABELS.get(value, value))


def _visible(model, object_id: int, action: str):
    return permitted_or_404(model, object_id, action, hide_refusal=True)


def _commission(scheme_id: int) -> Scheme:
    return _visible(Scheme, scheme_id, "youth.commission.view")


@bp.route("/")
@gate(Gate.VOLUNTEER)
def commissions():
    """The Youth Commissions a person belongs to."""
    mine = [m.scheme for m in current_user.memberships if can(current_user, "youth.commission.view", m.scheme)]
    return render_template("youth/commission_list.html", commissions=mine)


@bp.route("/commissions/<int:scheme_id>")
def commission(scheme_id):
    scheme = _commission(scheme_id)
    own = in_commission(current_user, scheme.id)
    shown = recommendations.recommendations_of(scheme)
    if not own:
        shown = [r for r in shown if can(current_user, "youth.recommendation.view", r)]
    return render_template(
        "youth/commission.html",
        scheme=scheme,
        own=own,
        consultations=consultations.consultations_of(scheme),
        recommendations=shown,
        figures=recommendations.response_figures(scheme_id=scheme.id),
    )


# --- Consultations -----------------------------------------------------------------------------


@bp.route("/commissions/<int:scheme_id>/consultations/new", methods=["GET", "POST"])
def new_consultation(scheme_id):
    scheme = permitted_or_404(Scheme, scheme_id, "youth.consultation.record", hide_refusal=True)
    form = ConsultationForm()
    recorded = submitted(
        form,
        lambda: consultations.record_consultation(
            current_user,
            scheme,
            form.topic.data,
            form.starts_on.data,
            form.ends_on.data,
            form.methods.data,
            form.young_people_reached.data,
            form.themes.data,
        ),
    )
    if recorded:
        return done(_("Consultation recorded"), "youth.consultation", consultation_id=recorded.result.id)
    return form_page("youth/consultation_form.html", form, scheme=scheme)


@bp.route("/consultations/<int:consultation_id>", methods=["GET", "POST"])
def consultation(consultation_id):
    """The consultation, its quotes (the commission sees every one, the police the checked ones)
    and the form to add a quote."""
    found = _visible(Consultation, consultation_id, "youth.consultation.view")
    form = QuoteForm()
    if can(current_user, "youth.consultation.add_quote", found):
        added = submitted(form, lambda: consultations.add_quote(current_user, found, form.text.data))
        if added:
            message = _("Quote added: the facilitator checks it before it is used")
            return done(message, "youth.consultation", consultation_id=found.id)
    own = in_commission(current_user, found.scheme_id)
    return _consultation_page(found, form, own=own, quote_form=form)


def _consultation_page(found: Consultation, form, own: bool, quote_form=None, refused_quote_id=None, **forms):
    """The consultation page; a refused quote check or withdrawal shows its problems by its quote."""
    check_form, withdraw_form = forms.get("check_form"), forms.get("withdraw_form")

    def check_form_for(quote: ConsultationQuote) -> QuoteCheckForm:
        if quote.id == refused_quote_id and check_form is not None:
            return check_form
        return QuoteCheckForm(formdata=None, text=quote.text)

    blank_withdrawal = QuoteWithdrawalForm(formdata=None)
    return form_page(
        "youth/consultation.html",
        form,
        consultation=found,
        quotes=found.quotes if own else consultations.usable_quotes(found),
        own=own,
        quote_form=quote_form or QuoteForm(formdata=None),
        refused_quote_id=refused_quote_id,
        check_form_for=check_form_for,
        withdraw_form=withdraw_form or blank_withdrawal,
        blank_withdrawal=blank_withdrawal,
    )


@bp.route("/quotes/<int:quote_id>/check", methods=["POST"])
def check_quote(quote_id):
    quote = _visible(ConsultationQuote, quote_id, "youth.quote.check")
    form = QuoteCheckForm()
    checked = submitted(
        form,
        lambda: consultations.approve_quote(current_user, quote, form.text.data, bool(form.confirmed_anonymous.data)),
    )
    if checked:
        return done(_("Quote checked: it may now be used"), "youth.consultation", consultation_id=quote.consultation_id)
    return _consultation_page(quote.consultation, form, own=True, refused_quote_id=quote.id, check_form=form)


@bp.route("/quotes/<int:quote_id>/withdrawal", methods=["POST"])
def withdraw_quote(quote_id):
    quote = _visible(ConsultationQuote, quote_id, "youth.quote.check")
    form = QuoteWithdrawalForm()
    if submitted(form, lambda: consultations.withdraw_quote(current_user, quote, form.reason.data)):
        message = _("Quote withdrawn: it will not be used")
        return done(message, "youth.consultation", consultation_id=quote.consultation_id)
    return _consultation_page(quote.consultation, form, own=True, refused_quote_id=quote.id, withdraw_form=form)


# --- Recommendations ---------------------------------------------------------------------------


def _evidence_choices(form: RecommendationForm, scheme: Scheme) -> None:
    found = consultations.consultations_of(scheme)
    form.consultation_ids.choices = [(c.id, c.topic) for c in found]
    form.quote_ids.choices = [(q.id, f"“{q.text}” ({c.topic})") for c in found for q in c.approved_quotes]


def _draft_values(form: RecommendationForm) -> tuple:
    return (
        form.title.data,
        form.detail.data,
        form.addressee.data,
        form.consultation_ids.data or [],
        form.quote_ids.data or [],
    )


@bp.route("/commissions/<int:scheme_id>/recommendations/new", methods=["GET", "POST"])
def new_recommendation(scheme_id):
    scheme = permitted_or_404(Scheme, scheme_id, "youth.recommendation.draft", hide_refusal=True)
    form = RecommendationForm()
    _evidence_choices(form, scheme)
    drafted = submitted(form, lambda: recommendations.draft_recommendation(current_user, scheme, *_draft_values(form)))
    if drafted:
        return done(
            _("Recommendation sent to the facilitator to approve"),
            "youth.recommendation",
            recommendation_id=drafted.result.id,
        )
    return form_page("youth/recommendation_form.html", form, scheme=scheme, recommendation=None)


@bp.route("/recommendations/<int:recommendation_id>/edit", methods=["GET", "POST"])
def edit_recommendation(recommendation_id):
    found = _visible(Recommendation, recommendation_id, "youth.recommendation.edit")
    form = RecommendationForm(obj=None if _is_post() else found)
    if not _is_post():
        form.addressee.data = found.addressee.value
        form.consultation_ids.data = [c.id for c in found.consultations]
        form.quote_ids.data = [q.id for q in found.quotes]
    _evidence_choices(form, found.scheme)
    changed = submitted(form, lambda: recommendations.edit_recommendation(current_user, found, *_draft_values(form)))
    if changed:
        return done(_("Recommendation changed"), "youth.recommendation", recommendation_id=found.id)
    return form_page("youth/recommendation_form.html", form, scheme=found.scheme, recommendation=found)


def _is_post() -> bool:
    return request.method == "POST"


@bp.route("/recommendations/<int:recommendation_id>")
def recommendation(recommendation_id):
    found = _visible(Recommendation, recommendation_id, "youth.recommendation.view")
    return _recommendation_page(
        found, ApprovalForm(formdata=None), ProgressForm(formdata=None), CommentForm(formdata=None)
    )


def _recommendation_page(found: Recommendation, approval_form, progress_form, comment_form, refused=None):
    own = in_commission(current_user, found.scheme_id)
    return form_page(
        "youth/recommendation.html",
        refused or approval_form,
        recommendation=found,
        own=own,
        author=found.author.display_name if own else recommendations.author_for_police(found),
        voice=lambda user: user.display_name if own else recommendations.commission_voice(user, found.scheme),
        days_left=recommendations.days_left(found),
        last_day=recommendations.last_day_to_respond(found),
        overdue=found.is_overdue_at(utcnow()),
        may_progress=found.response is not None and found.may_become(RecommendationStatus.IN_PROGRESS),
        approval_form=approval_form,
        progress_form=progress_form,
        comment_form=comment_form,
    )


@bp.route("/recommendations/<int:recommendation_id>/approval", methods=["POST"])
def approve_recommendation(recommendation_id):
    found = _visible(Recommendation, recommendation_id, "youth.recommendation.approve")
    form = ApprovalForm()
    decided = submitted(
        form,
        lambda: recommendations.decide_recommendation(
            current_user, found, APPROVAL_DECISIONS.get(form.decision.data or ""), form.reason.data
        ),
    )
    if decided:
        message = (
            _("Recommendation sent to the police")
            if found.status == RecommendationStatus.SENT
            else _("Recommendation returned to the member")
        )
        return done(message, "youth.recommendation", recommendation_id=found.id)
    return _recommendation_page(found, form, ProgressForm(formdata=None), CommentForm(formdata=None), refused=form)


@bp.route("/recommendations/<int:recommendation_id>/response", methods=["GET", "POST"])
def respond(recommendation_id):
    found = _visible(Recommendation, recommendation_id, "youth.recommendation.respond")
    form = ResponseForm()

    def values():
        return (form.outcome.data, form.reason.data, form.action_plan.data, form.owner.data, form.due_on.data)

    responded = submitted(
        form,
        lambda: recommendations.respond(current_user, found, *values()),
        check=lambda: recommendations.check_response(current_user, found, *values()),
    )
    if responded:
        return done(
            _("Response recorded: the commission has been told"), "youth.recommendation", recommendation_id=found.id
        )
    return form_page(
        "youth/recommendation_respond.html",
        form,
        recommendation=found,
        author=recommendations.author_for_police(found),
        last_day=recommendations.last_day_to_respond(found),
        days_left=recommendations.days_left(found),
    )


@bp.route("/recommendations/<int:recommendation_id>/progress", methods=["POST"])
def record_progress(recommendation_id):
    found = _visible(Recommendation, recommendation_id, "youth.recommendation.update_progress")
    form = ProgressForm()
    if submitted(form, lambda: recommendations.record_progress(current_user, found, form.status.data, form.note.data)):
        return done(_("Progress recorded"), "youth.recommendation", recommendation_id=found.id)
    return _recommendation_page(found, ApprovalForm(formdata=None), form, CommentForm(formdata=None), refused=form)


@bp.route("/responses/<int:response_id>/comments", methods=["POST"])
def comment(response_id):
    response = permitted_or_404(RecommendationResponse, response_id, "youth.response.comment", hide_refusal=True)
    found = response.recommendation
    form = CommentForm()
    if submitted(form, lambda: recommendations.comment_on_response(current_user, response, form.text.data)):
        return done(_("Comment added"), "youth.recommendation", recommendation_id=found.id)
    return _recommendation_page(found, ApprovalForm(formdata=None), ProgressForm(formdata=None), form, refused=form)


# --- Overdue responses -------------------------------------------------------------------------


@bp.route("/overdue")
@gate(Gate.ADMIN)
def overdue():
    """Admins: every recommendation in their forces still unanswered after its deadline."""
    forces = sorted(current_user.admin_force_ids)
    shown = recommendations.overdue_in(forces)
    figures = {force_id: recommendations.response_figures(force_id=force_id) for force_id in forces}
    names = {role.force_id: role.force.name for role in current_user.admin_roles}
    return render_template(
        "youth/recommendation_overdue.html",
        recommendations=shown,
        figures=figures,
        force_names=names,
        author_for_police=recommendations.author_for_police,
        days_left=recommendations.days_left,
        last_day=recommendations.last_day_to_respond,
    )
