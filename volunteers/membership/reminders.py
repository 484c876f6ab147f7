"""Reminders about vetting checks that are expiring soon or have expired.

Each recorded check is reminded about at most once per threshold (`due_soon`, then `expired`):
a `VettingReminder` row claims it in the same transaction as the emails it causes. Two runs that
overlap both try to claim; the unique constraint lets only one commit, and the other's
transaction, emails included, rolls back. A renewal is a new check, so it is reminded about
afresh when its own time comes.

Members get one email listing their own items; the scheme's coordinators get one email per
scheme saying how many members need attention, with a link, never who or what.
"""

import logging
from collections import defaultdict
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, selectinload

from volunteers import mail, vetting
from volunteers.extensions import db
from volunteers.membership.models import ReminderThreshold, VettingReminder
from volunteers.membership.queries import managers_of
from volunteers.models import Area, CheckKind, Force, Membership, MembershipStatus, Scheme, VettingCheck
from volunteers.settings import settings_for

log = logging.getLogger(__name__)

# A claim lost to an overlapping run is retried once; by then the other run has committed.
ATTEMPTS = 2

# How an expiring check is named in a reminder ("Your training expires on ...").
REMINDER_NAMES = {
    CheckKind.TRAINING: _l("Your training"),
    CheckKind.DBS: _l("Your DBS check"),
}


def _candidates(force: Force, today: date) -> dict[int, list[int]]:
    """Ids of the latest checks of active members of the force expiring within the warning
    period or already expired and not yet reminded about as expired, grouped by scheme. Withdrawn
    checks neither count nor supersede anything."""
    horizon = today + timedelta(days=int(settings_for(force).expiry_warning_days))
    newer = aliased(VettingCheck)
    superseded = (
        sa.select(newer.id)
        .where(
            newer.membership_id == VettingCheck.membership_id,
            newer.kind == VettingCheck.kind,
            newer.withdrawn_at.is_(None),
            sa.or_(
                newer.recorded_at > VettingCheck.recorded_at,
                sa.and_(newer.recorded_at == VettingCheck.recorded_at, newer.id > VettingCheck.id),
            ),
        )
        .exists()
    )
    finished = (
        sa.select(VettingReminder.id)
        .where(VettingReminder.check_id == VettingCheck.id, VettingReminder.threshold == ReminderThreshold.EXPIRED)
        .exists()
    )
    rows = db.session.execute(
        sa.select(VettingCheck.id, Membership.scheme_id)
        .join(Membership, Membership.id == VettingCheck.membership_id)
        .join(Scheme, Scheme.id == Membership.scheme_id)
        .join(Area, Area.id == Scheme.area_id)
        .where(
            Area.force_id == force.id,
            Membership.status == MembershipStatus.ACTIVE,
            VettingCheck.withdrawn_at.is_(None),
            VettingCheck.expires_on.is_not(None),
            VettingCheck.expires_on <= horizon,
            ~superseded,
            ~finished,
        )
        .order_by(Membership.scheme_id, VettingCheck.id)
    )
    by_scheme: dict[int, list[int]] = defaultdict(list)
    for check_id, scheme_id in rows:
        by_scheme[scheme_id].append(check_id)
    return by_scheme


def _already_sent(check: VettingCheck, threshold: ReminderThreshold) -> bool:
    return (
        db.session.scalar(
            sa.select(VettingReminder.id).where(
                VettingReminder.check_id == check.id, VettingReminder.threshold == threshold
            )
        )
        is not None
    )


def _claim_due(check_ids: list[int], today: date) -> dict[Membership, list[tuple[VettingCheck, ReminderThreshold]]]:
    """Claim, in the current transaction, every reminder still owed for these checks."""
    checks = db.session.scalars(
        sa.select(VettingCheck)
        .where(VettingCheck.id.in_(check_ids))
        .options(selectinload(VettingCheck.membership).selectinload(Membership.checks))
        .order_by(VettingCheck.id)
    ).all()
    due: dict[Membership, list[tuple[VettingCheck, ReminderThreshold]]] = defaultdict(list)
    for check in checks:
        membership = check.membership
        if membership.status != MembershipStatus.ACTIVE:
            continue
        if check.kind not in vetting.required_checks(membership, today):
            continue
        if vetting.latest_check(membership, check.kind) is not check:
            continue
        threshold = ReminderThreshold.EXPIRED if check.expires_on < today else ReminderThreshold.DUE_SOON
        if _already_sent(check, threshold):
            continue
        db.session.add(VettingReminder(check=check, threshold=threshold))
        due[membership].append((check, threshold))
    db.session.flush()
    return due


def _queue_emails(scheme: Scheme, due: dict[Membership, list[tuple[VettingCheck, ReminderThreshold]]]) -> int:
    sent = 0
    for membership, items in due.items():
        user = membership.user
        mail.queue(
            "reminder_member",
            user.email,
            _("Your volunteering with %(scheme)s: checks to renew", scheme=scheme.name),
            user=user,
            scheme=scheme,
            items=[
                (REMINDER_NAMES.get(check.kind, vetting.CHECK_LABELS[check.kind]), check.expires_on, threshold.value)
                for check, threshold in items
            ],
            link=mail.absolute_url("membership.membership", membership_id=membership.id),
        )
        sent += 1
    expired = sum(1 for items in due.values() if any(t == ReminderThreshold.EXPIRED for _c, t in items))
    for manager in managers_of(scheme):
        mail.queue(
            "reminder_coordinator",
            manager.email,
            _("Members of %(scheme)s with checks to renew", scheme=scheme.name),
            recipient=manager,
            scheme=scheme,
            members=len(due),
            expired=expired,
            link=mail.absolute_url("membership.scheme_members", scheme_id=scheme.id, attention="any"),
        )
        sent += 1
    return sent


def _remind_scheme(scheme_id: int, check_ids: list[int], today: date) -> int:
    """Claim and send one scheme's reminders in one transaction; a lost race sends nothing twice."""
    for _attempt in range(ATTEMPTS):
        try:
            due = _claim_due(check_ids, today)
            if not due:
                db.session.rollback()
                return 0
            sent = _queue_emails(db.session.get(Scheme, scheme_id), due)
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            log.info("reminders for scheme %s were claimed by another run; checking again", scheme_id)
            continue
        log.info("reminders for scheme %s: %d email(s) queued", scheme_id, sent)
        return sent
    log.warning("reminders for scheme %s left to the next run after %d attempts", scheme_id, ATTEMPTS)
    return 0


def send_vetting_reminders(today: date) -> int:
    """Email members, and their coordinators, about checks expiring soon or expired."""
    sent = 0
    for force in db.session.scalars(sa.select(Force).order_by(Force.id)).all():
        for scheme_id, check_ids in _candidates(force, today).items():
            sent += _remind_scheme(scheme_id, check_ids, today)
    return sent
