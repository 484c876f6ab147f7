"""Keeping robots out of the public complaint form without a third-party CAPTCHA.

Besides the rate limit per address and the hidden honeypot field, the form carries a signed stamp
of when it was shown: one sent back sooner than COMPLAINT_MIN_FILL_SECONDS (no person reads and
fills it that fast), or with a stamp that was not ours or is over a day old, is refused with a
message asking to check and send it again.
"""

import time

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

STAMP_MAX_AGE_SECONDS = 86400


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="volunteers complaint form shown")


def shown_stamp() -> str:
    """The stamp a form carries of the moment it was shown."""
    return _serializer().dumps(time.time())


def sent_too_soon(stamp: str | None) -> bool:
    """Whether a form came back faster than a person fills it in, or without a genuine stamp."""
    try:
        shown = _serializer().loads(stamp or "", max_age=STAMP_MAX_AGE_SECONDS)
    except BadSignature:
        return True
    if not isinstance(shown, int | float):
        return True
    return time.time() - shown < current_app.config["COMPLAINT_MIN_FILL_SECONDS"]
