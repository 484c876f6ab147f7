"""Forms for signing in and managing one's password."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from volunteers.auth.passwords import MAX_LENGTH
from volunteers.forms import Form
from volunteers.models import EMAIL_MAX_CHARS
from volunteers.validators import EmailAddress


class SignInForm(Form):
    email = EmailField(
        _l("Email address"), validators=[DataRequired(_l("Enter your email address")), Length(max=EMAIL_MAX_CHARS)]
    )
    password = PasswordField(
        _l("Password"), validators=[DataRequired(_l("Enter your password")), Length(max=MAX_LENGTH)]
    )
    remember = BooleanField(_l("Keep me signed in on this device for 14 days"), default=False)


class ForgotPasswordForm(Form):
    email = EmailField(
        _l("Email address"),
        validators=[
            DataRequired(_l("Enter your email address")),
            EmailAddress(),
            Length(max=EMAIL_MAX_CHARS),
        ],
    )


class NewPasswordForm(Form):
    password = PasswordField(_l("New password"), validators=[DataRequired(_l("Enter a new password"))])
    confirm = PasswordField(
        _l("Confirm new password"),
        validators=[DataRequired(_l("Confirm your new password")), EqualTo("password", _l("Passwords must match"))],
    )


class ChangePasswordForm(NewPasswordForm):
    current_password = PasswordField(
        _l("Current password"), validators=[DataRequired(_l("Enter your current password"))]
    )


class EmailChangeForm(Form):
    email = EmailField(
        _l("New email address"),
        validators=[DataRequired(_l("Enter your new email address")), EmailAddress(), Length(max=EMAIL_MAX_CHARS)],
    )
    current_password = PasswordField(
        _l("Your password"), validators=[DataRequired(_l("Enter your current password")), Length(max=MAX_LENGTH)]
    )


class ConfirmForm(Form):
    """A button that confirms what a link asked for: a page follows it with POST, never a mere GET
    (mail scanners open links), and CSRF protection applies."""


class ApiTokenForm(Form):
    name = StringField(
        _l("Token name"),
        validators=[
            DataRequired(_l("Give the token a name")),
            Length(max=100, message=_l("Use 100 characters or fewer")),
        ],
    )


class CodeForm(Form):
    code = StringField(
        _l("Code from your authenticator app"),
        validators=[DataRequired(_l("Enter the code your authenticator app shows")), Length(max=12)],
        description=_l("The 6-digit code, like 123456."),
    )


class RecoveryCodeForm(Form):
    code = StringField(
        _l("Recovery code"),
        validators=[DataRequired(_l("Enter one of your recovery codes")), Length(max=20)],
        description=_l("One of the codes you kept when you set up your authenticator app, like ABCDE-FGHJK."),
    )


class ResetSecondFactorForm(Form):
    reason = StringField(
        _l("Why is it being reset?"),
        validators=[DataRequired(_l("Say why the second factor is being reset")), Length(max=500)],
        description=_l("For example: lost their phone, reported to the service desk on 1 December."),
    )
