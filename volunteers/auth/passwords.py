"""Password hashing with Argon2id, and the rules a new password must meet."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_babel import gettext as _

MIN_LENGTH = 10
MAX_LENGTH = 256

# A short list of the passwords people reach for first; the length rule catches most others.
COMMON_PASSWORDS = frozenset(
    {
        "password123",
        "password1234",
        "qwertyuiop",
        "1234567890",
        "123456789a",
        "iloveyou123",
        "letmein123",
        "welcome123",
        "passw0rd123",
        "neighbourhood",
        "speedwatch",
        "volunteers1",
    }
)


def _hasher() -> PasswordHasher:
    config = current_app.config
    return PasswordHasher(time_cost=config["ARGON2_TIME_COST"], memory_cost=config["ARGON2_MEMORY_COST"])


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; an account without a password (not yet set up) matches nothing."""
    if not password_hash:
        return False
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


def password_problems(password: str, email: str = "") -> list[str]:
    """Every rule a new password breaks, in words for the person choosing it (none if it is fine)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(_("Password must be at least %(count)d characters long", count=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        problems.append(_("Password must be %(count)d characters or fewer", count=MAX_LENGTH))
    if password.lower() in COMMON_PASSWORDS or len(set(password)) < 4:
        problems.append(_("Choose a password that is harder to guess"))
    if email and password.lower() == email.lower():
        problems.append(_("Password must not be your email address"))
    return problems


def password_problem(password: str, email: str = "") -> str | None:
    """The first rule a new password breaks, for places that show one message (the command line)."""
    problems = password_problems(password, email)
    return problems[0] if problems else None
