"""The floor under a request: Flask and Flask-SQLAlchemy with one JSON endpoint that stores one row.

bench/request_cost.py serves it beside the app, with the same gunicorn settings and database, so
that a report submission can be read as a multiple of the cheapest write Flask can do.

    DATABASE_URL=postgresql://... gunicorn -c gunicorn.conf.py 'bench.bare_app:create_app()'
"""

import os
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class BareInsert(db.Model):
    """One posted body's description, kept so the benchmark can count what was acknowledged."""

    __tablename__ = "bench_bare_insert"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(sa.Text)
    received_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


def _driver_url(url: str) -> str:
    """The same psycopg 3 driver the app uses for postgres:// and postgresql:// URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_app(database_url: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = _driver_url(database_url or os.environ["DATABASE_URL"])
    # As the app configures its engine, so both pay for the same ping on each checkout.
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True}
    db.init_app(app)

    @app.get("/healthz")
    def healthz():
        db.session.execute(sa.text("SELECT 1"))
        return jsonify(status="ok")

    @app.post("/reports")
    def insert():
        body = request.get_json(silent=True) or {}
        description = body.get("description")
        if not isinstance(description, str) or not description:
            return jsonify(message="description is required"), 400
        row = BareInsert(description=description, received_at=datetime.now(UTC))
        db.session.add(row)
        db.session.commit()
        return jsonify(id=row.id, description=row.description), 201

    return app
