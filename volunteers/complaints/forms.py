"""Forms for complaints: the complaint itself (public, or prefilled for someone signed in), the
admins' triage and the outcome. They check the shape of what was typed; `services.py` decides."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, HiddenField, IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, NumberRange, Optional

from volunteers.complaints.labels import ABOUT_LABELS, OUTCOME_HINTS, OUTCOME_LABELS
from volunteers.complaints.models import (
    DESCRIPTION_MAX_CHARS,
    FINDINGS_MAX_CHARS,
    HANDLING_REFERENCE_MAX_CHARS,
    LOCATION_MAX_CHARS,
    WHEN_MAX_CHARS,
)
from volunteers.forms import Form
from volunteers.models import EMAIL_MAX_CHARS, NAME_MAX_CHARS, REASON_MAX_CHARS

UPHELD = {"yes": True, "no": False}


def whole_number_or_none(value):
    """A choice's id as sent, or None for anything that is not one (the service then says why)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class ComplaintForm(Form):
    about = RadioField(
        _l("What is your complaint about?"),
        choices=[SelectChoice(about.value, label) for about, label in ABOUT_LABELS.items()],
        validate_choice=False,
        validators=[Optional()],
    )
    area = SelectField(
        _l("Which area did it happen in?"), coerce=whole_number_or_none, validate_choice=False, validators=[Optional()]
    )
    description = TextAreaField(
        _l("What happened?"),
        validators=[Length(max=DESCRIPTION_MAX_CHARS)],
        description=_l(
            "Describe what the volunteer did, or what went wrong with how your report, a Speed Watch session "
            "or a decision was handled. An administrator of the force reads this, not the volunteer."
        ),
    )
    happened_when = StringField(
        _l("When did it happen? (optional)"),
        validators=[Length(max=WHEN_MAX_CHARS)],
        description=_l("For example, Tuesday 3 March at about 8am"),
    )
    location = StringField(
        _l("Where did it happen? (optional)"),
        validators=[Length(max=LOCATION_MAX_CHARS)],
        description=_l("A street, a landmark or the Speed Watch site"),
    )
    handling_reference = StringField(
        _l("Reference (optional)"),
        validators=[Length(max=HANDLING_REFERENCE_MAX_CHARS)],
        description=_l("The reference of the report, letter or decision, if you have one"),
    )
    name = StringField(_l("Your name (optional)"), validators=[Length(max=NAME_MAX_CHARS)])
    email = EmailField(
        _l("Your email address (optional)"),
        validators=[Length(max=EMAIL_MAX_CHARS)],
        description=_l(
            "To send you the reference and tell you the outcome. Leave your name and email empty to stay anonymous."
        ),
    )
    # When the form was shown, signed (volunteers/complaints/robots.py).
    shown = HiddenField()
    # A honeypot: hidden from people (and from screen readers), filled in by form-filling robots.
    website = StringField(_l("Leave this empty"))


class AssignForm(Form):
    assignee = SelectField(
        _l("Investigating administrator"), coerce=whole_number_or_none, validate_choice=False, validators=[Optional()]
    )


class VolunteerForm(Form):
    email = EmailField(
        _l("Volunteer's email address"),
        validators=[Length(max=EMAIL_MAX_CHARS)],
        description=_l("Every membership they hold in this force is named"),
    )


class SubjectForm(Form):
    subject_type = SelectField(_l("What it is"), validate_choice=False, validators=[Optional()])
    subject_id = IntegerField(
        _l("Its number"),
        validators=[Optional(), NumberRange(min=1, message=_l("Enter its number, like 1234"))],
        description=_l("As shown in its address or on its page"),
    )


class OutcomeForm(Form):
    findings = TextAreaField(
        _l("Findings"),
        validators=[Length(max=FINDINGS_MAX_CHARS)],
        description=_l("What the investigation found. Only administrators read this."),
    )
    upheld = RadioField(
        _l("Is the complaint upheld?"),
        choices=[SelectChoice("yes", _l("Yes, upheld")), SelectChoice("no", _l("No, not upheld"))],
        validate_choice=False,
        validators=[Optional()],
    )
    outcome = RadioField(
        _l("Outcome"),
        choices=[SelectChoice(o.value, label) for o, label in OUTCOME_LABELS.items()],
        validate_choice=False,
        validators=[Optional()],
    )
    reason = TextAreaField(
        _l("Reason"),
        validators=[Length(max=REASON_MAX_CHARS)],
        description=_l(
            "The complainant (if they left an email address), the volunteer and their coordinator read this"
        ),
    )

    @property
    def upheld_value(self) -> bool | None:
        return UPHELD.get(self.upheld.data or "")

    @staticmethod
    def hints() -> dict:
        return {o.value: hint for o, hint in OUTCOME_HINTS.items()}
