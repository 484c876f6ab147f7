"""Young people grow out of the commission: on the day a member is one year past the force's
oldest age (26 by default), `flask reminders send` moves their membership to `left` and thanks
them, once.

Each membership moves in a transaction of its own, locked and checked again first, so two runs
that overlap thank nobody twice: the second finds the membership already left.
"""

import logging
from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers import audit
from volunteers.extensions import db
from volunteers.membership.lifecycle import set_status, tell_member
from volunteers.models import (
    Area,
    Force,
    Membership,
    MembershipRole,
    MembershipStatus,
    Scheme,
    SchemeKind,
    TokenPurpose,
    User,
)
from volunteers.settings import settings_for
from volunteers.tokens import cancel_open_tokens
from volunteers.transaction import transaction

log = logging.getLogger(__name__)


def leaving_age(force: Force) -> int:
    """The age at which a young person leaves: one year past the oldest age a member may be."""
    return int(settings_for(force).youth_max_age) + 1


def _born_on_or_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February, in a year that has none
        return today.replace(year=today.year - years, day=28)


def _candidates(force: Force, today: date) -> list[int]:
    latest_birthday = _born_on_or_before(today, leaving_age(force))
    return list(
        db.session.scalars(
            sa.select(Membership.id)
            .join(User, User.id == Membership.user_id)
            .join(Scheme, Scheme.id == Membership.scheme_id)
            .join(Area, Area.id == Scheme.area_id)
            .where(
                Area.force_id == force.id,
                Scheme.kind == SchemeKind.YOUTH,
                Membership.role == MembershipRole.MEMBER,
                Membership.status != MembershipStatus.LEFT,
                User.date_of_birth.is_not(None),
                User.date_of_birth <= latest_birthday,
            )
            .order_by(Membership.id)
        )
    )


def _move_on(membership_id: int, today: date) -> bool:
    """Move one membership to `left` with a thank-you, unless another run already did."""
    with transaction():
        membership = db.session.get(Membership, membership_id, with_for_update=True, populate_existing=True)
        age = membership.user.age_on(today)
        if membership.status == MembershipStatus.LEFT or age is None or age < leaving_age(membership.scheme.area.force):
            return False
        before = membership.status
        cancel_open_tokens(TokenPurpose.INVITATION, membership=membership)
        set_status(membership, MembershipStatus.LEFT, _("Reached the Youth Commission's leaving age"))
        audit.record(
            None,
            "youth.member_aged_out",
            membership,
            reason="Reached the leaving age",
            before={"status": before.value},
            after={"status": MembershipStatus.LEFT.value},
        )
        tell_member(
            membership,
            "youth/activity_leaving_age_thanks",
            _("Thank you for everything you gave %(scheme)s", scheme=membership.scheme.name),
        )
    log.info("membership %s: left the youth commission at the leaving age", membership_id)
    return True


def move_on_members_past_leaving_age(today: date) -> int:
    """The reminder job: thank and move to `left` every young member past the leaving age."""
    sent = 0
    for force in db.session.scalars(sa.select(Force).order_by(Force.id)).all():
        for membership_id in _candidates(force, today):
            sent += _move_on(membership_id, today)
    return sent
