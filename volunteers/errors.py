"""Errors a service raises when a request breaks a domain rule, and the one JSON body every API
error is answered with.

Views show a `DomainError` on the form (every field's problem at once when it carries `errors`);
the API answers it with `json_error`, as it answers every other error, so clients read one shape:

    {"code": 422, "status": "Unprocessable Entity", "message": "...",
     "errors": {"field": ["..."]}, ...extras}

`errors` is present only when problems belong to fields, and is then an object of lists.
"""

from collections.abc import Mapping
from http import HTTPStatus

from flask import jsonify


class DomainError(Exception):
    """A rule of the domain refused the request; `message` is written for the person who asked.

    `field` names the form field the problem belongs to, when there is one, so a view can show the
    message beside it. `status` is the HTTP status the API answers with. `extras()` adds what a
    client needs beyond the message (the guard's flags, for instance).
    """

    status = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    @property
    def errors(self) -> dict[str, list[str]]:
        """The problems by field, for the form and the API's `errors` object."""
        return {self.field: [self.message]} if self.field else {}

    def extras(self) -> dict:
        return {}

    def headers(self) -> dict[str, str]:
        """Headers the API sends with this refusal (how to authenticate, for instance)."""
        return {}


class InvalidInput(DomainError):
    """Several problems with what was entered, each with its field, reported together."""

    def __init__(self, problems: Mapping[str, list[str]], general: list[str] | None = None):
        messages = [message for field_messages in problems.values() for message in field_messages]
        messages += general or []
        super().__init__(messages[0] if messages else "", next(iter(problems), None))
        self.problems = {field: list(found) for field, found in problems.items()}
        self.general = list(general or [])

    @property
    def errors(self) -> dict[str, list[str]]:
        return dict(self.problems)


class Conflict(DomainError):
    """The object is not in a state that allows this (already decided, already used, ...)."""

    status = 409


class NotFound(DomainError):
    """A link or reference that does not lead to anything usable."""

    status = 404


def error_body(status: int, message: str, errors: Mapping[str, list[str]] | None = None, **extras) -> dict:
    """The body of every JSON error: status, message, and `errors` by field only when there are some."""
    body = {"code": status, "status": HTTPStatus(status).phrase, "message": message}
    if errors:
        body["errors"] = {field: list(messages) for field, messages in errors.items()}
    body.update(extras)
    return body


def json_error(
    status: int,
    message: str,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
    **extras,
):
    """A JSON error response in the one shape the API documents."""
    response = jsonify(error_body(status, message, errors, **extras))
    response.status_code = status
    response.headers.update(headers or {})
    return response
