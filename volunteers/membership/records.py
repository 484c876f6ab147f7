"""Putting a member's record right: a date of birth entered wrongly when they applied.

The date of birth decides which checks a scheme kind requires (a Youth Commission member under 18
needs a guardian's consent, an adult a DBS check), so a correction changes the checklist at once,
exactly as a birthday would: the status stays as it is, and an active member whose corrected age
needs a check they do not have may not submit until it is recorded. Someone being vetted whose
checklist is complete after the correction is made active by the coordinator, as usual.

The date itself is never written into the audit trail (it is personal data, and the trail cannot
be edited); the event says which checks the scheme now requires, and why it was corrected.
"""

import logging
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _

from volunteers import audit, vetting
from volunteers.membership.invitations import OLDEST_AGE
from volunteers.membership.lifecycle import tell_member
from volunteers.models import REASON_MAX_CHARS, CheckKind, Membership, MembershipStatus, User
from volunteers.permissions import require
from volunteers.transaction import service
from volunteers.validation import Checker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DateOfBirthCorrected:
    """What the correction changed: checks the new age needs that are not in place, and whether the
    new age is outside the scheme kind's ages (the coordinator decides what to do about that)."""

    newly_needed: list[CheckKind]
    age_problem: str | None


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def check_date_of_birth(membership: Membership, born: date | None, reason: str | None) -> None:
    """Refuse a correction with every problem at once, changing nothing."""
    _checked(membership, born, reason, date.today())


def _checked(membership: Membership, born: date | None, reason: str | None, today: date) -> str:
    check = Checker()
    if born is None:
        check.add("date_of_birth", _("Enter the date of birth"))
    elif born > today:
        check.add("date_of_birth", _("The date of birth must be in the past"))
    elif _age_on(born, today) > OLDEST_AGE:
        check.add("date_of_birth", _("Enter a real date of birth"))
    elif born == membership.user.date_of_birth:
        check.add("date_of_birth", _("That is already their date of birth"))
    reason = check.text(
        reason, "reason", limit=REASON_MAX_CHARS, missing=_("Say why the date of birth is being corrected")
    )
    check.done()
    return reason


def _required(user: User, today: date) -> dict[int, list[str]]:
    return {
        m.id: [kind.value for kind in vetting.required_checks(m, today)]
        for m in user.memberships
        if m.status != MembershipStatus.LEFT
    }


@service
def correct_date_of_birth(actor: User, membership: Membership, born: date | None, reason: str) -> DateOfBirthCorrected:
    """A coordinator (or admin) corrects the date of birth of someone in their scheme, with a reason;
    the checks every scheme of theirs requires follow the corrected age, and the person is told."""
    require(actor, "membership.manage", membership)
    today = date.today()
    reason = _checked(membership, born, reason, today)
    user = membership.user
    before = _required(user, today)
    user.date_of_birth = born
    after = _required(user, today)
    others = sorted(mid for mid in after if mid != membership.id and after[mid] != before.get(mid))
    audit.record(
        actor,
        "membership.date_of_birth_corrected",
        membership,
        reason=reason,
        before={"required_checks": before.get(membership.id, [])},
        after={"required_checks": after.get(membership.id, []), "other_memberships_affected": others},
    )
    was_required = before.get(membership.id, [])
    newly_needed = [
        kind
        for kind in vetting.outstanding_checks(membership, today)
        if kind.value not in was_required and membership.status != MembershipStatus.INVITED
    ]
    tell_member(
        membership,
        "date_of_birth_corrected",
        _("Your date of birth was corrected by %(scheme)s", scheme=membership.scheme.name),
        reason=reason,
        needed=[str(vetting.CHECK_LABELS[kind]) for kind in newly_needed],
    )
    log.info("membership %s: date of birth corrected by user %s", membership.id, actor.id)
    age_problem = vetting.policy_for(membership).applicant_age_problem(membership, _age_on(born, today))
    return DateOfBirthCorrected(newly_needed, age_problem)
