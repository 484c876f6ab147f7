"""Dates are typed as day, month and year (the GOV.UK date input), never in a browser's own date
picker, and whatever is wrong with one comes back as a single error that says what it is."""

import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import render_template_string
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import DateField, DateTimeField, DateTimeLocalField, MonthField
from wtforms.validators import InputRequired

from volunteers.db_types import utcnow
from volunteers.forms import DATE_HINT, DateInputField, DateTimeInputField, Form

LONDON = ZoneInfo("Europe/London")


class BirthForm(Form):
    class Meta:
        csrf = False

    born = DateInputField("Date of birth", validators=[InputRequired("Enter your date of birth")])


class SightingForm(Form):
    class Meta:
        csrf = False

    seen = DateTimeInputField(
        "When did it happen?",
        subject="When it happened",
        tz=LONDON,
        validators=[InputRequired("Enter when it happened")],
        default=lambda: utcnow().replace(second=0, microsecond=0),
    )


def _born(app, **typed):
    """The date of birth as sent with these boxes filled in (day="27" is the day box), checked."""
    with app.test_request_context(method="POST"):
        form = BirthForm(formdata=MultiDict({f"born-{part}": value for part, value in typed.items()}))
        form.validate()
        return form.born


def _seen(app, **typed):
    with app.test_request_context(method="POST"):
        form = SightingForm(formdata=MultiDict({f"seen-{part}": value for part, value in typed.items()}))
        form.validate()
        return form.seen


# --- Reading what was typed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "month", "year", "meant"),
    [
        ("27", "3", "2007", date(2007, 3, 27)),
        (" 07 ", "03", "2007", date(2007, 3, 7)),
        ("27", "March", "2007", date(2007, 3, 27)),
        ("27", "mar", "2007", date(2007, 3, 27)),
        ("1", "Sept", "2007", date(2007, 9, 1)),
        ("29", "2", "2024", date(2024, 2, 29)),
    ],
)
def test_a_date_is_read_from_its_day_month_and_year(app, day, month, year, meant):
    born = _born(app, day=day, month=month, year=year)
    assert born.errors == []
    assert born.data == meant


@pytest.mark.parametrize(
    ("typed", "message", "at_fault"),
    [
        ({"month": "3", "year": "2007"}, "Date of birth must include a day", ("day",)),
        ({"day": "27", "year": "2007"}, "Date of birth must include a month", ("month",)),
        ({"day": "27", "month": "3"}, "Date of birth must include a year", ("year",)),
        ({"year": "2007"}, "Date of birth must include a day and month", ("day", "month")),
        ({"month": "3"}, "Date of birth must include a day and year", ("day", "year")),
        ({"day": "27"}, "Date of birth must include a month and year", ("month", "year")),
        ({"day": "30", "month": "2", "year": "2007"}, "Date of birth must be a real date", ("day", "month", "year")),
        ({"day": "27", "month": "13", "year": "2007"}, "Date of birth must be a real date", ("month",)),
        ({"day": "32", "month": "3", "year": "2007"}, "Date of birth must be a real date", ("day",)),
        ({"day": "x", "month": "3", "year": "2007"}, "Date of birth must be a real date", ("day",)),
        ({"day": "27", "month": "Smarch", "year": "2007"}, "Date of birth must be a real date", ("month",)),
        ({"day": "27", "month": "3", "year": "07"}, "Date of birth must include a year with 4 numbers", ("year",)),
    ],
)
def test_a_date_that_is_incomplete_or_not_real_gets_one_error_naming_what_is_wrong(app, typed, message, at_fault):
    born = _born(app, **typed)
    assert born.errors == [message]
    assert born.data is None
    assert born.highlighted == at_fault
    assert born.error_anchor == f"born-{at_fault[0]}"


def test_a_date_left_empty_is_for_the_required_check_alone(app):
    assert _born(app).errors == ["Enter your date of birth"]
    assert _born(app, day=" ", month="", year="").errors == ["Enter your date of birth"]


def test_a_moment_is_read_in_local_time_and_kept_aware(app):
    summer = _seen(app, day="1", month="7", year="2026", time="21:30")
    assert summer.errors == []
    assert summer.data.astimezone(UTC) == datetime(2026, 7, 1, 20, 30, tzinfo=UTC)
    winter = _seen(app, day="1", month="12", year="2026", time="21:30")
    assert winter.data.astimezone(UTC) == datetime(2026, 12, 1, 21, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("21:30", (21, 30)), ("9:05", (9, 5)), ("9.30pm", (21, 30)), ("9pm", (21, 0)), ("12am", (0, 0)), ("7", (7, 0))],
)
def test_a_time_may_be_typed_the_ways_people_write_it(app, typed, meant):
    seen = _seen(app, day="1", month="12", year="2026", time=typed)
    assert seen.errors == []
    assert (seen.data.hour, seen.data.minute) == meant


@pytest.mark.parametrize(
    ("typed", "message", "at_fault"),
    [
        ({"day": "1", "month": "12", "year": "2026"}, "When it happened must include a time", ("time",)),
        (
            {"day": "1", "month": "12", "year": "2026", "time": "25:00"},
            "When it happened must be a real time",
            ("time",),
        ),
        (
            {"day": "1", "month": "12", "year": "2026", "time": "soon"},
            "When it happened must be a real time",
            ("time",),
        ),
        ({"time": "21:30"}, "When it happened must include a date", ("day", "month", "year")),
        ({"day": "1", "year": "2026", "time": "21:30"}, "When it happened must include a month", ("month",)),
    ],
)
def test_a_moment_that_is_incomplete_or_not_real_gets_one_error(app, typed, message, at_fault):
    seen = _seen(app, **typed)
    assert len(seen.errors) == 1 and seen.errors[0].startswith(message)
    assert seen.highlighted == at_fault


def test_a_moment_starts_from_now_shown_in_local_time(app):
    with app.test_request_context():
        seen = SightingForm().seen
    shown = datetime.strptime("{day} {month} {year} {time}".format(**seen.typed), "%d %m %Y %H:%M")
    assert abs(shown.replace(tzinfo=LONDON) - utcnow()) < timedelta(minutes=2)


# --- How it is shown ---------------------------------------------------------------------------------

PAGE = """{% from "_macros.html" import field, error_summary -%}
{{ error_summary(form) }}{{ field(form.born, autocomplete="bday") }}"""


def _shown(app, **typed) -> str:
    with app.test_request_context(method="POST"):
        form = BirthForm(
            formdata=MultiDict({f"born-{part}": value for part, value in typed.items()}) if typed else None
        )
        if typed:
            form.validate()
        return render_template_string(PAGE, form=form)


def test_a_date_is_three_labelled_boxes_in_a_fieldset_with_the_one_date_hint(app):
    html = _shown(app)
    assert '<fieldset class="govuk-fieldset" role="group" aria-describedby="born-hint">' in html
    assert "Date of birth</legend>" in html
    assert f'<div id="born-hint" class="govuk-hint">{DATE_HINT}</div>' in html
    assert str(DATE_HINT) == "For example, 27 3 2007"
    for part, width in (("day", 2), ("month", 2), ("year", 4)):
        assert f'<label class="govuk-label govuk-date-input__label" for="born-{part}">{part.title()}</label>' in html
        box = html[html.index(f'id="born-{part}"') - 120 :]
        assert f"govuk-input--width-{width}" in box[:200]
        assert f'name="born-{part}" type="text" inputmode="numeric"' in html
        assert f'autocomplete="bday-{part}"' in html
    assert 'type="date"' not in html


def test_a_wrong_date_marks_only_the_box_at_fault_and_the_summary_leads_to_it(app):
    html = _shown(app, day="27", month="", year="2007")
    assert '<a href="#born-month">Date of birth must include a month</a>' in html
    assert 'aria-describedby="born-hint born-error"' in html
    assert html.count("govuk-input--error") == 1
    assert 'govuk-input--width-2 govuk-input--error" id="born-month"' in html
    assert 'value="27"' in html and 'value="2007"' in html


def test_no_form_uses_a_browsers_own_date_picker(app):
    """Every date a person types goes through DateInputField (a test of the forms' modules)."""
    pickers = (DateField, DateTimeField, DateTimeLocalField, MonthField)
    found = []
    with app.test_request_context():
        for module_name, module in list(sys.modules.items()):
            if not module_name.startswith("volunteers."):
                continue
            for cls in vars(module).values():
                if isinstance(cls, type) and issubclass(cls, FlaskForm) and cls.__module__ == module_name:
                    found += [
                        f"{cls.__qualname__}.{f.name}" for f in cls(meta={"csrf": False}) if isinstance(f, pickers)
                    ]
    assert found == []
