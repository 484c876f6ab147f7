"""Serving one request as a WSGI server does: the answer read first, the response closed after."""

import time
from collections.abc import Callable

from werkzeug.test import EnvironBuilder, run_wsgi_app


def answer_then_close(app, path: str, form: dict) -> tuple[float, bytes, Callable[[], None]]:
    """POST `form` to `path`: the seconds until the whole answer was read, the answer, and the
    close the server calls once it has sent it (work left for after the answer runs then)."""
    environ = EnvironBuilder(path, method="POST", data=form).get_environ()
    started = time.monotonic()
    body, _, _ = run_wsgi_app(app, environ)
    answer = b"".join(body)
    return time.monotonic() - started, answer, body.close
