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
