from flask_babel import lazy_gettext as _l
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice

from volunteers.accountability.services import PERIODS
from volunteers.forms import Form


def _period_field() -> SelectField:
    return SelectField(
        _l("Period"),
        choices=[SelectChoice(str(days), _l("The last %(days)d days", days=days)) for days in PERIODS],
        default=str(PERIODS[0]),
    )


class PeriodForm(Form):
    """Which period (and, on the officers' page, which area) the figures cover: read from the query."""

    class Meta:
        csrf = False

    period = _period_field()
    area = SelectField(_l("Area"), choices=[], validate_choice=False)

    def days(self) -> int:
        return int(self.period.data) if self.validate() else PERIODS[0]


class ScrutinyExportForm(Form):
    """The button that downloads the scrutiny export (a POST: the export is audited)."""

    period = _period_field()

    def days(self) -> int:
        return int(self.period.data) if self.validate_on_submit() else PERIODS[0]
