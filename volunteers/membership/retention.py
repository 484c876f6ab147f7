"""Keeping onboarding's personal data no longer than it is needed: `flask membership purge`.

Two kinds of record are deleted once their force's retention period has passed:

* **expressions of interest** (a name, an email address, a message from the public page) answered
  more than `interest_retention_days` ago, or left unanswered for that long;
* **people invited and never joined**: an account created only for invitations that were
  cancelled, or whose links expired unanswered, more than `cancelled_invitation_retention_days`
  ago, whose holder never set a password (so never signed in, applied or did anything). The
  account, its memberships and its links go; anyone who ever set a password, holds a role, has a
  membership past the invitation, or an invitation link still usable (or resent within the
  period) is kept.

Each run writes one audit event with the counts, never who was deleted; the events about those
people stay in the trail, which names them by id only. It is safe to run daily, and two runs that
overlap delete each record once.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership.models import ExpressionOfInterest, InterestStatus
from volunteers.models import (
    Area,
    Force,
    ForceAdmin,
    Membership,
    MembershipStatus,
    OfficerAssignment,
    OneTimeToken,
    Scheme,
    TokenPurpose,
    User,
)
from volunteers.settings import settings_for
from volunteers.transaction import service

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionRun:
    """The subject of a run's audit event: the run itself, named by when it started."""

    id: str
    audit_type: ClassVar[str] = "retention_run"
    force_id: ClassVar[None] = None


@dataclass(frozen=True)
class Purged:
    """How many records one run deleted, in all and per force (by id)."""

    interests: int
    invitees: int
    by_force: dict[int, dict[str, int]]


def _cutoff(now: datetime, days) -> datetime:
    return now - timedelta(days=int(days))


def _purge_interest(force: Force, now: datetime) -> int:
    cutoff = _cutoff(now, settings_for(force).interest_retention_days)
    schemes = sa.select(Scheme.id).join(Area, Area.id == Scheme.area_id).where(Area.force_id == force.id)
    result = db.session.execute(
        sa.delete(ExpressionOfInterest)
        .where(
            ExpressionOfInterest.scheme_id.in_(schemes),
            sa.or_(
                sa.and_(ExpressionOfInterest.status == InterestStatus.NEW, ExpressionOfInterest.created_at < cutoff),
                sa.and_(ExpressionOfInterest.status != InterestStatus.NEW, ExpressionOfInterest.decided_at < cutoff),
            ),
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def _never_joined() -> list[User]:
    """Accounts without a password or any role, whose memberships are all invitations, open or cancelled."""
    not_ended = sa.select(Membership.id).where(
        Membership.user_id == User.id, Membership.status.not_in([MembershipStatus.LEFT, MembershipStatus.INVITED])
    )
    return list(
        db.session.scalars(
            sa.select(User)
            .options(selectinload(User.memberships).joinedload(Membership.scheme).joinedload(Scheme.area))
            .where(
                User.password_hash.is_(None),
                sa.exists().where(Membership.user_id == User.id),
                ~not_ended.exists(),
                ~sa.exists().where(OfficerAssignment.user_id == User.id),
                ~sa.exists().where(ForceAdmin.user_id == User.id),
            )
            .order_by(User.id)
        )
    )


def _last_link_expiry(membership_ids: list[int]) -> dict[int, datetime]:
    """When each membership's latest invitation link expires (or expired)."""
    return dict(
        db.session.execute(
            sa.select(OneTimeToken.membership_id, sa.func.max(OneTimeToken.expires_at))
            .where(OneTimeToken.membership_id.in_(membership_ids), OneTimeToken.purpose == TokenPurpose.INVITATION)
            .group_by(OneTimeToken.membership_id)
        ).all()
    )


def _ended_long_ago(user: User, now: datetime) -> bool:
    """Every invitation of theirs was cancelled, or its last link expired, longer ago than its own
    force keeps such records."""
    expiries = _last_link_expiry([membership.id for membership in user.memberships])
    for membership in user.memberships:
        cutoff = _cutoff(now, settings_for(membership.scheme.area.force).cancelled_invitation_retention_days)
        ended_at = membership.status_changed_at
        if membership.status == MembershipStatus.INVITED:
            ended_at = max(ended_at, expiries.get(membership.id, ended_at))
        if ended_at >= cutoff:
            return False
    return True


def _delete_invitee(user: User) -> bool:
    """Delete one never-joined person's account, memberships and links; False if anything else
    still refers to them (then nothing of theirs is deleted)."""
    membership_ids = [membership.id for membership in user.memberships]
    try:
        with db.session.begin_nested():
            db.session.execute(
                sa.update(ExpressionOfInterest)
                .where(ExpressionOfInterest.membership_id.in_(membership_ids))
                .values(membership_id=None)
                .execution_options(synchronize_session=False)
            )
            db.session.execute(
                sa.delete(OneTimeToken)
                .where(sa.or_(OneTimeToken.user_id == user.id, OneTimeToken.membership_id.in_(membership_ids)))
                .execution_options(synchronize_session=False)
            )
            db.session.execute(
                sa.delete(Membership)
                .where(Membership.id.in_(membership_ids))
                .execution_options(synchronize_session=False)
            )
            deleted = db.session.execute(
                sa.delete(User).where(User.id == user.id).execution_options(synchronize_session=False)
            ).rowcount
    except IntegrityError:
        log.warning("user %s is still referred to elsewhere; kept", user.id)
        return False
    return bool(deleted)


@service
def purge_expired_onboarding_data(now: datetime | None = None) -> Purged:
    """Delete expressions of interest and never-joined invitees past their force's retention period,
    and record the run, with its counts, in the audit trail."""
    now = now or utcnow()
    by_force: dict[int, dict[str, int]] = defaultdict(lambda: {"expressions_of_interest": 0, "invited_people": 0})
    for force in db.session.scalars(sa.select(Force).order_by(Force.id)).all():
        count = _purge_interest(force, now)
        if count:
            by_force[force.id]["expressions_of_interest"] += count
    for user in _never_joined():
        if _ended_long_ago(user, now):
            force_id = user.memberships[0].force_id
            if _delete_invitee(user):
                by_force[force_id]["invited_people"] += 1
    interests = sum(counts["expressions_of_interest"] for counts in by_force.values())
    invitees = sum(counts["invited_people"] for counts in by_force.values())
    audit.record(
        None,
        "membership.retention_purged",
        RetentionRun(now.strftime("%Y-%m-%dT%H:%M:%SZ")),
        after={
            "expressions_of_interest": interests,
            "invited_people": invitees,
            "by_force": {str(force_id): counts for force_id, counts in sorted(by_force.items())},
        },
    )
    log.info("retention: %d expression(s) of interest and %d invited person(s) deleted", interests, invitees)
    return Purged(interests, invitees, dict(by_force))
