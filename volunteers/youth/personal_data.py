"""What the Youth Commission holds about a person, for the download of everything held about them.

The section is built from small collectors, each returning its own keys about one person; a part
of the scheme adds what it holds by adding its collector to `COLLECTORS`.
"""

from collections.abc import Callable

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.models import User
from volunteers.youth import mentoring
from volunteers.youth.models import MentoringPairing, MentoringSide, OfficerDbsCheck


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


COLLECTORS: tuple[Callable[[User], dict], ...] = (mentoring_records, officer_dbs_checks)


def export_youth(user: User) -> dict:
    """Everything the Youth Commission holds about a person, collector by collector."""
    section: dict = {}
    for collect in COLLECTORS:
        section.update(collect(user))
    return section
