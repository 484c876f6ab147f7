"""Forms for a force's administration."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from volunteers.models import SchemeKind
from volunteers.validators import EmailAddress

SCHEME_KIND_LABELS = {
    SchemeKind.WATCH: _l("Neighbourhood Watch"),
    SchemeKind.SPEEDWATCH: _l("Community Speed Watch"),
    SchemeKind.YOUTH: _l("Youth Commission"),
}


class MultiCheckboxField(SelectMultipleField):
    """Several choices shown as checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class AreaForm(FlaskForm):
    name = StringField(_l("Area name"), validators=[DataRequired(_l("Enter the area's name")), Length(max=200)])


class SchemeForm(FlaskForm):
    name = StringField(_l("Scheme name"), validators=[DataRequired(_l("Enter the scheme's name")), Length(max=200)])
    kind = RadioField(
        _l("Kind of scheme"),
        choices=[(kind.value, label) for kind, label in SCHEME_KIND_LABELS.items()],
        validators=[DataRequired(_l("Choose the kind of scheme"))],
    )
    area = SelectField(_l("Area"), coerce=int, validators=[DataRequired(_l("Choose an area"))])
    description = TextAreaField(_l("Description (optional)"), validators=[Optional(), Length(max=2000)])


class OfficerForm(FlaskForm):
    name = StringField(_l("Full name"), validators=[DataRequired(_l("Enter the officer's name")), Length(max=200)])
    email = EmailField(
        _l("Work email address"),
        validators=[
            DataRequired(_l("Enter the officer's email address")),
            EmailAddress(),
            Length(max=254),
        ],
    )
    areas = MultiCheckboxField(
        _l("Areas they cover"), coerce=int, validators=[DataRequired(_l("Choose at least one area"))]
    )


class OfficerAreasForm(FlaskForm):
    areas = MultiCheckboxField(_l("Areas they cover"), coerce=int)


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False

    action = StringField(_l("Action"), validators=[Optional(), Length(max=80)])
    subject_type = StringField(_l("Subject type"), validators=[Optional(), Length(max=60)])
    subject_id = StringField(_l("Subject id"), validators=[Optional(), Length(max=60)])
