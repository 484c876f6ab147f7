"""The officer's page for a driver's objection, opened from the queue: the sighting's facts, the
plate's history in the force as on the session review page, the objection, and the decision.

Only the officers of the letter's area open it; anyone else gets the same 404 as for an objection
that does not exist.
"""

from flask import Blueprint
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.permissions import Gate, gate_blueprint, permitted_or_404
from volunteers.speedwatch import objections, queries
from volunteers.speedwatch.models import Objection, ObjectionStatus
from volunteers.speedwatch.objection_forms import DECISIONS, ObjectionDecisionForm
from volunteers.web import done, form_page, submitted

bp = Blueprint("speedwatch_objections", __name__, url_prefix="/speedwatch/objections")
gate_blueprint(bp, Gate.OFFICER)


@bp.route("/<int:objection_id>", methods=["GET", "POST"])
def decide_objection(objection_id):
    objection = permitted_or_404(Objection, objection_id, "speedwatch.objection.decide", hide_refusal=True)
    form = ObjectionDecisionForm()
    decided = submitted(
        form,
        lambda: objections.decide_objection(
            current_user, objection, DECISIONS.get(form.decision.data or ""), form.reason.data
        ),
    )
    if decided:
        message = _("Objection upheld: the sighting is voided") if decided.result.upheld else _("Objection not upheld")
        return done(message, "main.home")
    letter = objection.letter
    sighting = letter.sighting
    history = queries.plate_histories(sighting.session, [sighting]).get(letter.registration, []) if sighting else []
    return form_page(
        "speedwatch/objections/decide.html",
        form,
        objection=objection,
        letter=letter,
        sighting=sighting,
        history=history,
        pending=objection.status == ObjectionStatus.PENDING,
    )
