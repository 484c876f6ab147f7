"""Every onboarding service writes exactly one event with its actor and action; a refused call, none."""

from datetime import date

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user, record_check
from tests.membership.helpers import events
from volunteers import audit, equality, hours, vetting
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.hours import HoursActivity
from volunteers.membership import export, invitations, joining, lifecycle, queries, records, roles
from volunteers.membership.models import ExpressionOfInterest
from volunteers.models import CheckKind, MembershipRole, MembershipStatus
from volunteers.permissions import PermissionDenied

TODAY = date.today()


@pytest.fixture
def world(app, smtp):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    member = make_membership(scheme=scheme)
    suspended = make_membership(scheme=scheme, status=MembershipStatus.SUSPENDED)
    applicant = make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)
    for kind in (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT):
        record_check(applicant, kind)
    invited = invitations.invite(coordinator, scheme, "nia@example.test", "Nia")
    joining.express_interest(scheme, "Priya", "priya@example.test")
    interest = db.session.scalar(sa.select(ExpressionOfInterest))
    entry = hours.log_hours(member.user, member, TODAY, 60, HoursActivity.MEETING)
    bystander = make_user()
    admin = make_admin(scheme.area.force)
    db.session.execute(sa.text("DELETE FROM audit_event"))
    db.session.execute(sa.text("DELETE FROM audit_chain_head"))  # the chains start afresh
    db.session.commit()
    return {
        "coordinator": coordinator,
        "member": member,
        "suspended": suspended,
        "applicant": applicant,
        "invited": invited,
        "interest": interest,
        "entry": entry,
        "bystander": bystander,
        "admin": admin,
    }


# (action, who acts, the call); the same call by the bystander must be refused and leave nothing.
CALLS = [
    ("membership.invitation_resent", "coordinator", lambda w, a: invitations.resend_invitation(a, w["invited"])),
    (
        "membership.invitation_cancelled",
        "coordinator",
        lambda w, a: invitations.cancel_invitation(a, w["invited"], "Typo"),
    ),
    (
        "membership.check_recorded",
        "coordinator",
        lambda w, a: lifecycle.record_check(a, w["member"], CheckKind.IDENTITY, TODAY),
    ),
    (
        "membership.check_withdrawn",
        "coordinator",
        lambda w, a: lifecycle.withdraw_check(a, vetting.latest_check(w["member"], CheckKind.TRAINING), "Wrong person"),
    ),
    (
        "membership.date_of_birth_corrected",
        "coordinator",
        lambda w, a: records.correct_date_of_birth(a, w["member"], date(1990, 2, 3), "Typed the wrong year"),
    ),
    (
        "membership.made_coordinator",
        "admin",
        lambda w, a: roles.change_role(a, w["member"], MembershipRole.COORDINATOR, "Agreed by the scheme"),
    ),
    (
        "membership.coordinator_removed",
        "admin",
        lambda w, a: roles.change_role(a, w["coordinator"].memberships[0], MembershipRole.MEMBER, "Stepping down"),
    ),
    ("membership.activated", "coordinator", lambda w, a: lifecycle.complete_vetting(a, w["applicant"])),
    ("membership.suspended", "coordinator", lambda w, a: lifecycle.suspend(a, w["member"], "Complaint")),
    ("membership.reinstated", "coordinator", lambda w, a: lifecycle.reinstate(a, w["suspended"], "Resolved")),
    ("membership.ended", "coordinator", lambda w, a: lifecycle.end_membership(a, w["member"], "Moved away")),
    ("membership.left", "member", lambda w, a: lifecycle.leave(a, w["member"], "")),
    ("membership.code_of_conduct_signed", "member", lambda w, a: _new_code_then_sign(w, a)),
    ("membership.invited", "coordinator", lambda w, a: joining.invite_from_interest(a, w["interest"])),
    ("interest.declined", "coordinator", lambda w, a: joining.decline_interest(a, w["interest"], "Full")),
    ("hours.recorded", "member", lambda w, a: hours.log_hours(a, w["member"], TODAY, 30, HoursActivity.EVENT)),
    ("hours.voided", "coordinator", lambda w, a: hours.void_hours(a, w["entry"], "Mistake")),
    (
        "scheme.members_exported",
        "coordinator",
        lambda w, a: export.export_members(a, w["member"].scheme, queries.MemberFilters(), TODAY),
    ),
]


def _new_code_then_sign(world, actor):
    force = world["member"].scheme.area.force
    force.settings = {"code_of_conduct_version": "2030-1"}
    db.session.commit()
    return lifecycle.sign_code_of_conduct(actor, world["member"])


def _actor(world, who):
    return world[who].user if who == "member" else world[who]


@pytest.mark.parametrize(("action", "who", "call"), CALLS, ids=[action for action, _who, _call in CALLS])
def test_a_service_writes_exactly_one_event_with_its_actor_and_action(world, action, who, call):
    actor = _actor(world, who)
    call(world, actor)
    recorded = events(action)
    assert [(event.actor_id, event.action) for event in recorded] == [(actor.id, action)]
    assert audit.verify_chain()[1] is None


@pytest.mark.parametrize(("action", "who", "call"), CALLS, ids=[action for action, _who, _call in CALLS])
def test_a_refused_service_call_writes_no_event(world, action, who, call):
    with pytest.raises((PermissionDenied, DomainError)):
        call(world, world["bystander"])
    db.session.rollback()
    assert events() == []


def test_equality_answers_are_audited_as_a_change_without_their_content(world):
    person = world["member"].user
    equality.save_declaration(person, {"religion": "sikh"})
    [event] = events()
    assert (event.actor_id, event.action, event.before, event.after) == (person.id, "equality.declared", {}, {})
