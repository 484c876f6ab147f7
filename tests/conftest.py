"""The test harness every feature's tests share.

* A fresh database per run, on SQLite by default (on tmpfs where there is one) or on the
  PostgreSQL server that TEST_DATABASE_URL names; its schema comes from running the migrations
  once.
* `app` (with an app context pushed), `client`, `login_as(user)`; every test starts with empty
  tables. The app is built once per run (one with CSRF protection, one without) and its
  configuration restored after each test, so templates compile once; only a test marked
  `@pytest.mark.app_config(...)` gets an app of its own.
* `smtp`: a real SMTP server (aiosmtpd) that captures every email the app sends.
* `live_server` and Playwright's `page`: a real Chromium driving the app over HTTP.
"""

import asyncio
import functools
import os
import re
import secrets
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message as MessageHandler
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from werkzeug.serving import make_server

from tests.sql_statements import statements_sent
from volunteers import create_app
from volunteers.config import database_uri
from volunteers.extensions import db, limiter

os.environ["VOLUNTEERS_ENV"] = "testing"

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TEST_DATABASE_PREFIX = "volunteers_test_"


# --- Databases ------------------------------------------------------------------------------


def _server_url() -> sa.URL | None:
    raw = os.environ.get("TEST_DATABASE_URL")
    return sa.make_url(database_uri(raw)) if raw else None


def _drop_abandoned_databases(connection) -> None:
    """Drop test databases left by runs that crashed (their process no longer exists)."""
    names = connection.execute(
        sa.text("SELECT datname FROM pg_database WHERE datname LIKE :prefix"), {"prefix": TEST_DATABASE_PREFIX + "%"}
    ).scalars()
    for name in names:
        match = re.fullmatch(TEST_DATABASE_PREFIX + r"(\d+)_[0-9a-f]+", name)
        if match and not _process_alive(int(match.group(1))):
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fast_directory(tmp_path_factory) -> Path:
    """A new directory for SQLite test databases: in memory-backed /dev/shm when there is one."""
    shm = Path("/dev/shm")  # noqa: S108 (a private directory is made inside it)
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="volunteers-tests-", dir=shm))
    return Path(tempfile.mkdtemp(prefix="volunteers-tests-", dir=tmp_path_factory.getbasetemp()))


@pytest.fixture(scope="session")
def make_database(tmp_path_factory):
    """Create fresh, empty databases of the kind this run tests on; drop them at the end."""
    server = _server_url()
    sqlite_directory = _fast_directory(tmp_path_factory)
    created: list[str] = []
    admin_engine = sa.create_engine(server, isolation_level="AUTOCOMMIT") if server else None
    if admin_engine is not None:
        with admin_engine.connect() as connection:
            _drop_abandoned_databases(connection)

    def make() -> str:
        if server is None:
            return f"sqlite:///{sqlite_directory / f'volunteers-{secrets.token_hex(4)}.db'}"
        name = f"{TEST_DATABASE_PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
        with admin_engine.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        return server.set(database=name).render_as_string(hide_password=False)

    yield make
    shutil.rmtree(sqlite_directory, ignore_errors=True)
    if admin_engine is not None:
        with admin_engine.connect() as connection:
            for name in created:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


@pytest.fixture(scope="session")
def database_url(make_database, smtp_server):
    """The run's database, with its schema built by running every migration."""
    url = make_database()
    app = create_app(_test_config(url, smtp_server.port))
    with app.app_context():
        upgrade()
        db.session.remove()
        db.engine.dispose()
    return url


def _empty_all_tables() -> None:
    tables = [table for table in reversed(db.metadata.sorted_tables)]
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in tables)
        with db.engine.begin() as connection:
            connection.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        with db.engine.begin() as connection:
            for table in tables:
                connection.execute(table.delete())


# --- Email ------------------------------------------------------------------------------------


class _Capture(MessageHandler):
    def __init__(self, server: "SmtpServer"):
        super().__init__()
        self.server = server

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802  (aiosmtpd names its hooks so)
        await asyncio.sleep(self.server.seconds_per_message)
        return await super().handle_DATA(server, session, envelope)

    def handle_message(self, message: Message) -> None:
        self.server.messages.append(message)


@dataclass
class SmtpServer:
    port: int
    messages: list[Message] = field(default_factory=list)
    seconds_per_message: float = 0.0


@dataclass
class Mailbox:
    """What the real SMTP server received during one test. `settle` waits for the emails a live
    server still owes: it sends them after its answer, so a browser sees the page first."""

    messages: list[Message]
    settle: Callable[[], None] = lambda: None

    def to(self, address: str) -> list[Message]:
        self.settle()
        return [m for m in self.messages if address.lower() in m["To"].lower()]

    def last_to(self, address: str) -> Message:
        received = self.to(address)
        assert received, f"no email was sent to {address}"
        return received[-1]

    @staticmethod
    def text(message: Message) -> str:
        if message.is_multipart():
            for part in message.walk():
                if part.get_content_type() == "text/plain":
                    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")

    def links(self, message: Message) -> list[str]:
        return re.findall(r"https?://\S+", self.text(message))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    server = SmtpServer(port=_free_port())
    controller = Controller(_Capture(server), hostname="127.0.0.1", port=server.port)
    controller.start()
    yield server
    controller.stop()


@pytest.fixture
def smtp(smtp_server) -> Mailbox:
    smtp_server.messages.clear()
    return Mailbox(smtp_server.messages)


@pytest.fixture
def slow_smtp(smtp_server, smtp) -> Mailbox:
    """The mail server taking its time over each message, as a busy one does."""
    smtp_server.seconds_per_message = 0.6
    yield smtp
    smtp_server.seconds_per_message = 0.0


# --- The app ------------------------------------------------------------------------------------


def _test_config(database_url: str, smtp_port: int, **overrides) -> dict:
    return {
        "TESTING": True,
        "VOLUNTEERS_ENV": "testing",
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "MAIL_BACKEND": "smtp",
        "MAIL_DELIVERY": "after_commit",
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": smtp_port,
        "MAIL_USE_TLS": False,
        "MAIL_USE_SSL": False,
        "MAIL_DEFAULT_SENDER": "volunteers@test.example",
        "PUBLIC_BASE_URL": "http://volunteers.test",
        "ARGON2_TIME_COST": 1,
        "ARGON2_MEMORY_COST": 1024,
        "RATELIMIT_STORAGE_URI": "memory://",
        "WTF_CSRF_ENABLED": False,
        **overrides,
    }


class IsolatedRequestClient(FlaskClient):
    """Runs each request in an app context of its own, as in production.

    The test keeps its own app context (and database session) for factories; without this, a
    request would share it, seeing the test's uncommitted changes and reusing its `g`. The answer
    is read and closed, as a server does after sending it, so work left until then is done.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        response.make_sequence()
        response.close()
        return response


@pytest.fixture(scope="session")
def shared_app(database_url, smtp_server):
    """The run's apps, built once: `shared_app(csrf=True)` for the browser and CSRF tests."""
    built: dict[bool, Flask] = {}

    def get(csrf: bool) -> Flask:
        if csrf not in built:
            built[csrf] = create_app(_test_config(database_url, smtp_server.port, WTF_CSRF_ENABLED=csrf))
            built[csrf].test_client_class = IsolatedRequestClient
        return built[csrf]

    yield get
    for application in built.values():
        with application.app_context():
            db.engine.dispose()


@pytest.fixture
def app(request, shared_app, database_url, smtp_server, tmp_path):
    """The app on the run's database, with an app context pushed for factories.

    CSRF protection is off for the test client (tests post forms directly) unless the test is
    marked `@pytest.mark.csrf` or uses the browser, where the real protection is exercised. A test
    marked `@pytest.mark.app_config(NAME=value)` gets a fresh app with that configuration.
    """
    csrf_on = request.node.get_closest_marker("csrf") is not None or "live_server" in request.fixturenames
    marker = request.node.get_closest_marker("app_config")
    per_test = {"UPLOAD_DIR": str(tmp_path / "uploads"), "MAIL_OUTBOX_DIR": str(tmp_path / "outbox")}
    if marker:
        application = create_app(
            _test_config(database_url, smtp_server.port, WTF_CSRF_ENABLED=csrf_on, **per_test, **marker.kwargs)
        )
        application.test_client_class = IsolatedRequestClient
    else:
        application = shared_app(csrf_on)
    saved_config = dict(application.config)
    application.config.update(per_test)
    limiter.reset()
    with application.app_context():
        db.session().expire_on_commit = True  # the test's own session re-reads what requests changed
        yield application
        db.session.remove()
        _empty_all_tables()
        if marker:
            db.engine.dispose()
    limiter.reset()
    application.config.clear()
    application.config.update(saved_config)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login_as(client):
    """Sign a user in on the test client without the password form (that has tests of its own),
    with a server-side session of their own, as signing in makes."""

    def sign_in(user):
        from volunteers.auth import sessions

        user.session_token = sessions.open_session(user)
        with client.session_transaction() as session:
            session.clear()
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
        return user

    return sign_in


@pytest.fixture
def everyone(app):
    """One person holding every role in one force, so every page and form is open to them."""
    from tests.factories import make_admin, make_area, make_force, make_membership, make_scheme
    from volunteers.models import MembershipRole, OfficerAssignment, SchemeKind

    force = make_force()
    area = make_area(force)
    user = make_admin(force)
    db.session.add(OfficerAssignment(user=user, area=area))
    db.session.commit()
    for kind in SchemeKind:
        make_membership(user, make_scheme(area, kind), role=MembershipRole.COORDINATOR)
    db.session.add(user)
    return user


@pytest.fixture
def api_token(app):
    """Make a bearer token for a user and return the Authorization header for it."""
    from volunteers.auth.services import create_api_token

    def make(user) -> dict:
        _token, secret = create_api_token(user, "tests")
        return {"Authorization": f"Bearer {secret}"}

    return make


# --- The browser --------------------------------------------------------------------------------


@dataclass
class LiveServer:
    url: str

    def __call__(self, path: str = "/") -> str:
        return self.url + path


class _AnswersInFlight:
    """WSGI middleware that closes each answer once its last byte is written, as gunicorn does
    (werkzeug's server closes it only when the browser drops the connection), and counts the
    answers not yet closed: what the app does after an answer (its emails, `mail.init_app`) is
    done once none is left open."""

    def __init__(self, app: Flask):
        self.app = app
        self.open = 0
        self.changed = threading.Condition()

    def __call__(self, environ, start_response):
        with self.changed:
            self.open += 1
        try:
            body = self.app(environ, start_response)
            try:
                yield from body
            finally:
                if hasattr(body, "close"):
                    body.close()
        finally:
            with self.changed:
                self.open -= 1
                self.changed.notify_all()

    def wait_until_idle(self, seconds: float = 10.0) -> None:
        with self.changed:
            self.changed.wait_for(lambda: self.open == 0, seconds)


def _wait_for_answers_to_close(served: _AnswersInFlight) -> None:
    """Wait for the server's work after its answers, having ended the test's own transaction
    first: on SQLite its reads hold the lock that the server's writes wait for."""
    db.session.commit()
    served.wait_until_idle()


@pytest.fixture
def live_server(app, smtp):
    """The app served over real HTTP on 127.0.0.1, for the browser; `smtp` waits for the emails
    it sends after its answers."""
    served = _AnswersInFlight(app)
    server = make_server("127.0.0.1", 0, served, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    smtp.settle = functools.partial(_wait_for_answers_to_close, served)
    yield LiveServer(f"http://127.0.0.1:{server.server_port}")
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Playwright drives Debian's Chromium; nothing is downloaded."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    return page


# --- What the run covered -----------------------------------------------------------------------


def pytest_terminal_summary(terminalreporter):
    """Say which database the suite ran on, how many browser tests ran and how many cells the
    access sweep checked, so CI logs show it."""
    server = _server_url()
    database = f"PostgreSQL ({server.host}:{server.port})" if server else "SQLite"
    counts = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        reports = terminalreporter.stats.get(outcome, [])
        counts[outcome] = sum(1 for r in reports if "tests/browser/" in getattr(r, "nodeid", ""))
    cells = sum(
        value
        for report in terminalreporter.stats.get("passed", [])
        for name, value in getattr(report, "user_properties", [])
        if name == "access_cells"
    )
    terminalreporter.write_sep("-", f"database: {database}")
    if cells:
        terminalreporter.write_line(f"access sweep: {cells} route x role x object cells checked")
    terminalreporter.write_line(
        "browser tests (real Chromium): "
        + ", ".join(f"{count} {outcome}" for outcome, count in counts.items() if count or outcome == "passed")
    )


def open_sign_in_page(page, live_server) -> None:
    """Open the sign-in page; if its form is not there, fail saying what came instead."""
    response = page.goto(live_server("/sign-in"))
    if page.get_by_label("Email address").count() != 1:
        body = page.locator("body").inner_text()[:500]
        pytest.fail(f"/sign-in gave {response.status} at {page.url} ({page.title()!r}): {body}")


@pytest.fixture
def sign_in_browser(page, live_server):
    """Sign a user in through the real sign-in page, as a person would."""
    from tests.factories import PASSWORD

    def sign_in(user, password: str = PASSWORD):
        from tests.factories import code_for

        open_sign_in_page(page, live_server)
        page.get_by_label("Email address").fill(user.email)
        page.get_by_label("Password", exact=True).fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        if "/sign-in/code" in page.url:
            page.get_by_label("Code from your authenticator app").fill(code_for(user))
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
        return user

    return sign_in


@pytest.fixture
def count_statements(app):
    """The statements run while the block runs (by requests on this app's engine)."""
    return statements_sent
