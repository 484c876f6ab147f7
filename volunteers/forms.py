"""The base class of every form: input is tidied once, here, before any validator sees it, and every
length limit is worded the same way."""

from flask_wtf import FlaskForm
from wtforms import SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length
from wtforms.widgets import CheckboxInput, ListWidget

from volunteers.validators import at_most


def tidy_text(value):
    """Drop NUL characters (no database stores them) and the spaces people paste around text."""
    if isinstance(value, str):
        return value.replace("\x00", "").strip()
    return value


def _house_length(validator):
    """A length limit given without a message says it in the house words, not WTForms' own."""
    if type(validator) is Length and validator.message is None and validator.max != -1 and validator.min <= 0:
        return at_most(validator.max)
    return validator


class Form(FlaskForm):
    """Every form in the app derives from this (a test checks), so no input skips the tidying and
    no length limit is worded any other way."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            if unbound_field.field_class.__name__ not in {"PasswordField", "FileField", "MultipleFileField"}:
                options["filters"] = (*unbound_field.kwargs.get("filters", ()), tidy_text)
            field = unbound_field.bind(form=form, **options)
            field.validators = [_house_length(validator) for validator in field.validators]
            return field


class MultiCheckboxField(SelectMultipleField):
    """Several choices shown as checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def choices_of(objects, label=lambda obj: obj.name) -> list[SelectChoice]:
    """Choices for a select, radios or checkboxes, from database objects (their id and name)."""
    return [SelectChoice(obj.id, label(obj)) for obj in objects]
