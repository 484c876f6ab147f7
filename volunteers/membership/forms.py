"""Forms for onboarding: invitations, applications, vetting checks, decisions and hours.

Forms check the shape of what was typed; the services check the rules (ages, dates, states) and
refuse with a message the view puts beside the field it concerns.
"""

from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DecimalField,
    EmailField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.validators import DataRequired, EqualTo, InputRequired, NumberRange, Optional

from volunteers.auth.passwords import MAX_LENGTH as PASSWORD_MAX_LENGTH
from volunteers.forms import DateInputField, Form
from volunteers.hours import ACTIVITY_LABELS, LOGGABLE_ACTIVITIES
from volunteers.membership.invitations import Application
from volunteers.membership.models import (
    ACCESSIBILITY_MAX_CHARS,
    INTEREST_MESSAGE_MAX_CHARS,
    LANGUAGES_MAX_CHARS,
    MOTIVATION_MAX_CHARS,
)
from volunteers.membership.queries import TO_VET, MemberFilters
from volunteers.models import (
    CHECK_DETAIL_MAX_CHARS,
    NAME_MAX_CHARS,
    PHONE_MAX_CHARS,
    REASON_MAX_CHARS,
    MembershipStatus,
)
from volunteers.validators import EmailAddress, at_most


class HoursField(DecimalField):
    """A number of hours such as 1.5, with a plain-words error for anything else."""

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            self.data = Decimal(valuelist[0].strip().replace(",", "."))
        except InvalidOperation as error:
            self.data = None
            raise ValueError(_l("Enter the time as a number of hours, like 1.5")) from error
        if not self.data.is_finite():
            self.data = None
            raise ValueError(_l("Enter the time as a number of hours, like 1.5"))


def _email_field(label):
    return EmailField(
        label,
        validators=[DataRequired(_l("Enter an email address")), EmailAddress(), at_most(254)],
    )


class InviteForm(Form):
    name = StringField(
        _l("Full name"), validators=[DataRequired(_l("Enter the person's name")), at_most(NAME_MAX_CHARS)]
    )
    email = _email_field(_l("Email address"))


class ApplicationForm(Form):
    """The application an invited person completes; the password fields are for new accounts only."""

    name = StringField(_l("Full name"), validators=[DataRequired(_l("Enter your full name")), at_most(NAME_MAX_CHARS)])
    phone = TelField(_l("Phone number (optional)"), validators=[Optional(), at_most(PHONE_MAX_CHARS)])
    date_of_birth = DateInputField(_l("Date of birth"), validators=[InputRequired(_l("Enter your date of birth"))])
    languages = StringField(_l("Languages you speak (optional)"), validators=[Optional(), at_most(LANGUAGES_MAX_CHARS)])
    accessibility_needs = TextAreaField(
        _l("Anything we should know to make volunteering accessible for you (optional)"),
        validators=[Optional(), at_most(ACCESSIBILITY_MAX_CHARS)],
    )
    motivation = TextAreaField(
        _l("Why do you want to volunteer?"),
        validators=[DataRequired(_l("Tell us why you want to volunteer")), at_most(MOTIVATION_MAX_CHARS)],
    )
    agree_code = BooleanField(
        _l("I have read the code of conduct and agree to follow it"),
        validators=[DataRequired(_l("You must agree to follow the code of conduct to join"))],
    )
    agree_data_use = BooleanField(
        _l("I agree to my information being used as described above"),
        validators=[DataRequired(_l("You must agree to how your information is used to join"))],
    )
    guardian_name = StringField(
        _l("Your parent's or guardian's full name"), validators=[Optional(), at_most(NAME_MAX_CHARS)]
    )
    guardian_email = EmailField(
        _l("Your parent's or guardian's email address"), validators=[Optional(), EmailAddress(), at_most(254)]
    )
    password = PasswordField(
        _l("Choose a password"),
        validators=[DataRequired(_l("Choose a password")), at_most(PASSWORD_MAX_LENGTH)],
    )
    confirm = PasswordField(
        _l("Confirm your password"),
        validators=[DataRequired(_l("Confirm your password")), EqualTo("password", _l("Passwords must match"))],
    )

    def for_existing_account(self) -> "ApplicationForm":
        """An existing account keeps its password: the form does not ask for one."""
        del self.password
        del self.confirm
        return self

    def without_guardian(self) -> "ApplicationForm":
        """Schemes that never need a guardian's consent do not ask about one."""
        del self.guardian_name
        del self.guardian_email
        return self

    def answers(self) -> Application:
        return Application(
            name=self.name.data or "",
            phone=self.phone.data or "",
            date_of_birth=self.date_of_birth.data,
            languages=self.languages.data or "",
            accessibility_needs=self.accessibility_needs.data or "",
            motivation=self.motivation.data or "",
            agrees_to_code=bool(self.agree_code.data),
            agrees_to_data_use=bool(self.agree_data_use.data),
            guardian_name=(self.guardian_name.data or "") if self.guardian_name is not None else "",
            guardian_email=(self.guardian_email.data or "") if self.guardian_email is not None else "",
        )


class CheckForm(Form):
    kind = RadioField(_l("Which check?"), validators=[InputRequired(_l("Choose which check you are recording"))])
    completed_on = DateInputField(
        _l("Date it was done"),
        subject=_l("The date it was done"),
        validators=[InputRequired(_l("Enter the date it was done"))],
    )
    detail = StringField(_l("Note (optional)"), validators=[Optional(), at_most(CHECK_DETAIL_MAX_CHARS)])


class DateOfBirthForm(Form):
    date_of_birth = DateInputField(_l("Date of birth"), validators=[InputRequired(_l("Enter the date of birth"))])
    reason = TextAreaField(
        _l("Why are you correcting it?"),
        validators=[DataRequired(_l("Say why the date of birth is being corrected")), at_most(REASON_MAX_CHARS)],
    )


class ReasonForm(Form):
    reason = TextAreaField(_l("Reason"), validators=[DataRequired(_l("Give a reason")), at_most(REASON_MAX_CHARS)])


class OptionalReasonForm(Form):
    reason = TextAreaField(_l("Reason (optional)"), validators=[Optional(), at_most(REASON_MAX_CHARS)])


class InterestForm(Form):
    name = StringField(_l("Your name"), validators=[DataRequired(_l("Enter your name")), at_most(NAME_MAX_CHARS)])
    email = _email_field(_l("Your email address"))
    message = TextAreaField(
        _l("Anything you would like the coordinator to know (optional)"),
        validators=[Optional(), at_most(INTEREST_MESSAGE_MAX_CHARS)],
    )
    # A honeypot: hidden from people (and from screen readers), filled in by form-filling robots.
    website = StringField(_l("Leave this empty"))


class HoursForm(Form):
    worked_on = DateInputField(_l("Date"), subject=_l("The date"), validators=[InputRequired(_l("Enter the date"))])
    hours = HoursField(
        _l("Hours"),
        validators=[
            InputRequired(_l("Enter the number of hours")),
            NumberRange(min=Decimal("0.25"), max=24, message=_l("Enter between 0.25 and 24 hours")),
        ],
    )
    activity = RadioField(
        _l("What did you do?"),
        choices=[SelectChoice(activity.value, ACTIVITY_LABELS[activity]) for activity in LOGGABLE_ACTIVITIES],
        validators=[InputRequired(_l("Choose what you did"))],
    )
    description = StringField(_l("Details (optional)"), validators=[Optional(), at_most(200)])

    @property
    def minutes(self) -> int:
        return int((self.hours.data * 60).to_integral_value())


STATUS_FILTER_LABELS = {
    "": _l("Current members and applicants"),
    "all": _l("Everyone, including those who left"),
    MembershipStatus.INVITED.value: _l("Invited"),
    TO_VET: _l("Waiting to be vetted (applied or being vetted)"),
    MembershipStatus.APPLIED.value: _l("Applied"),
    MembershipStatus.VETTING.value: _l("Being vetted"),
    MembershipStatus.ACTIVE.value: _l("Active"),
    MembershipStatus.SUSPENDED.value: _l("Suspended"),
    MembershipStatus.LEFT.value: _l("Left"),
}
ATTENTION_FILTER_LABELS = {
    "": _l("Any"),
    "any": _l("Anything missing, expired or expiring"),
    "missing": _l("Something missing"),
    "expired": _l("Something expired"),
    "due_soon": _l("Something expiring soon"),
}


class MemberFilterForm(Form):
    """Filters for the member list, read from the query string."""

    class Meta:
        csrf = False

    status = SelectField(
        _l("Status"),
        choices=[SelectChoice(value, label) for value, label in STATUS_FILTER_LABELS.items()],
        validators=[Optional()],
    )
    attention = SelectField(
        _l("Checks"),
        choices=[SelectChoice(value, label) for value, label in ATTENTION_FILTER_LABELS.items()],
        validators=[Optional()],
    )
    name = StringField(_l("Name"), validators=[Optional(), at_most(100)])

    def filters(self) -> MemberFilters:
        if not self.validate():
            return MemberFilters()
        return MemberFilters(self.status.data or "", self.attention.data or "", self.name.data or "")


class SchemeSearchForm(Form):
    class Meta:
        csrf = False

    q = StringField(_l("Search by area or scheme name"), validators=[Optional(), at_most(100)])
