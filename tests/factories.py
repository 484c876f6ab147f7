"""Plain functions that make the objects tests need, committed, with sensible defaults.

Each factory runs in `transaction()`, so one that calls others (a member: a user, a membership,
its checks) commits once, when the outermost factory returns.
"""

import functools
import itertools
from datetime import date, timedelta

from volunteers.auth import second_factor
from volunteers.auth.passwords import hash_password
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import (
    Area,
    CheckKind,
    Force,
    ForceAdmin,
    Membership,
    MembershipRole,
    MembershipStatus,
    OfficerAssignment,
    Scheme,
    SchemeKind,
    User,
    VettingCheck,
)
from volunteers.settings import settings_for
from volunteers.transaction import transaction
from volunteers.vetting import required_checks

PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


@functools.cache
def _password_hash(password: str) -> str:
    """Hashed once per run: argon2 is slow on purpose, and every test user shares the password."""
    return hash_password(password)


def factory(make):
    """Run a factory as one transaction, or as part of the factory that called it."""

    @functools.wraps(make)
    def run(*args, **kwargs):
        with transaction():
            made = make(*args, **kwargs)
            db.session.flush()
            return made

    return run


@factory
def make_force(name: str | None = None, **fields) -> Force:
    number = next(_numbers)
    force = Force(name=name or f"Force {number}", slug=fields.pop("slug", f"force-{number}"), **fields)
    db.session.add(force)
    return force


@factory
def make_area(force: Force | None = None, name: str | None = None) -> Area:
    number = next(_numbers)
    area = Area(force=force or make_force(), name=name or f"Area {number}", slug=f"area-{number}")
    db.session.add(area)
    return area


@factory
def make_scheme(area: Area | None = None, kind: SchemeKind = SchemeKind.WATCH, name: str | None = None) -> Scheme:
    scheme = Scheme(area=area or make_area(), kind=kind, name=name or f"{kind.value} scheme {next(_numbers)}")
    db.session.add(scheme)
    return scheme


@factory
def make_user(email: str | None = None, name: str | None = None, password: str | None = PASSWORD, **fields) -> User:
    number = next(_numbers)
    fields.setdefault("date_of_birth", date(1985, 6, 15))
    user = User(
        email=email or f"person{number}@example.test",
        name=name or f"Person {number}",
        password_hash=_password_hash(password) if password else None,
        **fields,
    )
    db.session.add(user)
    return user


@factory
def record_check(
    membership: Membership,
    kind: CheckKind,
    completed_on: date | None = None,
    expires_on: date | None = None,
    detail: str | None = None,
) -> VettingCheck:
    """A check as recorded; a code of conduct is signed in the force's current version by default."""
    completed_on = completed_on or date.today() - timedelta(days=10)
    if expires_on is None and kind in (CheckKind.TRAINING, CheckKind.DBS):
        expires_on = completed_on + timedelta(days=730)
    if detail is None:
        force = membership.scheme.area.force
        detail = settings_for(force).code_of_conduct_version if kind == CheckKind.CODE_OF_CONDUCT else ""
    check = VettingCheck(
        membership=membership, kind=kind, completed_on=completed_on, expires_on=expires_on, detail=detail
    )
    db.session.add(check)
    return check


@factory
def make_membership(
    user: User | None = None,
    scheme: Scheme | None = None,
    status: MembershipStatus = MembershipStatus.ACTIVE,
    role: MembershipRole = MembershipRole.MEMBER,
    vetted: bool = True,
) -> Membership:
    """A membership; when `vetted`, every check its scheme requires is recorded and in date."""
    membership = Membership(
        user=user or make_user(),
        scheme=scheme or make_scheme(),
        status=status,
        role=role,
        activated_at=utcnow() if status == MembershipStatus.ACTIVE else None,
    )
    db.session.add(membership)
    if vetted:
        for kind in required_checks(membership, date.today()):
            record_check(membership, kind)
    return membership


@factory
def make_member(scheme: Scheme, **fields) -> User:
    """A user who is an active, fully vetted member of the scheme."""
    user = make_user(**fields)
    make_membership(user, scheme)
    return user


@factory
def make_coordinator(scheme: Scheme, **fields) -> User:
    user = make_user(**fields)
    make_membership(user, scheme, role=MembershipRole.COORDINATOR)
    return user


def enrol_second_factor(user: User) -> None:
    """Give the user an authenticator app, as officers and admins must have; the tests read its
    secret back with `volunteers.auth.second_factor.secret_of(user)` to make codes."""
    user.totp_secret = second_factor.encrypt(second_factor.new_secret())
    user.totp_enrolled_at = utcnow()


@factory
def make_officer(*areas: Area, second_factor_enrolled: bool = True, **fields) -> User:
    user = make_user(**fields)
    for area in areas:
        db.session.add(OfficerAssignment(user=user, area=area))
    if second_factor_enrolled:
        enrol_second_factor(user)
    return user


@factory
def make_admin(force: Force, second_factor_enrolled: bool = True, **fields) -> User:
    user = make_user(**fields)
    db.session.add(ForceAdmin(user=user, force=force))
    if second_factor_enrolled:
        enrol_second_factor(user)
    return user


def code_for(user: User) -> str:
    """A code the user's authenticator app would show now, accepted even if one was used just now."""
    import pyotp

    user.totp_last_step = None
    db.session.commit()
    return pyotp.TOTP(second_factor.secret_of(user)).now()


def finish_enrolment(client) -> list[str]:
    """Complete the authenticator set-up page as a person would, with a code made from the key the
    page shows; returns the recovery codes it then shows."""
    import re

    import pyotp

    page = client.get("/sign-in/set-up-second-factor").get_data(as_text=True)
    secret = re.search(r'<code class="app-token">([A-Z2-7]+)</code>', page).group(1)
    shown = client.post("/sign-in/set-up-second-factor", data={"code": pyotp.TOTP(secret).now()})
    assert shown.status_code == 200, shown.get_data(as_text=True)[:500]
    return re.findall(r'<code class="app-token">([A-Z0-9]{5}-[A-Z0-9]{5})</code>', shown.get_data(as_text=True))
