"""A guardian's consent to an under-18's membership: asked by email, given, refused or withdrawn.

* **asked** — when an under-18 applies (the application gives the guardian's name and email), or
  when the facilitator asks (a guardian not yet asked, a new address, a lost email). The email
  explains the commission and carries a one-time link that expires (`youth_guardian_link_days`);
  asking again cancels the earlier link.
* **consented** — recorded as the membership's GUARDIAN_CONSENT vetting check, so the shared
  checklist decides when the membership may become active, as for every other check.
* **refused** — with the guardian's words, if they give any; the facilitator is told.
* **withdrawn** — every email to a guardian carries a link of its own to withdraw consent. It
  withdraws the check and suspends an active membership at once.

Nobody signs in to answer: the link is the guardian's authority, so these services take the
link's secret and the audit events have no actor. Guardian details are shown to the facilitator
only (the `youth.guardian.view` rule), and never written into the audit trail.
"""

import logging
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, NotFound
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.models import (
    NAME_MAX_CHARS,
    CheckKind,
    Membership,
    MembershipStatus,
    OneTimeToken,
    TokenPurpose,
    User,
)
from volunteers.permissions import require
from volunteers.settings import settings_for
from volunteers.tokens import cancel_open_tokens, find_usable_token, issue_one_time_token
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.vetting import required_checks
from volunteers.youth.models import GUARDIAN_WORDS_MAX_CHARS, ConsentStatus, GuardianConsent

log = logging.getLogger(__name__)


def consent_of(membership: Membership) -> GuardianConsent | None:
    return db.session.scalar(sa.select(GuardianConsent).where(GuardianConsent.membership_id == membership.id))


def needs_guardian_consent(membership: Membership, today: date) -> bool:
    """Whether the membership's checklist asks for a guardian's consent (an under-18 member)."""
    return CheckKind.GUARDIAN_CONSENT in required_checks(membership, today)


def link_days(membership: Membership) -> int:
    return int(settings_for(membership.scheme.area.force).youth_guardian_link_days)


def withdrawal_link(membership: Membership, email: str) -> str:
    """A long-lived link for the guardian to withdraw consent, put in every email they get.

    Each email has a link of its own, so a newer email never breaks the one a guardian kept; using
    any of them cancels the rest.
    """
    days = int(settings_for(membership.scheme.area.force).youth_withdrawal_link_days)
    token, secret = issue_one_time_token(TokenPurpose.GUARDIAN_WITHDRAWAL, email, timedelta(days=days))
    token.membership = membership
    return mail.absolute_url("youth_consent.withdraw", link=secret)


def _checked_guardian(membership: Membership, name: str, email: str) -> tuple[str, str]:
    check = Checker()
    name = check.text(name, "guardian_name", limit=NAME_MAX_CHARS, missing=_("Enter the guardian's name"))
    email = check.email(email, "guardian_email")
    if not check.has("guardian_email") and email == membership.user.email.lower():
        check.add("guardian_email", _("Enter the guardian's own email address, not the young person's"))
    check.done()
    return name, email


def _ask(actor: User | None, membership: Membership, name: str, email: str) -> GuardianConsent:
    if membership.status in (MembershipStatus.INVITED, MembershipStatus.LEFT):
        raise Conflict(_("A guardian is asked once the young person has applied, and until they leave"))
    if not needs_guardian_consent(membership, date.today()):
        raise Conflict(_("This member is not under 18: no guardian's consent is needed"))
    name, email = _checked_guardian(membership, name, email)
    consent = consent_of(membership)
    if consent is not None and consent.status == ConsentStatus.CONSENTED:
        raise Conflict(_("Their guardian has already consented"))
    again = consent is not None
    if consent is None:
        consent = GuardianConsent(membership=membership)
        db.session.add(consent)
    consent.guardian_name, consent.guardian_email = name, email
    consent.status, consent.requested_at, consent.answered_at = ConsentStatus.REQUESTED, utcnow(), None
    consent.requested_by_id, consent.guardian_words = actor.id if actor else None, ""
    days = link_days(membership)
    _token, secret = issue_one_time_token(
        TokenPurpose.GUARDIAN_CONSENT, email, timedelta(days=days), membership=membership, created_by=actor
    )
    mail.queue(
        "youth/guardian_consent_request",
        email,
        _(
            "Your consent for %(name)s to join %(scheme)s",
            name=membership.user.display_name,
            scheme=membership.scheme.name,
        ),
        guardian_name=name,
        member=membership.user,
        scheme=membership.scheme,
        link=mail.absolute_url("youth_consent.answer", link=secret),
        withdraw_link=withdrawal_link(membership, email),
        days=days,
    )
    db.session.flush()
    audit.record(actor, "youth.guardian_asked", membership, after={"consent_id": consent.id, "asked_again": again})
    log.info("membership %s: guardian asked for consent (again: %s)", membership.id, again)
    return consent


def ask_on_application(membership: Membership, name: str, email: str) -> GuardianConsent:
    """Ask the guardian an under-18 named in their application; runs inside the application."""
    return _ask(membership.user, membership, name, email)


@service
def ask_guardian(actor: User, membership: Membership, name: str, email: str) -> GuardianConsent:
    """The facilitator asks (or asks again) a young member's guardian for consent; a new link
    cancels the one sent before."""
    require(actor, "youth.guardian.ask", membership)
    return _ask(actor, membership, name, email)


def check_guardian(membership: Membership, name: str, email: str) -> None:
    """Refuse a guardian's details with every problem at once, changing nothing."""
    _checked_guardian(membership, name, email)


# --- The guardian's answer -----------------------------------------------------------------------


def _claimed(purpose: TokenPurpose, secret: str) -> OneTimeToken | None:
    """The token behind a link, locked until the transaction ends (a double click waits, then finds
    it used), or None when the link is unknown, used, cancelled or expired."""
    token = find_usable_token(purpose, secret)
    if token is None:
        return None
    db.session.refresh(token, with_for_update=True)
    return token if token.is_usable_at(utcnow()) else None


def request_for_link(secret: str) -> GuardianConsent | None:
    """The consent a guardian's link asks about, if the link still works."""
    token = find_usable_token(TokenPurpose.GUARDIAN_CONSENT, secret)
    return consent_of(token.membership) if token is not None else None


def withdrawal_for_link(secret: str) -> GuardianConsent | None:
    """The consent a withdrawal link is about, if the link still works."""
    token = find_usable_token(TokenPurpose.GUARDIAN_WITHDRAWAL, secret)
    return consent_of(token.membership) if token is not None else None


def checked_words(words: str | None) -> str:
    check = Checker()
    words = check.text(words, "words", limit=GUARDIAN_WORDS_MAX_CHARS)
    check.done()
    return words


def _expired() -> NotFound:
    return NotFound(_("This link has expired or has already been used. Nothing has been changed."))


def _tell_facilitators(membership: Membership, template: str, subject: str) -> None:
    lifecycle.notify_managers(
        membership.scheme,
        template,
        subject,
        member=membership.user,
        link=mail.absolute_url("youth_consent.guardian", membership_id=membership.id),
    )


@service
def answer_request(secret: str, consents: bool | None, words: str = "") -> GuardianConsent:
    """A guardian consents to their young person's membership, or refuses (optionally saying why),
    through the one-time link they were emailed."""
    token = _claimed(TokenPurpose.GUARDIAN_CONSENT, secret)
    if token is None:
        raise _expired()
    if consents is None:
        raise Conflict(_("Choose whether you consent"), field="decision")
    words = checked_words(words)
    membership = token.membership
    consent = consent_of(membership)
    token.used_at = utcnow()
    consent.answered_at = utcnow()
    scheme = membership.scheme.name
    if consents:
        consent.status, consent.guardian_words = ConsentStatus.CONSENTED, ""
        consent.check = lifecycle.store_check(
            None, membership, CheckKind.GUARDIAN_CONSENT, date.today(), _("Given by the guardian by email")
        )
        audit.record(None, "youth.guardian_consented", membership, after={"consent_id": consent.id})
        mail.queue(
            "youth/guardian_consent_thanks",
            consent.guardian_email,
            _("Thank you: your consent for %(name)s is recorded", name=membership.user.display_name),
            guardian_name=consent.guardian_name,
            member=membership.user,
            scheme=membership.scheme,
            withdraw_link=withdrawal_link(membership, consent.guardian_email),
        )
        _tell_facilitators(membership, "youth/guardian_answered", _("A guardian consented: %(scheme)s", scheme=scheme))
    else:
        consent.status, consent.guardian_words = ConsentStatus.REFUSED, words
        audit.record(None, "youth.guardian_refused", membership, reason=words, after={"consent_id": consent.id})
        _tell_facilitators(
            membership, "youth/guardian_answered", _("A guardian did not consent: %(scheme)s", scheme=scheme)
        )
    log.info("membership %s: guardian answered (consents: %s)", membership.id, consents)
    return consent


@service
def withdraw(secret: str, words: str = "") -> GuardianConsent:
    """A guardian withdraws their consent through their link: the consent check stops counting and
    an active membership is suspended at once; the facilitator is told."""
    token = _claimed(TokenPurpose.GUARDIAN_WITHDRAWAL, secret)
    if token is None:
        raise _expired()
    words = checked_words(words)
    membership = token.membership
    consent = consent_of(membership)
    if consent.status in (ConsentStatus.WITHDRAWN, ConsentStatus.REFUSED):
        raise Conflict(_("You have already said you do not consent. Nothing has been changed."))
    token.used_at = now = utcnow()
    cancel_open_tokens(TokenPurpose.GUARDIAN_WITHDRAWAL, membership=membership)
    cancel_open_tokens(TokenPurpose.GUARDIAN_CONSENT, membership=membership)
    before = consent.status
    consent.status, consent.answered_at, consent.guardian_words = ConsentStatus.WITHDRAWN, now, words
    if consent.check is not None and consent.check.withdrawn_at is None:
        consent.check.withdrawn_at = now
        consent.check.withdrawal_reason = _("Withdrawn by the guardian")
    audit.record(
        None,
        "youth.guardian_withdrew",
        membership,
        reason=words,
        before={"consent": before.value, "status": membership.status.value},
        after={"consent_id": consent.id, "check_id": consent.check_id},
    )
    if membership.status == MembershipStatus.ACTIVE:
        lifecycle.suspend_for_withdrawn_consent(membership, _("Your parent or guardian withdrew their consent"))
    _tell_facilitators(
        membership,
        "youth/guardian_withdrew",
        _("A guardian withdrew their consent: %(scheme)s", scheme=membership.scheme.name),
    )
    log.info("membership %s: guardian withdrew consent", membership.id)
    return consent


# --- For the facilitator --------------------------------------------------------------------------


def young_members(scheme) -> list[tuple[Membership, GuardianConsent | None]]:
    """The scheme's members who need a guardian's consent today, each with where it stands."""
    today = date.today()
    memberships = db.session.scalars(
        sa.select(Membership)
        .where(
            Membership.scheme_id == scheme.id,
            Membership.status.not_in((MembershipStatus.INVITED, MembershipStatus.LEFT)),
        )
        .order_by(Membership.id)
    ).all()
    young = [m for m in memberships if needs_guardian_consent(m, today)]
    consents = {
        consent.membership_id: consent
        for consent in db.session.scalars(
            sa.select(GuardianConsent).where(GuardianConsent.membership_id.in_([m.id for m in young]))
        )
    }
    return [(membership, consents.get(membership.id)) for membership in young]
