"""Forms for drivers' objections: finding a letter, objecting to it (both public) and an officer's
decision. They check the shape of what was typed; `objections.py` decides what is allowed."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from volunteers.forms import Form
from volunteers.review import REASON_MAX_CHARS
from volunteers.speedwatch.labels import OBJECTION_GROUND_LABELS
from volunteers.speedwatch.models import OBJECTION_MAX_CHARS
from volunteers.validation import EMAIL_MAX_CHARS

DECISIONS = {"upheld": True, "not_upheld": False}


class LetterLookupForm(Form):
    reference = StringField(
        _l("Reference"),
        validators=[InputRequired(_l("Enter the reference printed on your letter")), Length(max=40)],
        description=_l("It is at the top of the letter and starts with CSW, like CSW-7KQ3M9XD"),
    )
    registration = StringField(
        _l("Vehicle registration"),
        validators=[InputRequired(_l("Enter the vehicle's registration")), Length(max=20)],
        description=_l("As printed on the letter, like AB12 CDE"),
    )
    # A honeypot: hidden from people (and from screen readers), filled in by form-filling robots.
    website = StringField(_l("Leave this empty"))


class ObjectionForm(Form):
    ground = RadioField(
        _l("Why do you think the letter is wrong?"),
        choices=[SelectChoice(ground.value, label) for ground, label in OBJECTION_GROUND_LABELS.items()],
        validators=[InputRequired(_l("Choose why you think the letter is wrong"))],
    )
    explanation = TextAreaField(
        _l("Tell us what happened"),
        validators=[InputRequired(_l("Explain why you think the letter is wrong")), Length(max=OBJECTION_MAX_CHARS)],
        description=_l("Do not include anyone else's name or address. An officer reads this."),
    )
    email = EmailField(
        _l("Your email address (optional)"),
        validators=[Optional(), Length(max=EMAIL_MAX_CHARS)],
        description=_l("Only to tell you the officer's decision; we delete it once you have been told"),
    )
    website = StringField(_l("Leave this empty"))


class ObjectionDecisionForm(Form):
    decision = RadioField(
        _l("Your decision"),
        choices=[
            SelectChoice("upheld", _l("Uphold the objection: the sighting no longer counts")),
            SelectChoice("not_upheld", _l("Do not uphold it: the letter stands")),
        ],
        validators=[Optional()],
    )
    reason = TextAreaField(
        _l("Reason, as the objector will read it"),
        validators=[Length(max=REASON_MAX_CHARS)],
        description=_l("Required when you do not uphold it"),
    )
