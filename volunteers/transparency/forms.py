"""Forms of the transparency pages: a "you said, we did" entry, its approval, and an area's
population profile (one percentage box per answer of each equality question)."""

from flask_babel import lazy_gettext as _l
from wtforms import DecimalField, RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from volunteers.equality import PREFER_NOT_TO_SAY, QUESTIONS
from volunteers.forms import Form
from volunteers.models import REASON_MAX_CHARS
from volunteers.transparency.models import ENTRY_PART_MAX_CHARS, SOURCE_MAX_CHARS
from volunteers.transparency.services import field_name


class EntryForm(Form):
    area_id = SelectField(_l("Area"), coerce=int, validators=[InputRequired(message=_l("Choose the area"))])
    you_said = TextAreaField(
        _l("You said"),
        validators=[DataRequired(message=_l("Write what people raised")), Length(max=ENTRY_PART_MAX_CHARS)],
    )
    we_did = TextAreaField(
        _l("We did"),
        validators=[DataRequired(message=_l("Write what the police did")), Length(max=ENTRY_PART_MAX_CHARS)],
    )


class DecideEntryForm(Form):
    decision = RadioField(
        _l("Publish this entry?"),
        choices=[SelectChoice("approve", _l("Yes, publish it")), SelectChoice("decline", _l("No, decline it"))],
        validators=[InputRequired(message=_l("Choose whether to publish the entry"))],
    )
    reason = TextAreaField(_l("Reason (required to decline)"), validators=[Length(max=REASON_MAX_CHARS)])


class PopulationForm(Form):
    """Built with a box per answer: `PopulationForm.for_questions()`."""

    source = StringField(
        _l("Where the figures come from"),
        validators=[DataRequired(message=_l("Say where the figures come from")), Length(max=SOURCE_MAX_CHARS)],
    )

    @classmethod
    def for_questions(cls) -> type["PopulationForm"]:
        fields = {
            field_name(question.name, answer): DecimalField(
                label,
                places=1,
                validators=[Optional()],
            )
            for question in QUESTIONS
            for answer, label in question.choices
            if answer != PREFER_NOT_TO_SAY
        }
        return type("AreaPopulationForm", (cls,), fields)

    def shares(self) -> dict[str, float | None]:
        return {
            name: (float(field.data) if field.data is not None else None)
            for name, field in self._fields.items()
            if "__" in name
        }
