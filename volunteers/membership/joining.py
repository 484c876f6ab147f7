"""The public join flow: someone asks to join a scheme, and its coordinator invites or declines."""

import logging

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, NotFound
from volunteers.extensions import db
from volunteers.membership.invitations import invite
from volunteers.membership.lifecycle import checked_reason, notify_managers
from volunteers.membership.models import INTEREST_MESSAGE_MAX_CHARS, ExpressionOfInterest, InterestStatus
from volunteers.models import NAME_MAX_CHARS, Membership, MembershipRole, Scheme, User
from volunteers.permissions import require
from volunteers.transaction import service
from volunteers.validation import Checker

log = logging.getLogger(__name__)


@service
def express_interest(scheme: Scheme, name: str, email: str, message: str = "") -> None:
    """A member of the public asks to join a scheme. Nothing here says whether they have an account.

    Asking again while an earlier request is still open stores nothing new.
    """
    if not scheme.accepts_interest:
        raise NotFound(_("This scheme is not taking new members through this page"))
    check = Checker()
    name = check.text(name, "name", limit=NAME_MAX_CHARS, missing=_("Enter your name"))
    email = check.email(email)
    message = check.text(message, "message", limit=INTEREST_MESSAGE_MAX_CHARS)
    check.done()
    already_open = db.session.scalar(
        sa.select(ExpressionOfInterest.id).where(
            ExpressionOfInterest.scheme_id == scheme.id,
            ExpressionOfInterest.email == email,
            ExpressionOfInterest.status == InterestStatus.NEW,
        )
    )
    if already_open is not None:
        log.info("repeated expression of interest %s for scheme %s not stored", already_open, scheme.id)
        return
    interest = ExpressionOfInterest(scheme=scheme, name=name, email=email, message=message)
    db.session.add(interest)
    audit.record(None, "interest.expressed", interest, after={"scheme_id": scheme.id})
    notify_managers(
        scheme,
        "interest_received",
        _("Someone would like to join %(scheme)s", scheme=scheme.name),
        link=mail.absolute_url("membership.interest_list", scheme_id=scheme.id),
    )
    log.info("expression of interest %s received for scheme %s", interest.id, scheme.id)


def _require_open(actor: User, interest: ExpressionOfInterest) -> None:
    require(actor, "interest.decide", interest)
    if interest.status != InterestStatus.NEW:
        raise Conflict(_("This expression of interest has already been answered"))


@service
def invite_from_interest(actor: User, interest: ExpressionOfInterest) -> Membership:
    """Answer an expression of interest with an invitation to the address it gave."""
    _require_open(actor, interest)
    membership = invite(
        actor, interest.scheme, interest.email, interest.name, MembershipRole.MEMBER, interest_id=interest.id
    )
    interest.status = InterestStatus.INVITED
    interest.decided_by_id, interest.decided_at = actor.id, utcnow()
    interest.membership = membership
    return membership


@service
def decline_interest(actor: User, interest: ExpressionOfInterest, reason: str) -> None:
    """Decline an expression of interest; the person is emailed the reason."""
    _require_open(actor, interest)
    reason = checked_reason(reason, _("Say why, in words the person will read"))
    interest.status = InterestStatus.DECLINED
    interest.decided_by_id, interest.decided_at, interest.decision_reason = actor.id, utcnow(), reason
    audit.record(actor, "interest.declined", interest, reason=reason, after={"status": "declined"})
    mail.queue(
        "interest_declined",
        interest.email,
        _("About joining %(scheme)s", scheme=interest.scheme.name),
        name=interest.name,
        scheme=interest.scheme,
        reason=reason,
    )
