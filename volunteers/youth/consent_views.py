"""Guardians' pages, opened from the links they are emailed: consent (or not) to a young person
joining or attending one event, and withdraw consent. And the facilitator's pages about guardians.

A guardian never signs in: the page moves the link's secret into the session and shows itself
without it (volunteers/links.py). A link that has expired or was used already gets a page saying
so, and changes nothing.
"""

from flask import Blueprint, current_app, render_template
from flask_babel import gettext as _
from flask_login import current_user

from volunteers import links
from volunteers.extensions import limiter
from volunteers.models import Membership, Scheme
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404, public
from volunteers.web import done, form_page, submitted
from volunteers.youth import activities, consent
from volunteers.youth.consent_forms import AskGuardianForm, GuardianAnswerForm, WithdrawalForm

bp = Blueprint("youth_consent", __name__, url_prefix="/youth")
gate_blueprint(bp, Gate.SIGNED_IN)

JOINING, EVENT, WITHDRAWAL = "youth_guardian", "youth_event", "youth_withdrawal"


def _link_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


def _linked(purpose: str, endpoint: str, find):
    """A guardian's link, as every link page opens it: the secret moved from the address into the
    session, then what it is for. Returns (response, None, None) when the page must answer at once
    (the redirect, or the expired-link page), else (None, secret, found)."""
    moved = links.moved_to_session(purpose, endpoint)
    if moved:
        return moved, None, None
    secret = links.secret_in_session(purpose)
    found = find(secret)
    if found is None:
        return (render_template("youth/guardian_link_expired.html"), 404), None, None
    return None, secret, found


@bp.route("/guardian/consent", methods=["GET", "POST"])
@public
@limiter.limit(_link_limit, methods=["POST"])
def answer():
    answer_now, secret, asked = _linked(JOINING, "youth_consent.answer", consent.request_for_link)
    if answer_now:
        return answer_now
    form = GuardianAnswerForm()
    if answered := submitted(form, lambda: consent.answer_request(secret, form.consents, form.words.data or "")):
        links.forget(JOINING)
        return render_template("youth/guardian_answered.html", consent=answered.result, event=None)
    return form_page("youth/guardian_consent.html", form, consent=asked, membership=asked.membership)


@bp.route("/guardian/event-consent", methods=["GET", "POST"])
@public
@limiter.limit(_link_limit, methods=["POST"])
def answer_event():
    answer_now, secret, asked = _linked(EVENT, "youth_consent.answer_event", activities.event_request_for_link)
    if answer_now:
        return answer_now
    form = GuardianAnswerForm()
    if answered := submitted(
        form, lambda: activities.answer_event_request(secret, form.consents, form.words.data or "")
    ):
        links.forget(EVENT)
        return render_template("youth/guardian_answered.html", consent=answered.result, event=asked.event)
    return form_page("youth/guardian_event_consent.html", form, asked=asked, event=asked.event)


@bp.route("/guardian/withdraw", methods=["GET", "POST"])
@public
@limiter.limit(_link_limit, methods=["POST"])
def withdraw():
    answer_now, secret, given = _linked(WITHDRAWAL, "youth_consent.withdraw", consent.withdrawal_for_link)
    if answer_now:
        return answer_now
    form = WithdrawalForm()
    if submitted(form, lambda: consent.withdraw(secret, form.words.data or "")):
        links.forget(WITHDRAWAL)
        return render_template("youth/guardian_withdrawn.html", membership=given.membership)
    return form_page("youth/guardian_withdraw.html", form, consent=given, membership=given.membership)


# --- For the facilitator ----------------------------------------------------------------------


@bp.route("/schemes/<int:scheme_id>/guardians")
def scheme_guardians(scheme_id):
    scheme = permitted_or_404(Scheme, scheme_id, "youth.scheme.view_guardians")
    return render_template("youth/consent_list.html", scheme=scheme, rows=consent.young_members(scheme))


@bp.route("/memberships/<int:membership_id>/guardian", methods=["GET", "POST"])
def guardian(membership_id):
    membership = permitted_or_404(Membership, membership_id, "youth.guardian.view")
    given = consent.consent_of(membership)
    form = AskGuardianForm(
        data={"guardian_name": given.guardian_name, "guardian_email": given.guardian_email} if given else None
    )
    asked = submitted(
        form,
        lambda: consent.ask_guardian(current_user, membership, form.guardian_name.data, form.guardian_email.data),
        check=lambda: consent.check_guardian(membership, form.guardian_name.data, form.guardian_email.data),
    )
    if asked:
        return done(
            _("The guardian has been emailed a link. Any link sent before no longer works."),
            "youth_consent.guardian",
            membership_id=membership.id,
        )
    return form_page("youth/consent_guardian.html", form, membership=membership, consent=given)
