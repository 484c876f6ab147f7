"""How long an officer's review queue (one page of it, counted and ordered in SQL) and the guard's
repeat-targeting history take when a force holds many Neighbourhood Watch reports.

Seeds a fresh database (a temporary SQLite file, or the PostgreSQL database given with --database,
which must be empty: the migrations are run on it), then prints the median time of each query
and the plans the database chose.

    .venv/bin/python bench/watch_queue.py --reports 200000 --areas 500
    .venv/bin/python bench/watch_queue.py --database postgresql://postgres@127.0.0.1:5432/bench_watch
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402

from volunteers import create_app  # noqa: E402
from volunteers.config import database_uri  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.models import Area, Force, OfficerAssignment, Scheme, SchemeKind, User  # noqa: E402
from volunteers.review import QueueFilters, QueuePage  # noqa: E402
from volunteers.review.queue import counting_query, page_query  # noqa: E402
from volunteers.watch import screening  # noqa: E402
from volunteers.watch.models import Report, ReportFlag, ReportTarget  # noqa: E402

STREETS = ["Easington Way", "Mill Lane", "Elm Road", "Station Road", "Church Street", "Park Avenue", "High Street"]
BATCH = 5000


def seed(reports: int, areas: int, rng: random.Random) -> tuple[User, list[int]]:
    force = Force(name="Bench Constabulary", slug="bench")
    area_rows = [Area(force=force, name=f"Area {n}", slug=f"area-{n}") for n in range(areas)]
    schemes = [Scheme(area=area, kind=SchemeKind.WATCH, name=f"{area.name} Watch") for area in area_rows]
    db.session.add_all([force, *area_rows, *schemes])
    reporters = [User(email=f"member{n}@bench.test", name=f"Member {n}") for n in range(max(10, reports // 20))]
    officer = User(email="officer@bench.test", name="Officer")
    db.session.add_all([*reporters, officer])
    db.session.flush()
    officer_areas = [area_rows[n].id for n in range(3)]
    db.session.add_all(OfficerAssignment(user_id=officer.id, area_id=area_id) for area_id in officer_areas)
    db.session.commit()

    now = datetime.now(UTC)
    scheme_of = {scheme.area_id: scheme.id for scheme in schemes}
    area_ids = [area.id for area in area_rows]
    reporter_ids = [user.id for user in reporters]
    report_table, flag_table, target_table = Report.__table__, ReportFlag.__table__, ReportTarget.__table__
    next_id = 1
    for start in range(0, reports, BATCH):
        report_rows, flag_rows, target_rows = [], [], []
        for report_id in range(next_id, next_id + min(BATCH, reports - start)):
            area_id = rng.choice(area_ids)
            sent = now - timedelta(minutes=rng.randint(0, 365 * 24 * 60))
            flagged = rng.random() < 0.15
            status = "submitted" if rng.random() < 0.1 else rng.choice(["actioned", "no_further_action", "referred"])
            report_rows.append(
                {
                    "id": report_id,
                    "scheme_id": scheme_of[area_id],
                    "area_id": area_id,
                    "reporter_id": rng.choice(reporter_ids),
                    "category": rng.choice(["suspicious_activity", "anti_social_behaviour", "vehicle_crime"]),
                    "occurred_at": sent - timedelta(hours=1),
                    "location": rng.choice(STREETS),
                    "map_point": "",
                    "description": "Two people were trying car door handles, then walked towards the park.",
                    "police_reference": "",
                    "victim": "none",
                    "repeat_victim_declared": False,
                    "victim_key": "",
                    "victim_report_count": 1,
                    "repeat_victim_detected": False,
                    "status": status,
                    "urgent": flagged and rng.random() < 0.05,
                    "flag_count": 1 if flagged else 0,
                    "version": 1,
                    "submitted_at": sent,
                    "updated_at": sent,
                    "withdrawal_reason": "",
                }
            )
            if flagged:
                flag_rows.append({"report_id": report_id, "kind": "identifies_person", "evidence": ["number 12"]})
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                key = f"address:{rng.randint(1, 80)} {rng.choice(STREETS).lower()}"
                target_rows.append(
                    {
                        "report_id": report_id,
                        "area_id": area_id,
                        "key": key,
                        "reported_at": sent,
                        "reporter_id": report_rows[-1]["reporter_id"],
                    }
                )
        db.session.execute(report_table.insert(), report_rows)
        if flag_rows:
            db.session.execute(flag_table.insert(), flag_rows)
        if target_rows:
            db.session.execute(target_table.insert(), target_rows)
        db.session.commit()
        next_id += len(report_rows)
    print(f"  seeded {next_id - 1:,} reports")
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("ANALYZE"))
    else:
        db.session.execute(sa.text("ANALYZE"))
    return officer, officer_areas


def median_ms(run, repeat: int = 15) -> float:
    run()  # warm caches, as a busy server would have them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plan(statement) -> str:
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if db.engine.dialect.name == "sqlite" else "EXPLAIN "
    rows = db.session.execute(sa.text(prefix + str(compiled))).all()
    return "\n".join("    " + " ".join(str(cell) for cell in row) for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--areas", type=int, default=500)
    parser.add_argument("--database", help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = database_uri(args.database) if args.database else f"sqlite:///{folder}/bench.db"
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "VOLUNTEERS_ENV": "testing", "SECRET_KEY": "bench"})
        with app.app_context():
            upgrade()
            print(f"database: {db.engine.dialect.name}; {args.reports:,} reports in {args.areas} areas")
            officer, areas = seed(args.reports, args.areas, random.Random(7))
            area_ids = frozenset(areas)
            officer = db.session.get(User, officer.id)
            by_flag = QueueFilters(flag="identifies_person")
            with app.test_request_context():
                first = QueuePage(officer, QueueFilters(), page=1)
                flagged = QueuePage(officer, by_flag, page=1)
                print(
                    f"officer's queue ({len(area_ids)} areas): {first.total} items, {flagged.total} flagged, "
                    f"{len(first.items)} on a page"
                )
                page_ms = median_ms(lambda: QueuePage(officer, QueueFilters(), page=1))
                last_ms = median_ms(lambda: QueuePage(officer, QueueFilters(), page=first.pages))
                flag_ms = median_ms(lambda: QueuePage(officer, by_flag, page=1))
            now = datetime.now(UTC)
            # The two most named addresses of the first area: the guard's busiest lookups.
            targets = ReportTarget.__table__
            named = sa.func.count().label("named")
            keys = list(
                db.session.scalars(
                    sa.select(targets.c.key)
                    .where(targets.c.area_id == areas[0], targets.c.reported_at >= now - timedelta(days=30))
                    .group_by(targets.c.key)
                    .order_by(named.desc(), targets.c.key)
                    .limit(2)
                )
            )
            history = screening.history(areas[0], keys, now - timedelta(days=30), now, None)
            history_ms = median_ms(lambda: screening.history(areas[0], keys, now - timedelta(days=30), now, None))
            print(f"  queue, first page built as shown:       {page_ms:8.2f} ms (median)")
            print(f"  queue, last page built as shown:        {last_ms:8.2f} ms (median)")
            print(f"  queue filtered by a flag:               {flag_ms:8.2f} ms (median)")
            print(f"  repeat-targeting history, 30 days:      {history_ms:8.2f} ms (median, {len(history)} reports)")
            print("plan of the queue's count:")
            print(plan(counting_query(officer, QueueFilters())))
            print("plan of the queue's first page:")
            print(plan(page_query(officer, QueueFilters(), 50, 0)))
            history_query = sa.select(targets.c.report_id).where(
                targets.c.area_id == areas[0],
                targets.c.key.in_(keys),
                targets.c.reported_at >= now - timedelta(days=30),
            )
            print("plan of the history query:")
            print(plan(history_query))
            db.session.remove()
            db.engine.dispose()


if __name__ == "__main__":
    main()
