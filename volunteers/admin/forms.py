"""Forms for a force's administration."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, Optional

from volunteers.forms import DateInputField, Form, MultiCheckboxField
from volunteers.models import EMAIL_MAX_CHARS, NAME_MAX_CHARS, REASON_MAX_CHARS, MembershipRole, SchemeKind
from volunteers.validators import EmailAddress

SCHEME_KIND_LABELS = {
    SchemeKind.WATCH: _l("Neighbourhood Watch"),
    SchemeKind.SPEEDWATCH: _l("Community Speed Watch"),
    SchemeKind.YOUTH: _l("Youth Commission"),
}


class AreaForm(Form):
    name = StringField(_l("Area name"), validators=[DataRequired(_l("Enter the area's name")), Length(max=200)])


class SchemeForm(Form):
    name = StringField(_l("Scheme name"), validators=[DataRequired(_l("Enter the scheme's name")), Length(max=200)])
    kind = RadioField(
        _l("Kind of scheme"),
        choices=[SelectChoice(kind.value, label) for kind, label in SCHEME_KIND_LABELS.items()],
        validators=[DataRequired(_l("Choose the kind of scheme"))],
    )
    area = SelectField(_l("Area"), coerce=int, validators=[DataRequired(_l("Choose an area"))])
    description = TextAreaField(_l("Description (optional)"), validators=[Optional(), Length(max=2000)])


class OfficerForm(Form):
    name = StringField(
        _l("Full name"), validators=[DataRequired(_l("Enter the officer's name")), Length(max=NAME_MAX_CHARS)]
    )
    email = EmailField(
        _l("Work email address"),
        validators=[
            DataRequired(_l("Enter the officer's email address")),
            EmailAddress(),
            Length(max=EMAIL_MAX_CHARS),
        ],
    )
    areas = MultiCheckboxField(
        _l("Areas they cover"), coerce=int, validators=[DataRequired(_l("Choose at least one area"))]
    )


class OfficerAreasForm(Form):
    areas = MultiCheckboxField(_l("Areas they cover"), coerce=int)


class RoleForm(Form):
    """The role the page offers (the opposite of the current one), so a repeated post changes nothing."""

    role = HiddenField(validators=[AnyOf([role.value for role in MembershipRole])])
    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(_l("Say why the role is changing")), Length(max=REASON_MAX_CHARS)],
    )


class InterestSwitchForm(Form):
    """Whether the scheme should take requests to join from the public page ("yes" or "no")."""

    accepts = HiddenField(validators=[AnyOf(["yes", "no"])])


class AuditFilterForm(Form):
    """What the audit explorer narrows a force's trail to; every field may be left empty."""

    class Meta:
        csrf = False

    since = DateInputField(_l("From"), validators=[Optional()], subject=_l("The first day"))
    until = DateInputField(_l("To"), validators=[Optional()], subject=_l("The last day"))
    who = StringField(
        _l("Who (their email address)"),
        validators=[Optional(), Length(max=EMAIL_MAX_CHARS)],
    )
    action = SelectField(_l("What happened"), validate_choice=False, validators=[Optional(), Length(max=80)])
    subject_type = SelectField(_l("To what"), validate_choice=False, validators=[Optional(), Length(max=60)])
    subject_id = StringField(
        _l("Its number"),
        validators=[Optional(), Length(max=60)],
        description=_l("The number in its page's address, like 42 in /watch/reports/42"),
    )
    area = SelectField(_l("Area"), validators=[Optional()])
    scheme_kind = SelectField(
        _l("Kind of scheme"),
        choices=[
            SelectChoice("", _l("Any")),
            *(SelectChoice(kind.value, label) for kind, label in SCHEME_KIND_LABELS.items()),
        ],
        validators=[Optional()],
    )

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        if self.since.data and self.until.data and self.until.data < self.since.data:
            self.until.errors = [_l("The last day cannot be before the first day")]
            return False
        return True
