"""Joining a scheme: invitations, and the application made by following one.

* **invited** — a coordinator (or, for a coordinator, an admin) invites someone by email; an
  expression of interest from the public page can become an invitation (`interest.py`). The
  link is single-use and expires; resending issues a new link and kills the old one; cancelling
  kills it and marks the membership `left`. Someone who left comes back only through a new
  invitation.
* **applied** — the person follows the link, sets a password if they are new (an existing
  account must sign in instead: its password is never changed here), and applies. Agreeing to
  the code of conduct in the application is their signature: it is recorded as that checklist
  item, with the version they signed.
"""

import logging
from dataclasses import dataclass, replace
from datetime import date, timedelta

from flask import current_app
from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.auth.passwords import hash_password, password_problems
from volunteers.auth.services import find_user_by_email
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, NotFound
from volunteers.extensions import db
from volunteers.membership.lifecycle import checked_reason, member_page, notify_managers, set_status
from volunteers.membership.models import (
    ACCESSIBILITY_MAX_CHARS,
    LANGUAGES_MAX_CHARS,
    MOTIVATION_MAX_CHARS,
    MembershipApplication,
    VolunteerProfile,
)
from volunteers.membership.queries import application_of, invitation_for_link, profile_of
from volunteers.models import (
    NAME_MAX_CHARS,
    CheckKind,
    Membership,
    MembershipRole,
    MembershipStatus,
    OneTimeToken,
    Scheme,
    TokenPurpose,
    User,
    VettingCheck,
)
from volunteers.permissions import require
from volunteers.settings import settings_for
from volunteers.tokens import cancel_open_tokens, issue_one_time_token
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.vetting import policy_for

log = logging.getLogger(__name__)

OLDEST_AGE = 120


class WrongAccount(DomainError):
    """An invitation for an existing account followed by someone signed in as somebody else."""

    status = 403


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
        link=mail.absolute_url("membership.accept_invitation", link=secret),
        days=days,
    )


def _invitee(email: str, name: str) -> tuple[str, str]:
    check = Checker()
    email = check.email(email)
    name = check.text(name, "name", limit=NAME_MAX_CHARS, missing=_("Enter the person's name"))
    check.done()
    return email, name


@service
def invite(
    actor: User,
    scheme: Scheme,
    email: str,
    name: str,
    role: MembershipRole = MembershipRole.MEMBER,
    interest_id: int | None = None,
) -> Membership:
    """Invite someone by email to join a scheme; an existing account is reused, never altered."""
    if role == MembershipRole.COORDINATOR:
        require(actor, "force.administer", scheme.area.force)
    else:
        require(actor, "scheme.manage_members", scheme)
    email, name = _invitee(email, name)
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
        set_status(membership, MembershipStatus.INVITED)
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
            "interest_id": interest_id,
        },
    )
    log.info("membership %s: user %s invited by user %s", membership.id, user.id, actor.id)
    return membership


@service
def resend_invitation(actor: User, membership: Membership) -> None:
    """Send a fresh invitation link; the earlier one stops working."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.INVITED:
        raise Conflict(_("Only an invitation that has not been accepted can be sent again"))
    _send_invitation(actor, membership)
    audit.record(actor, "membership.invitation_resent", membership)


@service
def cancel_invitation(actor: User, membership: Membership, reason: str = "") -> None:
    """Withdraw an invitation: its link stops working and the membership is marked as left."""
    require(actor, "membership.manage", membership)
    if membership.status != MembershipStatus.INVITED:
        raise Conflict(_("Only an invitation that has not been accepted can be cancelled"))
    reason = checked_reason(reason, None) or _("Invitation cancelled")
    cancel_open_tokens(TokenPurpose.INVITATION, membership=membership)
    set_status(membership, MembershipStatus.LEFT, reason)
    audit.record(actor, "membership.invitation_cancelled", membership, reason=reason, after={"status": "left"})


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
    # Asked only where the scheme kind may need a guardian's consent (`MembershipPolicy.may_need_guardian`).
    guardian_name: str = ""
    guardian_email: str = ""


def _check_date_of_birth(check: Checker, membership: Membership, born: date | None, today: date) -> int | None:
    """The applicant's age, or None (with the problem added) when the date will not do."""
    if born is None:
        check.add("date_of_birth", _("Enter your date of birth"))
        return None
    if born > today:
        check.add("date_of_birth", _("Your date of birth must be in the past"))
        return None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > OLDEST_AGE:
        check.add("date_of_birth", _("Enter a real date of birth"))
        return None
    problem = policy_for(membership).applicant_age_problem(membership, age)
    if problem:
        check.add("date_of_birth", problem)
        return None
    return age


def _checked_guardian(check: Checker, membership: Membership, answers: Application, age: int | None) -> tuple[str, str]:
    """The guardian's name and email when the applicant's age needs their consent, else blanks."""
    if age is None or not policy_for(membership).needs_guardian(membership, age):
        return "", ""
    name = check.text(
        answers.guardian_name,
        "guardian_name",
        limit=NAME_MAX_CHARS,
        missing=_("Enter the name of your parent or guardian"),
    )
    if not (answers.guardian_email or "").strip():
        check.add("guardian_email", _("Enter the email address of your parent or guardian"))
        return name, ""
    email = check.email(answers.guardian_email, "guardian_email")
    if not check.has("guardian_email") and email == membership.user.email.lower():
        check.add(
            "guardian_email",
            _("Enter your parent's or guardian's own email address, not yours: we ask them, not you"),
        )
    return name, email


def _checked_application(check: Checker, membership: Membership, answers: Application, today: date) -> Application:
    """The answers, trimmed, with every problem found added to `check`."""
    if not answers.agrees_to_code:
        check.add("agree_code", _("You must agree to follow the code of conduct to join"))
    if not answers.agrees_to_data_use:
        check.add("agree_data_use", _("You must agree to how your information is used to join"))
    checked = Application(
        name=check.text(answers.name, "name", limit=NAME_MAX_CHARS, missing=_("Enter your full name")),
        phone=check.phone(answers.phone),
        date_of_birth=answers.date_of_birth,
        languages=check.text(answers.languages, "languages", limit=LANGUAGES_MAX_CHARS),
        accessibility_needs=check.text(
            answers.accessibility_needs, "accessibility_needs", limit=ACCESSIBILITY_MAX_CHARS
        ),
        motivation=check.text(
            answers.motivation, "motivation", limit=MOTIVATION_MAX_CHARS, missing=_("Tell us why you want to volunteer")
        ),
        agrees_to_code=True,
        agrees_to_data_use=True,
    )
    age = _check_date_of_birth(check, membership, answers.date_of_birth, today)
    guardian_name, guardian_email = _checked_guardian(check, membership, answers, age)
    return replace(checked, guardian_name=guardian_name, guardian_email=guardian_email)


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


def _save_answers(user: User, membership: Membership, answers: Application, now) -> str:
    """Keep the applicant's details, profile and application; return the code version signed."""
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
            membership=membership,
            kind=CheckKind.CODE_OF_CONDUCT,
            completed_on=date.today(),
            detail=version,
            recorded_by=user,
        )
    )
    return version


@service
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
    check = Checker()
    answers = _checked_application(check, membership, answers, date.today())
    if is_new_account:
        for problem in password_problems(password or "", user.email):
            check.add("password", problem)
    check.done()

    now = utcnow()
    if is_new_account:
        user.password_hash = hash_password(password)
        user.password_changed_at = now
    version = _save_answers(user, membership, answers, now)
    token.used_at = now
    set_status(membership, MembershipStatus.APPLIED)
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
    policy_for(membership).applied(membership, answers.guardian_name, answers.guardian_email)
    notify_managers(
        membership.scheme,
        "application_received",
        _("A new application to join %(scheme)s", scheme=membership.scheme.name),
        link=member_page(membership),
    )
    log.info("membership %s: application received from user %s", membership.id, user.id)
    return user
