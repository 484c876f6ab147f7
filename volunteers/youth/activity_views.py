"""Youth Commission events: the facilitator's list, new-event form and event page (who needs a
guardian's consent, who is coming, who came), and a young member's upcoming events.
"""

from flask import Blueprint, flash, render_template
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from volunteers.db_types import utcnow
from volunteers.errors import DomainError
from volunteers.models import Membership, Scheme
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404
from volunteers.web import done, form_page, submitted
from volunteers.youth import activities
from volunteers.youth.activity_forms import EVENT_KIND_LABELS, EventForm
from volunteers.youth.models import YouthEvent

bp = Blueprint("youth_events", __name__, url_prefix="/youth")
gate_blueprint(bp, Gate.SIGNED_IN)


@bp.app_template_filter("youth_event_kind")
def _event_kind(kind) -> str:
    return str(EVENT_KIND_LABELS[kind])


@bp.route("/events")
@gate(Gate.VOLUNTEER)
def my_events():
    return render_template("youth/activity_mine.html", upcoming=activities.upcoming_for(current_user, utcnow()))


@bp.route("/schemes/<int:scheme_id>/events")
def scheme_events(scheme_id):
    scheme = permitted_or_404(Scheme, scheme_id, "youth.scheme.view_events")
    return render_template(
        "youth/activity_list.html",
        scheme=scheme,
        events=activities.events_of(scheme),
        may_create=can(current_user, "youth.scheme.manage_events", scheme),
    )


@bp.route("/schemes/<int:scheme_id>/events/new", methods=["GET", "POST"])
def create_event(scheme_id):
    scheme = permitted_or_404(Scheme, scheme_id, "youth.scheme.manage_events")
    form = EventForm()
    created = submitted(
        form,
        lambda: activities.create_event(current_user, scheme, form.details()),
        check=lambda: activities.check_event(form.details()),
    )
    if created:
        return done(_("Event arranged"), "youth_events.event", event_id=created.result.id)
    return form_page("youth/activity_new.html", form, scheme=scheme)


def _event_page(event: YouthEvent, problem: str | None = None):
    if problem:
        flash(problem, "error")
    return render_template(
        "youth/activity_event.html",
        event=event,
        rows=activities.attendee_rows(event),
        started=event.has_started_by(utcnow()),
        may_manage=can(current_user, "youth.event.manage", event),
    ), 400 if problem else 200


@bp.route("/events/<int:event_id>")
def event(event_id):
    return _event_page(permitted_or_404(YouthEvent, event_id, "youth.event.view"))


ACTIONS = {
    "ask": (activities.ask_event_consent, _l("The guardian has been emailed a link to consent to this event")),
    "register": (activities.register_attendee, _l("Registered for the event")),
    "attended": (activities.record_attendance, _l("Attendance recorded, with their hours")),
}


def _act(event_id: int, membership_id: int, action: str):
    event = permitted_or_404(YouthEvent, event_id, "youth.event.manage")
    membership = permitted_or_404(Membership, membership_id, "membership.view")
    run, confirmation = ACTIONS[action]
    try:
        run(current_user, event, membership)
    except DomainError as error:
        return _event_page(event, error.message)
    return done(str(confirmation), "youth_events.event", event_id=event.id)


@bp.route("/events/<int:event_id>/members/<int:membership_id>/ask", methods=["POST"])
def ask_consent(event_id, membership_id):
    return _act(event_id, membership_id, "ask")


@bp.route("/events/<int:event_id>/members/<int:membership_id>/register", methods=["POST"])
def register(event_id, membership_id):
    return _act(event_id, membership_id, "register")


@bp.route("/events/<int:event_id>/members/<int:membership_id>/attended", methods=["POST"])
def attended(event_id, membership_id):
    return _act(event_id, membership_id, "attended")
