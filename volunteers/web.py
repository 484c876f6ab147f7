"""Small helpers that views share: safe redirects, running a form's service, showing refusals."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask_sqlalchemy.pagination import Pagination
from flask_wtf import FlaskForm

from volunteers.errors import DomainError


def safe_next_url(default_endpoint: str = "main.home") -> str:
    """Where to go after signing in: only a path on this site, never another host."""
    target = request.args.get("next") or request.form.get("next") or ""
    parts = urlsplit(target)
    if (
        target.startswith("/")
        and not target.startswith("//")
        and not parts.scheme
        and not parts.netloc
        and "\\" not in target
    ):
        return target
    return url_for(default_endpoint)


def show_refusal(form: FlaskForm, error: DomainError) -> None:
    """Put each of a service's problems beside the field it concerns, or at the top of the form."""
    problems = error.errors or {None: [error.message]}
    for name, messages in problems.items():
        field = getattr(form, name, None) if name else None
        if field is not None:
            field.errors = [*field.errors, *(m for m in messages if m not in field.errors)]
        else:
            form.form_errors.extend(messages)
    form.form_errors.extend(getattr(error, "general", []))


@dataclass(frozen=True)
class Submitted:
    """What a service returned for a submitted form (truthy even when the service returns None)."""

    result: Any


def submitted(form: FlaskForm, run: Callable[[], Any], check: Callable[[], None] | None = None) -> Submitted | None:
    """The usual POST: when the form is sent and valid, run its service.

    Returns what the service returned, wrapped; None when the form was not sent, had errors, or
    the service refused (its problems are then on the form, beside their fields). When the form
    itself has errors (a date that is not a date), `check` (the service's own checks, changing
    nothing) adds the problems of the other fields, so that every error is shown at once.
    """
    if not form.is_submitted():
        return None
    if not form.validate():
        if check is not None:
            try:
                check()
            except DomainError as error:
                show_other_problems(form, error)
        return None
    try:
        return Submitted(run())
    except DomainError as error:
        show_refusal(form, error)
        return None


def show_other_problems(form: FlaskForm, error: DomainError) -> None:
    """A service's problems with the fields the form found nothing wrong with."""
    for name, messages in error.errors.items():
        field = getattr(form, name, None)
        if field is not None and not field.errors:
            field.errors = [*field.errors, *messages]


def form_page(template: str, form: FlaskForm, **context):
    """Render a page with a form: 400 when the form came back with errors, so clients can tell."""
    return render_template(template, form=form, **context), 400 if form.errors or form.form_errors else 200


def done(message: str, endpoint: str, **values):
    """Flash a success message and redirect: the end of every successful POST."""
    flash(message, "success")
    return redirect(url_for(endpoint, **values))


class ListPagination(Pagination):
    """Pages of a list already in memory, for lists filtered on what SQL cannot see.

    Use as `ListPagination(items=rows, per_page=50, error_out=False)`; the page number comes from
    the `page` query argument, and the object works with the `pagination` macro.
    """

    def _query_items(self) -> list:
        start = (self.page - 1) * self.per_page
        return self._query_args["items"][start : start + self.per_page]

    def _query_count(self) -> int:
        return len(self._query_args["items"])
