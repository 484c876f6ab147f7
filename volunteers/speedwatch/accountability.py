"""What Community Speed Watch adds to officer accountability and to the scrutiny export."""

from datetime import datetime
from itertools import chain

from flask_babel import gettext as _

from volunteers.accountability.officers import OfficerFigures
from volunteers.accountability.scrutiny import ScrutinyTable, decision_rows, decisions_table
from volunteers.models import Force, SchemeKind
from volunteers.speedwatch.models import (
    Objection,
    ObjectionDecision,
    SessionReview,
    Site,
    SiteAssessment,
    SpeedwatchSession,
)

# Each kind of decision: its table, what it decides, when that was submitted, and its outcome.
_DECISIONS = (
    (SessionReview, SpeedwatchSession, SessionReview.session_id, SpeedwatchSession.submitted_at, None, "session"),
    (SiteAssessment, Site, SiteAssessment.site_id, Site.proposed_at, SiteAssessment.approved, "site"),
    (
        ObjectionDecision,
        Objection,
        ObjectionDecision.objection_id,
        Objection.submitted_at,
        ObjectionDecision.upheld,
        "objection",
    ),
)


def _officer_label(what: str, outcome: bool | None) -> str:
    if what == "session":
        return _("Speed Watch session reviewed")
    if what == "site":
        return _("Site approved") if outcome else _("Site declined")
    return _("Objection upheld") if outcome else _("Objection not upheld")


def _scrutiny_label(what: str, outcome: bool | None) -> str:
    if what == "session":
        return "reviewed"
    if what == "site":
        return "approved" if outcome else "declined"
    return "upheld" if outcome else "not_upheld"


def add_officer_figures(figures: OfficerFigures) -> None:
    """Officers' session reviews, site assessments and objection decisions, and how soon each came."""
    for decision, subject, subject_fk, submitted, outcome, what in _DECISIONS:
        rows = figures.add_decisions(
            decision, subject, subject_fk, lambda value, what=what: _officer_label(what, value), outcome
        )
        figures.add_first_decision_waits(decision, subject, subject_fk, submitted)
        if what == "objection":
            for officer_id, area_id, upheld, count in rows:
                record = figures.at(officer_id, area_id)
                record.objections_decided += count
                record.objections_upheld += count if upheld else 0


def scrutiny_decisions(force: Force, since: datetime) -> ScrutinyTable:
    """Every session review, site assessment and objection decision, for decisions.csv."""
    rows = chain.from_iterable(
        decision_rows(
            force,
            since,
            decision_model=decision,
            subject_model=subject,
            subject_fk=subject_fk,
            submitted_column=submitted,
            scheme=SchemeKind.SPEEDWATCH.value,
            what=what,
            label_of=lambda value, what=what: _scrutiny_label(what, value),
            outcome_column=outcome,
        )
        for decision, subject, subject_fk, submitted, outcome, what in _DECISIONS
    )
    return decisions_table(force, rows)
