"""The site statistics page: charts drawn on the server as SVG, each with its figures in a table
beneath, for the scheme's coordinators, the area's officers and the force's admins.

Counts only: nothing on the page comes from a sighting, so no plate can appear on it.
"""

from flask import Blueprint, render_template, request
from flask_babel import format_date, format_decimal, format_percent
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms.validators import Optional

from volunteers.charts import Chart, bar_chart
from volunteers.forms import DateInputField, Form
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404, require
from volunteers.speedwatch import statistics
from volunteers.speedwatch.models import Site

bp = Blueprint("speedwatch_statistics", __name__, url_prefix="/speedwatch")
# Any signed-in user reaches the view; the rule "speedwatch.site.statistics" decides.
gate_blueprint(bp, Gate.SIGNED_IN)

WEEKDAY_NAMES = {
    1: _l("Monday"),
    2: _l("Tuesday"),
    3: _l("Wednesday"),
    4: _l("Thursday"),
    5: _l("Friday"),
    6: _l("Saturday"),
    7: _l("Sunday"),
}


class PeriodForm(Form):
    """The period the figures cover, both days included; either end may be left open."""

    class Meta:
        csrf = False

    since = DateInputField(_l("From"), validators=[Optional()], subject=_l("The first day"))
    until = DateInputField(_l("To"), validators=[Optional()], subject=_l("The last day"))

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if valid and self.since.data and self.until.data and self.since.data > self.until.data:
            self.until.errors = [_("The last day must be the same as or after the first day")]
            return False
        return valid


def _rate(value: float | None, missing: str = "") -> str:
    """Vehicles per hour to one decimal place; `missing` (or "not watched") when nobody watched."""
    if value is None:
        return missing or _("not watched")
    return format_decimal(value, format="#,##0.0")


def _share(value: float | None) -> str:
    return format_percent(value, format="#,##0%") if value is not None else ""


def _mph(speed: int) -> str:
    return _("%(speed)d mph", speed=speed)


def hour_label(hour: int) -> str:
    return f"{hour:02d}:00–{hour:02d}:59"


def band_label(band: statistics.Band) -> str:
    return _("%(low)d–%(high)d mph", low=band.low, high=band.high)


def _charts(figures: statistics.SiteStatistics) -> dict[str, Chart]:
    return {
        "hours": bar_chart(
            "chart-hours",
            _("Vehicles over the threshold per hour watched, by hour of the day"),
            [(f"{period.key:02d}:00", period.per_hour, _rate(period.per_hour, "–")) for period in figures.by_hour],
        ),
        "weekdays": bar_chart(
            "chart-weekdays",
            _("Vehicles over the threshold per hour watched, by day of the week"),
            [
                (str(WEEKDAY_NAMES[period.key])[:3], period.per_hour, _rate(period.per_hour, "–"))
                for period in figures.by_weekday
            ],
        ),
        "bands": bar_chart(
            "chart-bands",
            _("Vehicles by speed"),
            [(str(band.low), band.vehicles, str(band.vehicles)) for band in figures.by_band],
        ),
        "fastest": bar_chart(
            "chart-fastest",
            _("The fastest vehicle in each of the fastest sessions"),
            [
                (format_date(session.starts_at, "d MMM yy"), session.top_speed, _mph(session.top_speed))
                for session in figures.fastest
            ],
        ),
        "repeats": bar_chart(
            "chart-repeats",
            _("Vehicles whose plate was seen before, and vehicles seen for the first time"),
            [
                (_("Seen before"), figures.repeats, str(figures.repeats)),
                (_("First time"), figures.first_seen, str(figures.first_seen)),
            ],
        ),
    }


@bp.route("/sites/<int:site_id>/statistics")
def site_statistics(site_id):
    """A site's statistics over every reviewed session, or those that started in a chosen period."""
    site = permitted_or_404(Site, site_id, "speedwatch.site.view", hide_refusal=True)
    require(current_user, "speedwatch.site.statistics", site)
    form = PeriodForm(request.args)
    since = until = None
    status = 200
    if request.args:
        if form.validate():
            since, until = form.since.data, form.until.data
        else:
            status = 400
    figures = statistics.site_statistics(site, since, until)
    page = render_template(
        "speedwatch/statistics.html",
        site=site,
        form=form,
        figures=figures,
        charts=_charts(figures),
        rate=_rate,
        share=_share,
        hour_label=hour_label,
        band_label=band_label,
        weekday_names=WEEKDAY_NAMES,
    )
    return page, status
