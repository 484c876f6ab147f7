"""The scrutiny export: a zip of CSVs an admin hands to a police and crime commissioner's panel.

Decisions with their reasons (redacted by the shared guard), complaints and their outcomes, and
response times: what the police decided and how soon, without personal data. Nobody is named:
no volunteer, no officer, no complainant; rows carry the area, dates and outcomes only.

Each feature registers tables as the Feature's `scrutiny_tables`: a function of (force, since)
giving a `ScrutinyTable`. Tables with the same file name (every scheme's decisions) are written
one after another under one header, so the panel reads one decisions.csv.
"""

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers.csv_export import cell
from volunteers.extensions import db
from volunteers.guard import redact, rules_for
from volunteers.local_time import formatted
from volunteers.models import Area, Force
from volunteers.registry import registries

DECISIONS_FILE = "decisions.csv"
DECISIONS_HEADER = (
    "scheme",
    "area",
    "what",
    "decision",
    "submitted_on",
    "decided_on",
    "days_to_decide",
    "reason",
)


@dataclass(frozen=True)
class ScrutinyTable:
    filename: str
    header: Sequence[str]
    rows: Iterable[Sequence]


@dataclass(frozen=True)
class DecisionRow:
    """One decision as the panel sees it; `reason` is redacted when the row is written."""

    scheme: str
    area: str
    what: str
    decision: str
    submitted_at: datetime | None
    decided_at: datetime
    reason: str


def decision_rows(
    force: Force,
    since: datetime,
    *,
    decision_model,
    subject_model,
    subject_fk,
    submitted_column,
    scheme: str,
    what: str,
    label_of,
    outcome_column=None,
) -> Iterator[DecisionRow]:
    """The decisions of one table built on `DecisionRecord`, made in the force since `since`."""
    outcome = outcome_column if outcome_column is not None else sa.null()
    query = (
        sa.select(Area.name, outcome, submitted_column, decision_model.decided_at, decision_model.reason)
        .join(subject_model, subject_model.id == subject_fk)
        .join(Area, Area.id == subject_model.area_id)
        .where(Area.force_id == force.id, decision_model.decided_at >= since)
        .order_by(decision_model.decided_at, decision_model.id)
    )
    for area, value, submitted_at, decided_at, reason in db.session.execute(query).yield_per(1000):
        yield DecisionRow(scheme, area, what, str(label_of(value)), submitted_at, decided_at, reason)


def decisions_table(force: Force, decisions: Iterable[DecisionRow]) -> ScrutinyTable:
    """A scheme's decisions as rows of decisions.csv, each reason redacted with the force's rules."""
    rules = rules_for(force)

    def rows():
        for row in decisions:
            days = (row.decided_at - row.submitted_at).days if row.submitted_at else ""
            submitted = formatted(row.submitted_at, "yyyy-MM-dd") if row.submitted_at else ""
            yield (
                row.scheme,
                row.area,
                row.what,
                row.decision,
                submitted,
                formatted(row.decided_at, "yyyy-MM-dd"),
                days,
                redact(row.reason, rules),
            )

    return ScrutinyTable(DECISIONS_FILE, DECISIONS_HEADER, rows())


def scrutiny_zip(force: Force, since: datetime) -> bytes:
    """Every registered table for the force since `since`, as CSV files in one zip."""
    files: dict[str, tuple[Sequence[str], list[Iterable[Sequence]]]] = {}
    for build in registries().scrutiny_tables.values():
        table = build(force, since)
        header, parts = files.setdefault(table.filename, (tuple(table.header), []))
        if tuple(table.header) != header:
            raise ValueError(f"{table.filename}: two tables with different headers")
        parts.append(table.rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", _readme(force, since, sorted(files)))
        for filename, (header, parts) in sorted(files.items()):
            archive.writestr(filename, _csv(header, (row for part in parts for row in part)))
    return out.getvalue()


def _csv(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return text.getvalue()


def _readme(force: Force, since: datetime, filenames: list[str]) -> str:
    lines = [
        _("Scrutiny export for %(force)s, from %(since)s.", force=force.name, since=formatted(since, "d MMMM yyyy")),
        _("No one is named: rows give the area, dates and outcomes only, and reasons are redacted."),
        "",
        *filenames,
    ]
    return "\n".join(lines) + "\n"
