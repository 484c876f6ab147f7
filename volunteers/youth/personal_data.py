"""What the Youth Commission holds about a person, for the download of everything held about them.

The section is built from small collectors, each returning its own keys about one person; a part
of the scheme adds what it holds by adding its collector to `COLLECTORS`.
"""

from collections.abc import Callable

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.models import Membership, User
from volunteers.youth import mentoring
from volunteers.youth.models import (
    ConsultationQuote,
    EventAttendance,
    EventConsent,
    GuardianConsent,
    MentoringPairing,
    MentoringSide,
    OfficerDbsCheck,
    Recommendation,
    ResponseComment,
)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _pairing(pairing: MentoringPairing, user: User) -> dict:
    side = pairing.side_of(user)
    other = MentoringSide.OFFICER if side == MentoringSide.COMMISSIONER else MentoringSide.COMMISSIONER
    return {
        "id": pairing.id,
        "your_side": side.value,
        "commission": pairing.membership.scheme.name,
        # The other person as this person knows them: an officer knows their mentee by first name.
        "with": pairing.officer.display_name if side == MentoringSide.COMMISSIONER else pairing.commissioner_first_name,
        "status": pairing.status.value,
        "paired_at": _iso(pairing.paired_at),
        "ended_at": _iso(pairing.ended_at),
        "end_reason": pairing.end_reason,
        "meetings": [
            {
                "id": meeting.id,
                "met_on": _iso(meeting.met_on),
                "topic": meeting.topic,
                "minutes": meeting.minutes,
                "logged_by_you": meeting.logged_by_id == user.id,
                "feedback_you_gave": _feedback(meeting.feedback_from(side)),
                "feedback_you_were_given": _feedback(meeting.feedback_from(other)),
            }
            for meeting in pairing.meetings
        ],
    }


def _feedback(feedback) -> dict | None:
    if feedback is None:
        return None
    return {"rating": feedback.rating, "comment": feedback.comment, "given_at": _iso(feedback.given_at)}


def mentoring_records(user: User) -> dict:
    """Their reverse mentoring pairings, on either side, with each meeting and its feedback."""
    return {"mentoring_pairings": [_pairing(pairing, user) for pairing in mentoring.pairings_of(user)]}


def officer_dbs_checks(user: User) -> dict:
    """The DBS checks recorded for them as an officer who mentors."""
    checks = db.session.scalars(
        sa.select(OfficerDbsCheck).where(OfficerDbsCheck.user_id == user.id).order_by(OfficerDbsCheck.recorded_at)
    ).all()
    return {
        "officer_dbs_checks": [
            {
                "completed_on": _iso(check.completed_on),
                "expires_on": _iso(check.expires_on),
                "detail": check.detail,
                "recorded_at": _iso(check.recorded_at),
            }
            for check in checks
        ]
    }


def _of_their_memberships(model, user: User) -> list:
    return db.session.scalars(
        sa.select(model)
        .join(Membership, Membership.id == model.membership_id)
        .where(Membership.user_id == user.id)
        .order_by(model.id)
    ).all()


def guardian_consents(user: User) -> dict:
    """Their guardian's consent to each membership: who was asked (the guardian's name and email
    are held for the young person, so they are theirs to see), when, and the answer."""
    return {
        "guardian_consents": [
            {
                "commission": consent.membership.scheme.name,
                "guardian_name": consent.guardian_name,
                "guardian_email": consent.guardian_email,
                "status": consent.status.value,
                "requested_at": _iso(consent.requested_at),
                "answered_at": _iso(consent.answered_at),
                "guardian_words": consent.guardian_words,
            }
            for consent in _of_their_memberships(GuardianConsent, user)
        ]
    }


def _event(event) -> dict:
    return {
        "event_id": event.id,
        "commission": event.scheme.name,
        "kind": event.kind.value,
        "title": event.title,
        "starts_at": _iso(event.starts_at),
    }


def event_records(user: User) -> dict:
    """Their guardian's consent to each event, and the events they were registered for or attended."""
    return {
        "event_consents": [
            {
                **_event(asked.event),
                "status": asked.status.value,
                "requested_at": _iso(asked.requested_at),
                "answered_at": _iso(asked.answered_at),
                "guardian_words": asked.guardian_words,
            }
            for asked in _of_their_memberships(EventConsent, user)
        ],
        "event_attendance": [
            {
                **_event(attendance.event),
                "registered_at": _iso(attendance.registered_at),
                "attended_at": _iso(attendance.attended_at),
            }
            for attendance in _of_their_memberships(EventAttendance, user)
        ],
    }


def consultation_quotes(user: User) -> dict:
    """The consultation quotes they added, as they stand now (the facilitator may have redacted them)."""
    quotes = db.session.scalars(
        sa.select(ConsultationQuote).where(ConsultationQuote.added_by_id == user.id).order_by(ConsultationQuote.id)
    ).all()
    return {
        "consultation_quotes": [
            {
                "consultation": quote.consultation.topic,
                "commission": quote.consultation.scheme.name,
                "text": quote.text,
                "status": quote.status.value,
                "added_at": _iso(quote.added_at),
            }
            for quote in quotes
        ]
    }


def recommendations_drafted(user: User) -> dict:
    """The recommendations they drafted, where each stands, and the comments they made on responses."""
    drafted = db.session.scalars(
        sa.select(Recommendation).where(Recommendation.author_id == user.id).order_by(Recommendation.id)
    ).all()
    comments = db.session.scalars(
        sa.select(ResponseComment).where(ResponseComment.author_id == user.id).order_by(ResponseComment.id)
    ).all()
    return {
        "recommendations_drafted": [
            {
                "id": recommendation.id,
                "commission": recommendation.scheme.name,
                "title": recommendation.title,
                "detail": recommendation.detail,
                "addressee": recommendation.addressee.value,
                "status": recommendation.status.value,
                "created_at": _iso(recommendation.created_at),
                "returned_reason": recommendation.returned_reason,
                "sent_at": _iso(recommendation.sent_at),
                "responded_at": _iso(recommendation.responded_at),
            }
            for recommendation in drafted
        ],
        "response_comments": [
            {
                "recommendation": comment.response.recommendation.title,
                "text": comment.text,
                "written_at": _iso(comment.written_at),
            }
            for comment in comments
        ],
    }


COLLECTORS: tuple[Callable[[User], dict], ...] = (
    mentoring_records,
    officer_dbs_checks,
    guardian_consents,
    event_records,
    consultation_quotes,
    recommendations_drafted,
)


def export_youth(user: User) -> dict:
    """Everything the Youth Commission holds about a person, collector by collector."""
    section: dict = {}
    for collect in COLLECTORS:
        section.update(collect(user))
    return section
