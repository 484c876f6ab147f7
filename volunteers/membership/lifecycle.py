"""The membership lifecycle after an application: vetting, activation, suspension, leaving.

The lifecycle (`MEMBERSHIP_TRANSITIONS` in volunteers.models) is walked only through
`set_status`:

* **vetting** — the first check a coordinator records starts vetting.
* **active** — activation is automatic: when a coordinator records a check and nothing the
  scheme kind requires is missing, out of date or signed in an old version, the membership
  becomes active in the same transaction. When the checks were already in place (someone
  rejoining), the coordinator confirms with `complete_vetting`, which refuses while anything is
  outstanding. An active member whose check later expires stays `active` but may not submit
  anything: `vetting.is_cleared`, asked by the permission layer on every request, decides that.
* **back to vetting** — a check recorded by mistake is withdrawn (`withdraw_check`: kept, marked,
  no longer counted). If that leaves an active member without something they need, they go back
  to `vetting`: their activation rested on a check that never held, unlike one that expired.
  Recording the real check makes them active again, as for anyone being vetted.
* **suspended** (reason required, at once) ⇄ **active** (reinstated, reason required); **left**
  (marked by the coordinator with a reason, or chosen by the member).

Invitations and applications are in `invitations.py`. Nobody manages their own membership (see
the `membership.manage` rule). Audit records name people by id only; emails about someone else's
membership carry a link, not their details.
"""

import logging
from dataclasses import dataclass
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from volunteers import audit, mail, vetting
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.membership.queries import managers_of
from volunteers.models import (
    CHECK_DETAIL_MAX_CHARS,
    REASON_MAX_CHARS,
    CheckKind,
    Membership,
    MembershipStatus,
    Scheme,
    TokenPurpose,
    User,
    VettingCheck,
)
from volunteers.permissions import require
from volunteers.settings import settings_for
from volunteers.tokens import cancel_open_tokens
from volunteers.transaction import service
from volunteers.validation import Checker

log = logging.getLogger(__name__)


def set_status(membership: Membership, status: MembershipStatus, reason: str = "") -> None:
    """Move a membership along its lifecycle, refusing any step the lifecycle does not allow."""
    if not membership.may_become(status):
        raise Conflict(_("That cannot be done while the membership is %(status)s", status=membership.status.value))
    membership.status = status
    membership.status_reason = reason
    membership.status_changed_at = utcnow()
    if status == MembershipStatus.ACTIVE and membership.activated_at is None:
        membership.activated_at = utcnow()


def checked_reason(reason: str | None, missing: str | None) -> str:
    """A reason for a change to someone's membership, as the coordinator typed it."""
    check = Checker()
    reason = check.text(reason, "reason", limit=REASON_MAX_CHARS, missing=missing)
    check.done()
    return reason


def notify_managers(scheme: Scheme, template: str, subject: str, **context) -> None:
    for person in managers_of(scheme):
        mail.queue(template, person.email, subject, recipient=person, scheme=scheme, **context)


def member_page(membership: Membership) -> str:
    return mail.absolute_url("membership.membership", membership_id=membership.id)


def tell_member(membership: Membership, template: str, subject: str, **context) -> None:
    user = membership.user
    mail.queue(
        template, user.email, subject, user=user, scheme=membership.scheme, link=member_page(membership), **context
    )


# --- Vetting ------------------------------------------------------------------------------------


def _activate(actor: User, membership: Membership, before: MembershipStatus) -> None:
    set_status(membership, MembershipStatus.ACTIVE)
    audit.record(
        actor,
        "membership.activated",
        membership,
        reason="Every required check is present and in date",
        before={"status": before.value},
        after={"status": MembershipStatus.ACTIVE.value},
    )
    tell_member(
        membership,
        "membership_activated",
        _("You are now an active member of %(scheme)s", scheme=membership.scheme.name),
    )


def _checked_check(membership: Membership, kind: CheckKind | None, completed_on: date | None, detail: str, today):
    """The date and detail of a check as recorded, with every problem found reported together."""
    check = Checker()
    if kind not in vetting.required_checks(membership, today):
        check.add("kind", _("This scheme does not need that check for this person"))
    settings = settings_for(membership.scheme.area.force)
    expires_on = None
    if completed_on is None:
        check.add("completed_on", _("Enter the date it was done"))
    elif completed_on > today:
        check.add("completed_on", _("The date must be today or in the past"))
    elif kind is not None:
        expires_on = vetting.expiry_for(kind, completed_on, settings)
        if expires_on is not None and expires_on < today:
            check.add(
                "completed_on",
                _(
                    "Done on that date, it expired on %(date)s. Record the date it was renewed instead.",
                    date=format_date(expires_on, "d MMMM yyyy"),
                ),
            )
    if kind == CheckKind.CODE_OF_CONDUCT:
        detail = str(settings.code_of_conduct_version)
    else:
        detail = check.text(detail, "detail", limit=CHECK_DETAIL_MAX_CHARS)
    check.done()
    return expires_on, detail


def check_vetting_item(membership: Membership, kind: CheckKind | None, completed_on: date | None, detail: str) -> None:
    """Refuse a check's details with every problem at once, changing nothing."""
    _checked_check(membership, kind, completed_on, detail, date.today())


@service
def record_check(
    actor: User, membership: Membership, kind: CheckKind, completed_on: date | None, detail: str = ""
) -> VettingCheck:
    """Record one checklist item with its date; the membership becomes active once nothing is outstanding.

    Checks are never edited: a renewal is a new record that supersedes the last. Expiry comes
    from the force's settings (training and DBS validity), not from whoever records it.
    """
    require(actor, "membership.manage", membership)
    return store_check(actor, membership, kind, completed_on, detail)


def store_check(
    actor: User | None, membership: Membership, kind: CheckKind, completed_on: date | None, detail: str = ""
) -> VettingCheck:
    """Record a check someone has already been allowed to record, inside their service: a
    coordinator through `record_check`, or nobody signed in (a guardian consenting through the
    one-time link a scheme kind sent them)."""
    if membership.status in (MembershipStatus.INVITED, MembershipStatus.LEFT):
        raise Conflict(_("Checks are recorded once the person has applied and until they leave"))
    today = date.today()
    expires_on, detail = _checked_check(membership, kind, completed_on, detail, today)
    check = VettingCheck(
        membership=membership,
        kind=kind,
        completed_on=completed_on,
        expires_on=expires_on,
        detail=detail,
        recorded_by=actor,
    )
    db.session.add(check)
    before = membership.status
    if before == MembershipStatus.APPLIED:
        set_status(membership, MembershipStatus.VETTING)
    db.session.flush()
    audit.record(
        actor,
        "membership.check_recorded",
        membership,
        before={"status": before.value},
        after={
            "check_id": check.id,
            "kind": kind.value,
            "completed_on": completed_on,
            "expires_on": expires_on,
            "status": membership.status.value,
        },
    )
    if membership.status == MembershipStatus.VETTING and not vetting.outstanding_checks(membership, today):
        _activate(actor, membership, MembershipStatus.VETTING)
    log.info(
        "membership %s: %s check %s recorded by user %s",
        membership.id,
        kind.value,
        check.id,
        actor.id if actor else None,
    )
    return check


@service
def withdraw_check(actor: User, check: VettingCheck, reason: str) -> None:
    """Withdraw a check recorded by mistake (wrong person, wrong date): it is kept and marked, never
    deleted, and stops counting at once. An active member it leaves short goes back to vetting."""
    require(actor, "membership.withdraw_check", check)
    if check.withdrawn_at is not None:
        raise Conflict(_("This check has already been withdrawn"))
    reason = checked_reason(reason, _("Say why the check is being withdrawn"))
    membership = check.membership
    check.withdrawn_at, check.withdrawn_by, check.withdrawal_reason = utcnow(), actor, reason
    before = membership.status
    if before == MembershipStatus.ACTIVE and vetting.outstanding_checks(membership, date.today()):
        set_status(membership, MembershipStatus.VETTING, reason)
    audit.record(
        actor,
        "membership.check_withdrawn",
        membership,
        reason=reason,
        before={"status": before.value},
        after={"check_id": check.id, "kind": check.kind.value, "status": membership.status.value},
    )
    tell_member(
        membership,
        "check_withdrawn",
        _("A check on your membership of %(scheme)s was withdrawn", scheme=membership.scheme.name),
        check_label=str(vetting.CHECK_LABELS[check.kind]),
        reason=reason,
        back_to_vetting=membership.status != before,
        cleared=vetting.is_cleared(membership, date.today()),
    )
    log.info("membership %s: check %s withdrawn by user %s", membership.id, check.id, actor.id)


@service
def complete_vetting(actor: User, membership: Membership) -> None:
    """Make a membership active whose checks are all in place already (for example on rejoining)."""
    require(actor, "membership.manage", membership)
    if membership.status not in (MembershipStatus.APPLIED, MembershipStatus.VETTING):
        raise Conflict(_("Only an application or a membership being vetted can be made active"))
    outstanding = vetting.outstanding_checks(membership, date.today())
    if outstanding:
        raise Conflict(
            _(
                "These checks are still needed: %(items)s",
                items=", ".join(str(vetting.CHECK_LABELS[kind]) for kind in outstanding),
            )
        )
    before = membership.status
    if before == MembershipStatus.APPLIED:
        set_status(membership, MembershipStatus.VETTING)
    _activate(actor, membership, before)


@service
def sign_code_of_conduct(user: User, membership: Membership) -> VettingCheck:
    """A member signs the force's current code of conduct themself, for example after it changed.

    It renews their signature; it never makes a membership active (a coordinator does that).
    """
    require(user, "membership.sign_code_of_conduct", membership)
    if membership.status in (MembershipStatus.INVITED, MembershipStatus.LEFT):
        raise Conflict(_("Apply to the scheme first"))
    version = str(settings_for(membership.scheme.area.force).code_of_conduct_version)
    latest = vetting.latest_check(membership, CheckKind.CODE_OF_CONDUCT)
    if latest is not None and latest.detail == version:
        raise Conflict(_("You have already signed this version of the code of conduct"))
    check = VettingCheck(
        membership=membership,
        kind=CheckKind.CODE_OF_CONDUCT,
        completed_on=date.today(),
        detail=version,
        recorded_by=user,
    )
    db.session.add(check)
    db.session.flush()
    audit.record(
        user, "membership.code_of_conduct_signed", membership, after={"check_id": check.id, "version": version}
    )
    return check


# --- Suspension and leaving -------------------------------------------------------------------


@dataclass(frozen=True)
class StatusDecision:
    """A coordinator's decision about a membership's status: from which statuses it may be taken,
    what the member is told, and how the audit trail names it."""

    to: MembershipStatus
    allowed_from: frozenset[MembershipStatus]
    event: str
    email: str
    email_subject: str  # translated later, with %(scheme)s
    reason_missing: str
    refused: dict[MembershipStatus, str]
    refused_otherwise: str = ""

    def refusal(self, status: MembershipStatus) -> str:
        return str(self.refused.get(status) or self.refused_otherwise)


SUSPENSION = StatusDecision(
    to=MembershipStatus.SUSPENDED,
    allowed_from=frozenset({MembershipStatus.ACTIVE}),
    event="membership.suspended",
    email="membership_suspended",
    email_subject=_l("Your membership of %(scheme)s is suspended"),
    reason_missing=_l("Say why the member is being suspended"),
    refused={},
    refused_otherwise=_l("Only an active member can be suspended"),
)
REINSTATEMENT = StatusDecision(
    to=MembershipStatus.ACTIVE,
    allowed_from=frozenset({MembershipStatus.SUSPENDED}),
    event="membership.reinstated",
    email="membership_reinstated",
    email_subject=_l("Your membership of %(scheme)s is active again"),
    reason_missing=_l("Say why the member is being reinstated"),
    refused={},
    refused_otherwise=_l("Only a suspended member can be reinstated"),
)
ENDING = StatusDecision(
    to=MembershipStatus.LEFT,
    allowed_from=frozenset(
        {MembershipStatus.APPLIED, MembershipStatus.VETTING, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED}
    ),
    event="membership.ended",
    email="membership_ended",
    email_subject=_l("Your membership of %(scheme)s has ended"),
    reason_missing=_l("Say why the membership is ending"),
    refused={
        MembershipStatus.INVITED: _l("This person has not accepted the invitation yet: cancel the invitation instead"),
        MembershipStatus.LEFT: _l("This person has already left"),
    },
)


def _decide_status(actor: User, membership: Membership, decision: StatusDecision, reason: str) -> None:
    """Take a coordinator's decision about a membership, with its reason, audit record and email."""
    require(actor, "membership.manage", membership)
    _take_decision(actor, membership, decision, reason)


def _take_decision(actor: User | None, membership: Membership, decision: StatusDecision, reason: str) -> None:
    if membership.status not in decision.allowed_from:
        raise Conflict(decision.refusal(membership.status))
    reason = checked_reason(reason, str(decision.reason_missing))
    before = membership.status
    set_status(membership, decision.to, reason)
    audit.record(
        actor,
        decision.event,
        membership,
        reason=reason,
        before={"status": before.value},
        after={"status": decision.to.value},
    )
    subject = str(decision.email_subject) % {"scheme": membership.scheme.name}
    tell_member(membership, decision.email, subject, reason=reason)
    log.info("membership %s: %s by user %s", membership.id, decision.event, actor.id if actor else None)


@service
def suspend(actor: User, membership: Membership, reason: str) -> None:
    """Suspend an active member at once: from the next request they cannot submit anything."""
    _decide_status(actor, membership, SUSPENSION, reason)


@service
def suspend_for_withdrawn_consent(membership: Membership, reason: str) -> None:
    """Suspend an active member at once because the consent their membership rests on was withdrawn
    by the person who gave it, through their one-time link (a guardian): nobody signed in acts, so
    the audit event has no actor and its reason says whose word it was."""
    _take_decision(None, membership, SUSPENSION, reason)


@service
def reinstate(actor: User, membership: Membership, reason: str) -> None:
    """Lift a suspension; the member may submit again if their checks are still in date."""
    _decide_status(actor, membership, REINSTATEMENT, reason)


@service
def end_membership(actor: User, membership: Membership, reason: str) -> None:
    """A coordinator declines an application or marks a member as having left, with a reason."""
    _decide_status(actor, membership, ENDING, reason)


@service
def leave(user: User, membership: Membership, reason: str = "") -> None:
    """A member leaves a scheme of their own accord; an open invitation link stops working."""
    require(user, "membership.leave", membership)
    if membership.status == MembershipStatus.LEFT:
        raise Conflict(_("You have already left this scheme"))
    reason = checked_reason(reason, None)
    before = membership.status
    cancel_open_tokens(TokenPurpose.INVITATION, membership=membership)
    set_status(membership, MembershipStatus.LEFT, reason)
    audit.record(
        user, "membership.left", membership, reason=reason, before={"status": before.value}, after={"status": "left"}
    )
    notify_managers(
        membership.scheme,
        "member_left",
        _("A member has left %(scheme)s", scheme=membership.scheme.name),
        link=member_page(membership),
    )
    log.info("membership %s: user %s left", membership.id, user.id)
