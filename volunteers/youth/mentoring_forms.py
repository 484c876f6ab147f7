"""Forms for reverse mentoring and officers' DBS checks. They check the shape of what was typed;
`mentoring.py` decides what is allowed. The pairing form's choices are set by its view."""

from decimal import Decimal

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectChoice, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, NumberRange, Optional

from volunteers.forms import DateInputField, Form
from volunteers.membership.forms import HoursField
from volunteers.models import CHECK_DETAIL_MAX_CHARS, REASON_MAX_CHARS
from volunteers.validators import at_most
from volunteers.youth.models import FEEDBACK_COMMENT_MAX_CHARS, HIGHEST_RATING, LOWEST_RATING, MEETING_TOPIC_MAX_CHARS

RATING_LABELS = {
    1: _l("1 – it did not help"),
    2: _l("2"),
    3: _l("3"),
    4: _l("4"),
    5: _l("5 – it helped a lot"),
}


class OfficerDbsForm(Form):
    completed_on = DateInputField(
        _l("Date the check was done"),
        subject=_l("The date the check was done"),
        validators=[InputRequired(_l("Enter the date the check was done"))],
    )
    detail = StringField(
        _l("Reference (optional)"),
        validators=[Optional(), at_most(CHECK_DETAIL_MAX_CHARS)],
        description=_l("For example, the certificate's last four digits. Never the whole certificate."),
    )


class PairingForm(Form):
    membership_id = RadioField(
        _l("Young person"), coerce=int, validators=[InputRequired(_l("Choose a young person from the commission"))]
    )
    officer_id = RadioField(_l("Officer"), coerce=int, validators=[InputRequired(_l("Choose an officer of the force"))])


class MeetingForm(Form):
    met_on = DateInputField(
        _l("Date you met"), subject=_l("The date you met"), validators=[InputRequired(_l("Enter the date you met"))]
    )
    hours = HoursField(
        _l("How long"),
        validators=[
            InputRequired(_l("Enter how long you met")),
            NumberRange(min=Decimal("0.25"), max=24, message=_l("Enter between 0.25 and 24 hours")),
        ],
    )
    topic = StringField(
        _l("What you talked about"),
        validators=[DataRequired(_l("Say what you talked about")), at_most(MEETING_TOPIC_MAX_CHARS)],
    )

    @property
    def minutes(self) -> int | None:
        return int((self.hours.data * 60).to_integral_value()) if self.hours.data is not None else None


class FeedbackForm(Form):
    rating = RadioField(
        _l("How useful was the meeting?"),
        coerce=int,
        choices=[SelectChoice(value, RATING_LABELS[value]) for value in range(LOWEST_RATING, HIGHEST_RATING + 1)],
        validators=[InputRequired(_l("Choose a rating from 1 to 5"))],
    )
    comment = TextAreaField(
        _l("Comment (optional)"),
        validators=[Optional(), at_most(FEEDBACK_COMMENT_MAX_CHARS)],
        description=_l("The other person and the force's admins read this. Do not name anyone else."),
    )


class EndPairingForm(Form):
    reason = TextAreaField(
        _l("Why is the pairing ending?"),
        validators=[DataRequired(_l("Say why the pairing is ending")), at_most(REASON_MAX_CHARS)],
    )
