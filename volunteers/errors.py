"""Errors a service raises when a request breaks a domain rule; views show them, the API returns 4xx."""


class DomainError(Exception):
    """A rule of the domain refused the request; `message` is written for the person who asked.

    `field` names the form field the problem belongs to, when there is one, so a view can show the
    message beside it. `status` is the HTTP status the API answers with.
    """

    status = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class Conflict(DomainError):
    """The object is not in a state that allows this (already decided, already used, ...)."""

    status = 409


class NotFound(DomainError):
    """A link or reference that does not lead to anything usable."""

    status = 404
