"""Youth Commissions' figures for the public transparency pages: recommendations sent to the
police each month, whether the police answered them on time, and how long they took. Counts only,
per area and month of sending, counted in SQL: receptiveness is measured, not assumed."""

from collections import Counter
from collections.abc import Iterator
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Area, SchemeKind
from volunteers.public_figures import (
    SMALLEST_MEDIAN_BASE,
    Figure,
    FiguresProvider,
    Measure,
    keys_of,
    median_days_figures,
    month_of,
    month_start,
    tenths_of_a_day_between,
)
from volunteers.youth.models import Recommendation

KIND = SchemeKind.YOUTH.value
# What is due an answer: answered on time or late, or unanswered after the deadline.
DUE = ("answered_on_time", "answered_late", "overdue")
MEASURES = (
    Measure("recommendations_sent", _l("Recommendations sent to the police"), charted=True),
    Measure("answered_on_time", _l("Answered by the deadline"), part_of="recommendations_sent"),
    Measure("answered_late", _l("Answered after the deadline"), part_of="recommendations_sent"),
    Measure("overdue", _l("Unanswered after the deadline"), part_of="recommendations_sent"),
    Measure("awaiting", _l("Awaiting an answer, within the deadline"), part_of="recommendations_sent"),
    Measure("on_time_per_cent", _l("Per cent answered on time, of those due an answer"), additive=False),
    Measure("answer_days_median", _l("Median days from sending to the police's answer"), additive=False),
)


def _state(now: datetime) -> sa.ColumnElement[str]:
    answered, due = Recommendation.responded_at, Recommendation.response_due_at
    return sa.case(
        (sa.and_(answered.is_(None), due < now), "overdue"),
        (answered.is_(None), "awaiting"),
        (answered <= due, "answered_on_time"),
        else_="answered_late",
    )


def _sent(force_id: int, since: datetime):
    return sa.and_(Area.force_id == force_id, Recommendation.sent_at.is_not(None), Recommendation.sent_at >= since)


def _counts(force_id: int, since: datetime) -> Iterator[Figure]:
    month, state = month_of(Recommendation.sent_at), _state(utcnow())
    rows = db.session.execute(
        sa.select(Recommendation.area_id, month, state, sa.func.count())
        .join(Area, Area.id == Recommendation.area_id)
        .where(_sent(force_id, since))
        .group_by(Recommendation.area_id, month, state)
    )
    sent: Counter = Counter()
    due: dict[tuple, Counter] = {}
    for area_id, month_text, measure, count in rows:
        first = month_start(month_text)
        sent[(area_id, first)] += count
        yield Figure(area_id, first, measure, count, KIND)
        if measure in DUE:
            for key in keys_of(area_id, first):
                due.setdefault(key, Counter())[measure] += count
    for (area_id, first), count in sent.items():
        yield Figure(area_id, first, "recommendations_sent", count, KIND)
    for (area_id, first), counts in due.items():
        base = sum(counts.values())
        if base >= SMALLEST_MEDIAN_BASE:
            yield Figure(area_id, first, "on_time_per_cent", 100 * counts["answered_on_time"] / base, KIND)


def _answer_days(force_id: int, since: datetime) -> Iterator[Figure]:
    month = month_of(Recommendation.sent_at)
    bucket = tenths_of_a_day_between(Recommendation.responded_at, Recommendation.sent_at)
    rows = db.session.execute(
        sa.select(Recommendation.area_id, month, bucket, sa.func.count())
        .join(Area, Area.id == Recommendation.area_id)
        .where(_sent(force_id, since), Recommendation.responded_at.is_not(None))
        .group_by(Recommendation.area_id, month, bucket)
    )
    yield from median_days_figures(rows, "answer_days_median", KIND)


def figures(force_id: int, since: datetime) -> Iterator[Figure]:
    """Every Youth Commission figure of a force's areas from `since` on."""
    yield from _counts(force_id, since)
    yield from _answer_days(force_id, since)


PROVIDER = FiguresProvider(KIND, _l("Youth Commissions"), MEASURES, figures)
