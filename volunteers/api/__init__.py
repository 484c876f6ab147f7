"""The JSON API under /api/v1: bearer-token authentication, JSON errors, an OpenAPI document.

Each feature defines its endpoints with `api_blueprint(...)` in its own api.py and hands them to
`registry.install`, which registers them with the flask-smorest Api that builds
/api/v1/openapi.json from the code. Every error is answered in one shape (`volunteers.api.errors`).
"""

from flask_smorest import Blueprint

from volunteers.permissions import Gate, gate_blueprint

API_PREFIX = "/api/v1"

SECURITY_SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A token from POST /api/v1/tokens"},
    "basicAuth": {"type": "http", "scheme": "basic", "description": "Email address and password"},
}


def api_blueprint(
    name: str, import_name: str, description: str, gate: Gate = Gate.SIGNED_IN, url_prefix: str = ""
) -> Blueprint:
    """A flask-smorest blueprint under /api/v1 whose endpoints need a bearer token by default."""
    blueprint = Blueprint(name, import_name, url_prefix=API_PREFIX + url_prefix, description=description)
    gate_blueprint(blueprint, gate)
    return blueprint


def init_app(app, rest_api) -> None:
    """The API's own endpoints: tokens, the signed-in person, the officers' queue."""
    from volunteers.api import review, views
    from volunteers.registry import Feature, install

    install(app, Feature(name="api", api_blueprints=(views.blp, review.blp)), rest_api)
