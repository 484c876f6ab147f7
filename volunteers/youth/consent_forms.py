"""Forms for guardians' answers and for the facilitator asking a guardian."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, RadioField, SelectChoice, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Optional

from volunteers.forms import Form
from volunteers.models import EMAIL_MAX_CHARS, NAME_MAX_CHARS
from volunteers.validators import EmailAddress, at_most
from volunteers.youth.models import GUARDIAN_WORDS_MAX_CHARS

DECISIONS = {"consent": True, "refuse": False}


class GuardianAnswerForm(Form):
    decision = RadioField(
        _l("Do you consent?"),
        choices=[
            SelectChoice("consent", _l("Yes, I consent")),
            SelectChoice("refuse", _l("No, I do not consent")),
        ],
        validators=[InputRequired(_l("Choose whether you consent"))],
    )
    words = TextAreaField(
        _l("Anything you would like the facilitator to know (optional)"),
        validators=[Optional(), at_most(GUARDIAN_WORDS_MAX_CHARS)],
    )

    @property
    def consents(self) -> bool | None:
        return DECISIONS.get(self.decision.data or "")


class WithdrawalForm(Form):
    words = TextAreaField(
        _l("Anything you would like the facilitator to know (optional)"),
        validators=[Optional(), at_most(GUARDIAN_WORDS_MAX_CHARS)],
    )


class AskGuardianForm(Form):
    guardian_name = StringField(
        _l("Guardian's full name"),
        validators=[DataRequired(_l("Enter the guardian's name")), at_most(NAME_MAX_CHARS)],
    )
    guardian_email = EmailField(
        _l("Guardian's email address"),
        validators=[DataRequired(_l("Enter an email address")), EmailAddress(), at_most(EMAIL_MAX_CHARS)],
    )
