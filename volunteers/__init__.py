"""Volunteers: Neighbourhood Watch, Community Speed Watch and Youth Commissions for a police force.

`create_app()` is the only place where the application is wired together.
"""

import importlib
import logging
from pathlib import Path

import sqlalchemy as sa
from flask import Flask, has_request_context, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy import event
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from volunteers import assets, extensions, transaction
from volunteers import mail as outbox
from volunteers.auth.sessions import CookieSessionInterface
from volunteers.config import load_config
from volunteers.errors import DomainError, json_error
from volunteers.extensions import babel, csrf, db, limiter, login_manager, migrate, rest_api, talisman
from volunteers.registry import Feature, init_registries, install

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ERROR_PAGES = {400, 403, 404, 429, 500}

# The features every deployment has, then the schemes; each package's `init_app(app, rest_api)`
# installs everything it contributes (see volunteers/registry.py and the README's checklist).
CORE_FEATURES = (
    "volunteers.main",
    "volunteers.auth",
    "volunteers.accounts",
    "volunteers.admin",
    "volunteers.membership",
    "volunteers.api",
    "volunteers.accountability",
    "volunteers.complaints",
    "volunteers.transparency",
)
INSTALLED_SCHEMES = ("volunteers.watch", "volunteers.speedwatch", "volunteers.youth")

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


class DatabaseIdConverter(IntegerConverter):
    """`<int:...>` in URLs, limited to what a database integer holds, so huge ids are a 404."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=2**31 - 1, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def create_app(config: dict | None = None) -> Flask:
    """Build the application; `config` overrides what the environment says (used by the tests)."""
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    app.url_map.converters["int"] = DatabaseIdConverter
    app.session_interface = CookieSessionInterface()
    app.config.update(load_config(Path(app.instance_path)))
    app.config.update(config or {})
    _configure_logging(app)
    if app.config["PROXY_FIX_HOPS"]:
        hops = app.config["PROXY_FIX_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    _init_extensions(app)
    _register_features(app)
    _register_error_handlers(app)
    _register_template_context(app)
    app.after_request(_keep_personal_data_out_of_caches)
    assets.init_app(app)
    from volunteers.cli import register_commands

    register_commands(app)
    return app


def _configure_logging(app: Flask) -> None:
    if app.config["VOLUNTEERS_ENV"] != "testing" and not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _init_extensions(app: Flask) -> None:
    db.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", _configure_sqlite_connection)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    transaction.init_app(app)
    extensions.mail.init_app(app)
    outbox.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=_select_locale)
    talisman.init_app(
        app,
        force_https=False,
        strict_transport_security=app.config["VOLUNTEERS_ENV"] == "production",
        session_cookie_secure=app.config["SESSION_COOKIE_SECURE"],
        session_cookie_http_only=True,
        session_cookie_samesite="Lax",
        content_security_policy=CONTENT_SECURITY_POLICY,
        content_security_policy_nonce_in=["script-src"],
        frame_options="DENY",
        referrer_policy="strict-origin-when-cross-origin",
        x_content_type_options=True,
        permissions_policy={"geolocation": "(self)", "camera": "()", "microphone": "()"},
    )
    from volunteers.auth import loaders

    loaders.init_login_manager(app, login_manager)


def _configure_sqlite_connection(connection, _record) -> None:
    """Make SQLite enforce foreign keys like PostgreSQL, and let readers and a writer overlap."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _select_locale() -> str:
    from flask import current_app

    languages = current_app.config["LANGUAGES"]
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and getattr(current_user, "locale", None) in languages:
        return current_user.locale
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


def _register_features(app: Flask) -> None:
    """The shared rules and settings, then every feature and scheme, then the route gate."""
    from volunteers import audit_labels, equality, hours, personal_data, settings
    from volunteers.api import SECURITY_SCHEMES
    from volunteers.api.schemas import ErrorSchema
    from volunteers.permissions import SHARED_RULES, enforce_route_gate

    init_registries(app)
    rest_api.ERROR_SCHEMA = ErrorSchema  # the OpenAPI document describes the one error body
    rest_api.init_app(
        app, spec_kwargs={"components": {"securitySchemes": SECURITY_SCHEMES}, "security": [{"bearerAuth": []}]}
    )
    install(
        app,
        Feature(
            name="shared",
            rules={**SHARED_RULES, **hours.RULES},
            settings=settings.SHARED_DEFAULTS,
            audit_actions=audit_labels.SHARED_ACTIONS,
            audit_subjects=audit_labels.SHARED_SUBJECTS,
            personal_data={
                "account": personal_data.export_account,
                "hours": hours.export_hours,
                "equality_monitoring": equality.export_declaration,
            },
        ),
    )
    for name in (*CORE_FEATURES, *INSTALLED_SCHEMES):
        importlib.import_module(name).init_app(app, rest_api)
    app.before_request(enforce_route_gate)


def _register_error_handlers(app: Flask) -> None:
    """Friendly pages for people, JSON bodies in one shape for API clients; never a stack trace."""
    from volunteers.api import errors as api_errors

    def is_api() -> bool:
        return request.path.startswith("/api/")

    def render_error(code: int, message: str | None = None):
        template = code if code in ERROR_PAGES else (400 if code < 500 else 500)
        return render_template(f"errors/{template}.html", code=code, message=message), code

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if is_api():
            return api_errors.http_error(error)
        if isinstance(error, CSRFError):
            return render_error(
                400, _("This form has expired or was not sent from this site. Go back, reload the page and try again.")
            )
        return render_error(error.code or 500)

    @app.errorhandler(DomainError)
    def refused(error: DomainError):
        if is_api():
            return api_errors.domain_error(error)
        return render_error(error.status, error.message)

    def database_refusal(error: sa.exc.DBAPIError, status: int, what: str, message: str):
        db.session.rollback()
        log.warning("%s on %s: %s", what, request.url_rule, type(error.orig).__name__)
        return json_error(status, message) if is_api() else render_error(status, message)

    @app.errorhandler(sa.exc.DataError)
    def unstorable_input(error: sa.exc.DataError):
        """A value the database cannot hold (out of range, wrong encoding): the input's fault, a 400."""
        message = _("Some of what you entered could not be stored. Check it and try again.")
        return database_refusal(error, 400, "input refused by the database", message)

    @app.errorhandler(sa.exc.IntegrityError)
    def changed_meanwhile(error: sa.exc.IntegrityError):
        """Two requests raced to create the same thing; the loser is told, nothing is half-stored."""
        message = _("Someone else changed this at the same moment. Reload the page and check before trying again.")
        return database_refusal(error, 409, "conflicting write", message)

    @app.errorhandler(RecursionError)
    def nested_too_deeply(error: RecursionError):
        """A body nested deeper than anyone writes (a JSON array a thousand levels deep): a 400."""
        db.session.rollback()
        log.warning("input nested too deeply on %s", request.url_rule)
        message = _("The request is nested too deeply to read.")
        return json_error(400, message) if is_api() else render_error(400, message)

    @app.errorhandler(InternalServerError)
    def internal_error(error: InternalServerError):
        original = getattr(error, "original_exception", None)
        log.error("unhandled error on %s %s: %s", request.method, request.url_rule, type(original).__name__)
        db.session.rollback()
        if is_api():
            return json_error(500, "Something went wrong.")
        return render_template("errors/500.html"), 500


def _keep_personal_data_out_of_caches(response):
    """Pages for a signed-in person and every API answer hold personal data: no browser or proxy
    may keep a copy (the back button after signing out on a shared computer shows nothing)."""
    if request.endpoint != "static" and (request.path.startswith("/api/") or current_user.is_authenticated):
        response.headers["Cache-Control"] = "no-store"
    return response


def _register_template_context(app: Flask) -> None:
    from flask_babel import format_date, format_decimal, get_locale

    from volunteers import audit_labels, permissions, statuses
    from volunteers.home import nav_items_for
    from volunteers.local_time import formatted

    app.jinja_env.filters["when"] = lambda moment: formatted(moment, "d MMM yyyy, HH:mm") if moment else ""
    app.jinja_env.filters["day"] = lambda day: format_date(day, "d MMMM yyyy") if day else ""
    app.jinja_env.filters["age"] = describe_age
    app.jinja_env.filters["number"] = format_decimal
    app.jinja_env.globals.update(
        status_label=statuses.status_label,
        status_colour=statuses.status_colour,
        action_label=audit_labels.action_label,
        subject_label=audit_labels.subject_label,
    )

    @app.context_processor
    def shared_context():
        if not has_request_context():  # emails rendered by the command line
            return {"service_name": _("Volunteers"), "html_lang": str(get_locale() or "en")}
        return {
            "service_name": _("Volunteers"),
            "html_lang": str(get_locale() or "en"),
            "nav_items": LazyList(lambda: nav_items_for(current_user)),
            "can": lambda action, obj=None: permissions.can(current_user, action, obj),
        }


def describe_age(age) -> str:
    """How long something has waited, in the largest whole unit: "3 days", "5 hours"."""
    from flask_babel import ngettext

    seconds = max(0, int(age.total_seconds()))
    if seconds >= 86400:
        return ngettext("%(num)d day", "%(num)d days", seconds // 86400)
    if seconds >= 3600:
        return ngettext("%(num)d hour", "%(num)d hours", seconds // 3600)
    return ngettext("%(num)d minute", "%(num)d minutes", seconds // 60)


class LazyList:
    """A list worked out only when a template reads it, so the error page, which does not, never
    needs the database that may be the cause of the error."""

    def __init__(self, compute):
        self._compute = compute
        self._items = None

    def _get(self) -> list:
        if self._items is None:
            self._items = self._compute()
        return self._items

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __bool__(self) -> bool:
        return bool(self._get())
