"""Which vetting checks a membership needs, and whether they are present and in date.

The permission layer asks `is_cleared` before any submission, so an expired training date or DBS
check stops a volunteer at once, whatever page or API call they use. Pages, the member list, the
CSV export and the reminders read the same answer item by item through `checklist`.
"""

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l

from volunteers.models import CheckKind, Membership, MembershipStatus, VettingCheck
from volunteers.registry import registries
from volunteers.settings import ForceSettings, settings_for

CHECKS_FOR_EVERYONE = (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT)

CHECK_LABELS = {
    CheckKind.IDENTITY: _l("Identity verified"),
    CheckKind.TRAINING: _l("Training completed"),
    CheckKind.CODE_OF_CONDUCT: _l("Code of conduct signed"),
    CheckKind.DBS: _l("DBS check"),
    CheckKind.GUARDIAN_CONSENT: _l("Guardian's consent"),
}


class ItemState(enum.StrEnum):
    """Where one checklist item stands on a given day."""

    CURRENT = "current"
    DUE_SOON = "due_soon"  # current, but expires within the force's warning period
    EXPIRED = "expired"
    OLD_VERSION = "old_version"  # a code of conduct signed before the force's current version
    MISSING = "missing"


# The states in which an item no longer counts: the member may not submit until it is put right.
BLOCKING_STATES = frozenset({ItemState.EXPIRED, ItemState.OLD_VERSION, ItemState.MISSING})


@dataclass(frozen=True)
class ChecklistItem:
    kind: CheckKind
    state: ItemState
    check: VettingCheck | None

    @property
    def label(self) -> str:
        return str(CHECK_LABELS[self.kind])

    @property
    def expires_on(self) -> date | None:
        return self.check.expires_on if self.check else None

    @property
    def blocks(self) -> bool:
        return self.state in BLOCKING_STATES


class MembershipPolicy:
    """What a scheme kind adds to the shared membership rules; the defaults add nothing.

    A scheme package hands its own subclass to `registry.install` as `membership_policy` (Youth
    Commissions do: age limits, DBS checks for adults, guardian consent), so shared code never
    names a scheme kind.
    """

    def extra_checks(self, membership: Membership, today: date) -> tuple[CheckKind, ...]:
        """Checks this kind needs beyond identity, training and the code of conduct."""
        return ()

    def applicant_age_problem(self, membership: Membership, age: int) -> str | None:
        """Why someone of this age cannot join as this membership, or None."""
        return None

    def coordinator_problem(self, membership: Membership, today: date) -> str | None:
        """Why this member cannot be made a coordinator of the scheme, or None."""
        return None

    def may_need_guardian(self, membership: Membership) -> bool:
        """Whether the application form asks for a parent's or guardian's details, in case the
        applicant turns out (from the date of birth they give) to need their consent."""
        return False

    def needs_guardian(self, membership: Membership, age: int) -> bool:
        """Whether an applicant of this age must give a parent's or guardian's details."""
        return False

    def applied(self, membership: Membership, guardian_name: str, guardian_email: str) -> None:
        """What the scheme kind does, in the application's transaction, once someone has applied."""

    def name_without_contact(self, membership: Membership) -> str:
        """The member's name as shown to those who may not see their contact details (officers)."""
        return membership.user.display_name


_NO_EXTRA_RULES = MembershipPolicy()


def policy_for(membership: Membership) -> MembershipPolicy:
    return registries().membership_policies.get(membership.scheme.kind.value, _NO_EXTRA_RULES)


def required_checks(membership: Membership, today: date) -> tuple[CheckKind, ...]:
    """Every member needs identity, training and the code of conduct; a scheme kind may add more."""
    return (*CHECKS_FOR_EVERYONE, *policy_for(membership).extra_checks(membership, today))


def validity_days(kind: CheckKind, settings: ForceSettings) -> int | None:
    """How long a check stays valid, in days; None for checks that never expire."""
    if kind == CheckKind.TRAINING:
        return int(settings.training_valid_days)
    if kind == CheckKind.DBS:
        return int(settings.dbs_valid_days)
    return None


def expiry_for(kind: CheckKind, completed_on: date, settings: ForceSettings) -> date | None:
    """The last day a check completed on `completed_on` counts, from the force's settings."""
    days = validity_days(kind, settings)
    return completed_on + timedelta(days=days) if days is not None else None


def latest_check(membership: Membership, kind: CheckKind) -> VettingCheck | None:
    """The most recently recorded check of a kind: a renewal supersedes what came before, and a
    check withdrawn as recorded by mistake counts for nothing (the one before it counts again)."""
    checks = [check for check in membership.checks if check.kind == kind and check.withdrawn_at is None]
    return max(checks, key=lambda check: (check.recorded_at, check.id or 0), default=None)


def item_state(check: VettingCheck | None, today: date, settings: ForceSettings) -> ItemState:
    """How one recorded check (or its absence) stands today."""
    if check is None or check.completed_on > today:
        return ItemState.MISSING
    if not check.is_current_on(today):
        return ItemState.EXPIRED
    if check.kind == CheckKind.CODE_OF_CONDUCT and check.detail != settings.code_of_conduct_version:
        return ItemState.OLD_VERSION
    warning = timedelta(days=int(settings.expiry_warning_days))
    if check.expires_on is not None and check.expires_on - today <= warning:
        return ItemState.DUE_SOON
    return ItemState.CURRENT


def checklist(membership: Membership, today: date) -> list[ChecklistItem]:
    """Every check the membership needs, each with its latest record and its state today."""
    settings = settings_for(membership.scheme.area.force)
    items = []
    for kind in required_checks(membership, today):
        check = latest_check(membership, kind)
        items.append(ChecklistItem(kind, item_state(check, today, settings), check))
    return items


def outstanding_checks(membership: Membership, today: date) -> list[CheckKind]:
    """The required checks that are missing, no longer in date, or signed in an old version."""
    return [item.kind for item in checklist(membership, today) if item.blocks]


def is_cleared(membership: Membership | None, today: date) -> bool:
    """Only an active member whose every required check is current may submit anything."""
    return (
        membership is not None
        and membership.status == MembershipStatus.ACTIVE
        and not outstanding_checks(membership, today)
    )
