"""The complaint form, for anyone: no account needed, and prefilled for someone signed in.

Robots are kept out without a third-party CAPTCHA: a rate limit per address
(COMPLAINT_RATE_LIMIT), a honeypot field that robots fill and people never see (a complaint
caught by it gets the same confirmation page, with no reference, and is not stored), and a
minimum time between showing the form and sending it (`robots.py`).
"""

import logging

from flask import Blueprint, current_app, render_template
from flask_babel import gettext as _
from flask_login import current_user

from volunteers.complaints import queries, robots, services
from volunteers.complaints.forms import ComplaintForm
from volunteers.extensions import limiter
from volunteers.permissions import public
from volunteers.web import form_page, submitted

log = logging.getLogger(__name__)

bp = Blueprint("complaints_public", __name__, url_prefix="/complaints")


def _complaint_limit() -> str:
    return current_app.config["COMPLAINT_RATE_LIMIT"]


def _area_choices(form: ComplaintForm) -> None:
    areas = queries.areas_to_complain_about()
    several_forces = len({force.id for _area, force in areas}) > 1
    label = (lambda pair: f"{pair[0].name} ({pair[1].name})") if several_forces else (lambda pair: pair[0].name)
    form.area.choices = [("", _("Choose an area")), *((area.id, label((area, force))) for area, force in areas)]


def _signed_in():
    return current_user._get_current_object() if current_user.is_authenticated else None


@bp.route("", methods=["GET", "POST"])
@public
@limiter.limit(_complaint_limit, methods=["POST"])
def complain():
    """A complaint about a volunteer's conduct or about how something was handled."""
    user = _signed_in()
    form = ComplaintForm(data={"name": user.name, "email": user.email} if user else None)
    _area_choices(form)
    if form.is_submitted() and form.website.data:
        log.info("complaint caught by the honeypot; not stored")
        return render_template("complaints/complaint_sent.html", complaint=None)
    if form.is_submitted() and robots.sent_too_soon(form.shown.data):
        log.info("complaint form sent back faster than a person fills it in; not stored")
        form.form_errors.append(_("Check your complaint, then send it again."))
    else:
        sent = submitted(
            form,
            lambda: services.submit_complaint(
                user,
                form.area.data,
                form.about.data,
                form.description.data,
                form.happened_when.data,
                form.location.data,
                form.handling_reference.data,
                form.name.data,
                form.email.data,
            ),
            check=lambda: services.check_complaint(
                form.area.data,
                form.about.data,
                form.description.data,
                form.happened_when.data,
                form.location.data,
                form.handling_reference.data,
                form.name.data,
                form.email.data,
            ),
        )
        if sent:
            return render_template("complaints/complaint_sent.html", complaint=sent.result)
    form.shown.data = robots.shown_stamp()
    return form_page("complaints/complain.html", form, signed_in=user)
