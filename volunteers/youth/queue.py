"""Youth Commission recommendations in the officers' single review queue: those sent to an area
and awaiting its officers' response, with the deadline and the days left. One past its deadline
is urgent, so it is marked and sorts first. (Force-wide recommendations are answered by the
force's admins, from the overdue page and their home page.)"""

from collections.abc import Sequence

import sqlalchemy as sa
from flask import url_for
from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.review import QueueFilters, QueueItem, QueueKind
from volunteers.youth.models import Addressee, Recommendation, RecommendationStatus
from volunteers.youth.recommendations import days_left, last_day_to_respond

RECOMMENDATIONS_KIND = "youth_recommendation"


def awaiting_response(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    """Sent, unanswered recommendations to these areas, on the (area, status, addressee, due) index."""
    if filters.category or filters.flag or filters.status:
        return None
    query = sa.select(
        Recommendation.id,
        sa.case((Recommendation.response_due_at < utcnow(), True), else_=False).label("urgent"),
        sa.literal(False).label("flagged"),
        Recommendation.sent_at.label("submitted_at"),
    ).where(
        Recommendation.area_id.in_(sorted(area_ids)),
        Recommendation.status == RecommendationStatus.SENT,
        Recommendation.addressee == Addressee.AREA,
    )
    if filters.scheme_id is not None:
        query = query.where(Recommendation.scheme_id == filters.scheme_id)
    return query


def _deadline_note(recommendation: Recommendation) -> str:
    left = days_left(recommendation)
    if left is None:
        return ""
    if left < 0:
        return ngettext("Overdue by %(num)d day", "Overdue by %(num)d days", -left)
    if left == 0:
        return _("Response due today")
    return ngettext("%(num)d day left to respond", "%(num)d days left to respond", left)


def recommendation_items(ids: Sequence[int]) -> list[QueueItem]:
    found = db.session.scalars(
        sa.select(Recommendation)
        .where(Recommendation.id.in_(ids))
        .options(joinedload(Recommendation.scheme), joinedload(Recommendation.area))
    )
    now = utcnow()
    return [
        QueueItem(
            kind=RECOMMENDATIONS_KIND,
            kind_label=_("Youth Commission recommendation"),
            id=recommendation.id,
            title=recommendation.title,
            url=url_for("youth.recommendation", recommendation_id=recommendation.id),
            area_id=recommendation.area_id,
            area_name=recommendation.area.name,
            scheme_id=recommendation.scheme_id,
            scheme_name=recommendation.scheme.name,
            submitted_at=recommendation.sent_at,
            status=recommendation.status.value,
            urgent=recommendation.is_overdue_at(now),
            notes=(
                _deadline_note(recommendation),
                _("Respond by %(day)s", day=format_date(last_day_to_respond(recommendation), "d MMMM yyyy")),
            ),
            due_at=recommendation.response_due_at,
        )
        for recommendation in found
    ]


RECOMMENDATIONS = QueueKind(
    name=RECOMMENDATIONS_KIND,
    label=lambda: _("Youth Commission recommendations"),
    awaiting=awaiting_response,
    items=recommendation_items,
)
