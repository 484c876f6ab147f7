"""The base class of every form, and the fields every feature shares.

Input is tidied once, here, before any validator sees it, and every length limit is worded the
same way. Dates are typed as day, month and year in three boxes, the GOV.UK date input: a
browser's own date picker shows an American mm/dd/yyyy on many phones and cannot be read out
well.
"""

import re
from datetime import date, datetime, time

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.utils import unset_value
from wtforms.validators import Length
from wtforms.widgets import CheckboxInput, ListWidget

from volunteers.validators import at_most

# The one wording of a date's hint, wherever a date is typed.
DATE_HINT = _l("For example, 27 3 2007")
TIME_HINT = _l("For example, 9:30 or 21:30")


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


# --- Dates ---------------------------------------------------------------------------------------

_MONTH_NAMES = "january february march april may june july august september october november december".split()
# People may type a month's name, in full or shortened ("Mar", "Sept"), as well as its number.
MONTHS_BY_NAME = {
    **{name: number for number, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)

# What is missing, in words, by the parts left empty.
_MISSING = {
    ("day",): _l("%(subject)s must include a day"),
    ("month",): _l("%(subject)s must include a month"),
    ("year",): _l("%(subject)s must include a year"),
    ("day", "month"): _l("%(subject)s must include a day and month"),
    ("day", "year"): _l("%(subject)s must include a day and year"),
    ("month", "year"): _l("%(subject)s must include a month and year"),
    ("day", "month", "year"): _l("%(subject)s must include a date"),
}


class DateProblem(ValueError):
    """What is wrong with a typed date, and which of its boxes to highlight."""

    def __init__(self, message, parts):
        super().__init__(message)
        self.parts = parts


class DateInputField(Field):
    """A date typed as day, month and year in three boxes named `<name>-day`, `-month` and `-year`
    (shown by the `field` macro as a GOV.UK date input); `data` is a `datetime.date`.

    Whatever is wrong comes back as one error that names it, "Date of birth must include a month"
    or "Date of birth must be a real date", beginning with `subject` (the label by default), and
    `error_parts` says which boxes to highlight (all of them when the date as a whole is wrong).
    Nothing typed at all is for the usual InputRequired / Optional to judge.
    """

    PARTS = ("day", "month", "year")
    date_hint = DATE_HINT

    def __init__(self, label=None, validators=None, subject=None, **kwargs):
        super().__init__(label, validators, **kwargs)
        self.subject = subject or self.label.text
        self.typed = dict.fromkeys(self.PARTS, "")
        self.error_parts = ()

    def part_id(self, part: str) -> str:
        return f"{self.id}-{part}"

    def part_name(self, part: str) -> str:
        return f"{self.name}-{part}"

    @property
    def highlighted(self) -> tuple[str, ...]:
        """The boxes to mark as wrong: those at fault, or all when the whole value is."""
        if not self.errors:
            return ()
        return self.error_parts or self.PARTS

    @property
    def error_anchor(self) -> str:
        """Where the error summary's link takes the cursor: the first box at fault."""
        return self.part_id((self.highlighted or self.PARTS)[0])

    def process(self, formdata, data=unset_value, extra_filters=None):
        self.process_errors = []
        self.error_parts = ()
        self.raw_data = []
        if data is unset_value:
            try:
                data = self.default()
            except TypeError:
                data = self.default
        self.object_data = self.data = data
        self.typed = self.shown(data)
        if formdata is not None:
            self.typed = {part: (formdata.get(self.part_name(part)) or "").strip() for part in self.PARTS}
            if any(self.typed.values()):
                self.raw_data = [" ".join(value for value in self.typed.values() if value)]
            try:
                self.data = self.parse(self.typed) if self.raw_data else None
            except DateProblem as problem:
                self.data = None
                self.error_parts = problem.parts
                self.process_errors.append(problem.args[0])
        for tidy in (*self.filters, *(extra_filters or ())):
            self.data = tidy(self.data)

    def shown(self, value) -> dict[str, str]:
        """What the boxes show for a stored value."""
        if not value:
            return dict.fromkeys(self.PARTS, "")
        return {"day": str(value.day), "month": str(value.month), "year": str(value.year)}

    def problem(self, message, *parts: str) -> DateProblem:
        return DateProblem(message % {"subject": self.subject}, parts)

    def parse(self, typed: dict[str, str]):
        return self.parse_date(typed)

    def parse_date(self, typed: dict[str, str]) -> date:
        missing = tuple(part for part in ("day", "month", "year") if not typed[part])
        if missing:
            raise self.problem(_MISSING[missing], *missing)
        day, month, year = typed["day"], typed["month"].lower().rstrip("."), typed["year"]
        wrong = tuple(
            part
            for part, ok in (
                ("day", day.isdigit() and 1 <= int(day) <= 31),
                ("month", (month.isdigit() and 1 <= int(month) <= 12) or month in MONTHS_BY_NAME),
                ("year", year.isdigit()),
            )
            if not ok
        )
        if wrong:
            raise self.problem(_l("%(subject)s must be a real date"), *wrong)
        if len(year) != 4:
            raise self.problem(_l("%(subject)s must include a year with 4 numbers"), "year")
        try:
            return date(int(year), int(month) if month.isdigit() else MONTHS_BY_NAME[month], int(day))
        except ValueError as error:
            raise self.problem(_l("%(subject)s must be a real date"), "day", "month", "year") from error


class DateTimeInputField(DateInputField):
    """A moment typed as a date (day, month and year) and a time such as 21:30 or 9.30pm, in the
    zone that `tz` (a zone, or a function returning one) names; `data` is an aware datetime, and
    an aware default (such as "now") is shown in that zone."""

    PARTS = ("day", "month", "year", "time")
    time_hint = TIME_HINT

    def __init__(self, label=None, validators=None, tz=None, **kwargs):
        super().__init__(label, validators, **kwargs)
        self.tz = tz

    def zone(self):
        return self.tz() if callable(self.tz) else self.tz

    def shown(self, value) -> dict[str, str]:
        if not value:
            return dict.fromkeys(self.PARTS, "")
        if value.tzinfo is not None and self.zone() is not None:
            value = value.astimezone(self.zone())
        return {**super().shown(value), "time": value.strftime("%H:%M")}

    def parse(self, typed: dict[str, str]) -> datetime:
        if not any(typed[part] for part in ("day", "month", "year")):
            raise self.problem(_l("%(subject)s must include a date"), "day", "month", "year")
        day = self.parse_date(typed)
        if not typed["time"]:
            raise self.problem(_l("%(subject)s must include a time"), "time")
        at = self.parse_time(typed["time"])
        return datetime.combine(day, at, tzinfo=self.zone())

    def parse_time(self, typed: str) -> time:
        found = _TIME.fullmatch(typed)
        hour = int(found.group(1)) if found else -1
        minute = int(found.group(2) or 0) if found else -1
        half = (found.group(3) or "").lower().replace(".", "") if found else ""
        if half:
            hour = hour % 12 + (12 if half == "pm" else 0) if 1 <= hour <= 12 else -1
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise self.problem(_l("%(subject)s must be a real time, like 21:30"), "time")
        return time(hour, minute)
