"""Reminders to the police about recommendations awaiting their response.

Each force sets its thresholds in days from the deadline (`youth_response_reminder_days`, by
default 7 days before, on the day and 7 days after). A threshold is reminded about once per
recommendation: a `ResponseReminder` row claims it in the same transaction as the emails and the
audit event, and the unique constraint lets only one of two overlapping runs commit. When a run
finds several thresholds passed at once (the job did not run for a while), it sends the latest one
and records the earlier ones as passed over, so nobody gets a stale "due in 7 days" afterwards.
"""

import logging
from datetime import date, time, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from volunteers import audit, mail
from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.models import Area, Force
from volunteers.settings import settings_for
from volunteers.youth.models import Recommendation, RecommendationStatus, ResponseReminder
from volunteers.youth.recommendations import addressed_police, author_for_police, last_day_to_respond

log = logging.getLogger(__name__)
REMINDER_EMAIL = "youth/recommendation_reminder"


def _thresholds(force: Force) -> list[int]:
    return sorted({int(days) for days in settings_for(force).youth_response_reminder_days})


def _candidates(force: Force, today: date, earliest: int) -> list[int]:
    """Unanswered recommendations of the force whose earliest threshold has come (deadline day +
    earliest <= today), on the queue index."""
    latest_deadline = at_local(today + timedelta(days=1 - earliest), time(0, 0))
    return list(
        db.session.scalars(
            sa.select(Recommendation.id)
            .join(Area, Area.id == Recommendation.area_id)
            .where(
                Area.force_id == force.id,
                Recommendation.status == RecommendationStatus.SENT,
                Recommendation.response_due_at <= latest_deadline,
            )
            .order_by(Recommendation.id)
        )
    )


def _remind(recommendation_id: int, thresholds: list[int], today: date) -> int:
    """Claim the thresholds reached and not yet reminded about, and email the latest; one transaction."""
    recommendation = db.session.get(Recommendation, recommendation_id)
    if recommendation is None or recommendation.status != RecommendationStatus.SENT:
        return 0
    last_day = last_day_to_respond(recommendation)
    reached = [days for days in thresholds if last_day + timedelta(days=days) <= today]
    claimed = set(
        db.session.scalars(
            sa.select(ResponseReminder.days_from_deadline).where(
                ResponseReminder.recommendation_id == recommendation.id
            )
        )
    )
    owed = [days for days in reached if days not in claimed]
    if not owed:
        return 0
    latest = owed[-1]
    sent = _email(recommendation, last_day, today)
    for days in owed:
        db.session.add(
            ResponseReminder(
                recommendation_id=recommendation.id, days_from_deadline=days, recipients=sent if days == latest else 0
            )
        )
    audit.record(
        None,
        "youth.recommendation.reminded",
        recommendation,
        after={"days_from_deadline": latest, "passed_over": owed[:-1], "recipients": sent},
    )
    db.session.flush()
    return sent


def _subject(recommendation: Recommendation, days_left: int) -> str:
    commission = recommendation.scheme.name
    if days_left > 0:
        return _("Response due soon: a recommendation from %(commission)s", commission=commission)
    if days_left == 0:
        return _("Response due today: a recommendation from %(commission)s", commission=commission)
    return _("Response overdue: a recommendation from %(commission)s", commission=commission)


def _email(recommendation: Recommendation, last_day: date, today: date) -> int:
    police = addressed_police(recommendation)
    link = mail.absolute_url("youth.recommendation", recommendation_id=recommendation.id)
    days_left = (last_day - today).days
    for officer in police:
        mail.queue(
            REMINDER_EMAIL,
            officer.email,
            _subject(recommendation, days_left),
            recipient=officer,
            recommendation=recommendation,
            author=author_for_police(recommendation),
            last_day=last_day,
            days_left=days_left,
            link=link,
        )
    return len(police)


def send_response_reminders(today: date) -> int:
    """Email the addressed police about responses due soon, due today and overdue, once per threshold."""
    sent = 0
    for force in db.session.scalars(sa.select(Force).order_by(Force.id)).all():
        thresholds = _thresholds(force)
        if not thresholds:
            continue
        for recommendation_id in _candidates(force, today, thresholds[0]):
            try:
                sent += _remind(recommendation_id, thresholds, today)
                db.session.commit()
            except IntegrityError:
                db.session.rollback()
                log.info("reminders for recommendation %s were claimed by another run", recommendation_id)
    return sent
