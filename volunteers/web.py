"""Small helpers that views share: safe redirects and showing a service's refusal on a form."""

from urllib.parse import urlsplit

from flask import flash, redirect, request, url_for
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
    """Put a service's refusal beside the field it concerns, or at the top of the form."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)


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
