"""Every error the JSON API answers with, in one shape (`volunteers.errors.error_body`).

Refusals from services (`DomainError`), validation of the request (webargs' 422), permission,
not-found, rate-limit and method errors all come through `api_error`, so a client reads the same
fields whatever went wrong: `message`, and `errors` by field when the problems belong to fields.
"""

from collections.abc import Mapping

from werkzeug.exceptions import HTTPException

from volunteers.errors import DomainError, json_error

# Headers of an HTTP error worth passing on: what is allowed, when to retry, how to authenticate.
PASSED_ON_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def _flatten(messages, prefix: str = "") -> dict[str, list[str]]:
    """Webargs' nested messages as {"field": [...]} or {"parent.child": [...]}."""
    if isinstance(messages, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            flat.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(messages, list | tuple) and all(isinstance(m, str) for m in messages):
        return {prefix or "_schema": list(messages)}
    return {prefix or "_schema": [str(messages)]}


def _request_errors(error: HTTPException) -> dict[str, list[str]]:
    """The problems webargs found, without its request-location level ("json", "query" ...)."""
    messages = (getattr(error, "data", None) or {}).get("messages") or {}
    errors: dict[str, list[str]] = {}
    for location_messages in messages.values():
        errors.update(_flatten(location_messages))
    return errors


def domain_error(error: DomainError):
    return json_error(error.status, error.message, error.errors, error.headers(), **error.extras())


def http_error(error: HTTPException):
    code = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = _request_errors(error) or data.get("errors") or {}
    message = data.get("message") or (
        "The request could not be read: check the fields named in errors." if errors else error.description
    )
    headers = {name: value for name, value in error.get_headers() if name in PASSED_ON_HEADERS}
    return json_error(code, message, errors, headers)
