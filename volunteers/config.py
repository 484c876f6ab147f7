"""Configuration from the environment, with safe defaults for a laptop.

Everything a deployment may change is read here, once, into the Flask config. Values a force may
change for itself (thresholds, deadlines, word lists) live in `volunteers.settings` instead.
"""

import os
import re
import secrets
from pathlib import Path

ENVIRONMENTS = ("development", "production", "testing")

# Settings a production deployment must give explicitly: the laptop defaults would be unsafe there.
REQUIRED_IN_PRODUCTION = (
    "SECRET_KEY",
    "AUDIT_KEY",
    "DATABASE_URL",
    "MAIL_SERVER",
    "MAIL_DEFAULT_SENDER",
    "PUBLIC_BASE_URL",
)
# What an audit key's id may be: it is stored with every event the key signs.
AUDIT_KEY_ID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,40}")


class ConfigurationError(RuntimeError):
    """The environment does not describe a deployment the app can safely start with."""


def _flag(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(environ, name: str, default: int) -> int:
    raw = environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}") from error


def _instance_secret_key(instance_path: Path, name: str = "secret_key") -> str:
    """Generate a secret key once into instance/, so laptop sessions (and audit chains) survive restarts."""
    key_file = instance_path / name
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def audit_keys(environ, instance_path: Path) -> tuple[str, dict[str, str]]:
    """The id of the key that signs new audit events, and every key by id (the current one and the
    retired ones in AUDIT_KEYS, written `id:secret,id:secret`), so older events still verify."""
    current_id = environ.get("AUDIT_KEY_ID") or "1"
    if not AUDIT_KEY_ID_PATTERN.fullmatch(current_id):
        raise ConfigurationError("AUDIT_KEY_ID must be 1 to 40 letters, digits, dots, dashes or underscores")
    keys: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in environ.get("AUDIT_KEYS", "").split(","))):
        key_id, colon, secret = entry.partition(":")
        if not colon or not secret or not AUDIT_KEY_ID_PATTERN.fullmatch(key_id):
            raise ConfigurationError("AUDIT_KEYS must be written id:secret,id:secret (ids of letters and digits)")
        if key_id in keys:
            raise ConfigurationError(f"AUDIT_KEYS names the key {key_id!r} twice")
        keys[key_id] = secret
    current = environ.get("AUDIT_KEY") or _instance_secret_key(instance_path, "audit_key")
    if keys.get(current_id, current) != current:
        raise ConfigurationError(f"AUDIT_KEYS gives the key {current_id!r} a different secret from AUDIT_KEY")
    keys[current_id] = current
    return current_id, keys


def database_uri(url: str) -> str:
    """Accept the common postgres:// spellings and use the psycopg 3 driver for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_config(instance_path: Path, environ=None) -> dict:
    """Read the configuration from the environment; refuse an unsafe production configuration."""
    environ = os.environ if environ is None else environ
    env = environ.get("VOLUNTEERS_ENV", "development")
    if env not in ENVIRONMENTS:
        raise ConfigurationError(f"VOLUNTEERS_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}")
    production = env == "production"
    if production:
        missing = [name for name in REQUIRED_IN_PRODUCTION if not environ.get(name)]
        if missing:
            raise ConfigurationError("Refusing to start in production without: " + ", ".join(missing))

    mail_server = environ.get("MAIL_SERVER", "")
    audit_key_id, every_audit_key = audit_keys(environ, instance_path)
    return {
        "VOLUNTEERS_ENV": env,
        "SECRET_KEY": environ.get("SECRET_KEY") or _instance_secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": database_uri(
            environ.get("DATABASE_URL") or f"sqlite:///{instance_path / 'volunteers.db'}"
        ),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        # The audit chain: the key that signs new events (HMAC-SHA-256), every key by id for
        # verifying older ones, and where `flask audit anchor` appends each chain's head.
        "AUDIT_KEY_ID": audit_key_id,
        "AUDIT_KEYS": every_audit_key,
        "AUDIT_ANCHOR_FILE": environ.get("AUDIT_ANCHOR_FILE") or str(instance_path / "audit-anchors.jsonl"),
        "AUDIT_ANCHOR_EMAIL": environ.get("AUDIT_ANCHOR_EMAIL", ""),
        "PUBLIC_BASE_URL": environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        # Email: printed to the console (and written to instance/outbox) unless an SMTP server is set.
        "MAIL_BACKEND": environ.get("MAIL_BACKEND") or ("smtp" if mail_server else "console"),
        "MAIL_DELIVERY": environ.get("MAIL_DELIVERY", "after_commit"),
        "MAIL_SERVER": mail_server or "localhost",
        "MAIL_PORT": _int(environ, "MAIL_PORT", 25),
        "MAIL_USE_TLS": _flag(environ.get("MAIL_USE_TLS")),
        "MAIL_USE_SSL": _flag(environ.get("MAIL_USE_SSL")),
        "MAIL_USERNAME": environ.get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": environ.get("MAIL_PASSWORD") or None,
        "MAIL_DEFAULT_SENDER": environ.get("MAIL_DEFAULT_SENDER", "volunteers@localhost"),
        "MAIL_OUTBOX_DIR": str(instance_path / "outbox"),
        # Flask-Mail would otherwise drop every message while TESTING is on; the tests use a real server.
        "MAIL_SUPPRESS_SEND": False,
        # Sessions and cookies.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production or _flag(environ.get("SESSION_COOKIE_SECURE")),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_DURATION": 60 * 60 * 24 * 14,
        "PERMANENT_SESSION_LIFETIME": 60 * 60 * 12,
        "PREFERRED_URL_SCHEME": "https" if production else "http",
        "PROXY_FIX_HOPS": _int(environ, "PROXY_FIX_HOPS", 0),
        # Rate limits: per process in memory on a laptop, shared through Redis in a force.
        "RATELIMIT_STORAGE_URI": environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        # Stated explicitly: the limiter otherwise keeps whatever the previous app in this process set.
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_HEADERS_ENABLED": True,
        "SIGN_IN_RATE_LIMIT": environ.get("SIGN_IN_RATE_LIMIT", "10 per minute"),
        # Failed attempts at one account from browsers that never signed in to it (volunteers/auth/throttle.py).
        "SIGN_IN_ACCOUNT_RATE_LIMIT": environ.get("SIGN_IN_ACCOUNT_RATE_LIMIT", "5 per minute; 20 per hour"),
        # Reset emails to one address, whoever asks for them.
        "RESET_EMAIL_RATE_LIMIT": environ.get("RESET_EMAIL_RATE_LIMIT", "3 per hour"),
        # Asking for a reset link answers no sooner than this, whether or not the address has an account.
        "RESET_REQUEST_MIN_SECONDS": float(environ.get("RESET_REQUEST_MIN_SECONDS", "0.5")),
        # Screening is cheap but not free; an app checking as someone types stays well under this.
        "SCREEN_RATE_LIMIT": environ.get("SCREEN_RATE_LIMIT", "60 per minute"),
        # Speed Watch objections: looking a letter up by reference and plate, per address, and the
        # least time the answer takes, found or not.
        "OBJECTION_LOOKUP_RATE_LIMIT": environ.get("OBJECTION_LOOKUP_RATE_LIMIT", "10 per hour"),
        "OBJECTION_LOOKUP_MIN_SECONDS": float(environ.get("OBJECTION_LOOKUP_MIN_SECONDS", "0.3")),
        "PASSWORD_RESET_HOURS": _int(environ, "PASSWORD_RESET_HOURS", 2),
        "ACCOUNT_SETUP_DAYS": _int(environ, "ACCOUNT_SETUP_DAYS", 7),
        # How long the link confirming a new email address works (it is sent to the new address).
        "EMAIL_CHANGE_HOURS": _int(environ, "EMAIL_CHANGE_HOURS", 24),
        # Onboarding: how long an invitation link works, and how often one address may express interest.
        "INVITATION_DAYS": _int(environ, "INVITATION_DAYS", 14),
        "INTEREST_RATE_LIMIT": environ.get("INTEREST_RATE_LIMIT", "5 per hour"),
        # Public complaints: how many one address may send, and the least time a person takes to
        # fill the form in (robots send it at once).
        "COMPLAINT_RATE_LIMIT": environ.get("COMPLAINT_RATE_LIMIT", "5 per hour"),
        "COMPLAINT_MIN_FILL_SECONDS": float(environ.get("COMPLAINT_MIN_FILL_SECONDS", "3")),
        "API_TOKEN_DAYS": _int(environ, "API_TOKEN_DAYS", 90),
        # Argon2id parameters: the library defaults, unless a test run asks for cheaper ones.
        "ARGON2_TIME_COST": _int(environ, "ARGON2_TIME_COST", 3),
        "ARGON2_MEMORY_COST": _int(environ, "ARGON2_MEMORY_COST", 65536),
        "LANGUAGES": ["en"],
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "Europe/London",
        "MAX_CONTENT_LENGTH": _int(environ, "MAX_CONTENT_LENGTH", 25 * 1024 * 1024),
        "WTF_CSRF_TIME_LIMIT": 60 * 60 * 4,
        "UPLOAD_DIR": environ.get("UPLOAD_DIR") or str(instance_path / "uploads"),
        "FORCE_SETTINGS_FILE": environ.get("FORCE_SETTINGS_FILE", ""),
        # OpenAPI document for the JSON API, generated from the code by flask-smorest.
        "API_TITLE": "Volunteers API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
    }
