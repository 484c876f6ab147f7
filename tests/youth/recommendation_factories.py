"""A Youth Commission world for recommendation tests: a commission in an area with a 16-year-old
member (guardian consent recorded), an adult facilitator, the area's officer, an officer of
another area and the force's admin; recommendations drafted, sent and answered through the real
services."""

from dataclasses import dataclass
from datetime import date, timedelta

from tests.factories import make_admin, make_area, make_force, make_membership, make_officer, make_scheme, make_user
from volunteers.models import Area, CheckKind, Force, MembershipRole, Scheme, SchemeKind, User
from volunteers.youth import consultations, recommendations
from volunteers.youth.models import Consultation, Recommendation


def sixteen_today() -> date:
    today = date.today()
    born = today.replace(year=today.year - 16, day=1)
    return born


@dataclass
class YouthWorld:
    force: Force
    area: Area
    scheme: Scheme
    member: User
    facilitator: User
    officer: User
    other_officer: User
    admin: User


def make_youth_world() -> YouthWorld:
    force = make_force()
    area = make_area(force, "Northgate")
    scheme = make_scheme(area, SchemeKind.YOUTH, "Northgate Youth Commission")
    member = make_user(
        email="young.person@example.test", name="Young Person", phone="07700 900123", date_of_birth=sixteen_today()
    )
    membership = make_membership(member, scheme)
    assert CheckKind.GUARDIAN_CONSENT in {check.kind for check in membership.checks}
    facilitator = make_user(email="facilitator@example.test", name="Fran Facilitator", date_of_birth=date(1980, 1, 1))
    make_membership(facilitator, scheme, role=MembershipRole.COORDINATOR)
    officer = make_officer(area, email="officer@example.test", name="Oscar Officer")
    other_officer = make_officer(make_area(force, "Southgate"), email="other.officer@example.test")
    admin = make_admin(force, email="admin@example.test")
    return YouthWorld(force, area, scheme, member, facilitator, officer, other_officer, admin)


def record_consultation(world: YouthWorld, topic: str = "Feeling safe in the park") -> Consultation:
    return consultations.record_consultation(
        world.facilitator,
        world.scheme,
        topic,
        date.today() - timedelta(days=30),
        date.today() - timedelta(days=20),
        ["survey", "workshop"],
        42,
        "Lighting, being moved on",
    )


def draft(world: YouthWorld, addressee: str = "area", **fields) -> Recommendation:
    return recommendations.draft_recommendation(
        world.member,
        world.scheme,
        fields.get("title", "Better lighting in the park"),
        fields.get("detail", "Young people told us the park feels unsafe after dark."),
        addressee,
        fields.get("consultation_ids", ()),
        fields.get("quote_ids", ()),
    )


def sent(world: YouthWorld, addressee: str = "area", now=None, **fields) -> Recommendation:
    recommendation = draft(world, addressee, **fields)
    recommendations.decide_recommendation(world.facilitator, recommendation, True, "", now=now)
    return recommendation
