"""Onboarding and the membership lifecycle: each function is one audited transaction.

The lifecycle (`MEMBERSHIP_TRANSITIONS` in volunteers.models) is walked only here:

* **invited** — a coordinator (or, for a coordinator, an admin) invites someone by email; an
  expression of interest from the public page can become an invitation. The link is single-use
  and expires; resending issues a new link and kills the old one; cancelling kills it and marks
  the membership `left`. Someone who left comes back only through a new invitation.
* **applied** — the person follows the link, sets a password if they are new (an existing
  account must sign in instead: its password is never changed here), and applies. Agreeing to
  the code of conduct in the application is their signature: it is recorded as that checklist
  item, with the version they signed.
* **vetting** — the first check a coordinator records starts vetting.
* **active** — activation is automatic: when a coordinator records a check and nothing the
  scheme kind requires is missing, out of date or signed in an old version, the membership
  becomes active in the same transaction. When the checks were already in place (someone
  rejoining), the coordinator confirms with `complete_vetting`, which refuses while anything is
  outstanding. An active member whose check later expires stays `active` but may not submit
  anything: `vetting.is_cleared`, asked by the permission layer on every request, decides that.
* **suspended** (reason required, at once) ⇄ **active** (reinstated, reason required); **left**
  (marked by the coordinator with a reason, or chosen by the member).

Nobody manages their own membership (see the `membership.manage` rule). Audit records name
people by id only; emails about someone else's membership carry a link, not their details.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from volunteers import audit, mail, vetting
from volunteers.auth.passwords import hash_password, password_problem
from volunteers.auth.services import find_user_by_email, normalise_email
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, NotFound
from volunteers.extensions import db
from volunteers.membership import rules  # noqa: F401  (registers the membership rules)
from volunteers.membership.models import (
    ExpressionOfInterest,
    InterestStatus,
    MembershipApplication,
    VolunteerProfile,
)
from volunteers.models import (
    Area,
    AuditEvent,
    CheckKind,
    ForceAdmin,
    Membership,
    MembershipRole,
    MembershipStatus,
    OneTimeToken,
    Scheme,
    SchemeKind,
    TokenPurpose,
    User,
    VettingCheck,
)
from volunteers.permissions import can, require
from volunteers.personal_data import personal_data_exporter
from volunteers.settings import settings_for
from volunteers.tokens import cancel_open_tokens, find_usable_token, issue_one_time_token
from volunteers.validators import is_email_address

log = logging.getLogger(__name__)

MAX_NAME = 200
MAX_PHONE = 40
MAX_LANGUAGES = 200
MAX_ACCESSIBILITY = 1000
MAX_MOTIVATION = 2000
MAX_MESSAGE = 1000
MAX_REASON = 2000
MAX_DETAIL = 200
OLDEST_AGE = 120
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")


class WrongAccount(DomainError):
    """An invitation for an existing account followed by someone signed in as somebody else."""

    status = 403


# --- Small shared steps -------------------------------------------------------------------------


def _text(value: str | None, limit: int, field_name: str, missing: str | None = None) -> str:
    """Trimmed text within its limit; `missing` is the message when it is required and empty."""
    text = (value or "").strip()
    if missing and not text:
        raise DomainError(missing, field=field_name)
    if len(text) > limit:
        raise DomainError(_("Use %(count)d characters or fewer", count=limit), field=field_name)
    return text


def _reason(value: str | None, missing: str) -> str:
    return _text(value, MAX_REASON, "reason", missing)


def _phone(value: str | None) -> str:
    phone = _text(value, MAX_PHONE, "phone")
    if phone and not PHONE_PATTERN.match(phone):
        raise DomainError(_("Enter a phone number, like 01632 960 001 or +44 7700 900 982"), field="phone")
    return phone


def _email(value: str | None) -> str:
    email = normalise_email(value or "")
    if not email:
        raise DomainError(_("Enter an email address"), field="email")
    if len(email) > 254 or not is_email_address(email):
        raise DomainError(_("Enter an email address in the correct format, like name@example.com"), field="email")
    return email


def _set_status(membership: Membership, status: MembershipStatus, reason: str = "") -> None:
    """Move a membership along its lifecycle, refusing any step the lifecycle does not allow."""
    if not membership.may_become(status):
        raise Conflict(_("That cannot be done while the membership is %(status)s", status=membership.status.value))
    membership.status = status
    membership.status_reason = reason
    membership.status_changed_at = utcnow()
    if status == MembershipStatus.ACTIVE and membership.activated_at is None:
        membership.activated_at = utcnow()


def managers_of(scheme: Scheme) -> list[User]:
    """Who hears about a scheme's applications and interest: its coordinators, or its force's admins."""
    coordinators = db.session.scalars(
        sa.select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(
            Membership.scheme_id == scheme.id,
            Membership.role == MembershipRole.COORDINATOR,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(User.id)
    ).all()
    if coordinators:
        return list(coordinators)
    return list(
        db.session.scalars(
            sa.select(User)
            .join(ForceAdmin, ForceAdmin.user_id == User.id)
            .where(ForceAdmin.force_id == scheme.force_id)
        )
    )


def _notify_managers(scheme: Scheme, template: str, subject: str, **context) -> None:
    for person in managers_of(scheme):
        mail.queue(template, person.email, subject, recipient=person, scheme=scheme, **context)


def _member_page(membership: Membership) -> str:
    return mail.absolute_url("membership.membership", membership_id=membership.id)


def _tell_member(membership: Membership, template: str, subject: str, **context) -> None:
    user = membership.user
    mail.queue(
        template, user.email, subject, user=user, scheme=membership.scheme, link=_member_page(membership), **context
    )


# --- Invitations --------------------------------------------------------------------------------


def _send_invitation(actor: User, membership: Membership) -> None:
    days = current_app.config["INVITATION_DAYS"]
    user = membership.user
    _token, secret = issue_one_time_token(
        TokenPurpose.INVITATION, user.email, timedelta(days=days), user=user, membership=membership, created_by=actor
    )
    mail.queue(
        "invitation",
        user.email,
        _("You are invited to join %(scheme)s", scheme=membership.scheme.name),
        user=user,
        scheme=membership.scheme,
        inviter=actor,
        as_coordinator=membership.role == MembershipRole.COORDINATOR,
        has_account=bool(user.password_hash),
        link=mail.absolute_url("membership.accept_invitation", secret=secret),
        days=days,
    )


def _invite(
    actor: User, scheme: Scheme, email: str, name: str, role: MembershipRole, interest: ExpressionOfInterest | None
) -> Membership:
    """Create or reuse the account and membership, send the link, audit; the caller commits."""
    if role == MembershipRole.COORDINATOR:
        require(actor, "force.administer", scheme.area.force)
    else:
        require(actor, "scheme.manage_members", scheme)
    email = _email(email)
    name = _text(name, MAX_NAME, "name", _("Enter the person's name"))
    user = find_user_by_email(email)
    membership = user.membership_of(scheme.id) if user is not None else None
    before = {}
    if user is None:
        user = User(email=email, name=name)
        db.session.add(user)
    if membership is None:
        membership = Membership(user=user, scheme=scheme, role=role, status=MembershipStatus.INVITED)
        db.session.add(membership)
    elif membership.status == MembershipStatus.LEFT:
        before = {"status": membership.status.value, "role": membership.role.value}
        _set_status(membership, MembershipStatus.INVITED)
        membership.role = role
    elif membership.status == MembershipStatus.INVITED:
        raise Conflict(
            _("This person has already been invited. You can send the invitation again from their page."),
            field="email",
        )
    else:
        raise Conflict(_("This person is already a member of this scheme"), field="email")
    db.session.flush()
    _send_invitation(actor, membership)
    audit.record(
        actor,
        "membership.invited",
        membership,
        before=before,
        after={
            "status": MembershipStatus.INVITED.value,
            "role": role.value,
            "user_id": user.id,
            "scheme_id": scheme.id,
            "interest_id": interest.id if interest else None,
        },
    )
    log.info("membership %s: user %s invited by user %s", membership.id, user.id, actor.id)
    return membership


def invite(
    actor: User, scheme: Scheme, email: str, name: str, role: MembershipRole = MembershipRole.MEMBER
) -> Membership:
    """Invite someone by email to join a scheme; an existing account is reused, never altered."""
    membership = _invite(actor, scheme, email, name, role, None)
    db.session.commit()
    return membership


def resend_invitation(actor: User, membership: Membership) -> None:
    """Send a fresh invitation link; the earlier one stops working."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.INVITED:
        raise Conflict(_("Only an invitation that has not been accepted can be sent again"))
    _send_invitation(actor, membership)
    audit.record(actor, "membership.invitation_resent", membership)
    db.session.commit()


def cancel_invitation(actor: User, membership: Membership, reason: str = "") -> None:
    """Withdraw an invitation: its link stops working and the membership is marked as left."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.INVITED:
        raise Conflict(_("Only an invitation that has not been accepted can be cancelled"))
    reason = _text(reason, MAX_REASON, "reason") or _("Invitation cancelled")
    cancel_open_tokens(TokenPurpose.INVITATION, membership=membership)
    _set_status(membership, MembershipStatus.LEFT, reason)
    audit.record(actor, "membership.invitation_cancelled", membership, reason=reason, after={"status": "left"})
    db.session.commit()


def invitation_for_link(secret: str) -> OneTimeToken | None:
    """The invitation behind a link, if the link is genuine, unused, in date and still awaited."""
    token = find_usable_token(TokenPurpose.INVITATION, secret)
    if token is None or token.membership is None or token.membership.status != MembershipStatus.INVITED:
        return None
    return token


def open_invitation(membership: Membership) -> OneTimeToken | None:
    """The newest invitation link of a membership that can still be used, for its expiry date."""
    token = db.session.scalar(
        sa.select(OneTimeToken)
        .where(OneTimeToken.purpose == TokenPurpose.INVITATION, OneTimeToken.membership_id == membership.id)
        .order_by(OneTimeToken.id.desc())
        .limit(1)
    )
    return token if token is not None and token.is_usable_at(utcnow()) else None


# --- Applying -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Application:
    """What an invited person tells us when they apply."""

    name: str
    phone: str
    date_of_birth: date | None
    languages: str
    accessibility_needs: str
    motivation: str
    agrees_to_code: bool
    agrees_to_data_use: bool


def _checked_date_of_birth(membership: Membership, born: date | None, today: date) -> date:
    if born is None:
        raise DomainError(_("Enter your date of birth"), field="date_of_birth")
    if born > today:
        raise DomainError(_("Your date of birth must be in the past"), field="date_of_birth")
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > OLDEST_AGE:
        raise DomainError(_("Enter a real date of birth"), field="date_of_birth")
    is_young_person = membership.scheme.kind == SchemeKind.YOUTH and membership.role == MembershipRole.MEMBER
    if is_young_person:
        settings = settings_for(membership.scheme.area.force)
        youngest, oldest = int(settings.youth_min_age), int(settings.youth_max_age)
        if not youngest <= age <= oldest:
            raise DomainError(
                _(
                    "Youth Commission members are %(youngest)d to %(oldest)d years old. "
                    "Talk to the coordinator about other ways to take part.",
                    youngest=youngest,
                    oldest=oldest,
                ),
                field="date_of_birth",
            )
    return born


def _checked_application(membership: Membership, answers: Application, today: date) -> Application:
    """The answers, trimmed and checked; the first problem found is refused with its field."""
    if not answers.agrees_to_code:
        raise DomainError(_("You must agree to follow the code of conduct to join"), field="agree_code")
    if not answers.agrees_to_data_use:
        raise DomainError(_("You must agree to how your information is used to join"), field="agree_data_use")
    return Application(
        name=_text(answers.name, MAX_NAME, "name", _("Enter your full name")),
        phone=_phone(answers.phone),
        date_of_birth=_checked_date_of_birth(membership, answers.date_of_birth, today),
        languages=_text(answers.languages, MAX_LANGUAGES, "languages"),
        accessibility_needs=_text(answers.accessibility_needs, MAX_ACCESSIBILITY, "accessibility_needs"),
        motivation=_text(answers.motivation, MAX_MOTIVATION, "motivation", _("Tell us why you want to volunteer")),
        agrees_to_code=True,
        agrees_to_data_use=True,
    )


def profile_of(user: User) -> VolunteerProfile | None:
    return db.session.scalar(sa.select(VolunteerProfile).where(VolunteerProfile.user_id == user.id))


def application_of(membership: Membership) -> MembershipApplication | None:
    return db.session.scalar(
        sa.select(MembershipApplication).where(MembershipApplication.membership_id == membership.id)
    )


def _claim_invitation(secret: str) -> OneTimeToken | None:
    """The invitation behind a link, locked until the transaction ends (on PostgreSQL).

    A second submission of the same link (a double click) waits for the first, then finds the
    link used, instead of applying twice.
    """
    token = invitation_for_link(secret)
    if token is None:
        return None
    db.session.refresh(token, with_for_update=True)
    db.session.refresh(token.membership)
    if not token.is_usable_at(utcnow()) or token.membership.status != MembershipStatus.INVITED:
        return None
    return token


def accept_invitation(secret: str, signed_in: User | None, answers: Application, password: str | None = None) -> User:
    """Use an invitation link once: apply to the scheme, choosing a password if the account is new.

    An existing account must be signed in to accept, and its password is left alone.
    """
    token = _claim_invitation(secret)
    if token is None:
        raise NotFound(_("This invitation has expired or has already been used. Ask your coordinator for a new one."))
    membership = token.membership
    user = membership.user
    is_new_account = not user.password_hash
    if not is_new_account and (signed_in is None or signed_in.id != user.id):
        raise WrongAccount(_("Sign in as the person this invitation was sent to, to accept it."))
    today = date.today()
    answers = _checked_application(membership, answers, today)
    if is_new_account:
        problem = password_problem(password or "", user.email)
        if problem:
            raise DomainError(problem, field="password")

    now = utcnow()
    if is_new_account:
        user.password_hash = hash_password(password)
        user.password_changed_at = now
    user.name, user.phone, user.date_of_birth = answers.name, answers.phone, answers.date_of_birth
    profile = profile_of(user) or VolunteerProfile(user=user)
    profile.languages, profile.accessibility_needs, profile.updated_at = (
        answers.languages,
        answers.accessibility_needs,
        now,
    )
    db.session.add(profile)
    version = str(settings_for(membership.scheme.area.force).code_of_conduct_version)
    application = application_of(membership) or MembershipApplication(membership=membership)
    application.motivation = answers.motivation
    application.code_of_conduct_version = version
    application.agreed_to_code_at = application.agreed_to_data_use_at = application.submitted_at = now
    db.session.add(application)
    db.session.add(
        VettingCheck(
            membership=membership, kind=CheckKind.CODE_OF_CONDUCT, completed_on=today, detail=version, recorded_by=user
        )
    )
    token.used_at = now
    _set_status(membership, MembershipStatus.APPLIED)
    audit.record(
        user,
        "membership.applied",
        membership,
        before={"status": MembershipStatus.INVITED.value},
        after={
            "status": MembershipStatus.APPLIED.value,
            "code_of_conduct_version": version,
            "new_account": is_new_account,
        },
    )
    _notify_managers(
        membership.scheme,
        "application_received",
        _("A new application to join %(scheme)s", scheme=membership.scheme.name),
        link=_member_page(membership),
    )
    db.session.commit()
    log.info("membership %s: application received from user %s", membership.id, user.id)
    return user


# --- Vetting ------------------------------------------------------------------------------------


def _activate(actor: User, membership: Membership, before: MembershipStatus) -> None:
    _set_status(membership, MembershipStatus.ACTIVE)
    audit.record(
        actor,
        "membership.activated",
        membership,
        reason="Every required check is present and in date",
        before={"status": before.value},
        after={"status": MembershipStatus.ACTIVE.value},
    )
    _tell_member(
        membership,
        "membership_activated",
        _("You are now an active member of %(scheme)s", scheme=membership.scheme.name),
    )


def record_check(
    actor: User, membership: Membership, kind: CheckKind, completed_on: date | None, detail: str = ""
) -> VettingCheck:
    """Record one checklist item with its date; the membership becomes active once nothing is outstanding.

    Checks are never edited: a renewal is a new record that supersedes the last. Expiry comes
    from the force's settings (training and DBS validity), not from whoever records it.
    """
    require(actor, "membership.manage", membership)
    if membership.status in (MembershipStatus.INVITED, MembershipStatus.LEFT):
        raise Conflict(_("Checks are recorded once the person has applied and until they leave"))
    today = date.today()
    if kind not in vetting.required_checks(membership, today):
        raise DomainError(_("This scheme does not need that check for this person"), field="kind")
    if completed_on is None:
        raise DomainError(_("Enter the date it was done"), field="completed_on")
    if completed_on > today:
        raise DomainError(_("The date must be today or in the past"), field="completed_on")
    settings = settings_for(membership.scheme.area.force)
    expires_on = vetting.expiry_for(kind, completed_on, settings)
    if expires_on is not None and expires_on < today:
        raise DomainError(
            _(
                "Done on that date, it expired on %(date)s. Record the date it was renewed instead.",
                date=format_date(expires_on, "d MMMM yyyy"),
            ),
            field="completed_on",
        )
    if kind == CheckKind.CODE_OF_CONDUCT:
        detail = str(settings.code_of_conduct_version)
    else:
        detail = _text(detail, MAX_DETAIL, "detail")

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
        _set_status(membership, MembershipStatus.VETTING)
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
    db.session.commit()
    log.info("membership %s: %s check %s recorded by user %s", membership.id, kind.value, check.id, actor.id)
    return check


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
        _set_status(membership, MembershipStatus.VETTING)
    _activate(actor, membership, before)
    db.session.commit()


def sign_code_of_conduct(user: User, membership: Membership) -> VettingCheck:
    """A member signs the force's current code of conduct themself, for example after it changed.

    It renews their signature; it never makes a membership active (a coordinator does that).
    """
    if membership.user_id != user.id:
        raise NotFound(_("No such membership"))
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
    db.session.commit()
    return check


# --- Suspension and leaving -------------------------------------------------------------------


def suspend(actor: User, membership: Membership, reason: str) -> None:
    """Suspend an active member at once: from the next request they cannot submit anything."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.ACTIVE:
        raise Conflict(_("Only an active member can be suspended"))
    reason = _reason(reason, _("Say why the member is being suspended"))
    _set_status(membership, MembershipStatus.SUSPENDED, reason)
    audit.record(
        actor,
        "membership.suspended",
        membership,
        reason=reason,
        before={"status": "active"},
        after={"status": "suspended"},
    )
    _tell_member(
        membership,
        "membership_suspended",
        _("Your membership of %(scheme)s is suspended", scheme=membership.scheme.name),
        reason=reason,
    )
    db.session.commit()
    log.info("membership %s suspended by user %s", membership.id, actor.id)


def reinstate(actor: User, membership: Membership, reason: str) -> None:
    """Lift a suspension; the member may submit again if their checks are still in date."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.SUSPENDED:
        raise Conflict(_("Only a suspended member can be reinstated"))
    reason = _reason(reason, _("Say why the member is being reinstated"))
    _set_status(membership, MembershipStatus.ACTIVE, reason)
    audit.record(
        actor,
        "membership.reinstated",
        membership,
        reason=reason,
        before={"status": "suspended"},
        after={"status": "active"},
    )
    _tell_member(
        membership,
        "membership_reinstated",
        _("Your membership of %(scheme)s is active again", scheme=membership.scheme.name),
        reason=reason,
    )
    db.session.commit()


def end_membership(actor: User, membership: Membership, reason: str) -> None:
    """A coordinator declines an application or marks a member as having left, with a reason."""
    require(actor, "membership.manage", membership)
    if membership.status == MembershipStatus.INVITED:
        raise Conflict(_("This person has not accepted the invitation yet: cancel the invitation instead"))
    if membership.status == MembershipStatus.LEFT:
        raise Conflict(_("This person has already left"))
    reason = _reason(reason, _("Say why the membership is ending"))
    before = membership.status
    _set_status(membership, MembershipStatus.LEFT, reason)
    audit.record(
        actor, "membership.ended", membership, reason=reason, before={"status": before.value}, after={"status": "left"}
    )
    _tell_member(
        membership,
        "membership_ended",
        _("Your membership of %(scheme)s has ended", scheme=membership.scheme.name),
        reason=reason,
    )
    db.session.commit()


def leave(user: User, membership: Membership, reason: str = "") -> None:
    """A member leaves a scheme of their own accord; an open invitation link stops working."""
    if membership.user_id != user.id:
        raise NotFound(_("No such membership"))
    if membership.status == MembershipStatus.LEFT:
        raise Conflict(_("You have already left this scheme"))
    reason = _text(reason, MAX_REASON, "reason")
    before = membership.status
    cancel_open_tokens(TokenPurpose.INVITATION, membership=membership)
    _set_status(membership, MembershipStatus.LEFT, reason)
    audit.record(
        user, "membership.left", membership, reason=reason, before={"status": before.value}, after={"status": "left"}
    )
    _notify_managers(
        membership.scheme,
        "member_left",
        _("A member has left %(scheme)s", scheme=membership.scheme.name),
        link=_member_page(membership),
    )
    db.session.commit()
    log.info("membership %s: user %s left", membership.id, user.id)


# --- Contact details ------------------------------------------------------------------------------


def update_contact_details(user: User, name: str, phone: str, languages: str, accessibility_needs: str) -> list[str]:
    """A volunteer corrects their own details; the audit says which fields changed, not to what."""
    values = {
        "name": _text(name, MAX_NAME, "name", _("Enter your full name")),
        "phone": _phone(phone),
        "languages": _text(languages, MAX_LANGUAGES, "languages"),
        "accessibility_needs": _text(accessibility_needs, MAX_ACCESSIBILITY, "accessibility_needs"),
    }
    profile = profile_of(user) or VolunteerProfile(user=user, languages="", accessibility_needs="")
    current = {
        "name": user.name,
        "phone": user.phone,
        "languages": profile.languages,
        "accessibility_needs": profile.accessibility_needs,
    }
    changed = sorted(name for name, value in values.items() if current[name] != value)
    if not changed:
        return []
    user.name, user.phone = values["name"], values["phone"]
    profile.languages, profile.accessibility_needs = values["languages"], values["accessibility_needs"]
    profile.updated_at = utcnow()
    db.session.add(profile)
    audit.record(user, "profile.updated", user, after={"changed": changed})
    db.session.commit()
    return changed


# --- Expressions of interest ----------------------------------------------------------------------


def express_interest(scheme: Scheme, name: str, email: str, message: str = "") -> None:
    """A member of the public asks to join a scheme. Nothing here says whether they have an account.

    Asking again while an earlier request is still open stores nothing new.
    """
    if not scheme.accepts_interest:
        raise NotFound(_("This scheme is not taking new members through this page"))
    name = _text(name, MAX_NAME, "name", _("Enter your name"))
    email = _email(email)
    message = _text(message, MAX_MESSAGE, "message")
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
    _notify_managers(
        scheme,
        "interest_received",
        _("Someone would like to join %(scheme)s", scheme=scheme.name),
        link=mail.absolute_url("membership.interest_list", scheme_id=scheme.id),
    )
    db.session.commit()
    log.info("expression of interest %s received for scheme %s", interest.id, scheme.id)


def invite_from_interest(actor: User, interest: ExpressionOfInterest) -> Membership:
    """Answer an expression of interest with an invitation to the address it gave."""
    require(actor, "interest.decide", interest)
    if interest.status != InterestStatus.NEW:
        raise Conflict(_("This expression of interest has already been answered"))
    membership = _invite(actor, interest.scheme, interest.email, interest.name, MembershipRole.MEMBER, interest)
    interest.status = InterestStatus.INVITED
    interest.decided_by_id, interest.decided_at = actor.id, utcnow()
    interest.membership = membership
    db.session.commit()
    return membership


def decline_interest(actor: User, interest: ExpressionOfInterest, reason: str) -> None:
    """Decline an expression of interest; the person is emailed the reason."""
    require(actor, "interest.decide", interest)
    if interest.status != InterestStatus.NEW:
        raise Conflict(_("This expression of interest has already been answered"))
    reason = _reason(reason, _("Say why, in words the person will read"))
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
    db.session.commit()


def interest_for(scheme: Scheme, status: InterestStatus, limit: int = 200) -> list[ExpressionOfInterest]:
    order = ExpressionOfInterest.created_at if status == InterestStatus.NEW else ExpressionOfInterest.decided_at.desc()
    return db.session.scalars(
        sa.select(ExpressionOfInterest)
        .where(ExpressionOfInterest.scheme_id == scheme.id, ExpressionOfInterest.status == status)
        .order_by(order)
        .limit(limit)
    ).all()


def scheme_or_none(scheme_id: str) -> Scheme | None:
    """The scheme a query-string id names, or None for anything that is not one."""
    if not scheme_id.isdigit() or len(scheme_id) > 9:
        return None
    return db.session.get(Scheme, int(scheme_id))


def schemes_taking_interest(search: str = "") -> sa.Select:
    """Schemes the public may ask to join, by area then name, optionally narrowed by a search."""
    query = (
        sa.select(Scheme)
        .join(Area, Area.id == Scheme.area_id)
        .where(Scheme.accepts_interest.is_(True))
        .order_by(Area.name, Scheme.name, Scheme.id)
        .options(selectinload(Scheme.area))
    )
    search = search.strip()[:100]
    if search:
        query = query.where(
            sa.or_(Scheme.name.icontains(search, autoescape=True), Area.name.icontains(search, autoescape=True))
        )
    return query


# --- The coordinator's views of a scheme --------------------------------------------------------


MEMBER_STATUS_FILTERS = ("", "all", *(status.value for status in MembershipStatus))
ATTENTION_FILTERS = ("", "any", "missing", "due_soon", "expired")


@dataclass(frozen=True)
class MemberFilters:
    """`status`: "" for everyone but those who left, "all", or one status; `attention`: which items."""

    status: str = ""
    attention: str = ""
    name: str = ""


@dataclass
class MemberRow:
    """One membership with its checklist as it stands today (empty before the person applies)."""

    membership: Membership
    items: list[vetting.ChecklistItem] = field(default_factory=list)

    def _with(self, *states: vetting.ItemState) -> list[vetting.ChecklistItem]:
        return [item for item in self.items if item.state in states]

    @property
    def missing(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.MISSING, vetting.ItemState.OLD_VERSION)

    @property
    def expired(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.EXPIRED)

    @property
    def due_soon(self) -> list[vetting.ChecklistItem]:
        return self._with(vetting.ItemState.DUE_SOON)

    def matches(self, attention: str) -> bool:
        if attention == "missing":
            return bool(self.missing)
        if attention == "expired":
            return bool(self.expired)
        if attention == "due_soon":
            return bool(self.due_soon)
        if attention == "any":
            return bool(self.missing or self.expired or self.due_soon)
        return True


def _has_checklist(membership: Membership) -> bool:
    return membership.status not in (MembershipStatus.INVITED, MembershipStatus.LEFT)


def member_row(membership: Membership, today: date) -> MemberRow:
    items = vetting.checklist(membership, today) if _has_checklist(membership) else []
    return MemberRow(membership, items)


def member_rows(scheme: Scheme, today: date, filters: MemberFilters = MemberFilters()) -> list[MemberRow]:
    """The scheme's memberships with their checklists, filtered, coordinators first then by name."""
    query = (
        sa.select(Membership)
        .join(User, User.id == Membership.user_id)
        .where(Membership.scheme_id == scheme.id)
        .options(selectinload(Membership.user), selectinload(Membership.checks))
        .order_by(sa.case((Membership.role == MembershipRole.COORDINATOR, 0), else_=1), User.name, Membership.id)
    )
    if filters.status == "":
        query = query.where(Membership.status != MembershipStatus.LEFT)
    elif filters.status != "all":
        query = query.where(Membership.status == MembershipStatus(filters.status))
    name = filters.name.strip()[:100]
    if name:
        query = query.where(User.name.icontains(name, autoescape=True))
    rows = (member_row(membership, today) for membership in db.session.scalars(query))
    return [row for row in rows if row.matches(filters.attention)]


@dataclass(frozen=True)
class SchemeSummary:
    scheme: Scheme
    active: int
    awaiting_vetting: int
    invited: int
    suspended: int
    needing_attention: int
    new_interest: int


def scheme_summary(scheme: Scheme, today: date) -> SchemeSummary:
    """Counts for a coordinator's dashboard: who is waiting for them and what is running out."""
    rows = member_rows(scheme, today)
    by_status = {status: sum(1 for row in rows if row.membership.status == status) for status in MembershipStatus}
    new_interest = db.session.scalar(
        sa.select(sa.func.count(ExpressionOfInterest.id)).where(
            ExpressionOfInterest.scheme_id == scheme.id, ExpressionOfInterest.status == InterestStatus.NEW
        )
    )
    return SchemeSummary(
        scheme=scheme,
        active=by_status[MembershipStatus.ACTIVE],
        awaiting_vetting=by_status[MembershipStatus.APPLIED] + by_status[MembershipStatus.VETTING],
        invited=by_status[MembershipStatus.INVITED],
        suspended=by_status[MembershipStatus.SUSPENDED],
        needing_attention=sum(
            1 for row in rows if row.membership.status == MembershipStatus.ACTIVE and row.matches("any")
        ),
        new_interest=int(new_interest or 0),
    )


def coordinated_schemes(user: User) -> list[Scheme]:
    """The schemes a person coordinates and may manage today."""
    schemes = [
        m.scheme
        for m in user.memberships
        if m.role == MembershipRole.COORDINATOR and m.status == MembershipStatus.ACTIVE
    ]
    return sorted((s for s in schemes if can(user, "scheme.manage_members", s)), key=lambda s: s.name)


def lapsed_coordinator_schemes(user: User) -> list[Scheme]:
    """Schemes a person coordinates but may not manage now, because their own vetting lapsed."""
    return [
        m.scheme
        for m in user.memberships
        if m.is_acting_coordinator and not can(user, "scheme.manage_members", m.scheme)
    ]


CSV_HEADER = ("name", "email", "phone", "role", "status", "status_since", *(kind.value for kind in CheckKind))


def _csv_check(row: MemberRow, kind: CheckKind) -> str:
    item = next((item for item in row.items if item.kind == kind), None)
    if item is None:
        return ""
    if item.check is None:
        return item.state.value
    until = f" until {item.expires_on.isoformat()}" if item.expires_on else ""
    return f"{item.state.value}: {item.check.completed_on.isoformat()}{until}"


def export_members(actor: User, scheme: Scheme, filters: MemberFilters, today: date) -> list[tuple]:
    """The member list as CSV rows, for the scheme's own coordinators and its force's admins only.

    Taking personal data away in bulk is recorded in the audit trail.
    """
    require(actor, "scheme.manage_members", scheme)
    rows = member_rows(scheme, today, filters)
    audit.record(
        actor,
        "scheme.members_exported",
        scheme,
        after={"rows": len(rows), "status": filters.status, "attention": filters.attention},
    )
    db.session.commit()
    return [
        (
            row.membership.user.name,
            row.membership.user.email,
            row.membership.user.phone,
            row.membership.role.value,
            row.membership.status.value,
            row.membership.status_changed_at.date().isoformat(),
            *(_csv_check(row, kind) for kind in CheckKind),
        )
        for row in rows
    ]


def membership_history(membership: Membership) -> list[AuditEvent]:
    """What happened to a membership, oldest first, from the audit trail."""
    return db.session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.subject_type == "membership", AuditEvent.subject_id == str(membership.id))
        .order_by(AuditEvent.seq)
    ).all()


# --- What a person can download about themself --------------------------------------------------


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


@personal_data_exporter("memberships")
def _export_memberships(user: User) -> list[dict]:
    exported = []
    for membership in sorted(user.memberships, key=lambda m: m.id):
        application = application_of(membership)
        exported.append(
            {
                "scheme_id": membership.scheme_id,
                "scheme_name": membership.scheme.name,
                "role": membership.role.value,
                "status": membership.status.value,
                "status_reason": membership.status_reason,
                "status_changed_at": _iso(membership.status_changed_at),
                "activated_at": _iso(membership.activated_at),
                "created_at": _iso(membership.created_at),
                "vetting_checks": [
                    {
                        "kind": check.kind.value,
                        "completed_on": _iso(check.completed_on),
                        "expires_on": _iso(check.expires_on),
                        "detail": check.detail,
                        "recorded_by_id": check.recorded_by_id,
                        "recorded_at": _iso(check.recorded_at),
                    }
                    for check in membership.checks
                ],
                "application": None
                if application is None
                else {
                    "motivation": application.motivation,
                    "code_of_conduct_version": application.code_of_conduct_version,
                    "agreed_to_code_at": _iso(application.agreed_to_code_at),
                    "agreed_to_data_use_at": _iso(application.agreed_to_data_use_at),
                    "submitted_at": _iso(application.submitted_at),
                },
            }
        )
    return exported


@personal_data_exporter("volunteer_profile")
def _export_profile(user: User) -> dict | None:
    profile = profile_of(user)
    if profile is None:
        return None
    return {
        "languages": profile.languages,
        "accessibility_needs": profile.accessibility_needs,
        "updated_at": _iso(profile.updated_at),
    }


@personal_data_exporter("expressions_of_interest")
def _export_interest(user: User) -> list[dict]:
    expressions = db.session.scalars(
        sa.select(ExpressionOfInterest)
        .where(ExpressionOfInterest.email == user.email)
        .order_by(ExpressionOfInterest.id)
    )
    return [
        {
            "scheme_id": interest.scheme_id,
            "name": interest.name,
            "email": interest.email,
            "message": interest.message,
            "status": interest.status.value,
            "created_at": _iso(interest.created_at),
            "decided_at": _iso(interest.decided_at),
            "decision_reason": interest.decision_reason,
        }
        for interest in expressions
    ]
