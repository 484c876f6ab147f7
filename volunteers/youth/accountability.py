"""What Youth Commissions add to officer accountability and to the scrutiny export: the police's
responses to recommendations, how soon they came, and which are overdue."""

from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers.accountability.officers import OfficerFigures
from volunteers.accountability.scrutiny import ScrutinyTable, decision_rows, decisions_table
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.local_time import formatted
from volunteers.models import Area, Force, OfficerAssignment, SchemeKind
from volunteers.youth.models import Addressee, Recommendation, RecommendationResponse, RecommendationStatus
from volunteers.youth.recommendation_labels import OUTCOME_LABELS

RESPONSE_TIMES_FILE = "youth_response_times.csv"
RESPONSE_TIMES_HEADER = ("area", "addressed_to", "sent_on", "due_on", "answered_on", "days_to_answer", "on_time")


def _outcome_label(outcome) -> str:
    return _("Youth recommendation: %(outcome)s", outcome=OUTCOME_LABELS[outcome])


def add_officer_figures(figures: OfficerFigures) -> None:
    """Responses to recommendations, how soon the first came, and, for every officer of an area,
    the area's recommendations still unanswered after their deadline."""
    figures.add_decisions(
        RecommendationResponse,
        Recommendation,
        RecommendationResponse.recommendation_id,
        _outcome_label,
        RecommendationResponse.outcome,
    )
    figures.add_first_decision_waits(
        RecommendationResponse, Recommendation, RecommendationResponse.recommendation_id, Recommendation.sent_at
    )
    overdue = (
        sa.select(OfficerAssignment.user_id, Recommendation.area_id, sa.func.count())
        .join(OfficerAssignment, OfficerAssignment.area_id == Recommendation.area_id)
        .where(
            Recommendation.area_id.in_(figures.area_ids),
            Recommendation.addressee == Addressee.AREA,
            Recommendation.status == RecommendationStatus.SENT,
            Recommendation.response_due_at < utcnow(),
        )
        .group_by(OfficerAssignment.user_id, Recommendation.area_id)
    )
    for officer_id, area_id, count in db.session.execute(overdue):
        figures.at(officer_id, area_id).overdue_responses += count


def scrutiny_decisions(force: Force, since: datetime) -> ScrutinyTable:
    """Every response to a recommendation, for the scrutiny panel's decisions.csv."""
    rows = decision_rows(
        force,
        since,
        decision_model=RecommendationResponse,
        subject_model=Recommendation,
        subject_fk=RecommendationResponse.recommendation_id,
        submitted_column=Recommendation.sent_at,
        scheme=SchemeKind.YOUTH.value,
        what="recommendation",
        label_of=lambda outcome: outcome.value,
        outcome_column=RecommendationResponse.outcome,
    )
    return decisions_table(force, rows)


def scrutiny_response_times(force: Force, since: datetime) -> ScrutinyTable:
    """Every recommendation sent since `since`: when, by when it was due, and when it was answered."""
    query = (
        sa.select(Recommendation, Area.name)
        .join(Area, Area.id == Recommendation.area_id)
        .where(Area.force_id == force.id, Recommendation.sent_at >= since)
        .order_by(Recommendation.sent_at, Recommendation.id)
    )

    def day(moment) -> str:
        return formatted(moment, "yyyy-MM-dd") if moment else ""

    def on_time(recommendation: Recommendation, now: datetime) -> str:
        answered = recommendation.answered_on_time()
        if answered is None:
            return "no" if recommendation.is_overdue_at(now) else ""
        return "yes" if answered else "no"

    def rows():
        now = utcnow()
        for recommendation, area in db.session.execute(query):
            sent, answered = recommendation.sent_at, recommendation.responded_at
            yield (
                area,
                recommendation.addressee.value,
                day(sent),
                day(recommendation.response_due_at),
                day(answered),
                (answered - sent).days if answered else "",
                on_time(recommendation, now),
            )

    return ScrutinyTable(RESPONSE_TIMES_FILE, RESPONSE_TIMES_HEADER, rows())
