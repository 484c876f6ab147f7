"""What Neighbourhood Watch adds to officer accountability and to the scrutiny export."""

from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers.accountability.officers import OfficerFigures
from volunteers.accountability.scrutiny import ScrutinyTable, decision_rows, decisions_table
from volunteers.extensions import db
from volunteers.models import Force, SchemeKind
from volunteers.watch.labels import DECISION_LABELS
from volunteers.watch.models import Decision, Report, ReportDecision

_CLOSING = [decision for decision in Decision if decision.closes]


def _decision_label(decision: Decision) -> str:
    return _("Report: %(decision)s", decision=DECISION_LABELS[Decision(decision)])


def add_officer_figures(figures: OfficerFigures) -> None:
    """Officers' decisions on reports, how soon the first came, and flagged reports closed."""
    figures.add_decisions(ReportDecision, Report, ReportDecision.report_id, _decision_label, ReportDecision.decision)
    figures.add_first_decision_waits(ReportDecision, Report, ReportDecision.report_id, Report.submitted_at)
    closing = (
        sa.select(ReportDecision.decided_by_id, Report.area_id, ReportDecision.flags, ReportDecision.acknowledged_flags)
        .join(Report, Report.id == ReportDecision.report_id)
        .where(
            Report.area_id.in_(figures.area_ids),
            ReportDecision.decided_at >= figures.since,
            ReportDecision.decision.in_(_CLOSING),
        )
    )
    for officer_id, area_id, flags, acknowledged in db.session.execute(closing):
        if not flags:
            continue
        record = figures.at(officer_id, area_id)
        record.flagged_closed += 1
        kinds = {flag["kind"] for flag in flags}
        record.flagged_closed_with_reasons += kinds <= set(acknowledged or ())


def scrutiny_decisions(force: Force, since: datetime) -> ScrutinyTable:
    """Every decision on a report, for the scrutiny panel's decisions.csv."""
    rows = decision_rows(
        force,
        since,
        decision_model=ReportDecision,
        subject_model=Report,
        subject_fk=ReportDecision.report_id,
        submitted_column=Report.submitted_at,
        scheme=SchemeKind.WATCH.value,
        what="report",
        label_of=lambda decision: Decision(decision).value,
        outcome_column=ReportDecision.decision,
    )
    return decisions_table(force, rows)
