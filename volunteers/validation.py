"""Checking what people entered, in services, with every problem reported at once.

A service makes a `Checker`, reads each value through it (`check.text(...)`, `check.choice(...)`,
`check.email(...)`), and calls `check.done()` before changing anything: if any value was wrong,
`done` raises one `InvalidInput` carrying every problem by field. Pages show them all beside their
fields; the API answers with all of them in `errors`. Values read from a checker that found a
problem are placeholders ("" or None) and must not be used: `done()` stops the service first.
"""

import enum
import re
from collections.abc import Iterable
from typing import TypeVar

from flask_babel import gettext as _

from volunteers.errors import InvalidInput
from volunteers.validators import is_email_address

E = TypeVar("E", bound=enum.Enum)

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")
EMAIL_MAX_CHARS = 254


def clean_text(value: str | None) -> str:
    """Text as it is stored: trimmed, without NUL characters (no database stores them)."""
    return (value or "").replace("\x00", "").strip()


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


class Checker:
    """Collects the problems found in one submission, field by field."""

    def __init__(self):
        self.problems: dict[str, list[str]] = {}
        self.general: list[str] = []

    def add(self, field: str | None, message: str) -> None:
        """Record a problem with a field (or with the submission as a whole when `field` is None).

        The messages a service passes for problems that may not arise can be lazy (`lazy_gettext`):
        each is translated here, only when its problem is found, not on every submission."""
        message = str(message)
        if field is None:
            self.general.append(message)
        else:
            self.problems.setdefault(field, []).append(message)

    def has(self, field: str) -> bool:
        return field in self.problems

    @property
    def ok(self) -> bool:
        return not (self.problems or self.general)

    def done(self) -> None:
        """Refuse the submission with every problem found, if there was any."""
        if not self.ok:
            raise InvalidInput(self.problems, self.general)

    def text(
        self,
        value: str | None,
        field: str,
        *,
        limit: int,
        missing: str | None = None,
        too_long: str | None = None,
    ) -> str:
        """Trimmed text within its limit; `missing` is the message when it is required and empty."""
        text = clean_text(value)
        if missing and not text:
            self.add(field, missing)
        elif len(text) > limit:
            self.add(field, too_long or _("Use %(count)d characters or fewer", count=limit))
        return text

    def choice(self, enum_class: type[E], value, field: str, message: str) -> E | None:
        """One of an enum's values, or None with `message` as the problem."""
        try:
            return enum_class(value)
        except ValueError:
            self.add(field, message)
            return None

    def one_of(self, value: str, allowed: Iterable[str], field: str, message: str) -> str:
        if value not in set(allowed):
            self.add(field, message)
        return value

    def email(self, value: str | None, field: str = "email") -> str:
        """A well-formed email address, in lower case."""
        email = normalise_email(value or "")
        if not email:
            self.add(field, _("Enter an email address"))
        elif len(email) > EMAIL_MAX_CHARS or not is_email_address(email):
            self.add(field, _("Enter an email address in the correct format, like name@example.com"))
        return email

    def phone(self, value: str | None, field: str = "phone", limit: int = 40) -> str:
        """A phone number (optional), in digits with spaces, brackets, dashes and a leading +."""
        phone = self.text(value, field, limit=limit)
        if phone and not self.has(field) and not PHONE_PATTERN.match(phone):
            self.add(field, _("Enter a phone number, like 01632 960 001 or +44 7700 900 982"))
        return phone
