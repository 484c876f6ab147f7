"""Forms for a facilitator's events."""

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectChoice, StringField
from wtforms.validators import DataRequired, InputRequired, NumberRange

from volunteers.forms import DateTimeInputField, Form
from volunteers.local_time import local_zone
from volunteers.membership.forms import HoursField
from volunteers.validators import at_most
from volunteers.youth.activities import EventDetails
from volunteers.youth.models import EVENT_TITLE_MAX_CHARS, EventKind

EVENT_KIND_LABELS = {
    EventKind.MEETING: _l("Meeting"),
    EventKind.TRAINING_DAY: _l("Training day"),
    EventKind.RIDE_ALONG: _l("Ride-along"),
    EventKind.OTHER: _l("Something else"),
}


class EventForm(Form):
    kind = RadioField(
        _l("What kind of event is it?"),
        choices=[SelectChoice(kind.value, label) for kind, label in EVENT_KIND_LABELS.items()],
        validators=[InputRequired(_l("Choose what kind of event it is"))],
    )
    title = StringField(
        _l("Title"), validators=[DataRequired(_l("Enter a title for the event")), at_most(EVENT_TITLE_MAX_CHARS)]
    )
    starts_at = DateTimeInputField(
        _l("When does it start?"),
        subject=_l("When it starts"),
        tz=local_zone,
        validators=[InputRequired(_l("Enter when the event starts"))],
    )
    duration = HoursField(
        _l("How long does it last, in hours?"),
        validators=[
            InputRequired(_l("Enter how long it lasts")),
            NumberRange(min=Decimal("0.25"), max=24, message=_l("Enter between 0.25 and 24 hours")),
        ],
    )

    def details(self) -> EventDetails:
        minutes = int((self.duration.data * 60).to_integral_value()) if self.duration.data is not None else None
        return EventDetails(self.kind.data, self.title.data or "", self.starts_at.data, minutes)
