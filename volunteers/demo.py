"""A demo force with an account for every role, for trying the app on a laptop.

Features add their own demo data (reports, sessions, ...) by handing `registry.install` a `demo`
function; it is called with the demo world once the accounts exist.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from volunteers import audit
from volunteers.auth import second_factor
from volunteers.auth.passwords import hash_password
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.hours import HoursActivity, VolunteerHours
from volunteers.membership.models import ExpressionOfInterest, MembershipApplication, VolunteerProfile
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
from volunteers.registry import registries
from volunteers.settings import settings_for
from volunteers.vetting import expiry_for

DEMO_FORCE_SLUG = "demo"
# Officers and admins sign in with a code as well: the demo enrols them, and `flask users
# totp-code EMAIL` shows the code their authenticator app would show.
SECOND_FACTOR_ACCOUNTS = ("admin@demo.test", "officer@demo.test")

DEMO_ACCOUNTS = (
    ("admin@demo.test", "Alex Admin", "admin of the Demo Constabulary"),
    ("officer@demo.test", "PC Olivia Officer", "officer of Northgate"),
    ("coordinator@demo.test", "Cora Coordinator", "coordinator of the three Northgate schemes"),
    ("volunteer@demo.test", "Val Volunteer", "active member of Northgate Neighbourhood Watch and Speed Watch"),
    ("youth@demo.test", "Yusuf Youth", "16-year-old member of Northgate Youth Commission"),
)


@dataclass(frozen=True)
class DemoWorld:
    """What the base seed made, for features to add their own demo data to."""

    force: Force
    areas: dict[str, Area]
    schemes: dict[SchemeKind, Scheme]
    users: dict[str, User]


def demo_exists() -> bool:
    return db.session.scalar(sa.select(Force.id).where(Force.slug == DEMO_FORCE_SLUG)) is not None


def _record_checks(membership: Membership, recorded_by: User | None, today: date, kinds: list[CheckKind]) -> None:
    settings = settings_for(membership.scheme.area.force)
    completed = today - timedelta(days=30)
    for kind in kinds:
        expires = expiry_for(kind, completed, settings)
        detail = settings.code_of_conduct_version if kind == CheckKind.CODE_OF_CONDUCT else ""
        db.session.add(
            VettingCheck(
                membership=membership,
                kind=kind,
                completed_on=completed,
                expires_on=expires,
                detail=detail,
                recorded_by=recorded_by,
            )
        )


def seed_demo(password: str) -> Force:
    """Create the demo force, its areas and schemes, and the demo accounts, all with `password`."""
    today = date.today()
    force = Force(name="Demo Constabulary", slug=DEMO_FORCE_SLUG)
    northgate = Area(force=force, name="Northgate", slug="northgate")
    riverside = Area(force=force, name="Riverside", slug="riverside")
    schemes = {
        SchemeKind.WATCH: Scheme(
            area=northgate,
            kind=SchemeKind.WATCH,
            name="Northgate Neighbourhood Watch",
            description="Residents looking out for the streets of Northgate.",
        ),
        SchemeKind.SPEEDWATCH: Scheme(
            area=northgate,
            kind=SchemeKind.SPEEDWATCH,
            name="Northgate Community Speed Watch",
            description="Roadside speed checks at approved sites in Northgate.",
        ),
        SchemeKind.YOUTH: Scheme(
            area=northgate,
            kind=SchemeKind.YOUTH,
            name="Northgate Youth Commission",
            description="Young people advising the police on what matters to them.",
        ),
    }
    db.session.add_all([force, northgate, riverside, *schemes.values()])

    password_hash = hash_password(password)
    users = {
        email: User(email=email, name=name, password_hash=password_hash, date_of_birth=date(1980, 5, 17))
        for email, name, _role in DEMO_ACCOUNTS
    }
    users["youth@demo.test"].date_of_birth = today.replace(year=today.year - 16) - timedelta(days=40)
    db.session.add_all(users.values())
    db.session.add(ForceAdmin(user=users["admin@demo.test"], force=force))
    db.session.add(OfficerAssignment(user=users["officer@demo.test"], area=northgate))
    for email in SECOND_FACTOR_ACCOUNTS:
        users[email].totp_secret = second_factor.encrypt(second_factor.new_secret())
        users[email].totp_enrolled_at = utcnow()

    coordinator = users["coordinator@demo.test"]
    everyone = [CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT]
    for kind, scheme in schemes.items():
        membership = _active_membership(coordinator, scheme, MembershipRole.COORDINATOR)
        _record_checks(membership, None, today, everyone + ([CheckKind.DBS] if kind == SchemeKind.YOUTH else []))
    for kind in (SchemeKind.WATCH, SchemeKind.SPEEDWATCH):
        membership = _active_membership(users["volunteer@demo.test"], schemes[kind], MembershipRole.MEMBER)
        _record_checks(membership, coordinator, today, everyone)
    youth = _active_membership(users["youth@demo.test"], schemes[SchemeKind.YOUTH], MembershipRole.MEMBER)
    _record_checks(youth, coordinator, today, everyone + [CheckKind.GUARDIAN_CONSENT])

    _add_applications(users, schemes)
    db.session.add(
        ExpressionOfInterest(
            scheme=schemes[SchemeKind.WATCH],
            name="Priya Prospect",
            email="prospect@demo.test",
            message="I have just moved to Mill Lane and would like to help.",
        )
    )
    val_watch = users["volunteer@demo.test"].memberships[0]
    for days_ago, minutes, activity in ((12, 90, HoursActivity.LEAFLETING), (5, 120, HoursActivity.MEETING)):
        db.session.add(
            VolunteerHours(
                membership=val_watch,
                worked_on=today - timedelta(days=days_ago),
                minutes=minutes,
                activity=activity,
                recorded_by=users["volunteer@demo.test"],
            )
        )

    audit.record(None, "demo.seeded", force, after={"accounts": [email for email, _n, _r in DEMO_ACCOUNTS]})
    db.session.commit()
    world = DemoWorld(force, {"northgate": northgate, "riverside": riverside}, schemes, users)
    for seed in registries().demo_seeders.values():
        seed(world)
    return force


def _active_membership(user: User, scheme: Scheme, role: MembershipRole) -> Membership:
    membership = Membership(user=user, scheme=scheme, role=role, status=MembershipStatus.ACTIVE, activated_at=utcnow())
    db.session.add(membership)
    return membership


DEMO_MOTIVATIONS = {
    "coordinator@demo.test": "I want our neighbourhood to work with the police, not around them.",
    "volunteer@demo.test": "Speeding on Mill Lane worries everyone with children; I want to help properly.",
    "youth@demo.test": "Young people should have a say in how our area is policed.",
}


def _add_applications(users: dict[str, User], schemes: dict[SchemeKind, Scheme]) -> None:
    """The application answers demo members would have given, so every page has something to show."""
    now = utcnow()
    for email, motivation in DEMO_MOTIVATIONS.items():
        user = users[email]
        user.phone = "01632 960 001"
        db.session.add(VolunteerProfile(user=user, languages="English", accessibility_needs=""))
        for membership in user.memberships:
            db.session.add(
                MembershipApplication(
                    membership=membership,
                    motivation=motivation,
                    code_of_conduct_version=settings_for(membership.scheme.area.force).code_of_conduct_version,
                    agreed_to_code_at=now,
                    agreed_to_data_use_at=now,
                )
            )
