"""How fast the audit trail records events and verifies its hash chain.

    .venv/bin/python bench/audit_chain.py [--events 20000] [--database-url postgresql://postgres@127.0.0.1:5432/test]

With a PostgreSQL URL it works in a fresh database created beside the one named (and dropped at
the end); otherwise in a temporary SQLite file. Prints the cost of a change committed alone and of
the same change with its audit event (one transaction each, as services do), and how fast the whole
chain verifies.
"""

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402

from volunteers import audit, create_app  # noqa: E402
from volunteers.config import database_uri  # noqa: E402
from volunteers.extensions import db  # noqa: E402
from volunteers.models import Force  # noqa: E402


def fresh_database(url: str | None):
    if not url:
        folder = tempfile.mkdtemp()
        return f"sqlite:///{folder}/bench.db", lambda: None
    server = sa.make_url(database_uri(url))
    name = f"volunteers_bench_{secrets.token_hex(4)}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    return server.set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()

    url, drop = fresh_database(args.database_url)
    os.environ.setdefault("SECRET_KEY", "bench")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "VOLUNTEERS_ENV": "testing"})
    try:
        with app.app_context():
            upgrade()
            force = Force(name="Bench", slug="bench")
            db.session.add(force)
            db.session.commit()

            started = time.perf_counter()
            for number in range(args.events):
                force.settings = {"n": number}
                db.session.commit()
            baseline = time.perf_counter() - started

            started = time.perf_counter()
            for number in range(args.events):
                force.settings = {"n": number}
                audit.record(None, "bench.event", force, reason=f"event {number}", after={"n": number})
                db.session.commit()
            recorded = time.perf_counter() - started

            started = time.perf_counter()
            checked, broken = audit.verify_chain()
            verified = time.perf_counter() - started
            assert broken is None and checked == args.events
            db.session.remove()
            db.engine.dispose()
    finally:
        drop()

    engine = url.split(":", 1)[0]
    print(f"database: {engine}, events: {args.events}")
    print(f"a change, committed alone: {baseline * 1000 / args.events:.2f} ms each")
    print(
        f"the same change with its audit event: {recorded * 1000 / args.events:.2f} ms each "
        f"({recorded / baseline:.2f}x; {args.events / recorded:,.0f} audited changes/s on one connection)"
    )
    print(f"verify chain: {args.events / verified:,.0f} events/s ({verified:.2f} s for all)")


if __name__ == "__main__":
    main()
