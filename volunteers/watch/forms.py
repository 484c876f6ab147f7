"""Forms for reporting, reviewing, sharing and alerting.

Forms check the shape of what was typed; the services decide what is allowed (the API goes
straight to them), so the limits that matter are enforced there and shown here beside the field.
"""

from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    HiddenField,
    MultipleFileField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, InputRequired, Optional

from volunteers.db_types import utcnow
from volunteers.forms import DateTimeInputField, Form, MultiCheckboxField
from volunteers.validators import at_most
from volunteers.watch.labels import (
    CATEGORY_LABELS,
    DECISION_LABELS,
    REJECTION_LABELS,
    VICTIM_LABELS,
)
from volunteers.watch.models import (
    ALERT_TITLE_MAX_CHARS,
    LOCATION_MAX_CHARS,
    MAP_POINT_INPUT_MAX_CHARS,
    POLICE_REFERENCE_MAX_CHARS,
    REFERRED_TO_MAX_CHARS,
    WITHDRAWAL_REASON_MAX_CHARS,
    VictimRole,
)
from volunteers.watch.services import DecisionDetails, ReportDetails, SummaryDetails


def local_zone():
    """The zone people give times in: the app's (Europe/London unless configured otherwise)."""
    return ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Europe/London"))


def _choices(labels: dict) -> list[SelectChoice]:
    return [SelectChoice(code.value, label) for code, label in labels.items()]


class ReportFields(Form):
    """What a reporter writes, on a new report and on a correction."""

    category = RadioField(
        _l("What kind of thing happened?"),
        choices=_choices(CATEGORY_LABELS),
        validate_choice=False,
        validators=[InputRequired(_l("Choose what kind of thing happened"))],
    )
    occurred_at = DateTimeInputField(
        _l("When did it happen?"),
        subject=_l("When it happened"),
        tz=local_zone,
        validators=[InputRequired(_l("Enter when it happened"))],
        description=_l("An approximate time is fine."),
        # Most reports are written at the scene: start from now, so a phone user only corrects it.
        default=lambda: utcnow().replace(second=0, microsecond=0),
    )
    location = StringField(
        _l("Where did it happen?"),
        validators=[DataRequired(_l("Enter where it happened")), at_most(LOCATION_MAX_CHARS)],
        description=_l(
            "A street, landmark or junction, like 'Mill Lane, by the post box'. Avoid house numbers and house names."
        ),
    )
    map_point = StringField(
        _l("Map point (optional)"),
        validators=[Optional(), at_most(MAP_POINT_INPUT_MAX_CHARS)],
        description=_l("Latitude and longitude, like 51.5034, -0.1276, or a grid reference, like TQ 3003 8041."),
    )
    description = TextAreaField(
        _l("What happened?"),
        validators=[DataRequired(_l("Describe what happened"))],
        description=_l(
            "What you saw or heard, in order. Describe what people did and what they looked like, not who you "
            "think they are."
        ),
    )
    police_reference = StringField(
        _l("Police incident or crime reference (optional)"),
        validators=[Optional(), at_most(POLICE_REFERENCE_MAX_CHARS)],
        description=_l("If you already told the police by calling 101 or 999, or online."),
    )
    victim = RadioField(
        _l("Did this happen to someone?"),
        choices=_choices(VICTIM_LABELS),
        default=VictimRole.NONE.value,
        validate_choice=False,
    )
    repeat_victim = BooleanField(
        _l("It has happened to them (or to me) before"),
        description=_l("Tick if this is the third time or more in 12 months."),
    )
    photos = MultipleFileField(_l("Photos (optional)"))
    keep_photos = MultiCheckboxField(_l("Photos you have added"), coerce=int, validate_choice=False)
    # The flags the writer was shown, and their choice to send the report as it is.
    flags_seen = HiddenField()
    send_anyway = BooleanField()

    def details(self) -> ReportDetails:
        return ReportDetails(
            category=self.category.data or "",
            occurred_at=self.occurred_at.data,
            location=self.location.data or "",
            description=self.description.data or "",
            map_point=self.map_point.data or "",
            police_reference=self.police_reference.data or "",
            victim=self.victim.data or VictimRole.NONE.value,
            repeat_victim=bool(self.repeat_victim.data),
        )


class NewReportForm(ReportFields):
    scheme = SelectField(_l("Which scheme is this for?"), coerce=int, validate_choice=True)


class CorrectionForm(ReportFields):
    reply = TextAreaField(
        _l("Your answer to the officer"),
        validators=[Optional()],
        description=_l("Answer their question here. You can also change your report below."),
    )


class WithdrawForm(Form):
    reason = TextAreaField(
        _l("Why are you withdrawing it? (optional)"),
        validators=[Optional(), at_most(WITHDRAWAL_REASON_MAX_CHARS)],
        description=_l("For example: it was a misunderstanding, or it has been sorted out."),
    )


class SummaryFields(Form):
    you_said = TextAreaField(
        _l("You said"),
        validators=[Optional()],
        description=_l(
            "What was reported, in your own words, without names, addresses, number plates or anything that "
            "points to a person. Never copy the report."
        ),
    )
    we_did = TextAreaField(
        _l("We did"),
        validators=[Optional()],
        description=_l("What the police or a partner did about it."),
    )
    share_with_scheme = BooleanField(_l("Share with the scheme's members"))
    publish = BooleanField(_l("Publish on the public 'You said, we did' page"))

    def summary(self) -> SummaryDetails:
        return SummaryDetails(
            you_said=self.you_said.data or "",
            we_did=self.we_did.data or "",
            share_with_scheme=bool(self.share_with_scheme.data),
            publish=bool(self.publish.data),
        )


class DecisionForm(SummaryFields):
    decision = RadioField(
        _l("Your decision"),
        choices=_choices(DECISION_LABELS),
        validate_choice=False,
        validators=[InputRequired(_l("Choose a decision"))],
    )
    acknowledged_flags = MultiCheckboxField(_l("The guard's flags"), validate_choice=False)
    reason = TextAreaField(
        _l("Reason for your decision"),
        validators=[DataRequired(_l("Give the reason for your decision"))],
        description=_l("Kept in the audit trail. If the report is flagged, say how you weighed each flag."),
    )
    referred_to = StringField(
        _l("Referred to (if referred)"),
        validators=[Optional(), at_most(REFERRED_TO_MAX_CHARS)],
        description=_l("The partner, like 'Northgate Council anti-social behaviour team' or 'adult safeguarding'."),
    )
    rejection_ground = RadioField(
        _l("Why is it rejected? (if rejected)"), choices=_choices(REJECTION_LABELS), validate_choice=False
    )
    message = TextAreaField(
        _l("Message for the reporter"),
        validators=[DataRequired(_l("Write the outcome for the reporter"))],
        description=_l(
            "Emailed to them and shown with their report: the outcome, or your question if you need more information."
        ),
    )

    def details(self) -> DecisionDetails:
        return DecisionDetails(
            decision=self.decision.data or "",
            reason=self.reason.data or "",
            message=self.message.data or "",
            acknowledged_flags=self.acknowledged_flags.data or [],
            referred_to=self.referred_to.data or "",
            rejection_ground=self.rejection_ground.data or "",
        )


class SummaryForm(SummaryFields):
    pass


class SummaryChangeForm(SummaryFields):
    reason = TextAreaField(
        _l("Why are you changing it?"),
        validators=[DataRequired(_l("Give the reason for your decision"))],
        description=_l("Kept with the earlier text in the summary's history and the audit trail."),
    )


class SummaryWithdrawForm(Form):
    reason = TextAreaField(
        _l("Why are you withdrawing it?"),
        validators=[DataRequired(_l("Give the reason for your decision"))],
        description=_l("Kept in the summary's history and the audit trail. The text itself is kept too."),
    )


class RepeatVictimForm(Form):
    """The judgement the page offers (the opposite of how the report counts now), with its reason."""

    repeat = HiddenField(validators=[AnyOf(["yes", "no"])])
    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(_l("Give the reason for your decision"))],
        description=_l("Kept in the audit trail. For example: the same household reported three break-ins this year."),
    )


class AlertForm(Form):
    schemes = MultiCheckboxField(
        _l("Send to"), coerce=int, validators=[DataRequired(_l("Choose at least one scheme to alert"))]
    )
    title = StringField(_l("Title"), validators=[DataRequired(_l("Enter a title")), at_most(ALERT_TITLE_MAX_CHARS)])
    body = TextAreaField(
        _l("Message"),
        validators=[DataRequired(_l("Enter the message"))],
        description=_l("A crime trend, an appeal for information or advice. Do not name anyone."),
    )


class UrgencyForm(Form):
    reason = TextAreaField(
        _l("Why?"),
        validators=[DataRequired(_l("Give the reason for your decision"))],
        description=_l("Kept in the audit trail."),
    )
