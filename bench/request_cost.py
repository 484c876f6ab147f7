"""What one request to the app costs, measured side by side with a bare Flask app that only stores a row.

    .venv/bin/python bench/request_cost.py --database-url postgresql://postgres@127.0.0.1:5432/postgres \
        [--duration 5] [--warmup 2] [--rounds 3] [--connections 8,32]

In one run it creates a PostgreSQL database of its own on that server (dropped at the end, also on
Ctrl+C), builds the schema with the migrations, seeds a force with vetted Neighbourhood Watch
members, officers, API tokens and reports in two sizes (a member with 20 reports and one with 2,000;
an officer with 100 reports awaiting review and one with 10,000), then serves the app and
bench/bare_app.py with gunicorn (gunicorn.conf.py, 2 workers each, the same worker class) and loads
both with wrk and the Lua scripts in bench/wrk/. It prints requests a second, p50 and p99 latency
and SQL statements per request for report submission against the bare insert, GET /api/v1/me, a
member's report list, and the officers' queue page and API, and the ratio submission / bare insert.

Afterwards it checks that every acknowledged submission (each 201) is stored exactly once, with its
audit event, and runs `flask audit verify`; it exits non-zero when a check fails, any answer was
a 5xx (or not the status the endpoint should give), or a target is missed: a submission at least
0.35x the bare insert's requests a second, and each list and queue at least 0.7x its requests a
second with 100 times less data. wrk must be on PATH (Debian: apt-get install wrk).
"""

import argparse
import contextlib
import functools
import html
import http.client
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.cookies import SimpleCookie
from pathlib import Path

import pyotp
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from bench import bare_app  # noqa: E402
from volunteers import create_app  # noqa: E402
from volunteers.auth import second_factor  # noqa: E402
from volunteers.auth.passwords import hash_password  # noqa: E402
from volunteers.auth.services import create_api_token  # noqa: E402
from volunteers.config import database_uri  # noqa: E402
from volunteers.db_types import utcnow  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.models import (  # noqa: E402
    Area,
    AuditEvent,
    CheckKind,
    Force,
    Membership,
    MembershipRole,
    MembershipStatus,
    OfficerAssignment,
    Scheme,
    SchemeKind,
    User,
    VettingCheck,
)
from volunteers.review.queue import PER_PAGE as QUEUE_PAGE  # noqa: E402
from volunteers.settings import settings_for  # noqa: E402
from volunteers.vetting import required_checks  # noqa: E402
from volunteers.watch import services  # noqa: E402
from volunteers.watch.models import Report  # noqa: E402

WRK_DIR = ROOT / "bench" / "wrk"
WORKERS = 2
WRK_THREADS = 2
# A measured run counts when the quieter worker did at least this share of the busier one's work.
EVEN_SHARE = 0.6
UNEVEN_RETRIES = 4
FEW_ANSWERS = 20
PASSWORD = "a long benchmark password"
# Sign-in and the API both tie a session to the browser; wrk sends this one, as the sign-in did.
USER_AGENT = "volunteers-request-cost"
# The officers' authenticator app: one secret, read by both and by the sign-in below.
TOTP_SECRET = pyotp.random_base32()
MARKER = re.compile(r"Sighting note (\w+)\.")
# The wordings bench/wrk/submit.lua sends, screened by the guard before the load starts.
SIGHTINGS = [
    (
        "Mill Lane, by the post box",
        "Two people were trying car door handles along the road, then walked off towards the park.",
    ),
    (
        "Station Road car park",
        "A van with no lights was parked across the footpath for an hour, then drove off towards the station.",
    ),
    (
        "Church Street, outside the shops",
        "A group on bikes was riding along the pavement and shouting at passers-by, then left towards the park.",
    ),
    (
        "Elm Road, by the allotments",
        "Someone tipped a pile of rubble and old paint tins on the verge early this morning.",
    ),
]
STREETS = ["Easington Way", "Mill Lane", "Elm Road", "Station Road", "Church Street", "Park Avenue", "High Street"]
CATEGORIES = ["suspicious_activity", "anti_social_behaviour", "vehicle_crime"]


class BenchError(RuntimeError):
    """Something the benchmark needs is missing or did not start; the message says what to do."""


# --- The database -------------------------------------------------------------------------------


def fresh_database(server_url: str) -> tuple[str, Callable[[], None]]:
    """Create an empty database beside the one named; return its URL and a function dropping it."""
    server = sa.make_url(database_uri(server_url))
    if not server.drivername.startswith("postgresql"):
        raise BenchError(f"--database-url must be a PostgreSQL URL, not {server.drivername}")
    name = f"volunteers_request_cost_{secrets.token_hex(4)}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        admin.dispose()
        raise BenchError(
            f"PostgreSQL did not answer at {server.render_as_string(hide_password=True)}: {error.orig}\n"
            "Start it (e.g. `service postgresql start`) or give another server with --database-url."
        ) from None

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    url = server.set(database=name).render_as_string(hide_password=False)
    return url.replace("postgresql+psycopg://", "postgresql://", 1), drop


def server_environment(database_url: str, app_port: int) -> dict[str, str]:
    """Production settings, with mail left to a worker and rate limits far above the load."""
    return {
        "VOLUNTEERS_ENV": "production",
        "SECRET_KEY": secrets.token_hex(32),
        "AUDIT_KEY": secrets.token_hex(32),
        "DATABASE_URL": database_url,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_DEFAULT_SENDER": "volunteers@bench.test",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{app_port}",
        "MAIL_DELIVERY": "worker",
        "RATELIMIT_STORAGE_URI": "memory://",
        "SIGN_IN_RATE_LIMIT": "100000 per minute",
        "SIGN_IN_ACCOUNT_RATE_LIMIT": "100000 per minute",
        "SCREEN_RATE_LIMIT": "100000 per minute",
        "GUNICORN_WORKERS": str(WORKERS),
    }


# --- Seeding ------------------------------------------------------------------------------------


@dataclass
class Person:
    id: int
    email: str
    token: str
    cookie: str = ""


@dataclass
class World:
    force_id: int
    scheme_id: int  # the scheme the load reports to
    submitter: Person
    small_member: Person
    large_member: Person
    small_officer: Person
    large_officer: Person
    sizes: dict[str, int] = field(default_factory=dict)


def _vetted_member(user: User, scheme: Scheme) -> Membership:
    """An active membership with every check its scheme requires recorded and in date."""
    membership = Membership(
        user=user, scheme=scheme, status=MembershipStatus.ACTIVE, role=MembershipRole.MEMBER, activated_at=utcnow()
    )
    db.session.add(membership)
    db.session.flush()
    completed_on = date.today() - timedelta(days=10)
    for kind in required_checks(membership, date.today()):
        expires_on = completed_on + timedelta(days=730) if kind in (CheckKind.TRAINING, CheckKind.DBS) else None
        detail = settings_for(scheme.area.force).code_of_conduct_version if kind == CheckKind.CODE_OF_CONDUCT else ""
        db.session.add(
            VettingCheck(
                membership=membership, kind=kind, completed_on=completed_on, expires_on=expires_on, detail=detail
            )
        )
    return membership


def _copy_reports(rows: list[dict], flagged: set[int]) -> None:
    """Bulk-load reports (with their first version, and flags) through COPY, ids from the sequence."""
    if not rows:
        return
    connection = db.session.connection()
    ids = connection.execute(
        sa.text("SELECT nextval(pg_get_serial_sequence('watch_report', 'id')) FROM generate_series(1, :n)"),
        {"n": len(rows)},
    ).scalars()
    for row, report_id in zip(rows, ids, strict=True):
        row["id"] = report_id
    report_columns = list(rows[0])
    version_columns = ["report_id", "number", "category", "occurred_at", "location", "map_point", "description"]
    version_columns += ["police_reference", "reply", "flags", "created_at"]
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f"COPY watch_report ({', '.join(report_columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[name] for name in report_columns])
    with cursor.copy(f"COPY watch_report_version ({', '.join(version_columns)}) FROM STDIN") as copy:
        for number, row in enumerate(rows):
            flags = [{"kind": "identifies_person", "evidence": ["number 12"]}] if number in flagged else []
            copy.write_row(
                [row["id"], 1, row["category"], row["occurred_at"], row["location"], "", row["description"]]
                + ["", "", json.dumps(flags), row["submitted_at"]]
            )
    with cursor.copy("COPY watch_report_flag (report_id, kind, evidence) FROM STDIN") as copy:
        for number in sorted(flagged):
            copy.write_row([rows[number]["id"], "identifies_person", json.dumps(["number 12"])])


def _report_rows(count: int, scheme: Scheme, reporter_ids: list[int], now: datetime) -> tuple[list[dict], set[int]]:
    """Reports awaiting review over the last 30 days, one in seven flagged, a few of those urgent."""
    rows, flagged = [], set()
    for number in range(count):
        sent = now - timedelta(minutes=(number * 37) % (30 * 24 * 60) + 5)
        is_flagged = number % 7 == 0
        if is_flagged:
            flagged.add(number)
        rows.append(
            {
                "scheme_id": scheme.id,
                "area_id": scheme.area_id,
                "reporter_id": reporter_ids[number % len(reporter_ids)],
                "category": CATEGORIES[number % len(CATEGORIES)],
                "occurred_at": sent - timedelta(hours=1),
                "location": STREETS[number % len(STREETS)],
                "map_point": "",
                "description": "Two people were trying car door handles, then walked towards the park.",
                "police_reference": "",
                "victim": "none",
                "repeat_victim_declared": False,
                "victim_key": "",
                "victim_report_count": 1,
                "repeat_victim_detected": False,
                "status": "submitted",
                "urgent": is_flagged and number % 5 == 0,
                "flag_count": 1 if is_flagged else 0,
                "version": 1,
                "submitted_at": sent,
                "updated_at": sent,
                "withdrawal_reason": "",
            }
        )
    return rows, flagged


def seed(sizes: dict[str, int]) -> World:
    """A force with three watch areas: the members' (reported to under load), and one per officer."""
    force = Force(name="Bench Constabulary", slug="bench")
    areas = {
        key: Area(force=force, name=name, slug=key)
        for key, name in [("members", "Members' Area"), ("queue-small", "Quiet Area"), ("queue-large", "Busy Area")]
    }
    schemes = {key: Scheme(area=area, kind=SchemeKind.WATCH, name=f"{area.name} Watch") for key, area in areas.items()}
    db.session.add_all([force, *areas.values(), *schemes.values()])

    def user(key: str, password: str | None = None) -> User:
        person = User(
            email=f"{key}@bench.test",
            name=key.replace("-", " ").title(),
            password_hash=hash_password(password) if password else None,
            date_of_birth=date(1985, 6, 15),
        )
        db.session.add(person)
        return person

    members = {key: user(key) for key in ("submitter", "small-member", "large-member")}
    for member in members.values():
        _vetted_member(member, schemes["members"])
    officers = {key: user(key, PASSWORD) for key in ("small-officer", "large-officer")}
    for officer in officers.values():  # officers must sign in with a second factor
        officer.totp_secret = second_factor.encrypt(TOTP_SECRET)
        officer.totp_enrolled_at = utcnow()
    db.session.add(OfficerAssignment(user=officers["small-officer"], area=areas["queue-small"]))
    db.session.add(OfficerAssignment(user=officers["large-officer"], area=areas["queue-large"]))
    reporters = [user(f"neighbour-{n}") for n in range(20)]
    db.session.commit()

    now = utcnow()
    for number in range(sizes["small_member"]):
        location, text = SIGHTINGS[number % len(SIGHTINGS)]
        details = services.ReportDetails(
            category=CATEGORIES[number % len(CATEGORIES)],
            occurred_at=now - timedelta(hours=2),
            location=location,
            description=text,
        )
        services.submit_report(members["small-member"], schemes["members"], details)
    _copy_reports(*_report_rows(sizes["large_member"], schemes["members"], [members["large-member"].id], now))
    reporter_ids = [reporter.id for reporter in reporters]
    for key, count in (("queue-small", sizes["small_queue"]), ("queue-large", sizes["large_queue"])):
        _copy_reports(*_report_rows(count, schemes[key], reporter_ids, now))
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("ANALYZE"))

    def person(account: User) -> Person:
        _token, secret = create_api_token(account, "request cost benchmark")
        return Person(account.id, account.email, secret)

    return World(
        force_id=force.id,
        scheme_id=schemes["members"].id,
        submitter=person(members["submitter"]),
        small_member=person(members["small-member"]),
        large_member=person(members["large-member"]),
        small_officer=person(officers["small-officer"]),
        large_officer=person(officers["large-officer"]),
        sizes=sizes,
    )


def screen_sightings(force_id: int) -> None:
    """Refuse to start when the guard would flag a wording the load sends: its 409s measure nothing."""
    force = db.session.get(Force, force_id)
    for location, text in SIGHTINGS:
        flags = services.screen_words(force, f"{text} Sighting note R0c8w1t1n1.", location)
        if flags:
            raise BenchError(f"The guard flags a wording bench/wrk/submit.lua sends: {text!r} ({flags})")


# --- Servers ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A gunicorn started here, in a process group of its own, stopped by its id."""

    def __init__(self, name: str, target: str, port: int, env: dict[str, str], log_dir: Path):
        self.name, self.port = name, port
        self.log_path = log_dir / f"{name}.log"
        self.log = self.log_path.open("w")
        env = {**os.environ, **env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", target]
        self.process = subprocess.Popen(  # noqa: S603  (our interpreter, our arguments)
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_until_answering(self, path: str = "/healthz", timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            with contextlib.suppress(OSError, http.client.HTTPException), contextlib.closing(connection):
                connection.request("GET", path)
                if connection.getresponse().status == 200:
                    return
            time.sleep(0.2)
        raise BenchError(f"{self.name} did not answer {path} within {timeout:.0f} s:\n{self.log_tail()}")

    def wait_until_idle(self, timeout: float = 120) -> None:
        """Wait until the workers stop using CPU: when wrk stops, requests it abandoned are still
        being served, and they would otherwise slow the next measurement down."""
        window, busy = 0.5, 0.05  # idle: under a tenth of a core over half a second
        deadline = time.monotonic() + timeout
        used = self._cpu_seconds()
        while used is not None and time.monotonic() < deadline:
            time.sleep(window)
            now_used = self._cpu_seconds()
            if now_used is None or now_used - used < busy:
                return
            used = now_used
        if used is None:
            time.sleep(2)  # no /proc to watch: give the backlog a moment

    def _cpu_seconds(self) -> float | None:
        """CPU time of the master and its workers, from /proc (Linux); None elsewhere."""
        used = self.cpu_by_process()
        return None if used is None else sum(used.values())

    def cpu_by_process(self) -> dict[int, float] | None:
        """CPU seconds of the master and of each worker by process id, from /proc (Linux); None
        elsewhere."""
        proc = Path("/proc")
        if not (proc / str(self.process.pid) / "stat").exists():
            return None
        used = {}
        for stat in proc.glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if stat.parent.name == str(self.process.pid) or fields[1] == str(self.process.pid):
                used[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return used

    def workers_share_of_busiest(self, before: dict[int, float] | None) -> float:
        """How much CPU the least busy worker used since `before`, as a share of the busiest's:
        near 1 when wrk's connections were spread over the workers, 0 when they all landed on one."""
        after = self.cpu_by_process()
        if before is None or after is None:
            return 1.0
        used = [after[pid] - before.get(pid, 0.0) for pid in after if pid != self.process.pid]
        return min(used) / max(used) if len(used) > 1 and max(used) > 0 else 1.0

    def worker_class(self) -> str:
        found = re.search(r"Using worker: (\S+)", self.log_tail(200))
        return found[1] if found else "?"

    def log_errors(self) -> list[str]:
        lines = self.log_path.read_text(errors="replace").splitlines()
        return [line for line in lines if " ERROR " in line or line.startswith("Traceback")]

    def log_tail(self, lines: int = 30) -> str:
        self.log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def sign_in(port: int, email: str) -> str:
    """Sign in through the pages as a browser does (form, CSRF token, cookie, then the officer's code
    from the authenticator app); return the session cookie."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    with contextlib.closing(connection):
        status, cookie = _submit_form(connection, "/sign-in", "", {"email": email, "password": PASSWORD})
        if status != 302 or not cookie:
            raise BenchError(f"POST /sign-in for {email} answered {status}, not a redirect with a session")
        status, cookie = _submit_form(connection, "/sign-in/code", cookie, {"code": pyotp.TOTP(TOTP_SECRET).now()})
        if status != 302 or not cookie:
            raise BenchError(f"POST /sign-in/code for {email} answered {status}, not a redirect with a session")
        return cookie


def _submit_form(
    connection: http.client.HTTPConnection, path: str, cookie: str, fields: dict[str, str]
) -> tuple[int, str]:
    """GET the form's page for its CSRF token, POST the fields; return the status and the new session cookie."""
    headers = {"User-Agent": USER_AGENT, **({"Cookie": f"session={cookie}"} if cookie else {})}
    connection.request("GET", path, headers=headers)
    page = connection.getresponse()
    form = page.read().decode()
    cookie = _session_cookie(page) or cookie
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form)
    if page.status != 200 or not match or not cookie:
        raise BenchError(f"GET {path} answered {page.status} without a form and session cookie")
    body = urllib.parse.urlencode({**fields, "csrf_token": html.unescape(match[1])})
    headers = {
        "User-Agent": USER_AGENT,
        "Cookie": f"session={cookie}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    connection.request("POST", path, body=body, headers=headers)
    answer = connection.getresponse()
    answer.read()
    return answer.status, _session_cookie(answer)


def _session_cookie(response: http.client.HTTPResponse) -> str:
    for header in response.headers.get_all("Set-Cookie") or []:
        parsed = SimpleCookie(header)
        if "session" in parsed:
            return parsed["session"].value
    return ""


# --- Load ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    key: str
    label: str
    server: str  # "app" or "bare"
    path: str
    script: str = "get.lua"
    expected: int = 200
    token: str = ""
    cookie: str = ""

    def headers(self) -> list[str]:
        headers = [f"User-Agent: {USER_AGENT}"]
        if self.token:
            headers.append(f"Authorization: Bearer {self.token}")
        if self.cookie:
            headers.append(f"Cookie: session={self.cookie}")
        return headers


def scenarios(world: World) -> list[Scenario]:
    sizes = world.sizes
    return [
        Scenario(
            "submit",
            "POST /api/v1/watch/reports",
            "app",
            "/api/v1/watch/reports",
            "submit.lua",
            201,
            token=world.submitter.token,
        ),
        Scenario("bare", "bare insert (Flask + SQLAlchemy)", "bare", "/reports", "submit.lua", 201),
        Scenario("me", "GET /api/v1/me", "app", "/api/v1/me", token=world.small_member.token),
        Scenario(
            "list-small",
            f"GET /api/v1/watch/reports ({sizes['small_member']:,} reports)",
            "app",
            "/api/v1/watch/reports",
            token=world.small_member.token,
        ),
        Scenario(
            "list-large",
            f"GET /api/v1/watch/reports ({sizes['large_member']:,} reports)",
            "app",
            "/api/v1/watch/reports",
            token=world.large_member.token,
        ),
        Scenario(
            "review-small",
            f"GET /review ({sizes['small_queue']:,} awaiting)",
            "app",
            "/review",
            cookie=world.small_officer.cookie,
        ),
        Scenario(
            "review-large",
            f"GET /review ({sizes['large_queue']:,} awaiting)",
            "app",
            "/review",
            cookie=world.large_officer.cookie,
        ),
        Scenario(
            "queue-small",
            f"GET /api/v1/review/queue ({sizes['small_queue']:,} awaiting)",
            "app",
            "/api/v1/review/queue",
            token=world.small_officer.token,
        ),
        Scenario(
            "queue-large",
            f"GET /api/v1/review/queue ({sizes['large_queue']:,} awaiting)",
            "app",
            "/api/v1/review/queue",
            token=world.large_officer.token,
        ),
    ]


def run_wrk(scenario: Scenario, port: int, connections: int, seconds: int, run: str, scheme_id: int, work: Path):
    """One wrk run; returns what bench/wrk/counting.lua wrote when it finished."""
    result_file = work / f"{run}.json"
    command = ["wrk", f"-t{WRK_THREADS}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s"]
    command += ["-s", str(WRK_DIR / scenario.script)]
    for header in scenario.headers():
        command += ["-H", header]
    command.append(f"http://127.0.0.1:{port}{scenario.path}")
    env = {**os.environ, "BENCH_RESULT_FILE": str(result_file), "BENCH_RUN": run, "BENCH_SCHEME_ID": str(scheme_id)}
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if finished.returncode != 0 or not result_file.exists():
        raise BenchError(f"wrk failed on {scenario.label}:\n{finished.stdout}{finished.stderr}")
    result = json.loads(result_file.read_text())
    result["statuses"] = {int(status): count for status, count in result["statuses"].items()}
    return result


@dataclass
class Tally:
    """Everything wrk saw across runs: statuses per scenario, and the markers of acknowledged writes."""

    statuses: dict[str, Counter] = field(default_factory=dict)
    socket_errors: Counter = field(default_factory=Counter)
    acknowledged: dict[str, list[str]] = field(default_factory=lambda: {"app": [], "bare": []})
    unanswered: Counter = field(default_factory=Counter)

    def add(self, scenario: Scenario, result: dict) -> None:
        self.statuses.setdefault(scenario.key, Counter()).update(result["statuses"])
        self.socket_errors.update({name: count for name, count in result["errors"].items() if count})
        if scenario.script == "submit.lua":
            self.acknowledged[scenario.server].extend(result["acknowledged"])
            self.unanswered[scenario.server] += result["sent"] - sum(result["statuses"].values())


# --- SQL statements per request -----------------------------------------------------------------


def statements_per_request(app, scenario: Scenario, scheme_id: int) -> tuple[int, int]:
    """Run the request twice in this process (the first warms caches); count the second's statements."""
    location, text = SIGHTINGS[0]
    with app.app_context():
        engine = app.extensions["sqlalchemy"].engine
    executed = []

    def count(*_args) -> None:
        executed.append(1)

    headers = dict(header.split(": ", 1) for header in scenario.headers())
    client = app.test_client(use_cookies=False)  # its jar would drop the Cookie header we send
    size = 0
    for number in range(2):
        executed.clear()
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            if scenario.script == "submit.lua":
                body = {
                    "scheme_id": scheme_id,
                    "category": "suspicious_activity",
                    "occurred_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
                    "location": location,
                    "description": f"{text} Counted {number}.",
                }
                response = client.post(scenario.path, json=body, headers=headers)
            else:
                response = client.get(scenario.path, headers=headers)
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        if response.status_code != scenario.expected:
            raise BenchError(f"{scenario.label} answered {response.status_code} in process: {response.text[:300]}")
        size = len(response.data)
    return len(executed), size


# --- Checks after the load ----------------------------------------------------------------------


def check_stored(kind: str, stored: list[tuple[int, str]], acknowledged: list[str], unanswered: int) -> list[str]:
    """Every acknowledged write is stored exactly once; nothing is stored twice; the only extra rows
    are requests still in flight when wrk stopped (sent, never answered)."""
    problems = []
    markers = Counter()
    for _id, description in stored:
        found = MARKER.search(description)
        markers[found[1] if found else "(no marker)"] += 1
    acked = Counter(acknowledged)
    twice = [marker for marker, count in markers.items() if count > 1]
    if twice:
        problems.append(f"{kind}: {len(twice)} submissions stored more than once, e.g. {twice[:3]}")
    repeated = [marker for marker, count in acked.items() if count > 1]
    if repeated:
        problems.append(f"{kind}: {len(repeated)} markers acknowledged more than once, e.g. {repeated[:3]}")
    missing = [marker for marker in acked if markers[marker] == 0]
    if missing:
        problems.append(f"{kind}: {len(missing)} acknowledged submissions are not stored, e.g. {missing[:3]}")
    extra = len(stored) - len(acknowledged)
    if extra < 0 or extra > unanswered:
        problems.append(
            f"{kind}: {len(stored):,} stored for {len(acknowledged):,} acknowledged and {unanswered} unanswered"
        )
    verdict = "; ".join(problems) if problems else "each stored exactly once, no duplicates"
    print(
        f"  {kind}: {len(acknowledged):,} acknowledged (201), {len(stored):,} stored "
        f"(and {max(extra, 0)} of the {unanswered} left unanswered when wrk stopped): {verdict}"
    )
    return problems


def check_submissions(world: World, first_report_id: int, first_bare_id: int, tally: Tally) -> list[str]:
    stored = db.session.execute(
        sa.select(Report.id, Report.description).where(
            Report.reporter_id == world.submitter.id, Report.id >= first_report_id
        )
    ).all()
    problems = check_stored("report submissions", stored, tally.acknowledged["app"], tally.unanswered["app"])
    events = db.session.scalar(
        sa.select(sa.func.count()).where(
            AuditEvent.action == "watch.report.submitted",
            AuditEvent.subject_type == "watch_report",
            AuditEvent.subject_id.in_([str(report_id) for report_id, _ in stored]),
        )
    )
    if events != len(stored):
        problems.append(f"{len(stored):,} reports stored but {events:,} watch.report.submitted audit events")
    print(f"  audit events for them: {events:,} watch.report.submitted")
    table = bare_app.BareInsert.__table__
    bare_rows = db.session.execute(sa.select(table.c.id, table.c.description).where(table.c.id >= first_bare_id)).all()
    problems += check_stored("bare inserts", bare_rows, tally.acknowledged["bare"], tally.unanswered["bare"])
    return problems


def audit_verify(env: dict[str, str]) -> bool:
    finished = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "audit", "verify"],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    output = (finished.stdout + finished.stderr).strip().splitlines()
    print(f"  flask audit verify (exit {finished.returncode}): {output[-1] if output else ''}")
    return finished.returncode == 0


# --- Report -------------------------------------------------------------------------------------


def print_table(rows: list[Scenario], results: dict, statements: dict, connection_counts: list[int]) -> None:
    label_width = max(len(scenario.label) for scenario in rows)
    heading = f"{'request':<{label_width}}  {'SQL':>4} {'KB':>6}"
    rule = f"{'':<{label_width}}  {'':>4} {'':>6}"
    for connections in connection_counts:
        heading += f" | {f'{connections} connections':^26}"
        rule += f" | {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
    print(heading)
    print(rule)
    few = False
    for scenario in rows:
        count, size = statements[scenario.key]
        line = f"{scenario.label:<{label_width}}  {count:>4} {size / 1024:>6.1f}"
        for connections in connection_counts:
            result = results[scenario.key, connections]
            line += f" | {rate(result):>8.1f} {result['p50_us'] / 1000:>8.1f} {result['p99_us'] / 1000:>8.1f}"
            if result["requests"] < FEW_ANSWERS:
                line, few = line + "*", True
        print(line)
    if few:
        print(
            f"* fewer than {FEW_ANSWERS} answers in the measured run, so its percentiles say little: "
            "give a longer --duration"
        )


def rate(result: dict) -> float:
    return result["requests"] / (result["duration_us"] / 1e6)


def ratio(numerator: float, denominator: float, digits: int = 2) -> str:
    return f"{numerator / denominator:.{digits}f}x" if denominator else "n/a"


# The targets: a submission at least this share of the bare insert's requests a second (median of
# the rounds), and each list or queue, with 100 times the data, at least this share of its requests
# a second with little (a page that did work over every item would fall far below it).
SUBMISSION_TARGET = 0.35
FLAT_ENOUGH = 0.7
GROWING_ROWS = (
    ("report list", "list-small", "list-large"),
    ("/review", "review-small", "review-large"),
    ("API queue", "queue-small", "queue-large"),
)


def submission_ratios(rounds: dict, connections: int) -> list[float]:
    """Submission / bare insert, round by round (taken in turn), sorted; empty if either did not run."""
    if ("submit", connections) not in rounds or ("bare", connections) not in rounds:
        return []
    paired = zip(rounds["submit", connections], rounds["bare", connections], strict=True)
    return sorted(rate(submitted) / rate(inserted) for submitted, inserted in paired)


def growth_ratios(results: dict, connections: int) -> list[tuple[str, float]]:
    """Requests a second with the large data over those with the small, for each row that ran both."""
    return [
        (name, rate(results[large, connections]) / rate(results[small, connections]))
        for name, small, large in GROWING_ROWS
        if (small, connections) in results and (large, connections) in results
    ]


def print_ratios(results: dict, rounds: dict, connection_counts: list[int]) -> None:
    for connections in connection_counts:
        per_round = submission_ratios(rounds, connections)
        if not per_round:
            continue
        submit, bare = results["submit", connections], results["bare", connections]
        print(
            f"submission / bare insert at {connections} connections: "
            f"{per_round[len(per_round) // 2]:.2f}x the requests a second (median of {len(per_round)} rounds, "
            f"each {', '.join(f'{value:.2f}' for value in per_round)}), "
            f"p50 {ratio(submit['p50_us'], bare['p50_us'], 1)}, p99 {ratio(submit['p99_us'], bare['p99_us'], 1)}"
        )
    for connections in connection_counts:
        growth = ", ".join(f"{name} {value:.2f}x" for name, value in growth_ratios(results, connections))
        if growth:
            print(f"as data grows (requests a second, large / small) at {connections} connections: {growth}")


def check_targets(results: dict, rounds: dict, connection_counts: list[int]) -> list[str]:
    """The targets the figures missed, each as a problem to report."""
    problems = []
    for connections in connection_counts:
        per_round = submission_ratios(rounds, connections)
        if per_round and per_round[len(per_round) // 2] < SUBMISSION_TARGET:
            median = per_round[len(per_round) // 2]
            problems.append(
                f"submission / bare insert at {connections} connections is {median:.2f}x, "
                f"under the {SUBMISSION_TARGET}x target"
            )
        for name, value in growth_ratios(results, connections):
            if value < FLAT_ENOUGH:
                problems.append(
                    f"{name} at {connections} connections served {value:.2f}x the requests a second with "
                    f"the large data, under {FLAT_ENOUGH}x: it is not flat as the data grows"
                )
    return problems


# --- Main ---------------------------------------------------------------------------------------


def load(
    rows: list[Scenario], servers: dict[str, Server], args: argparse.Namespace, scheme_id: int, work: Path
) -> tuple[Tally, dict]:
    """Each row at each connection count, in `--rounds` rounds taken in turn (a warm-up first, in
    the first round), each run followed by a pause until the server is idle again. Taking the
    rows in turn, several times, lets a burst of load from elsewhere hit both sides of a ratio.

    wrk keeps its connections open, and each stays with the worker that accepted it: a run whose
    connections nearly all landed on one worker measures one worker, not the server. Such a run is
    taken again (up to `UNEVEN_RETRIES` times, for every row alike) and the retries are printed."""
    tally, rounds = Tally(), {}
    for connections in args.connections:
        for round_number in range(args.rounds):
            for scenario in rows:
                phases = (("w", args.warmup), ("m", args.duration)) if round_number == 0 else (("m", args.duration),)
                for phase, seconds in phases:
                    if seconds <= 0:
                        continue
                    run_once = functools.partial(
                        _one_run,
                        scenario,
                        servers[scenario.server],
                        connections,
                        seconds,
                        phase,
                        scheme_id,
                        work,
                        tally,
                    )
                    if phase == "w":
                        run_once()
                    else:
                        measured = _spread_run(scenario.label, connections, run_once)
                        rounds.setdefault((scenario.key, connections), []).append(measured)
                print(f"  {connections:>3} connections, round {round_number + 1}: {scenario.label}", flush=True)
    return tally, rounds


def _spread_run(label: str, connections: int, run_once: Callable[[], tuple[dict, float]]) -> dict:
    """A measured run, taken again while its load fell on one worker far more than on the other."""
    for _ in range(UNEVEN_RETRIES):
        result, share = run_once()
        if share >= EVEN_SHARE:
            return result
        print(f"      {label}, {connections} connections: one worker did {share:.0%} of the other's work; again")
    return run_once()[0]


def _one_run(
    scenario: Scenario,
    server: Server,
    connections: int,
    seconds: int,
    phase: str,
    scheme_id: int,
    work: Path,
    tally: Tally,
) -> tuple[dict, float]:
    """A wrk run, and the quieter worker's CPU as a share of the busier's during it."""
    before = server.cpu_by_process()
    run = f"R{secrets.token_hex(2)}c{connections}{phase}"
    result = run_wrk(scenario, server.port, connections, seconds, run, scheme_id, work)
    tally.add(scenario, result)
    share = server.workers_share_of_busiest(before)
    server.wait_until_idle()
    return result, share


def median_run(runs: list[dict]) -> dict:
    """The run with the median rate of a row's rounds."""
    return sorted(runs, key=rate)[len(runs) // 2]


def check_answers(rows: list[Scenario], tally: Tally) -> list[str]:
    """Every answer, warm-ups included, was the status the endpoint gives; none was a 5xx."""
    problems = []
    for scenario in rows:
        counts = tally.statuses.get(scenario.key, Counter())
        unexpected = {status: count for status, count in counts.items() if status != scenario.expected}
        if unexpected:
            problems.append(f"{scenario.label}: answers other than {scenario.expected}: {unexpected}")
        server_errors = sum(count for status, count in counts.items() if status >= 500)
        if server_errors:
            problems.append(f"{scenario.label}: {server_errors} answers were 5xx")
    answered = sum(sum(counts.values()) for counts in tally.statuses.values())
    print(f"  {answered:,} answers, warm-ups included: {'as expected' if not problems else 'NOT as expected'}")
    if tally.socket_errors:
        print(f"  wrk socket errors: {dict(tally.socket_errors)}")
    return problems


def parse_connections(value: str) -> list[int]:
    counts = [int(part) for part in value.split(",") if part.strip()]
    if not counts or any(count < WRK_THREADS for count in counts):
        raise argparse.ArgumentTypeError(f"give connection counts of at least {WRK_THREADS}, like 8,32")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--duration", type=int, default=5, help="seconds of measured load per endpoint")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of unmeasured load before each")
    parser.add_argument("--rounds", type=int, default=3, help="measured runs of each row, taken in turn")
    parser.add_argument("--connections", type=parse_connections, default=[8, 32], help="e.g. 8,32")
    parser.add_argument(
        "--only", type=lambda value: set(value.split(",")), help="rows to load, by key, e.g. submit,bare"
    )
    parser.add_argument("--small-member", type=int, default=20, help="reports of the small member")
    parser.add_argument("--large-member", type=int, default=2000, help="reports of the large member")
    parser.add_argument("--small-queue", type=int, default=100, help="reports awaiting the small officer")
    parser.add_argument("--large-queue", type=int, default=10_000, help="reports awaiting the large officer")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url postgresql://user@host:port/db (or set BENCH_DATABASE_URL)")
    if shutil.which("wrk") is None:
        raise BenchError("wrk is not on PATH. Install it: apt-get install -y wrk (Debian/Ubuntu), brew install wrk")
    sizes = {name: getattr(args, name) for name in ("small_member", "large_member", "small_queue", "large_queue")}

    # SIGTERM unwinds like Ctrl+C, so the servers are stopped and the database dropped either way.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with contextlib.ExitStack() as cleanup:
        work = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="request-cost-")))
        database_url, drop = fresh_database(args.database_url)
        cleanup.callback(drop)
        app_port, bare_port = free_port(), free_port()
        env = server_environment(database_url, app_port)
        os.environ.update({name: value for name, value in env.items() if not name.startswith("GUNICORN_")})
        # Without a handler of ours, the production app logs every INFO line to this terminal.
        logging.basicConfig(level=logging.WARNING)
        app = create_app()
        print(f"database {sa.make_url(database_url).database}: migrating and seeding {sizes}")
        started = time.perf_counter()
        with app.app_context():
            upgrade()
            world = seed(sizes)
            screen_sightings(world.force_id)
            bare_app.db.metadata.create_all(db.engine)
        print(f"  seeded in {time.perf_counter() - started:.1f} s")

        servers = {
            "app": Server("app", "wsgi:app", app_port, env, work),
            "bare": Server("bare", "bench.bare_app:create_app()", bare_port, env, work),
        }
        for server in servers.values():
            cleanup.callback(server.stop)
        for server in servers.values():
            server.wait_until_answering()
        world.small_officer.cookie = sign_in(app_port, world.small_officer.email)
        world.large_officer.cookie = sign_in(app_port, world.large_officer.email)
        rows = [row for row in scenarios(world) if not args.only or row.key in args.only]

        bare = bare_app.create_app(database_url)
        statements = {}
        for scenario in rows:
            statements[scenario.key] = statements_per_request(
                bare if scenario.server == "bare" else app, scenario, world.scheme_id
            )
        with app.app_context():
            first_report_id = db.session.scalar(sa.text("SELECT nextval(pg_get_serial_sequence('watch_report', 'id'))"))
            first_bare_id = db.session.scalar(
                sa.text("SELECT nextval(pg_get_serial_sequence('bench_bare_insert', 'id'))")
            )
            db.session.rollback()

        classes = ", ".join(f"{server.name} {server.worker_class()}" for server in servers.values())
        print(
            f"gunicorn -c gunicorn.conf.py, {WORKERS} workers each ({classes}); "
            f"wrk {WRK_THREADS} threads, {args.warmup} s warm-up + {args.duration} s per row"
        )
        tally, rounds = load(rows, servers, args, world.scheme_id, work)
        results = {key: median_run(runs) for key, runs in rounds.items()}

        print()
        print_table(rows, results, statements, args.connections)
        print(
            "SQL: statements one request sends through SQLAlchemy (in process, the second of two; not counting\n"
            "BEGIN/COMMIT or the pool's ping); KB: the answer's body. The report list shows 20 a page; the\n"
            f"queue page and API {QUEUE_PAGE} items a page."
        )
        print_ratios(results, rounds, args.connections)

        for server in servers.values():
            server.wait_until_idle()
        print("\nchecks after the load:")
        problems = check_answers(rows, tally) + check_targets(results, rounds, args.connections)
        with app.app_context():
            problems += check_submissions(world, first_report_id, first_bare_id, tally)
            db.session.remove()
            db.engine.dispose()
        with bare.app_context():
            bare_app.db.engine.dispose()
        if not audit_verify(env):
            problems.append("flask audit verify failed")
        for server in servers.values():
            errors = server.log_errors()
            if errors:
                print(f"  {server.name} log has {len(errors)} error lines, e.g. {errors[0][:200]}")
        for problem in problems:
            print(f"  FAILED: {problem}")
        print("  all checks passed" if not problems else f"  {len(problems)} checks failed")
        return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"request_cost: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("request_cost: interrupted; servers stopped and the database dropped", file=sys.stderr)
        sys.exit(130)
