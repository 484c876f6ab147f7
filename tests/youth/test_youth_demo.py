"""The demo's Youth Commission: Yusuf, 16, consented and signed in; his facilitator; and his
reverse mentoring pairing with the demo officer, whose DBS check is recorded."""

from datetime import date

import sqlalchemy as sa

from volunteers import vetting
from volunteers.extensions import db
from volunteers.hours import VolunteerHours
from volunteers.models import CheckKind, MembershipRole, SchemeKind, User
from volunteers.youth import mentoring
from volunteers.youth.models import MentoringSide


def _seed(app) -> dict[str, User]:
    result = app.test_cli_runner().invoke(args=["seed", "demo", "--password", "demo password 1"])
    assert result.exit_code == 0, result.output
    return {user.email: user for user in db.session.scalars(sa.select(User))}


def test_the_demo_youth_member_is_sixteen_with_consent_and_can_sign_in(app, client):
    users = _seed(app)
    youth = users["youth@demo.test"]
    [membership] = youth.memberships
    assert membership.scheme.kind == SchemeKind.YOUTH and membership.role == MembershipRole.MEMBER
    assert youth.age_on(date.today()) == 16
    assert vetting.latest_check(membership, CheckKind.GUARDIAN_CONSENT) is not None
    assert vetting.is_cleared(membership, date.today())
    facilitator = users["coordinator@demo.test"].membership_of(membership.scheme_id)
    assert facilitator.role == MembershipRole.COORDINATOR and vetting.is_cleared(facilitator, date.today())

    response = client.post("/sign-in", data={"email": "youth@demo.test", "password": "demo password 1"})
    assert response.status_code == 302
    assert client.get("/youth/mentoring/").status_code == 200


def test_the_demo_pairs_the_youth_member_with_the_officer_with_meetings_and_both_sides_feedback(app):
    users = _seed(app)
    officer = users["officer@demo.test"]
    assert mentoring.dbs_problem(officer, date.today()) is None
    [pairing] = mentoring.pairings_of(users["youth@demo.test"])
    assert pairing.officer_id == officer.id and pairing.is_active
    assert len(pairing.meetings) >= 2
    sides = {given.side for meeting in pairing.meetings for given in meeting.feedback}
    assert sides == {MentoringSide.COMMISSIONER, MentoringSide.OFFICER}
    hours = db.session.scalars(sa.select(VolunteerHours).where(VolunteerHours.source == "youth.mentoring")).all()
    assert len(hours) == len(pairing.meetings)
    assert app.test_cli_runner().invoke(args=["audit", "verify"]).exit_code == 0
