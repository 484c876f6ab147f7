"""The public page a Speed Watch letter points to: its recipient finds the letter with its reference
and registration, sees when and where the vehicle was seen and how fast, and objects, without an
account.

Guessing is made pointless: looking up is limited per address (OBJECTION_LOOKUP_RATE_LIMIT), every
answer takes at least OBJECTION_LOOKUP_MIN_SECONDS, and a pair that does not match a letter gets
the same page whatever was wrong. Once found, the letter's id is kept in the signed session, as
one-time links keep their secret (`volunteers/links.py`): the reference never travels in a URL.
"""

import logging
import time

from flask import Blueprint, current_app, redirect, render_template, session, url_for
from flask_babel import gettext as _

from volunteers.auth import throttle
from volunteers.extensions import limiter
from volunteers.permissions import public
from volunteers.speedwatch import objections
from volunteers.speedwatch.objection_forms import LetterLookupForm, ObjectionForm
from volunteers.web import form_page, submitted

log = logging.getLogger(__name__)

bp = Blueprint("speedwatch_public", __name__, url_prefix="/speedwatch/object")
FOUND_KEY = "speedwatch_objection_letter"
# How long a letter found stays open for the objection form.
FOUND_MINUTES = 30


def _lookup_limit() -> str:
    return current_app.config["OBJECTION_LOOKUP_RATE_LIMIT"]


@bp.after_request
def _never_cached(response):
    """What a letter says about a vehicle stays out of browsers' and proxies' caches."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _not_found() -> str:
    return _(
        "We could not find a letter with that reference and registration. Check both against your letter and try again."
    )


@bp.route("", methods=["GET", "POST"])
@public
@limiter.limit(_lookup_limit, methods=["POST"])
@throttle.taking_at_least("OBJECTION_LOOKUP_MIN_SECONDS")
def find_letter():
    """Step one: the reference and registration from the letter."""
    form = LetterLookupForm()
    if form.validate_on_submit():
        letter = None
        if form.website.data:
            log.info("objection lookup caught by the honeypot; not looked up")
        else:
            letter = objections.find_letter(form.reference.data, form.registration.data)
        if letter is not None:
            session[FOUND_KEY] = {"letter": letter.id, "at": time.time()}
            return redirect(url_for("speedwatch_public.objection"))
        form.form_errors.append(_not_found())
    return form_page("speedwatch/objections/find_letter.html", form)


def _found_letter():
    found = session.get(FOUND_KEY)
    if not isinstance(found, dict) or time.time() - found.get("at", 0) > FOUND_MINUTES * 60:
        return None
    return objections.objectable_letter(found.get("letter"))


@bp.route("/objection", methods=["GET", "POST"])
@public
def objection():
    """Step two: what the letter is about, and the objection."""
    letter = _found_letter()
    if letter is None:
        session.pop(FOUND_KEY, None)
        return redirect(url_for("speedwatch_public.find_letter"))
    form = ObjectionForm()
    if form.is_submitted() and form.website.data:
        log.info("objection to letter %s caught by the honeypot; not stored", letter.id)
        session.pop(FOUND_KEY, None)
        return render_template("speedwatch/objections/objection_sent.html", email_given=False)
    sent = submitted(
        form,
        lambda: objections.submit_objection(letter, form.ground.data, form.explanation.data, form.email.data),
    )
    if sent:
        session.pop(FOUND_KEY, None)
        return render_template("speedwatch/objections/objection_sent.html", email_given=bool(form.email.data))
    return form_page(
        "speedwatch/objections/objection.html",
        form,
        facts=objections.facts_of(letter),
        awaiting=objections.awaiting_decision(letter),
    )
