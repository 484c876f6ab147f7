"""Community Speed Watch at national scale: bulk import against COPY, and the officers' reads on a
table of ten million sightings.

    .venv/bin/python bench/speedwatch_scale.py --database-url postgresql://postgres@127.0.0.1:5432/postgres \
        [--sightings 10000000] [--sites 1200] [--import-rows 500000] [--repeat 11]

It creates a database of its own on that server (bench_speedwatch, dropped at the end, also on
Ctrl+C; --keep leaves it), builds the schema with the migrations as the tests do, and seeds a
force with 1,200 sites over 20 areas, sessions over the last 400 days and the sightings in them
with `generate_series` (not the ORM), plates drawn so that some recur, then the tallies from
the sightings in one INSERT ... SELECT ... GROUP BY, then VACUUM ANALYZE. It prints, from one run:

* bulk import: a generated CSV of --import-rows rows from a previous system (one in 80 below the
  threshold) run through `flask speedwatch import` (the CLI's code path, in process), then the
  same rows COPYed into the same table; both rates and the ratio import / COPY (target at least 0.25);
* the reads, each the median of --repeat runs after a warm-up, each on a different session:
  a session's plate history (`escalation.plate_history`, target under 50 ms), the officer's review
  page rendered by the app through its test client, signed in as the area's officer (under 50 ms),
  and site statistics (under 200 ms): each is one entry of READS;
* bytes per sighting on disk, indexes included (target under 200).
"""

import argparse
import contextlib
import csv
import logging
import math
import os
import random
import secrets
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from volunteers import create_app  # noqa: E402
from volunteers.auth import second_factor, sessions  # noqa: E402
from volunteers.config import database_uri  # noqa: E402
from volunteers.db_types import utcnow  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.models import (  # noqa: E402
    Area,
    Force,
    Membership,
    MembershipRole,
    MembershipStatus,
    OfficerAssignment,
    Scheme,
    SchemeKind,
    User,
)
from volunteers.speedwatch import escalation, importer, queries  # noqa: E402
from volunteers.speedwatch.models import SessionStatus, Site, SiteStatus, SpeedwatchSession  # noqa: E402
from volunteers.speedwatch.statistics import site_statistics  # noqa: E402

DATABASE = "bench_speedwatch"
AREAS = 20
BASE_URL = "https://volunteers.bench.test"
# Plates are drawn evenly from half as many as there are sightings: most plates are seen once or
# twice a year, some several times, as a force's records show.
PLATES_PER_SIGHTING = 0.5
REVIEWED_SIGHTINGS = 40
HISTORY_DAYS = 400
MAKES = ["Ford", "Vauxhall", "Volkswagen", "BMW", "Audi", "Toyota", "Nissan", "Kia", "Peugeot", "Honda"]
COLOURS = ["black", "white", "silver", "grey", "blue", "red", "green"]
DIRECTIONS = ["north", "south", "east", "west"]
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"

TARGETS = {"import": 0.25, "plate history": 50.0, "review page": 50.0, "site statistics": 200.0, "bytes": 200.0}


class BenchError(RuntimeError):
    """Something the benchmark needs is missing; the message says what to do."""


# --- The database -------------------------------------------------------------------------------


def fresh_database(server_url: str) -> tuple[str, Callable[[], None]]:
    """Create bench_speedwatch (dropping one left by an earlier run); return its URL and a drop."""
    server = sa.make_url(database_uri(server_url))
    if not server.drivername.startswith("postgresql"):
        raise BenchError(f"--database-url must be a PostgreSQL URL, not {server.drivername}")
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{DATABASE}"'))
    except sa.exc.OperationalError as error:
        admin.dispose()
        raise BenchError(f"PostgreSQL did not answer at {server.render_as_string()}: {error.orig}") from None

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        admin.dispose()

    return server.set(database=DATABASE).render_as_string(hide_password=False), drop


# --- Seeding ------------------------------------------------------------------------------------


# A plate from a number: two letters, two digits, three letters ("AB12CDE"); the seed builds the same in SQL.
def plate(n: int) -> str:
    pick = lambda k: LETTERS[k % 24]  # noqa: E731
    return f"{pick(n)}{pick(n // 24)}{n // 576 % 100:02d}{pick(n // 57600)}{pick(n // 1382400)}{pick(n * 7)}"


def plate_pool(sightings: int) -> int:
    return max(1000, int(sightings * PLATES_PER_SIGHTING))


@dataclass
class World:
    force_id: int
    officer_id: int
    review_session_ids: list[int]
    site_ids: list[int]
    sightings: int


def seed_people(site_count: int) -> tuple[Force, list[Site], User]:
    """A force, its areas and schemes, their sites (through the ORM: a thousand rows), and an officer."""
    force = Force(name="National Constabulary", slug="national")
    areas = [Area(force=force, name=f"Area {number}", slug=f"area-{number}") for number in range(AREAS)]
    schemes = [Scheme(area=area, kind=SchemeKind.SPEEDWATCH, name=f"{area.name} Speed Watch") for area in areas]
    coordinator = User(email="coordinator@bench.test", name="Coordinator", date_of_birth=date(1970, 1, 1))
    officer = User(email="officer@bench.test", name="Officer", date_of_birth=date(1980, 1, 1))
    officer.totp_secret = second_factor.encrypt(second_factor.new_secret())
    officer.totp_enrolled_at = utcnow()
    db.session.add_all([force, *areas, *schemes, coordinator, officer])
    db.session.add(OfficerAssignment(user=officer, area=areas[0]))
    for scheme in schemes:
        db.session.add(
            Membership(
                user=coordinator,
                scheme=scheme,
                status=MembershipStatus.ACTIVE,
                role=MembershipRole.COORDINATOR,
                activated_at=utcnow(),
            )
        )
    db.session.flush()
    sites = [
        Site(
            scheme_id=schemes[number % AREAS].id,
            area_id=schemes[number % AREAS].area_id,
            name=f"Site {number}",
            road=f"Road {number}",
            speed_limit=(20, 30, 30, 40)[number % 4],
            latitude=52.0 + number / 10_000,
            longitude=-1.0,
            status=SiteStatus.APPROVED,
            approved_until=date.today() + timedelta(days=200),
            proposed_by_id=coordinator.id,
        )
        for number in range(site_count)
    ]
    db.session.add_all(sites)
    db.session.commit()
    return force, sites, officer


def seed_sightings(per_site: int, per_session: int, pool: int) -> None:
    """Sessions at every site over the last 400 days, and their sightings, in SQL; the sightings'
    secondary indexes are built after the load, as a restore would."""
    run = db.session.execute
    run(
        sa.text(
            """
            INSERT INTO speedwatch_session (force_id, scheme_id, area_id, site_id, starts_at, ends_at, speed_limit,
                threshold, status, imported, sighting_count, booked_at, cancelled_reason)
            SELECT sc.area_id_force, si.scheme_id, si.area_id, si.id, t.starts, t.starts + interval '90 minutes',
                si.speed_limit, (si.speed_limit * 110 + 299) / 100, 'reviewed', false, :per_session, t.starts, ''
            FROM speedwatch_site si
            JOIN (SELECT s.id, a.force_id AS area_id_force FROM scheme s JOIN area a ON a.id = s.area_id) sc
              ON sc.id = si.scheme_id
            CROSS JOIN generate_series(1, :per_site) AS n
            CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - make_interval(days => (n * :days / :per_site)::int)
                + make_interval(hours => 8 + ((si.id + n) % 8)) AS starts) AS t
            """
        ),
        {"per_site": per_site, "per_session": per_session, "days": HISTORY_DAYS},
    )
    run(sa.text("DROP INDEX ix_speedwatch_sighting_session"))
    run(sa.text("DROP INDEX ix_speedwatch_sighting_plate"))
    run(
        sa.text(
            """
            INSERT INTO speedwatch_sighting (observed_at, session_id, speed, registration, make, model, colour,
                direction, status)
            SELECT s.starts_at + make_interval(secs => k * 5400.0 / :per_session), s.id,
                s.threshold + (k * 7 + s.id) % 20,
                substr(:letters, 1 + (p.n % 24)::int, 1) || substr(:letters, 1 + (p.n / 24 % 24)::int, 1)
                || lpad((p.n / 576 % 100)::text, 2, '0')
                || substr(:letters, 1 + (p.n / 57600 % 24)::int, 1)
                || substr(:letters, 1 + (p.n / 1382400 % 24)::int, 1) || substr(:letters, 1 + (p.n * 7 % 24)::int, 1),
                (CAST(:makes AS text[]))[1 + (p.n % 10)], CASE WHEN k % 3 = 0 THEN NULL ELSE 'Model ' || (p.n % 7) END,
                (CAST(:colours AS text[]))[1 + (p.n / 10 % 7)], (CAST(:directions AS text[]))[1 + (k % 4)],
                CASE WHEN (k + s.id) % 33 = 0 THEN 'rejected' ELSE 'accepted' END
            FROM speedwatch_session s
            CROSS JOIN generate_series(1, :per_session) AS k
            CROSS JOIN LATERAL (SELECT floor(:pool * random())::bigint + k * 0 + s.id * 0 AS n) AS p
            """
        ),
        {
            "per_session": per_session,
            "pool": pool,
            "letters": LETTERS,
            "makes": MAKES,
            "colours": COLOURS,
            "directions": DIRECTIONS,
        },
    )
    run(sa.text("CREATE INDEX ix_speedwatch_sighting_session ON speedwatch_sighting (session_id)"))
    run(sa.text("CREATE INDEX ix_speedwatch_sighting_plate ON speedwatch_sighting (registration, observed_at)"))
    # The statistics read tallies: counted from the sightings in one statement, repeats included.
    run(
        sa.text(
            """
            INSERT INTO speedwatch_tally (session_id, weekday, hour, band, site_id, vehicles, repeats, top_speed)
            SELECT session_id, extract(isodow FROM local)::int, extract(hour FROM local)::int, speed - speed % 5,
                site_id, count(*), count(*) FILTER (WHERE earlier > 1), max(speed)
            FROM (
                SELECT g.session_id, g.speed, ss.site_id, g.observed_at AT TIME ZONE 'Europe/London' AS local,
                    count(*) OVER (PARTITION BY g.registration ORDER BY g.observed_at
                                   RANGE BETWEEN interval '365 days' PRECEDING AND CURRENT ROW) AS earlier
                FROM speedwatch_sighting g JOIN speedwatch_session ss ON ss.id = g.session_id
                WHERE g.status = 'accepted'
            ) AS accepted
            GROUP BY 1, 2, 3, 4, 5
            """
        )
    )
    db.session.commit()


def seed_reviews(force: Force, sites: list[Site], count: int, pool: int) -> list[int]:
    """Submitted sessions awaiting the officer, each with sightings of plates seen before elsewhere."""
    area_sites = [site for site in sites if site.area_id == sites[0].area_id][:count]
    ids = []
    rng = random.Random(7)
    for number, site in enumerate(area_sites):
        starts = utcnow().replace(microsecond=0) - timedelta(days=1, hours=number)
        session = SpeedwatchSession(
            force_id=force.id,
            scheme_id=site.scheme_id,
            area_id=site.area_id,
            site_id=site.id,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=90),
            speed_limit=site.speed_limit,
            threshold=(site.speed_limit * 110 + 299) // 100,
            status=SessionStatus.SUBMITTED,
            submitted_at=starts + timedelta(minutes=95),
            sighting_count=REVIEWED_SIGHTINGS,
        )
        db.session.add(session)
        db.session.flush()
        cursor = db.session.connection().connection.driver_connection.cursor()
        with cursor.copy(
            "COPY speedwatch_sighting (observed_at, session_id, speed, registration, make, colour, status) FROM STDIN"
        ) as copy:
            for k in range(REVIEWED_SIGHTINGS):
                registration = plate(int(pool * rng.random()))
                copy.write_row(
                    (
                        starts + timedelta(minutes=2 * k),
                        session.id,
                        session.threshold + k % 9,
                        registration,
                        "Ford",
                        "red",
                        "recorded",
                    )
                )
        ids.append(session.id)
    db.session.commit()
    return ids


def seed(sightings: int, site_count: int, reviews: int) -> World:
    force, sites, officer = seed_people(site_count)
    per_session = 80
    per_site = max(1, math.ceil(sightings / (site_count * per_session)))
    pool = plate_pool(sightings)
    seed_sightings(per_site, per_session, pool)
    review_ids = seed_reviews(force, sites, reviews, pool)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE"))
    count = db.session.scalar(sa.text("SELECT count(*) FROM speedwatch_sighting"))
    return World(force.id, officer.id, review_ids, [site.id for site in sites], count)


# --- Import against COPY ------------------------------------------------------------------------


def previous_system_csv(path: Path, rows: int, site_ids: list[int], pool: int) -> None:
    """An export of a previous system: sites' sightings on days this year, one in 80 below the threshold."""
    rng = random.Random(11)
    today = date.today()
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(importer.COLUMNS)
        number = 0
        while number < rows:
            site_id, day = rng.choice(site_ids), today - timedelta(days=rng.randrange(30, 330))
            for k in range(min(80, rows - number)):
                speed = 48 + k % 20 if k != 40 else 12
                minute = 9 * 60 + k * 2
                writer.writerow(
                    (
                        site_id,
                        day.isoformat(),
                        f"{minute // 60:02d}:{minute % 60:02d}",
                        plate(int(pool * rng.random())),
                        MAKES[k % 10],
                        "" if k % 3 == 0 else f"Model {k % 7}",
                        COLOURS[k % 7],
                        speed,
                        DIRECTIONS[k % 4],
                    )
                )
            number += 80


def import_against_copy(app, path: Path) -> dict:
    """The CLI's import of the file, timed; then its stored rows COPYed again into the same table."""
    runner = app.test_cli_runner()
    started = time.perf_counter()
    result = runner.invoke(args=["speedwatch", "import", str(path)])
    imported_seconds = time.perf_counter() - started
    if result.exit_code != 0:
        raise BenchError(f"flask speedwatch import failed: {result.output[-2000:]}")
    summary = [line for line in result.output.splitlines() if " rows: " in line][0]
    columns = importer.SIGHTING_COLUMNS
    with app.app_context():
        raw = db.engine.raw_connection()
        try:
            cursor = raw.driver_connection.cursor()
            cursor.execute(
                f"SELECT {', '.join(columns)} FROM speedwatch_sighting WHERE session_id IN "  # noqa: S608
                "(SELECT id FROM speedwatch_session WHERE imported)"
            )
            stored = cursor.fetchall()
            cursor.execute(
                "DELETE FROM speedwatch_sighting WHERE session_id IN (SELECT id FROM speedwatch_session WHERE imported)"
            )
            raw.commit()
            raw.driver_connection.autocommit = True
            cursor.execute("VACUUM speedwatch_sighting")
            raw.driver_connection.autocommit = False
            started = time.perf_counter()
            with cursor.copy(f"COPY speedwatch_sighting ({', '.join(columns)}) FROM STDIN") as copy:
                for row in stored:
                    copy.write_row(row)
            raw.commit()
            copy_seconds = time.perf_counter() - started
        finally:
            raw.close()
    return {
        "summary": summary,
        "rows": len(stored),
        "import_seconds": imported_seconds,
        "copy_seconds": copy_seconds,
        "import_rate": len(stored) / imported_seconds,
        "copy_rate": len(stored) / copy_seconds,
    }


# --- The reads ----------------------------------------------------------------------------------


def plate_history_read(app, world: World) -> Callable[[int], None]:
    def read(session_id: int) -> None:
        with app.app_context():
            session = db.session.get(SpeedwatchSession, session_id)
            sightings = queries.sightings_in(session)
            since = min(sighting.observed_at for sighting in sightings) - timedelta(days=365)
            registrations = [sighting.registration for sighting in sightings]
            started = time.perf_counter()
            rows = escalation.plate_history(world.force_id, registrations, since)
            elapsed = time.perf_counter() - started
            if not rows:
                raise BenchError("the plate history found nothing: the seed's plates do not recur")
            read.elapsed = elapsed

    return read


def review_page_read(app, world: World) -> Callable[[int], None]:
    client = app.test_client()
    with app.app_context():
        officer = db.session.get(User, world.officer_id)
        officer.session_token = sessions.open_session(officer)
        user_id = officer.get_id()
        db.session.commit()
    with client.session_transaction(base_url=BASE_URL) as cookie:
        cookie["_user_id"] = user_id
        cookie["_fresh"] = True

    def read(session_id: int) -> None:
        started = time.perf_counter()
        response = client.get(f"/speedwatch/sessions/{session_id}/review", base_url=BASE_URL)
        read.elapsed = time.perf_counter() - started
        if response.status_code != 200 or b'name="decision-' not in response.data:
            raise BenchError(f"the review page answered {response.status_code}: {response.text[:300]}")

    return read


def site_statistics_read(app, world: World) -> Callable[[int], None]:
    """Every figure of a site's statistics page, from its tallies and reviewed sessions."""

    def read(session_id: int) -> None:
        with app.app_context():
            site = db.session.get(SpeedwatchSession, session_id).site
            started = time.perf_counter()
            site_statistics(site)
            read.elapsed = time.perf_counter() - started

    return read


# Each read the benchmark times: (name, target in ms, builder of a function of a session's id).
READS = [
    ("plate history", TARGETS["plate history"], plate_history_read),
    ("review page", TARGETS["review page"], review_page_read),
    ("site statistics", TARGETS["site statistics"], site_statistics_read),
]


def time_read(read: Callable[[int], None], session_ids: list[int], repeat: int) -> list[float]:
    read(session_ids[-1])  # warm-up: caches, compiled templates
    times = []
    for number in range(repeat):
        read(session_ids[number % (len(session_ids) - 1)])
        times.append(read.elapsed * 1000)
    return times


def bytes_per_sighting() -> tuple[float, int, int, int]:
    total, heap, count = db.session.execute(
        sa.text(
            "SELECT pg_total_relation_size('speedwatch_sighting'), pg_relation_size('speedwatch_sighting'), "
            "(SELECT count(*) FROM speedwatch_sighting)"
        )
    ).one()
    return total / count, total, heap, count


# --- Main ---------------------------------------------------------------------------------------


def verdict(good: bool) -> str:
    return "ok" if good else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--sightings", type=int, default=10_000_000, help="sightings seeded")
    parser.add_argument("--sites", type=int, default=1200, help="sites they are seen at")
    parser.add_argument("--import-rows", type=int, default=500_000, help="rows of the previous system's CSV")
    parser.add_argument("--repeat", type=int, default=11, help="timed runs of each read")
    parser.add_argument("--keep", action="store_true", help="leave the database for a look afterwards")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url postgresql://user@host:port/db (or set BENCH_DATABASE_URL)")

    signal.signal(signal.SIGTERM, signal.default_int_handler)
    failures = []
    with contextlib.ExitStack() as cleanup:
        work = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="speedwatch-scale-")))
        database_url, drop = fresh_database(args.database_url)
        if not args.keep:
            cleanup.callback(drop)
        logging.basicConfig(level=logging.WARNING)
        # Production settings, as the force runs the app; mail is left to a worker that is not started.
        os.environ.update(
            {
                "VOLUNTEERS_ENV": "production",
                "SECRET_KEY": secrets.token_hex(32),
                "AUDIT_KEY": secrets.token_hex(32),
                "DATABASE_URL": database_url,
                "MAIL_SERVER": "127.0.0.1",
                "MAIL_DEFAULT_SENDER": "volunteers@bench.test",
                "PUBLIC_BASE_URL": BASE_URL,
                "MAIL_DELIVERY": "worker",
                "RATELIMIT_STORAGE_URI": "memory://",
            }
        )
        app = create_app()
        print(f"database {DATABASE}: migrating, seeding {args.sightings:,} sightings at {args.sites:,} sites")
        started = time.perf_counter()
        with app.app_context():
            upgrade()
            world = seed(args.sightings, args.sites, max(3, min(args.repeat + 1, 40)))
            size = bytes_per_sighting()
        print(f"  seeded {world.sightings:,} sightings in {time.perf_counter() - started:.0f} s")

        path = work / "previous-system.csv"
        previous_system_csv(path, args.import_rows, world.site_ids, plate_pool(args.sightings))
        load = import_against_copy(app, path)
        ratio = load["import_rate"] / load["copy_rate"]
        print(f"\nbulk import of {args.import_rows:,} rows ({load['summary']})")
        print(
            f"  COPY of the same {load['rows']:,} rows: {load['copy_rate']:>10,.0f} rows/s "
            f"({load['copy_seconds']:.2f} s)"
        )
        print(f"  flask speedwatch import:       {load['import_rate']:>10,.0f} rows/s ({load['import_seconds']:.2f} s)")
        print(f"  import / COPY: {ratio:.2f} (target ≥ {TARGETS['import']}) {verdict(ratio >= TARGETS['import'])}")
        if ratio < TARGETS["import"]:
            failures.append("import")

        print(
            f"\nreads on {world.sightings:,} sightings, median of {args.repeat} (min – max), each a different session:"
        )
        for name, target, build in READS:
            read = build(app, world)
            times = time_read(read, world.review_session_ids, args.repeat)
            median = statistics.median(times)
            print(
                f"  {name:<16} {median:7.1f} ms ({min(times):.1f} – {max(times):.1f}), target < {target:.0f} ms "
                f"{verdict(median < target)}"
            )
            if median >= target:
                failures.append(name)

        per_row, total, heap, count = size
        print(
            f"\non disk: {per_row:.0f} bytes a sighting with its indexes (table {heap / count:.0f}, "
            f"indexes {(total - heap) / count:.0f}; {total / 2**20:,.0f} MiB for {count:,} rows), "
            f"target < {TARGETS['bytes']:.0f} {verdict(per_row < TARGETS['bytes'])}"
        )
        if per_row >= TARGETS["bytes"]:
            failures.append("bytes")
    if failures:
        print(f"\nmissed: {', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
