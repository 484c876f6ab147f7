"""Form validators shared by every feature."""

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import lazy_gettext as _l
from wtforms.validators import Length, ValidationError


def is_email_address(text: str) -> bool:
    """Whether text is a well-formed email address (reserved test domains allowed outside production)."""
    try:
        validate_email(
            text.strip(),
            check_deliverability=False,
            test_environment=current_app.config["VOLUNTEERS_ENV"] != "production",
        )
    except EmailNotValidError:
        return False
    return True


class EmailAddress:
    """A well-formed email address; reserved test domains are accepted outside production.

    Deliverability is not checked: that needs DNS, and the invitation email itself is the check.
    """

    def __init__(self, message=None):
        self.message = message or _l("Enter an email address in the correct format, like name@example.com")

    def __call__(self, form, field):
        if field.data and not is_email_address(field.data):
            raise ValidationError(self.message)


def at_most(count: int) -> Length:
    """A length limit worded the one way every form words it: "Use 200 characters or fewer"."""
    return Length(max=count, message=_l("Use %(count)d characters or fewer", count=count))
