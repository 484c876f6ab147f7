"""The JSON API under /api/v1: bearer-token authentication, JSON errors, an OpenAPI document.

Each feature defines its endpoints with `api_blueprint(...)` in its own api.py; create_app
registers them with the flask-smorest Api, which builds /api/v1/openapi.json from the code.
"""

from flask_smorest import Blueprint, abort

from volunteers.errors import DomainError
from volunteers.permissions import Gate, gate_blueprint, gate_library_endpoint

API_PREFIX = "/api/v1"

SECURITY_SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A token from POST /api/v1/tokens"},
    "basicAuth": {"type": "http", "scheme": "basic", "description": "Email address and password"},
}

gate_library_endpoint("api-docs.openapi_json", Gate.PUBLIC)


def api_blueprint(
    name: str, import_name: str, description: str, gate: Gate = Gate.SIGNED_IN, url_prefix: str = ""
) -> Blueprint:
    """A flask-smorest blueprint under /api/v1 whose endpoints need a bearer token by default."""
    blueprint = Blueprint(name, import_name, url_prefix=API_PREFIX + url_prefix, description=description)
    gate_blueprint(blueprint, gate)
    return blueprint


def refuse(error: DomainError):
    """Turn a service's refusal into a JSON error with its 4xx status."""
    abort(error.status, message=error.message, errors={error.field: [error.message]} if error.field else None)
