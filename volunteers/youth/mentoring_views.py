"""Reverse mentoring pages: a person's pairings, a commission's pairings and pairing someone, a
pairing with its meetings and feedback, and for admins the officers' DBS checks and figures.

No page here shows a young person's email address, phone number or date of birth; an officer reads
their mentee's first name and commission only. A pairing is the same 404 for anyone outside it as
for one that does not exist.
"""

from datetime import date

from flask import Blueprint, render_template
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.home import NavEntry
from volunteers.models import Scheme, SchemeKind, User
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404, require
from volunteers.web import done, form_page, submitted
from volunteers.youth import mentoring, mentoring_labels
from volunteers.youth.mentoring_forms import EndPairingForm, FeedbackForm, MeetingForm, OfficerDbsForm, PairingForm
from volunteers.youth.models import MentoringMeeting, MentoringPairing

bp = Blueprint("youth_mentoring", __name__, url_prefix="/youth/mentoring")
gate_blueprint(bp, Gate.SIGNED_IN)


def _takes_part_in_mentoring(user: User) -> bool:
    """Officers and admins, and anyone in a Youth Commission: no query, the roles are loaded already."""
    return user.is_officer or user.is_admin or any(m.scheme.kind == SchemeKind.YOUTH for m in user.memberships)


NAV_ENTRIES = (NavEntry(lambda: _("Mentoring"), "youth_mentoring.my_mentoring", 14, _takes_part_in_mentoring),)


@bp.app_context_processor
def _mentoring_words() -> dict:
    return {"mentoring_labels": mentoring_labels}


def _pairing(pairing_id: int) -> MentoringPairing:
    return permitted_or_404(MentoringPairing, pairing_id, "youth.mentoring.view", hide_refusal=True)


def _arranged_scheme(scheme_id: int) -> Scheme:
    return permitted_or_404(Scheme, scheme_id, "youth.mentoring.arrange", hide_refusal=True)


@bp.route("/")
def my_mentoring():
    """The pairings a person is in, and the commissions whose pairings they arrange."""
    pairings = mentoring.pairings_of(current_user)
    return render_template(
        "youth/mentoring_home.html",
        pairings=pairings,
        names={p.id: mentoring.commissioner_name_for(current_user, p) for p in pairings},
        schemes=mentoring.schemes_arranged_by(current_user),
    )


@bp.route("/schemes/<int:scheme_id>")
def scheme_pairings(scheme_id):
    scheme = _arranged_scheme(scheme_id)
    return render_template("youth/mentoring_scheme.html", scheme=scheme, pairings=mentoring.pairings_of_scheme(scheme))


def _officer_choice(officer: User, today: date) -> tuple[int, str]:
    check = mentoring.latest_dbs(officer)
    if check is None:
        state = _("no DBS check on record")
    elif check.is_current_on(today):
        state = _("DBS check in date until %(date)s", date=format_date(check.expires_on, "d MMMM yyyy"))
    else:
        state = _("DBS check expired on %(date)s", date=format_date(check.expires_on, "d MMMM yyyy"))
    return officer.id, f"{officer.display_name} ({state})"


@bp.route("/schemes/<int:scheme_id>/pair", methods=["GET", "POST"])
def pair(scheme_id):
    scheme = _arranged_scheme(scheme_id)
    today = date.today()
    commissioners = {m.id: m for m in mentoring.commissioners_of(scheme, today)}
    officers = {officer.id: officer for officer in mentoring.officers_of_force(scheme.force_id)}
    form = PairingForm()
    form.membership_id.choices = [(m.id, m.user.display_name) for m in commissioners.values()]
    form.officer_id.choices = [_officer_choice(officer, today) for officer in officers.values()]
    paired = submitted(
        form,
        lambda: mentoring.pair(
            current_user, scheme, commissioners.get(form.membership_id.data), officers.get(form.officer_id.data)
        ),
    )
    if paired:
        return done(_("Pairing made"), "youth_mentoring.pairing", pairing_id=paired.result.id)
    return form_page("youth/mentoring_pair.html", form, scheme=scheme, commissioners=commissioners, officers=officers)


@bp.route("/pairings/<int:pairing_id>")
def pairing(pairing_id):
    pairing = _pairing(pairing_id)
    return render_template(
        "youth/mentoring_pairing.html",
        pairing=pairing,
        mentee_name=mentoring.commissioner_name_for(current_user, pairing),
        side=pairing.side_of(current_user),
        may_log=can(current_user, "youth.mentoring.log_meeting", pairing),
        may_end=can(current_user, "youth.mentoring.end", pairing),
    )


@bp.route("/pairings/<int:pairing_id>/meetings/new", methods=["GET", "POST"])
def log_meeting(pairing_id):
    pairing = _pairing(pairing_id)
    require(current_user, "youth.mentoring.log_meeting", pairing)
    form = MeetingForm()

    def details() -> mentoring.MeetingDetails:
        return mentoring.MeetingDetails(form.met_on.data, form.minutes, form.topic.data or "")

    if submitted(
        form,
        lambda: mentoring.log_meeting(current_user, pairing, details()),
        check=lambda: mentoring.check_meeting(pairing, details()),
    ):
        return done(_("Meeting logged"), "youth_mentoring.pairing", pairing_id=pairing.id)
    return form_page(
        "youth/mentoring_meeting.html",
        form,
        pairing=pairing,
        mentee_name=mentoring.commissioner_name_for(current_user, pairing),
    )


@bp.route("/meetings/<int:meeting_id>/feedback", methods=["GET", "POST"])
def give_feedback(meeting_id):
    meeting = permitted_or_404(MentoringMeeting, meeting_id, "youth.mentoring.give_feedback", hide_refusal=True)
    form = FeedbackForm()
    if submitted(form, lambda: mentoring.give_feedback(current_user, meeting, form.rating.data, form.comment.data)):
        return done(_("Thank you for your feedback"), "youth_mentoring.pairing", pairing_id=meeting.pairing_id)
    side = meeting.pairing.side_of(current_user)
    return form_page(
        "youth/mentoring_feedback.html",
        form,
        meeting=meeting,
        mentee_name=mentoring.commissioner_name_for(current_user, meeting.pairing),
        given=meeting.feedback_from(side),
    )


@bp.route("/pairings/<int:pairing_id>/end", methods=["GET", "POST"])
def end_pairing(pairing_id):
    pairing = _pairing(pairing_id)
    require(current_user, "youth.mentoring.end", pairing)
    form = EndPairingForm()
    if submitted(form, lambda: mentoring.end_pairing(current_user, pairing, form.reason.data)):
        return done(_("Pairing ended"), "youth_mentoring.pairing", pairing_id=pairing.id)
    return form_page(
        "youth/mentoring_end.html",
        form,
        pairing=pairing,
        mentee_name=mentoring.commissioner_name_for(current_user, pairing),
    )


@bp.route("/officers")
@gate(Gate.ADMIN)
def officers():
    """Per officer of each force the admin runs: their DBS check, pairings and mentees' average rating."""
    forces = sorted((role.force for role in current_user.admin_roles), key=lambda force: force.name)
    return render_template(
        "youth/mentoring_officers.html",
        figures=[(force, mentoring.officer_figures(force)) for force in forces],
        today=date.today(),
    )


@bp.route("/officers/<int:user_id>/dbs", methods=["GET", "POST"])
@gate(Gate.ADMIN)
def record_dbs(user_id):
    officer = permitted_or_404(User, user_id, "youth.officer_dbs.record", hide_refusal=True)
    form = OfficerDbsForm()
    if submitted(
        form, lambda: mentoring.record_officer_dbs(current_user, officer, form.completed_on.data, form.detail.data)
    ):
        return done(_("DBS check recorded"), "youth_mentoring.officers")
    return form_page(
        "youth/mentoring_dbs.html", form, officer=officer, check=mentoring.latest_dbs(officer), today=date.today()
    )
