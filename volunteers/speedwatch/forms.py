"""Forms for Speed Watch sites, devices, bookings, the roadside entry, sheets and reviews.

Forms check the shape of what was typed; the services decide what is allowed (the API goes
straight to them), so the rules that matter are enforced there and shown here beside the field.
"""

import re
from datetime import time

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, FileField, FloatField, IntegerField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from volunteers.forms import DateInputField, Form, MultiCheckboxField
from volunteers.speedwatch.labels import DIRECTION_LABELS
from volunteers.speedwatch.models import (
    COLOUR_MAX_CHARS,
    DEVICE_TYPE_MAX_CHARS,
    KEEPER_MAX_CHARS,
    MAKE_MAX_CHARS,
    MODEL_MAX_CHARS,
    ROAD_MAX_CHARS,
    SERIAL_MAX_CHARS,
    SITE_NAME_MAX_CHARS,
    SITE_NOTES_MAX_CHARS,
)

_CLOCK = re.compile(r"(\d{1,2})[:.]?(\d{2})")


def parse_clock(typed: str) -> time | None:
    """A time of day as people type it on a phone: "9:30", "09.30", "0930", "14:05"; else None."""
    found = _CLOCK.fullmatch((typed or "").strip())
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class ClockField(StringField):
    """A time of day typed as hours and minutes; `data` stays the text, `clock` is the time."""

    clock: time | None = None

    def pre_validate(self, form):
        self.clock = parse_clock(self.data)
        if self.data and self.clock is None:
            raise ValidationError(_l("Enter the time as hours and minutes, like 9:30 or 14:05"))


class SiteForm(Form):
    name = StringField(
        _l("Name of the site"),
        validators=[InputRequired(_l("Enter the site's name")), Length(max=SITE_NAME_MAX_CHARS)],
        description=_l("What volunteers call it, like 'Mill Lane by the school'"),
    )
    road = StringField(_l("Road"), validators=[InputRequired(_l("Enter the road")), Length(max=ROAD_MAX_CHARS)])
    speed_limit = IntegerField(
        _l("Speed limit"), validators=[InputRequired(_l("Enter the road's speed limit, like 30"))]
    )
    latitude = FloatField(
        _l("Latitude"),
        validators=[InputRequired(_l("Enter the latitude, like 52.6309"))],
        description=_l("From a map app: press and hold the spot, then copy the numbers"),
    )
    longitude = FloatField(_l("Longitude"), validators=[InputRequired(_l("Enter the longitude, like -1.1397"))])
    description = TextAreaField(_l("Where exactly (optional)"), validators=[Length(max=SITE_NOTES_MAX_CHARS)])
    visibility_notes = TextAreaField(
        _l("How well drivers can see volunteers"), validators=[Length(max=SITE_NOTES_MAX_CHARS)]
    )
    standing_notes = TextAreaField(
        _l("Where volunteers can stand safely"),
        validators=[Length(max=SITE_NOTES_MAX_CHARS)],
        description=_l("Off the carriageway, with room to step back: a verge, a wide pavement, a lay-by"),
    )


class AssessmentForm(Form):
    approve = RadioField(
        _l("Your decision"),
        choices=[SelectChoice("yes", _l("Approve the site")), SelectChoice("no", _l("Decline the site"))],
        validators=[InputRequired(_l("Choose whether to approve the site"))],
    )
    visible_to_drivers = BooleanField(_l("Drivers can see volunteers in good time"))
    safe_standing_place = BooleanField(_l("Volunteers can stand safely off the carriageway"))
    limit_signed = BooleanField(_l("The speed limit is signed"))
    hazards = TextAreaField(_l("Hazards found (optional)"), validators=[Length(max=SITE_NOTES_MAX_CHARS)])
    reason = TextAreaField(
        _l("Reason for your decision"),
        validators=[InputRequired(_l("Give the reason for your decision"))],
        description=_l("The coordinator sees this"),
    )


class DeviceForm(Form):
    serial_number = StringField(
        _l("Serial number"), validators=[InputRequired(_l("Enter the serial number")), Length(max=SERIAL_MAX_CHARS)]
    )
    device_type = StringField(
        _l("Type of device"),
        validators=[InputRequired(_l("Enter the type of device")), Length(max=DEVICE_TYPE_MAX_CHARS)],
        description=_l("Like 'Radar speed gun'"),
    )
    calibrated_on = DateInputField(
        _l("Date on the calibration certificate"),
        subject=_l("The certificate's date"),
        validators=[InputRequired(_l("Enter the date on the calibration certificate"))],
    )
    calibration_due = DateInputField(
        _l("Next calibration due"),
        subject=_l("The due date"),
        validators=[InputRequired(_l("Enter the date the next calibration is due"))],
    )


class CalibrationForm(Form):
    calibrated_on = DateInputField(
        _l("Date on the new calibration certificate"),
        subject=_l("The certificate's date"),
        validators=[InputRequired(_l("Enter the date on the calibration certificate"))],
    )
    calibration_due = DateInputField(
        _l("Next calibration due"),
        subject=_l("The due date"),
        validators=[InputRequired(_l("Enter the date the next calibration is due"))],
    )


class BookingForm(Form):
    site = RadioField(_l("Site"), coerce=int, validate_choice=False, validators=[InputRequired(_l("Choose a site"))])
    day = DateInputField(
        _l("Date"), subject=_l("The date"), validators=[InputRequired(_l("Enter the date of the session"))]
    )
    starts = ClockField(_l("Start time"), validators=[InputRequired(_l("Enter when the session starts"))])
    ends = ClockField(_l("End time"), validators=[InputRequired(_l("Enter when the session ends"))])
    device = RadioField(
        _l("Speed device"), coerce=int, validate_choice=False, validators=[InputRequired(_l("Choose a device"))]
    )
    volunteers = MultiCheckboxField(_l("Volunteers"), coerce=int, validate_choice=False)


class SightingForm(Form):
    """The roadside entry: the fewest, biggest fields, the time defaulting to now."""

    registration = StringField(
        _l("Registration"), validators=[InputRequired(_l("Enter the registration")), Length(max=40)]
    )
    speed = StringField(_l("Speed"), validators=[InputRequired(_l("Enter the speed"))])
    make = StringField(_l("Make"), validators=[InputRequired(_l("Enter the make")), Length(max=MAKE_MAX_CHARS)])
    colour = StringField(_l("Colour"), validators=[InputRequired(_l("Enter the colour")), Length(max=COLOUR_MAX_CHARS)])
    model = StringField(_l("Model (optional)"), validators=[Optional(), Length(max=MODEL_MAX_CHARS)])
    direction = RadioField(
        _l("Direction"),
        choices=[SelectChoice(direction.value, label) for direction, label in DIRECTION_LABELS.items()],
        validators=[Optional()],
    )
    at = ClockField(_l("Time (leave empty for now)"), validators=[Optional()])


class UploadForm(Form):
    sheet = FileField(_l("The session's sheet, as a CSV file"))


class ConfirmForm(Form):
    """A button that does one thing, protected against forgery like every form."""


class ReasonForm(Form):
    reason = TextAreaField(_l("Reason"), validators=[InputRequired(_l("Give the reason"))])


class ReviewForm(Form):
    """The per-sighting decisions are read from `decision-<id>` and `reason-<id>`: one pair per
    sighting of the session, drawn by the page."""

    note = TextAreaField(_l("Note for the record (optional)"), validators=[Length(max=5000)])


# --- Letters ----------------------------------------------------------------------------------


class KeeperForm(Form):
    """The keeper's details for one print, typed after the force's look-up: put in the PDF only."""

    keeper_name = StringField(
        _l("Keeper's name (optional)"),
        validators=[Length(max=KEEPER_MAX_CHARS)],
        description=_l("Only in this PDF: it is not kept anywhere"),
    )
    keeper_address = TextAreaField(
        _l("Keeper's address (optional)"),
        validators=[Length(max=KEEPER_MAX_CHARS)],
        description=_l("One line per line of the address"),
    )


class LetterTemplateForm(Form):
    subject = StringField(_l("Subject"), validators=[InputRequired(_l("Enter the letter's subject")), Length(max=200)])
    body = TextAreaField(
        _l("Text of the letter"),
        validators=[InputRequired(_l("Enter the letter's text")), Length(max=10_000)],
        description=_l("Leave a blank line between paragraphs"),
    )
