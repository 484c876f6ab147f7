"""A force's administration: areas, schemes and officers. Each call is one audited transaction."""

import re
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.auth.passwords import hash_password, password_problem
from volunteers.auth.services import find_user_by_email
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.models import Area, Force, ForceAdmin, OfficerAssignment, Scheme, SchemeKind, TokenPurpose, User
from volunteers.permissions import require
from volunteers.tokens import issue_one_time_token
from volunteers.transaction import service
from volunteers.validation import normalise_email


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80] or "area"


@service
def create_force(name: str, slug: str | None = None) -> Force:
    """Create a force (from the command line: there is no one above an admin to do it)."""
    force = Force(name=name.strip(), slug=slug or slugify(name))
    db.session.add(force)
    audit.record(None, "force.created", force, after={"name": force.name, "slug": force.slug})
    return force


@service
def create_area(actor: User, force: Force, name: str) -> Area:
    """Add a neighbourhood or beat to a force."""
    require(actor, "force.administer", force)
    name = name.strip()
    slug = slugify(name)
    if db.session.scalar(sa.select(Area.id).where(Area.force_id == force.id, Area.slug == slug)):
        raise Conflict(_("There is already an area called %(name)s", name=name), field="name")
    area = Area(force=force, name=name, slug=slug)
    db.session.add(area)
    audit.record(actor, "area.created", area, after={"name": name})
    return area


@service
def create_scheme(actor: User, area: Area, kind: SchemeKind, name: str, description: str = "") -> Scheme:
    """Start a Neighbourhood Watch, Speed Watch or Youth Commission scheme in an area."""
    require(actor, "force.administer", area.force)
    scheme = Scheme(area=area, kind=kind, name=name.strip(), description=description.strip())
    db.session.add(scheme)
    audit.record(actor, "scheme.created", scheme, after={"name": scheme.name, "kind": kind.value, "area_id": area.id})
    return scheme


@service
def set_accepts_interest(actor: User, scheme: Scheme, accepts: bool) -> None:
    """List a scheme on the public "join" page, or take it off (a scheme that is full, or pausing):
    the public can then no longer ask to join it; requests already made stay for its coordinator."""
    require(actor, "force.administer", scheme.area.force)
    if scheme.accepts_interest == accepts:
        if accepts:
            raise Conflict(_("This scheme is already taking requests to join"))
        raise Conflict(_("This scheme is already not taking requests to join"))
    scheme.accepts_interest = accepts
    audit.record(
        actor,
        "scheme.interest_opened" if accepts else "scheme.interest_closed",
        scheme,
        before={"accepts_interest": not accepts},
        after={"accepts_interest": accepts},
    )


def _new_user(email: str, name: str) -> User:
    email = normalise_email(email)
    if find_user_by_email(email) is not None:
        raise Conflict(_("Someone already has an account with this email address"), field="email")
    user = User(email=email, name=name.strip())
    db.session.add(user)
    return user


def _send_account_setup(user: User, created_by: User | None, role_label: str) -> None:
    days = current_app.config["ACCOUNT_SETUP_DAYS"]
    _token, secret = issue_one_time_token(
        TokenPurpose.ACCOUNT_SETUP, user.email, timedelta(days=days), user=user, created_by=created_by
    )
    mail.queue(
        "account_setup",
        user.email,
        _("Set up your Volunteers account"),
        user=user,
        role_label=role_label,
        link=mail.absolute_url("auth.set_up_account", link=secret),
        days=days,
    )


@service
def create_officer(actor: User, force: Force, email: str, name: str, areas: list[Area]) -> User:
    """Give an officer, PCSO or staff member an account and assign them to areas of the force."""
    require(actor, "force.administer", force)
    if not areas or any(area.force_id != force.id for area in areas):
        raise DomainError(_("Choose at least one area of this force"), field="areas")
    officer = _new_user(email, name)
    for area in areas:
        db.session.add(OfficerAssignment(user=officer, area=area, assigned_by_id=actor.id))
    _send_account_setup(officer, actor, _("officer"))
    audit.record(actor, "officer.created", officer, after={"area_ids": sorted(area.id for area in areas)})
    return officer


@service
def set_officer_areas(actor: User, force: Force, officer: User, areas: list[Area]) -> None:
    """Change which of the force's areas an officer covers (areas of other forces are untouched)."""
    require(actor, "force.administer", force)
    if any(area.force_id != force.id for area in areas):
        raise DomainError(_("Choose areas of this force only"), field="areas")
    wanted = {area.id for area in areas}
    current = {a.area_id: a for a in officer.officer_assignments if a.area.force_id == force.id}
    for area_id in set(current) - wanted:
        db.session.delete(current[area_id])
    for area in areas:
        if area.id not in current:
            db.session.add(OfficerAssignment(user=officer, area=area, assigned_by_id=actor.id))
    audit.record(
        actor,
        "officer.areas_changed",
        officer,
        before={"area_ids": sorted(current)},
        after={"area_ids": sorted(wanted)},
    )


@service
def create_admin(force: Force, email: str, name: str, password: str | None = None) -> User:
    """Make someone an admin of a force (from the command line only)."""
    user = find_user_by_email(email) or _new_user(email, name)
    if password:
        problem = password_problem(password, user.email)
        if problem:
            raise DomainError(problem, field="password")
        user.password_hash = hash_password(password)
    if force.id not in user.admin_force_ids:
        db.session.add(ForceAdmin(user=user, force=force))
    db.session.flush()
    if not user.password_hash:
        _send_account_setup(user, None, _("administrator"))
    audit.record(None, "admin.appointed", user, after={"force_id": force.id})
    return user


def officers_of(force: Force) -> list[User]:
    return db.session.scalars(
        sa.select(User)
        .join(OfficerAssignment, OfficerAssignment.user_id == User.id)
        .join(Area, Area.id == OfficerAssignment.area_id)
        .where(Area.force_id == force.id)
        .distinct()
        .order_by(User.name)
    ).all()
