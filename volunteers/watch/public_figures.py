"""Neighbourhood Watch's figures for the public transparency pages: reports received each month,
what became of them, and how long officers took to decide them. Counts only, per area and month,
counted in SQL: nothing about any one report leaves this module."""

from collections import Counter
from collections.abc import Iterator
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from volunteers.extensions import db
from volunteers.models import Area, SchemeKind
from volunteers.public_figures import (
    Figure,
    FiguresProvider,
    Measure,
    median_days_figures,
    month_of,
    month_start,
    tenths_of_a_day_between,
)
from volunteers.watch.models import Report, ReportStatus

KIND = SchemeKind.WATCH.value
# Where a report stands, as the public pages count it; a report awaiting a reply counts as awaiting.
OUTCOME_MEASURES = {
    ReportStatus.SUBMITTED: "reports_awaiting",
    ReportStatus.NEEDS_MORE_INFORMATION: "reports_awaiting",
    ReportStatus.ACTIONED: "reports_actioned",
    ReportStatus.REFERRED: "reports_referred",
    ReportStatus.NO_FURTHER_ACTION: "reports_no_further_action",
    ReportStatus.REJECTED: "reports_rejected",
    ReportStatus.WITHDRAWN: "reports_withdrawn",
}
MEASURES = (
    Measure("reports_received", _l("Reports received"), charted=True),
    Measure("reports_actioned", _l("Actioned"), part_of="reports_received"),
    Measure("reports_referred", _l("Referred to a partner"), part_of="reports_received"),
    Measure("reports_no_further_action", _l("No further action"), part_of="reports_received"),
    Measure("reports_rejected", _l("Rejected"), part_of="reports_received"),
    Measure("reports_withdrawn", _l("Withdrawn by the reporter"), part_of="reports_received"),
    Measure("reports_awaiting", _l("Still awaiting a decision"), part_of="reports_received"),
    Measure("review_days_median", _l("Median days from report to decision"), additive=False),
)


def _counts(force_id: int, since: datetime) -> Iterator[Figure]:
    month = month_of(Report.submitted_at)
    rows = db.session.execute(
        sa.select(Report.area_id, month, Report.status, sa.func.count())
        .join(Area, Area.id == Report.area_id)
        .where(Area.force_id == force_id, Report.submitted_at >= since)
        .group_by(Report.area_id, month, Report.status)
    )
    totals: Counter = Counter()
    for area_id, month_text, status, count in rows:
        key = (area_id, month_start(month_text))
        totals[(*key, "reports_received")] += count
        totals[(*key, OUTCOME_MEASURES[ReportStatus(status)])] += count
    for (area_id, month, measure), count in totals.items():
        yield Figure(area_id, month, measure, count, KIND)


def _review_days(force_id: int, since: datetime) -> Iterator[Figure]:
    """Median days from submission to decision of the reports submitted in each month, per area,
    for the force and over the whole period: one histogram in tenths of a day, combined here."""
    month = month_of(Report.submitted_at)
    bucket = tenths_of_a_day_between(Report.decided_at, Report.submitted_at)
    rows = db.session.execute(
        sa.select(Report.area_id, month, bucket, sa.func.count())
        .join(Area, Area.id == Report.area_id)
        .where(Area.force_id == force_id, Report.submitted_at >= since, Report.decided_at.is_not(None))
        .group_by(Report.area_id, month, bucket)
    )
    yield from median_days_figures(rows, "review_days_median", KIND)


def figures(force_id: int, since: datetime) -> Iterator[Figure]:
    """Every Neighbourhood Watch figure of a force's areas from `since` on."""
    yield from _counts(force_id, since)
    yield from _review_days(force_id, since)


PROVIDER = FiguresProvider(KIND, _l("Neighbourhood Watch"), MEASURES, figures)
