"""Forms for a volunteer's own details, leaving a scheme and equality monitoring."""

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectChoice, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from volunteers.equality import QUESTIONS
from volunteers.forms import Form
from volunteers.membership.models import ACCESSIBILITY_MAX_CHARS, LANGUAGES_MAX_CHARS
from volunteers.models import NAME_MAX_CHARS, PHONE_MAX_CHARS, REASON_MAX_CHARS


def _at_most(count: int):
    return Length(max=count, message=_l("Use %(count)d characters or fewer", count=count))


class DetailsForm(Form):
    name = StringField(_l("Full name"), validators=[DataRequired(_l("Enter your full name")), _at_most(NAME_MAX_CHARS)])
    phone = TelField(_l("Phone number (optional)"), validators=[Optional(), _at_most(PHONE_MAX_CHARS)])
    languages = StringField(
        _l("Languages you speak (optional)"), validators=[Optional(), _at_most(LANGUAGES_MAX_CHARS)]
    )
    accessibility_needs = TextAreaField(
        _l("Anything we should know to make volunteering accessible for you (optional)"),
        validators=[Optional(), _at_most(ACCESSIBILITY_MAX_CHARS)],
    )


class LeaveForm(Form):
    reason = TextAreaField(
        _l("Would you like to tell your coordinator why? (optional)"),
        validators=[Optional(), _at_most(REASON_MAX_CHARS)],
    )


class EqualityForm(Form):
    """One optional question per field, each with "prefer not to say"; built from QUESTIONS."""

    def answers(self) -> dict[str, str | None]:
        return {question.name: getattr(self, question.name).data or None for question in QUESTIONS}


for _question in QUESTIONS:
    setattr(
        EqualityForm,
        _question.name,
        RadioField(
            _question.text,
            choices=[SelectChoice(value, label) for value, label in _question.choices],
            validators=[Optional()],
        ),
    )
