"""A Youth Commission ready for reverse mentoring: its facilitator, a 16-year-old commissioner with
every check (guardian consent included) in date, an officer of its area and an admin of its force."""

from dataclasses import dataclass
from datetime import date, timedelta

from tests.factories import (
    factory,
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_officer,
    make_scheme,
)
from volunteers.extensions import db
from volunteers.models import Area, Force, Scheme, SchemeKind, User
from volunteers.youth import mentoring
from volunteers.youth.models import MentoringPairing, OfficerDbsCheck


@dataclass
class YouthWorld:
    force: Force
    area: Area
    scheme: Scheme
    facilitator: User
    commissioner: User
    officer: User
    admin: User


def sixteen_today() -> date:
    today = date.today()
    return today.replace(year=today.year - 16) - timedelta(days=40)


def make_youth_world() -> YouthWorld:
    force = make_force()
    area = make_area(force)
    scheme = make_scheme(area, SchemeKind.YOUTH)
    commissioner = make_member(
        scheme,
        name="Yasmin Quayle-Hart",
        email="yasmin@example.test",
        phone="07700 900123",
        date_of_birth=sixteen_today(),
    )
    return YouthWorld(
        force=force,
        area=area,
        scheme=scheme,
        facilitator=make_coordinator(scheme),
        commissioner=commissioner,
        officer=make_officer(area, name="PC Owen Officer"),
        admin=make_admin(force),
    )


@factory
def expired_dbs(officer: User, force: Force, recorded_by: User) -> OfficerDbsCheck:
    """A DBS check recorded years ago, no longer in date."""
    today = date.today()
    check = OfficerDbsCheck(
        user=officer,
        force=force,
        completed_on=today - timedelta(days=1500),
        expires_on=today - timedelta(days=405),
        recorded_by=recorded_by,
    )
    db.session.add(check)
    return check


def paired(world: YouthWorld, officer: User | None = None) -> MentoringPairing:
    """The commissioner paired with an officer (the world's by default) whose DBS check is recorded."""
    officer = officer or world.officer
    mentoring.record_officer_dbs(world.admin, officer, date.today() - timedelta(days=30))
    pairing = mentoring.pair(world.facilitator, world.scheme, world.commissioner.memberships[0], officer)
    return pairing


def meeting_of(pairing: MentoringPairing, by: User, minutes: int = 60, topic: str = "Stop and search"):
    return mentoring.log_meeting(by, pairing, mentoring.MeetingDetails(date.today(), minutes, topic))
