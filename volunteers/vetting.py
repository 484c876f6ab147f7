"""Which vetting checks a membership needs, and whether they are present and in date.

The permission layer asks `is_cleared` before any submission, so an expired training date or DBS
check stops a volunteer at once, whatever page or API call they use.
"""

from datetime import date

from volunteers.models import CheckKind, Membership, MembershipStatus, SchemeKind, VettingCheck
from volunteers.settings import settings_for

CHECKS_FOR_EVERYONE = (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT)


def required_checks(membership: Membership, today: date) -> tuple[CheckKind, ...]:
    """Every member needs identity, training and the code of conduct; youth schemes add more.

    In a youth commission, adults need a DBS check and under-18s their guardian's consent. A
    missing date of birth counts as adult, so the stricter check applies.
    """
    if membership.scheme.kind != SchemeKind.YOUTH:
        return CHECKS_FOR_EVERYONE
    age = membership.user.age_on(today)
    adult_age = settings_for(membership.scheme.area.force).adult_age
    if age is not None and age < adult_age:
        return (*CHECKS_FOR_EVERYONE, CheckKind.GUARDIAN_CONSENT)
    return (*CHECKS_FOR_EVERYONE, CheckKind.DBS)


def latest_check(membership: Membership, kind: CheckKind) -> VettingCheck | None:
    """The most recently recorded check of a kind: a renewal supersedes what came before."""
    checks = [check for check in membership.checks if check.kind == kind]
    return max(checks, key=lambda check: (check.recorded_at, check.id), default=None)


def outstanding_checks(membership: Membership, today: date) -> list[CheckKind]:
    """The required checks that are missing or no longer in date."""
    outstanding = []
    for kind in required_checks(membership, today):
        check = latest_check(membership, kind)
        if check is None or not check.is_current_on(today):
            outstanding.append(kind)
    return outstanding


def is_cleared(membership: Membership | None, today: date) -> bool:
    """Only an active member whose every required check is current may submit anything."""
    return (
        membership is not None
        and membership.status == MembershipStatus.ACTIVE
        and not outstanding_checks(membership, today)
    )
