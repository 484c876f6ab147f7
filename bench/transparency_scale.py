"""The public transparency pages at national scale: the refresh of the published figures, then the
public area page, force page and stats API read from the summary table.

    .venv/bin/python bench/transparency_scale.py --database-url postgresql://postgres@127.0.0.1:5432/postgres \
        [--watch-schemes 65000] [--reports 1000000] [--sightings 10000000] [--forces 43] \
        [--areas-per-force 40] [--members-per-scheme 3] [--audit-events 10000000] [--repeat 100]

It creates a database of its own (bench_transparency, dropped at the end; --keep leaves it), builds
the schema with the migrations, and seeds with SQL (generate_series, no ORM for the big tables):
Speed Watch's national force, sites, sessions, ten million sightings and their tallies through
bench/speedwatch_scale.py's own seeding, letters for one accepted sighting in 40, then 43 forces
of areas, 65,000 Neighbourhood Watch schemes with active members and a million reports over the
last twelve months with their decisions, ten million audit events in one more force's chain
(bench/audit_scale.py's seeding, drawn in SQL without MACs: the pages never read them, but they
share the database), then VACUUM ANALYZE. It prints:

* the refresh (`flask transparency refresh`, in process): its time for every force, run twice (the
  second run replaces the first's rows with the same rows);
* the reads, anonymous, through the app's test client, each on a different area or force: the area
  page, the force page and the stats endpoint, median and 95th percentile of --repeat runs after a
  warm-up (target: p95 under 100 ms).
"""

import argparse
import contextlib
import logging
import math
import os
import secrets
import signal
import statistics
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))

import audit_scale  # noqa: E402 (its event seeding is reused, not copied)
import speedwatch_scale  # noqa: E402 (its seeding and database helpers are reused, not copied)
from flask_migrate import upgrade  # noqa: E402

from volunteers import create_app  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.transparency.models import PublicFigure  # noqa: E402

speedwatch_scale.DATABASE = "bench_transparency"
TARGET_P95_MS = 100.0
SPEEDWATCH_SITES = 1200


def seed_speedwatch(sightings: int) -> None:
    """Speed Watch's force, sites, sessions, sightings and tallies, as its own benchmark seeds them,
    then letters for one accepted sighting in forty, by stage."""
    speedwatch_scale.seed_people(SPEEDWATCH_SITES)
    per_session = 80
    per_site = max(1, math.ceil(sightings / (SPEEDWATCH_SITES * per_session)))
    speedwatch_scale.seed_sightings(per_site, per_session, speedwatch_scale.plate_pool(sightings))
    db.session.execute(
        sa.text(
            """
            INSERT INTO speedwatch_letter (reference, force_id, area_id, sighting_id, site_id, registration,
                observed_at, speed, speed_limit, stage, status, created_at, withdrawn_reason)
            SELECT 'B' || lpad(g.id::text, 11, '0'), s.force_id, s.area_id, g.id, s.site_id, g.registration,
                g.observed_at, g.speed, s.speed_limit,
                (ARRAY['advisory', 'advisory', 'warning', 'referral'])[1 + g.id % 4], 'sent', g.observed_at, ''
            FROM speedwatch_sighting g JOIN speedwatch_session s ON s.id = g.session_id
            WHERE g.status = 'accepted' AND g.id % 40 = 0
            """
        )
    )
    db.session.commit()


def seed_watch(forces: int, areas_per_force: int, schemes: int, members: int, reports: int) -> None:
    """Forces and their areas (the Speed Watch force's topped up), watch schemes spread over every
    area, their active members, and reports over the last twelve months, most of them decided."""
    run = db.session.execute
    run(
        sa.text(
            "INSERT INTO force (name, slug, settings, created_at) "
            "SELECT 'Force ' || n, 'force-' || n, '{}', now() FROM generate_series(2, :forces) AS n"
        ),
        {"forces": forces},
    )
    run(
        sa.text(
            """
            INSERT INTO area (force_id, name, slug, created_at)
            SELECT f.id, 'Ward ' || n, 'ward-' || n, now()
            FROM force f CROSS JOIN generate_series(1, :per_force) AS n
            WHERE n > (SELECT count(*) FROM area a WHERE a.force_id = f.id)
            """
        ),
        {"per_force": areas_per_force},
    )
    areas = db.session.scalar(sa.text("SELECT count(*) FROM area"))
    # Each join below is on an equality with a constant modulus, so PostgreSQL hashes it.
    run(
        sa.text(
            """
            INSERT INTO scheme (area_id, kind, name, description, accepts_interest, created_at)
            SELECT a.id, 'watch', 'Watch ' || n, '', true, now()
            FROM generate_series(1, :schemes) AS n
            JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM area) a ON a.k = n % :areas
            """
        ),
        {"schemes": schemes, "areas": areas},
    )
    run(
        sa.text(
            """
            INSERT INTO user_account (email, name, phone, locale, session_version, created_at)
            SELECT 'member' || n || '@bench.test', 'Member ' || n, '', 'en', 1, now()
            FROM generate_series(1, :people) AS n
            """
        ),
        {"people": schemes * members},
    )
    run(
        sa.text(
            """
            INSERT INTO membership (user_id, scheme_id, role, status, status_reason, status_changed_at, created_at,
                activated_at)
            SELECT u.id, s.id, 'member', 'active', '', now(), now(), now()
            FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM user_account
                  WHERE email LIKE 'member%@bench.test') u
            JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM scheme WHERE kind = 'watch') s
              ON s.k = u.k / :members
            """
        ),
        {"members": members},
    )
    run(
        sa.text(
            """
            INSERT INTO watch_report (scheme_id, area_id, reporter_id, category, occurred_at, location, map_point,
                description, police_reference, victim, repeat_victim_declared, victim_key, victim_report_count,
                repeat_victim_detected, repeat_victim_mark_reason, status, urgent, flag_count, version,
                submitted_at, updated_at, withdrawal_reason, decided_at)
            SELECT s.scheme_id, s.area_id, s.user_id, 'suspicious_activity', t.at - interval '1 hour', 'High Street',
                '', 'Two people were trying car door handles.', '', 'none', false, '', 1, false, '',
                (ARRAY['actioned', 'actioned', 'no_further_action', 'referred', 'rejected', 'submitted',
                       'needs_more_information', 'withdrawn'])[1 + n % 8],
                false, 0, 1, t.at, t.at, '',
                CASE WHEN n % 8 < 5 THEN t.at + make_interval(hours => (n * 7) % 240) END
            FROM generate_series(1, :reports) AS n
            JOIN (SELECT m.scheme_id, sc.area_id, m.user_id, row_number() OVER (ORDER BY m.id) - 1 AS k
                  FROM membership m JOIN scheme sc ON sc.id = m.scheme_id WHERE sc.kind = 'watch') s
              ON s.k = (n::bigint * 7919) % :reporters
            CROSS JOIN LATERAL (SELECT now() - make_interval(mins => (n * 37) % (360 * 24 * 60)) AS at) t
            """
        ),
        {"reports": reports, "reporters": schemes * members},
    )
    db.session.commit()


def _percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def time_reads(app, repeat: int) -> list[tuple[str, float, float]]:
    """The three public reads, anonymous, each on a different area (or force) of the national force's."""
    with app.app_context():
        places = db.session.execute(
            sa.text("SELECT f.slug, a.slug FROM area a JOIN force f ON f.id = a.force_id ORDER BY a.id")
        ).all()
        forces = [slug for (slug,) in db.session.execute(sa.text("SELECT slug FROM force ORDER BY id"))]
    client = app.test_client()
    reads = {
        "area page": lambda n: f"/transparency/{places[n % len(places)][0]}/{places[n % len(places)][1]}",
        "force page": lambda n: f"/transparency/{forces[n % len(forces)]}",
        "stats API": lambda n: (
            f"/api/v1/public/stats?force={places[n % len(places)][0]}&area={places[n % len(places)][1]}"
        ),
    }
    results = []
    for name, url in reads.items():
        client.get(url(0))  # warm-up: compiled templates, connections
        times = []
        for number in range(repeat):
            started = time.perf_counter()
            response = client.get(url(number * 97))
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise speedwatch_scale.BenchError(f"{name} answered {response.status_code}: {response.text[:300]}")
        results.append((name, statistics.median(times), _percentile(times, 0.95)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--watch-schemes", type=int, default=65_000)
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--sightings", type=int, default=10_000_000)
    parser.add_argument("--forces", type=int, default=43)
    parser.add_argument("--areas-per-force", type=int, default=40)
    parser.add_argument("--members-per-scheme", type=int, default=3)
    parser.add_argument(
        "--audit-events", type=int, default=10_000_000, help="audit events in one more force's chain (unsigned)"
    )
    parser.add_argument("--repeat", type=int, default=100, help="timed runs of each read")
    parser.add_argument("--keep", action="store_true", help="leave the database for a look afterwards")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url postgresql://user@host:port/db (or set BENCH_DATABASE_URL)")

    signal.signal(signal.SIGTERM, signal.default_int_handler)
    failures = []
    with contextlib.ExitStack() as cleanup:
        database_url, drop = speedwatch_scale.fresh_database(args.database_url)
        if not args.keep:
            cleanup.callback(drop)
        logging.basicConfig(level=logging.WARNING)
        os.environ.update(
            {
                "VOLUNTEERS_ENV": "production",
                "SECRET_KEY": secrets.token_hex(32),
                "AUDIT_KEY": secrets.token_hex(32),
                "DATABASE_URL": database_url,
                "MAIL_SERVER": "127.0.0.1",
                "MAIL_DEFAULT_SENDER": "volunteers@bench.test",
                "PUBLIC_BASE_URL": speedwatch_scale.BASE_URL,
                "MAIL_DELIVERY": "worker",
                "RATELIMIT_STORAGE_URI": "memory://",
            }
        )
        app = create_app()
        print(
            f"database {speedwatch_scale.DATABASE}: seeding {args.sightings:,} sightings, {args.watch_schemes:,} "
            f"watch schemes, {args.reports:,} reports over {args.forces} forces"
        )
        started = time.perf_counter()
        with app.app_context():
            upgrade()
            seed_speedwatch(args.sightings)
            seed_watch(args.forces, args.areas_per_force, args.watch_schemes, args.members_per_scheme, args.reports)
            if args.audit_events:
                audit_scale.seed_unsigned_events(audit_scale.seed_world(args.audit_events, slug="audited"))
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(sa.text("VACUUM ANALYZE"))
            counts = db.session.execute(
                sa.text(
                    "SELECT (SELECT count(*) FROM speedwatch_sighting), (SELECT count(*) FROM watch_report), "
                    "(SELECT count(*) FROM scheme WHERE kind = 'watch'), (SELECT count(*) FROM area), "
                    "(SELECT count(*) FROM membership), (SELECT count(*) FROM audit_event)"
                )
            ).one()
        print(
            f"  seeded {counts[0]:,} sightings, {counts[1]:,} reports, {counts[2]:,} watch schemes, {counts[3]:,} "
            f"areas, {counts[4]:,} memberships, {counts[5]:,} audit events in {time.perf_counter() - started:.0f} s"
        )

        runner = app.test_cli_runner()
        for attempt in ("first", "second"):
            started = time.perf_counter()
            result = runner.invoke(args=["transparency", "refresh"])
            seconds = time.perf_counter() - started
            if result.exit_code != 0:
                raise speedwatch_scale.BenchError(f"flask transparency refresh failed: {result.output[-2000:]}")
            with app.app_context():
                rows = db.session.query(PublicFigure).count()
            print(f"\nrefresh ({attempt} run), every force: {seconds:.1f} s, {rows:,} figures")
        with app.app_context():
            started = time.perf_counter()
            runner.invoke(args=["transparency", "refresh", "--force", "national"])
            print(f"  the Speed Watch force alone (its tallies and letters): {time.perf_counter() - started:.2f} s")

        print(f"\npublic reads, anonymous, {args.repeat} runs each on different places:")
        for name, median, p95 in time_reads(app, args.repeat):
            good = p95 < TARGET_P95_MS
            print(
                f"  {name:<11} median {median:6.1f} ms, p95 {p95:6.1f} ms, target p95 < {TARGET_P95_MS:.0f} ms "
                f"{speedwatch_scale.verdict(good)}"
            )
            if not good:
                failures.append(name)
    if failures:
        print(f"\nmissed: {', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except speedwatch_scale.BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
