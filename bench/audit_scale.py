"""The audit trail at national scale: how fast `flask audit verify` walks ten million keyed events,
and how fast the admins' audit explorer answers a filtered page on them.

    .venv/bin/python bench/audit_scale.py --database-url postgresql://postgres@127.0.0.1:5432/postgres \
        [--events 10000000] [--repeat 21] [--skip-verify]

It works in a fresh database beside the one named (dropped at the end), built by the migrations,
with production settings (an AUDIT_KEY of its own). One force's chain gets all the events, each
with its real HMAC-SHA-256 and link, computed in Python and loaded with COPY (the indexes are
built after the load, as a restore would); actions, people (3,000), subjects, areas (40) and
kinds of scheme are drawn at random over three years, with one action rare (one event in 10,000).
It prints:

* verification: `audit.verify()` over every event (server-side cursor), events/s;
* the explorer: for each filter of FILTERS, --repeat runs each on a different value (another
  person, area, day ...), the query time of `audit_explorer.page_of` and the whole page rendered
  through the app's test client signed in as the force's admin: median and p95 (target: the
  page under 100 ms).
"""

import argparse
import contextlib
import json
import logging
import os
import random
import secrets
import signal
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

from audit_chain import fresh_database  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from volunteers import audit, create_app  # noqa: E402
from volunteers.admin import audit_explorer  # noqa: E402
from volunteers.auth import second_factor, sessions  # noqa: E402
from volunteers.db_types import utcnow  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.models import Area, AuditEvent, Force, ForceAdmin, User  # noqa: E402
from volunteers.registry import registries  # noqa: E402

BASE_URL = "https://volunteers.bench.test"
AREAS = 40
PEOPLE = 3000
SUBJECTS_PER_TYPE = 200_000
YEARS = 3
RARE_ACTION = "user.second_factor_reset"
RARE_SHARE = 1 / 10_000
PAGE_TARGET_MS = 100
COPY_COLUMNS = (
    "id, chain, seq, occurred_at, actor_id, actor_name, action, subject_type, subject_id, force_id, "
    'reason, "before", "after", previous_hash, hash, key_id, area_id, scheme_kind'
)


class BenchError(RuntimeError):
    """The benchmark cannot run or its answer is wrong."""


class Event:
    """One generated event, with the attributes `audit.mac_of` reads."""

    __slots__ = (
        "chain",
        "seq",
        "occurred_at",
        "actor_id",
        "actor_name",
        "action",
        "subject_type",
        "subject_id",
        "force_id",
        "reason",
        "before",
        "after",
        "previous_hash",
        "key_id",
        "area_id",
        "scheme_kind",
    )


@dataclass
class World:
    force_id: int
    admin_id: int
    area_ids: list[int]
    actor_ids: list[int]
    subject_types: list[str]
    actions: list[str]
    started: datetime
    step: timedelta
    events: int


def seed_people(slug: str) -> tuple[Force, list[Area], User, list[int]]:
    force = Force(name=f"{slug.title()} Constabulary", slug=slug)
    areas = [Area(force=force, name=f"Area {number}", slug=f"area-{number}") for number in range(AREAS)]
    admin = User(email="admin@bench.test", name="Bench Admin", date_of_birth=date(1975, 1, 1))
    admin.totp_secret = second_factor.encrypt(second_factor.new_secret())
    admin.totp_enrolled_at = utcnow()
    db.session.add_all([force, *areas, admin])
    db.session.flush()
    db.session.add(ForceAdmin(user_id=admin.id, force_id=force.id))
    db.session.execute(
        sa.insert(User),
        [
            {"email": f"person{number}@bench.test", "name": f"Person {number}", "date_of_birth": date(1980, 1, 1)}
            for number in range(PEOPLE)
        ],
    )
    db.session.commit()
    actor_ids = list(db.session.scalars(sa.select(User.id).where(User.id != admin.id).order_by(User.id)))
    db.session.commit()
    return force, areas, admin, actor_ids


def seed_world(events: int, slug: str = "national") -> World:
    """The force, its areas and people, and the plan for `events` events in its chain."""
    force, areas, admin, actor_ids = seed_people(slug)
    actions = sorted(name for name in registries().audit_actions.names() if name != RARE_ACTION)
    return World(
        force_id=force.id,
        admin_id=admin.id,
        area_ids=[area.id for area in areas],
        actor_ids=actor_ids,
        subject_types=sorted(registries().audit_subjects.names()),
        actions=actions,
        started=datetime(2024, 1, 1, tzinfo=UTC),
        step=timedelta(days=365 * YEARS) / events,
        events=events,
    )


def drop_indexes() -> list[sa.Index]:
    """Drop audit_event's indexes before a bulk load (building them after is much faster)."""
    indexes = list(AuditEvent.__table__.indexes)
    with db.engine.begin() as connection:
        for index in indexes:
            connection.execute(sa.text(f'DROP INDEX "{index.name}"'))
    return indexes


def build_indexes(indexes: list[sa.Index]) -> None:
    """Build the indexes again and point each chain's head at its newest event (what `audit.record`
    links the next one to), then VACUUM so the visibility map lets counts be index-only, as
    autovacuum keeps it on an append-only table in production."""
    with db.engine.begin() as connection:
        connection.execute(sa.text("SELECT setval('audit_event_id_seq', (SELECT max(id) FROM audit_event))"))
        connection.execute(sa.text("SET maintenance_work_mem = '1GB'"))
        for index in indexes:
            index.create(connection)
        connection.execute(
            sa.text(
                "INSERT INTO audit_chain_head (chain, seq, hash) "
                "SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_event ORDER BY chain, seq DESC "
                "ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"
            )
        )
    db.session.remove()
    db.engine.dispose()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE audit_event"))
        visible, pages = connection.execute(
            sa.text("SELECT relallvisible, relpages FROM pg_class WHERE relname = 'audit_event'")
        ).one()
    print(f"  after VACUUM: {visible:,} of {pages:,} pages all-visible")


def seed_events(world: World, key_id: str, secret: str) -> float:
    """COPY the chain in, each event with its MAC; build the indexes after; return the seconds taken."""
    started = time.perf_counter()
    indexes = drop_indexes()
    kinds = registries().audit_subject_kinds
    rng = random.Random(7)
    previous = audit.GENESIS_HASH
    event = Event()
    event.chain = event.force_id = world.force_id
    event.key_id, event.previous_hash = key_id, previous
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY audit_event ({COPY_COLUMNS}) FROM STDIN") as copy:
            for seq in range(1, world.events + 1):
                event.seq = seq
                event.occurred_at = world.started + world.step * seq
                event.action = RARE_ACTION if rng.random() < RARE_SHARE else rng.choice(world.actions)
                event.subject_type = rng.choice(world.subject_types)
                event.subject_id = str(rng.randint(1, SUBJECTS_PER_TYPE))
                kind = kinds.get(event.subject_type)
                event.scheme_kind = kind.value if kind is not None else None
                event.area_id = rng.choice(world.area_ids)
                if rng.random() < 0.1:
                    event.actor_id = event.actor_name = None
                else:
                    event.actor_id = rng.choice(world.actor_ids)
                    event.actor_name = f"Person {event.actor_id}"
                event.reason = "" if rng.random() < 0.7 else f"Reason {seq}"
                event.before = {} if rng.random() < 0.5 else {"status": "applied"}
                event.after = {"status": "active"} if event.before else {}
                event.previous_hash = previous
                previous = audit.mac_of(event, secret)
                copy.write_row(
                    (
                        seq,
                        event.chain,
                        seq,
                        event.occurred_at,
                        event.actor_id,
                        event.actor_name,
                        event.action,
                        event.subject_type,
                        event.subject_id,
                        event.force_id,
                        event.reason,
                        json.dumps(event.before),
                        json.dumps(event.after),
                        event.previous_hash,
                        previous,
                        key_id,
                        event.area_id,
                        event.scheme_kind,
                    )
                )
                if seq % 1_000_000 == 0:
                    print(f"    {seq:,} events ({time.perf_counter() - started:.0f} s)", flush=True)
        raw.commit()
    finally:
        raw.close()
    build_indexes(indexes)
    return time.perf_counter() - started


UNSIGNED_SEED = sa.text(
    """
    INSERT INTO audit_event (id, chain, seq, occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                             force_id, reason, "before", "after", previous_hash, hash, key_id, area_id, scheme_kind)
    SELECT n, :force, n, :started + make_interval(secs => :step * n),
           CASE WHEN r_actor < 0.1 THEN NULL ELSE (CAST(:actors AS int[]))[1 + floor(r_who * :actor_count)::int] END,
           NULL,
           CASE WHEN r_rare < :rare_share THEN :rare_action
                ELSE (CAST(:actions AS text[]))[1 + floor(r_action * :action_count)::int] END,
           (CAST(:types AS text[]))[1 + t], (1 + floor(r_subject * :subjects)::int)::text, :force, '', '{}', '{}',
           repeat('0', 64), repeat('0', 64), NULL,
           (CAST(:areas AS int[]))[1 + floor(r_area * :area_count)::int], (CAST(:kinds AS text[]))[1 + t]
    FROM (SELECT n, random() AS r_actor, random() AS r_who, random() AS r_rare, random() AS r_action,
                 floor(random() * :type_count)::int AS t, random() AS r_subject, random() AS r_area
          FROM generate_series(1, :events) AS n) AS drawn
    """
)


def seed_unsigned_events(world: World) -> float:
    """The same events drawn in SQL with generate_series, without MACs: for timing the explorer only."""
    started = time.perf_counter()
    indexes = drop_indexes()
    kinds = registries().audit_subject_kinds
    with db.engine.begin() as connection:
        connection.execute(
            UNSIGNED_SEED,
            {
                "force": world.force_id,
                "started": world.started,
                "step": world.step.total_seconds(),
                "actors": world.actor_ids,
                "actor_count": len(world.actor_ids),
                "rare_share": RARE_SHARE,
                "rare_action": RARE_ACTION,
                "actions": world.actions,
                "action_count": len(world.actions),
                "types": world.subject_types,
                "type_count": len(world.subject_types),
                "kinds": [kind.value if (kind := kinds.get(name)) else None for name in world.subject_types],
                "subjects": SUBJECTS_PER_TYPE,
                "areas": world.area_ids,
                "area_count": len(world.area_ids),
                "events": world.events,
            },
        )
    print(f"    {world.events:,} events drawn ({time.perf_counter() - started:.0f} s)", flush=True)
    build_indexes(indexes)
    return time.perf_counter() - started


def _day(world: World, rng: random.Random) -> tuple[datetime, datetime]:
    start = world.started + timedelta(days=rng.randint(0, 365 * YEARS - 2))
    return start, start + timedelta(days=1)


# What the admin asks the explorer, each drawn afresh for every run: (name, filters, older page?).
FILTERS: list[tuple[str, Callable[[World, random.Random], dict]]] = [
    ("no filter", lambda world, rng: {}),
    ("one action", lambda world, rng: {"action": rng.choice(world.actions)}),
    ("a rare action", lambda world, rng: {"action": RARE_ACTION}),
    ("one person", lambda world, rng: {"actor_id": rng.choice(world.actor_ids)}),
    ("kind of object", lambda world, rng: {"subject_type": rng.choice(world.subject_types)}),
    (
        "one object",
        lambda world, rng: {
            "subject_type": rng.choice(world.subject_types),
            "subject_id": str(rng.randint(1, SUBJECTS_PER_TYPE)),
        },
    ),
    ("one area", lambda world, rng: {"area_id": rng.choice(world.area_ids)}),
    ("kind of scheme", lambda world, rng: {"scheme_kind": rng.choice(["watch", "speedwatch", "youth"])}),
    ("one day", lambda world, rng: dict(zip(("since", "until"), _day(world, rng), strict=True))),
    (
        "one day, one action",
        lambda world, rng: {
            **dict(zip(("since", "until"), _day(world, rng), strict=True)),
            "action": rng.choice(world.actions),
        },
    ),
    ("area and kind", lambda world, rng: {"area_id": rng.choice(world.area_ids), "scheme_kind": "speedwatch"}),
    (
        "person and action",
        lambda world, rng: {"actor_id": rng.choice(world.actor_ids), "action": rng.choice(world.actions)},
    ),
]


def _query_string(world: World, filters: dict) -> dict:
    """The page's address for the same filters, as the form sends them."""
    args = {}
    for name in ("since", "until"):
        if name in filters:
            day = filters[name].date() - (timedelta(days=1) if name == "until" else timedelta())
            args.update({f"{name}-day": day.day, f"{name}-month": day.month, f"{name}-year": day.year})
    if "actor_id" in filters:
        args["who"] = f"person{filters['actor_id'] - world.actor_ids[0]}@bench.test"
    if "area_id" in filters:
        args["area"] = filters["area_id"]
    for name in ("action", "subject_type", "subject_id", "scheme_kind"):
        if name in filters:
            args[name] = filters[name]
    return args


def signed_in_client(app, world: World):
    client = app.test_client()
    with app.app_context():
        admin = db.session.get(User, world.admin_id)
        admin.session_token = sessions.open_session(admin)
        user_id = admin.get_id()
        db.session.commit()
    with client.session_transaction(base_url=BASE_URL) as cookie:
        cookie["_user_id"] = user_id
        cookie["_fresh"] = True
    return client


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_explorer(app, world: World, repeat: int) -> list[tuple[str, float, float, float, float]]:
    client = signed_in_client(app, world)
    results = []
    for name, draw in FILTERS:
        rng = random.Random(name)
        queries, pages = [], []
        for run in range(repeat + 1):
            filters = draw(world, rng)
            with app.app_context():
                started = time.perf_counter()
                audit_explorer.page_of(world.force_id, audit_explorer.AuditFilters(**filters))
                elapsed = time.perf_counter() - started
            started = time.perf_counter()
            response = client.get(
                f"/admin/forces/{world.force_id}/audit", query_string=_query_string(world, filters), base_url=BASE_URL
            )
            page_elapsed = time.perf_counter() - started
            if response.status_code != 200 or b"There is a problem" in response.data:
                raise BenchError(f"the audit page answered {response.status_code} for {name}: {response.text[:300]}")
            if run:  # the first run warms the caches
                queries.append(elapsed * 1000)
                pages.append(page_elapsed * 1000)
        results.append(
            (
                name,
                statistics.median(queries),
                percentile(queries, 0.95),
                statistics.median(pages),
                percentile(pages, 0.95),
            )
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--events", type=int, default=10_000_000, help="events in the force's chain")
    parser.add_argument("--repeat", type=int, default=21, help="timed runs of each explorer filter")
    parser.add_argument("--skip-verify", action="store_true", help="time the explorer only")
    parser.add_argument("--keep", action="store_true", help="leave the database for a look afterwards")
    parser.add_argument(
        "--unsigned",
        action="store_true",
        help="draw the events in SQL (generate_series) without MACs, much faster: the explorer only, no verify",
    )
    args = parser.parse_args()
    if not args.database_url or not args.database_url.startswith(("postgres://", "postgresql")):
        parser.error("give --database-url postgresql://user@host:port/db (or set BENCH_DATABASE_URL)")

    signal.signal(signal.SIGTERM, signal.default_int_handler)
    logging.basicConfig(level=logging.WARNING)
    with contextlib.ExitStack() as cleanup:
        database_url, drop = fresh_database(args.database_url)
        if args.keep:
            print(f"keeping the database: {database_url}")
        else:
            cleanup.callback(drop)
        key_id, secret = "bench", secrets.token_hex(32)
        os.environ.update(
            {
                "VOLUNTEERS_ENV": "production",
                "SECRET_KEY": secrets.token_hex(32),
                "AUDIT_KEY": secret,
                "AUDIT_KEY_ID": key_id,
                "DATABASE_URL": database_url,
                "MAIL_SERVER": "127.0.0.1",
                "MAIL_DEFAULT_SENDER": "volunteers@bench.test",
                "PUBLIC_BASE_URL": BASE_URL,
                "MAIL_DELIVERY": "worker",
                "RATELIMIT_STORAGE_URI": "memory://",
            }
        )
        app = create_app()
        with app.app_context():
            upgrade()
            world = seed_world(args.events)
            signed = "unsigned" if args.unsigned else "keyed"
            print(f"seeding {args.events:,} {signed} events in one force's chain ...", flush=True)
            seconds = seed_unsigned_events(world) if args.unsigned else seed_events(world, key_id, secret)
            size = db.session.scalar(sa.text("SELECT pg_total_relation_size('audit_event')"))
            print(f"  seeded in {seconds:.0f} s; {size / args.events:.0f} bytes an event on disk, indexes included")

            if not (args.skip_verify or args.unsigned):
                started = time.perf_counter()
                found = audit.verify()
                verified = time.perf_counter() - started
                if found.broken is not None or found.events != args.events:
                    raise BenchError(f"verification found {found.events:,} events and {found.broken}")
                print(
                    f"\nflask audit verify: {found.events / verified:,.0f} events/s "
                    f"({verified:.0f} s for {found.events:,} events)"
                )
            db.session.remove()

        print(f"\nthe audit explorer on {args.events:,} events, {args.repeat} runs each (ms):")
        print(f"  {'filter':<20} {'query median':>12} {'p95':>7} {'page median':>12} {'p95':>7}")
        slow = []
        for name, query_median, query_p95, page_median, page_p95 in time_explorer(app, world, args.repeat):
            mark = "ok" if page_p95 < PAGE_TARGET_MS else "SLOW"
            print(f"  {name:<20} {query_median:12.1f} {query_p95:7.1f} {page_median:12.1f} {page_p95:7.1f}  {mark}")
            if page_p95 >= PAGE_TARGET_MS:
                slow.append(name)
        print(f"\ntarget: the whole page under {PAGE_TARGET_MS} ms at p95; " + (f"SLOW: {slow}" if slow else "all met"))
        with app.app_context():
            db.engine.dispose()
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
