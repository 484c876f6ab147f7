"""An admin makes a member the coordinator of their scheme, or takes the role away: audited with a
reason, the person told, never about themself."""

from datetime import date

import pytest

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user
from tests.membership.helpers import events
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.membership import roles
from volunteers.models import ForceAdmin, MembershipRole, MembershipStatus, SchemeKind
from volunteers.permissions import PermissionDenied, can

TODAY = date.today()


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def admin(scheme):
    return make_admin(scheme.area.force)


@pytest.fixture
def member(scheme):
    return make_membership(make_user(email="mo@example.test"), scheme)


def test_a_member_made_coordinator_manages_the_scheme_at_once(scheme, admin, member, smtp):
    assert not can(member.user, "scheme.manage_members", scheme)
    roles.change_role(admin, member, MembershipRole.COORDINATOR, "Agreed at the residents' meeting")
    db.session.expire_all()
    assert member.role == MembershipRole.COORDINATOR
    assert can(member.user, "scheme.manage_members", scheme)
    email = smtp.text(smtp.last_to("mo@example.test"))
    assert "now a coordinator" in email and "Agreed at the residents' meeting" in email
    [event] = events("membership.made_coordinator")
    assert (event.actor_id, event.before, event.after["role"]) == (admin.id, {"role": "member"}, "coordinator")


def test_removing_the_role_stops_them_managing_but_keeps_them_a_member(scheme, admin, smtp):
    coordinator = make_coordinator(scheme, email="cora@example.test")
    membership = coordinator.memberships[0]
    roles.change_role(admin, membership, MembershipRole.MEMBER, "Stepping down after two years")
    db.session.expire_all()
    assert membership.role == MembershipRole.MEMBER and membership.status == MembershipStatus.ACTIVE
    assert not can(coordinator, "scheme.manage_members", scheme)
    assert can(coordinator, "scheme.submit", scheme)
    assert "no longer a coordinator" in smtp.text(smtp.last_to("cora@example.test"))
    assert [(e.actor_id, e.action) for e in events()] == [(admin.id, "membership.coordinator_removed")]


def test_only_an_admin_of_the_force_changes_roles_and_never_their_own(scheme, admin, member):
    coordinator = make_coordinator(scheme)
    other_admin = make_admin(make_scheme().area.force)
    for actor in (coordinator, member.user, other_admin):
        with pytest.raises(PermissionDenied):
            roles.change_role(actor, member, MembershipRole.COORDINATOR, "Promoting them")
    own = make_membership(admin, scheme)
    with pytest.raises(PermissionDenied):
        roles.change_role(admin, own, MembershipRole.COORDINATOR, "Promoting myself")
    db.session.rollback()
    assert events() == []


def test_the_role_changes_only_from_a_state_that_allows_it(scheme, admin, member):
    with pytest.raises(Conflict, match="already a coordinator"):
        roles.change_role(admin, make_coordinator(scheme).memberships[0], MembershipRole.COORDINATOR, "Again")
    with pytest.raises(Conflict, match="not a coordinator"):
        roles.change_role(admin, member, MembershipRole.MEMBER, "Demote")
    for status, words in (
        (MembershipStatus.SUSPENDED, "suspended"),
        (MembershipStatus.LEFT, "left"),
        (MembershipStatus.INVITED, "invite them as a coordinator"),
    ):
        with pytest.raises(Conflict, match=words):
            roles.change_role(admin, make_membership(scheme=scheme, status=status), MembershipRole.COORDINATOR, "Go")
    with pytest.raises(DomainError) as refused:
        roles.change_role(admin, member, MembershipRole.COORDINATOR, "")
    assert refused.value.errors == {"reason": ["Say why the role is changing"]}
    db.session.rollback()
    assert events() == []


def test_a_young_person_cannot_be_made_a_youth_commissions_facilitator(admin, scheme):
    youth = make_scheme(scheme.area, SchemeKind.YOUTH)
    sixteen = make_membership(make_user(date_of_birth=TODAY.replace(year=TODAY.year - 16, day=1)), youth)
    with pytest.raises(Conflict, match="facilitator must be 18"):
        roles.change_role(admin, sixteen, MembershipRole.COORDINATOR, "They are keen")
    adult = make_membership(make_user(date_of_birth=date(1980, 1, 1)), youth)
    roles.change_role(admin, adult, MembershipRole.COORDINATOR, "Experienced youth worker")
    assert adult.role == MembershipRole.COORDINATOR


# --- Pages and the API ---------------------------------------------------------------------------


def test_the_admin_changes_the_role_from_the_members_page(client, login_as, scheme, admin, member):
    login_as(admin)
    url = f"/admin/memberships/{member.id}/role"
    assert url in client.get(f"/memberships/{member.id}").get_data(as_text=True)
    page = client.get(url)
    assert page.status_code == 200 and "Make coordinator" in page.get_data(as_text=True)
    assert client.post(url, data={"role": "coordinator", "reason": ""}).status_code == 400
    response = client.post(url, data={"role": "coordinator", "reason": "Agreed"}, follow_redirects=True)
    assert "is now a coordinator" in response.get_data(as_text=True)
    again = client.post(url, data={"role": "coordinator", "reason": "Double click"})
    assert again.status_code == 400 and "already a coordinator" in again.get_data(as_text=True)
    assert len(events("membership.made_coordinator")) == 1


def test_coordinators_see_no_role_link_and_cannot_open_the_page(client, login_as, scheme, member):
    coordinator = login_as(make_coordinator(scheme))
    assert "/role" not in client.get(f"/memberships/{member.id}").get_data(as_text=True)
    assert client.get(f"/admin/memberships/{member.id}/role").status_code == 403
    db.session.add(ForceAdmin(user=coordinator, force=make_scheme().area.force))
    db.session.commit()
    assert client.post(
        f"/admin/memberships/{member.id}/role", data={"role": "coordinator", "reason": "Sneaky"}
    ).status_code in (403, 404)
    assert events() == []


def test_the_api_changes_the_role(client, api_token, scheme, admin, member):
    url = f"/api/v1/memberships/{member.id}/role"
    assert client.post(url, json={"role": "boss", "reason": "x"}, headers=api_token(admin)).status_code == 422
    response = client.post(url, json={"role": "coordinator", "reason": "Agreed"}, headers=api_token(admin))
    assert response.status_code == 200 and response.get_json()["role"] == "coordinator"
    refused = client.post(url, json={"role": "member", "reason": "x"}, headers=api_token(member.user))
    assert refused.status_code == 403
