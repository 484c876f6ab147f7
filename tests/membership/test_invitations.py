"""Invitations: coordinators bring people in by email; links are single-use and expire."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import PASSWORD, make_admin, make_coordinator, make_member, make_scheme, make_user
from tests.membership.helpers import NEW_PASSWORD, application_form, events, invitation_path
from volunteers.auth.passwords import verify_password
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.membership import invitations
from volunteers.membership.models import MembershipApplication, VolunteerProfile
from volunteers.models import CheckKind, Membership, MembershipRole, MembershipStatus, OneTimeToken, User
from volunteers.permissions import PermissionDenied


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme, name="Cora Coordinator")


def _membership_of(email: str, scheme) -> Membership:
    db.session.expire_all()
    user = db.session.scalar(sa.select(User).where(User.email == email))
    return user.membership_of(scheme.id)


def test_a_coordinator_invites_a_new_person_who_gets_an_account_without_a_password_and_a_link(
    client, login_as, scheme, coordinator, smtp
):
    login_as(coordinator)
    response = client.post(f"/schemes/{scheme.id}/invite", data={"name": "Nia New", "email": " Nia@Example.TEST "})
    assert response.status_code == 302

    membership = _membership_of("nia@example.test", scheme)
    assert membership.status == MembershipStatus.INVITED and membership.role == MembershipRole.MEMBER
    assert membership.user.password_hash is None and membership.user.name == "Nia New"
    message = smtp.last_to("nia@example.test")
    assert scheme.name in message["Subject"]
    assert "choose a password" in smtp.text(message)
    assert client.get(invitation_path(smtp, "nia@example.test"), follow_redirects=True).status_code == 200


def test_inviting_writes_exactly_one_event_without_the_email_address(scheme, coordinator, smtp):
    membership = invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    recorded = events()
    assert [(e.actor_id, e.action, e.subject_id) for e in recorded] == [
        (coordinator.id, "membership.invited", str(membership.id))
    ]
    assert "nia@example.test" not in str(recorded[0].after)


def test_a_refused_invitation_leaves_no_event_no_account_and_no_email(scheme, smtp):
    member = make_member(scheme)
    with pytest.raises(PermissionDenied):
        invitations.invite(member, scheme, "nia@example.test", "Nia New")
    db.session.rollback()
    assert events() == []
    assert db.session.scalar(sa.select(User).where(User.email == "nia@example.test")) is None
    assert smtp.messages == []


def test_an_invitation_link_works_once(client, scheme, coordinator, smtp):
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    path = invitation_path(smtp, "nia@example.test")
    assert client.post(path, data=application_form()).status_code == 302
    client.post("/sign-out")

    assert client.get(path, follow_redirects=True).status_code == 404
    again = client.post(path, data=application_form(password="another password 1", confirm="another password 1"))
    assert again.status_code == 404
    membership = _membership_of("nia@example.test", scheme)
    assert membership.status == MembershipStatus.APPLIED
    assert verify_password(membership.user.password_hash, NEW_PASSWORD)


def test_an_invitation_link_expires(client, scheme, coordinator, smtp):
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    path = invitation_path(smtp, "nia@example.test")
    token = db.session.scalar(sa.select(OneTimeToken))
    token.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert client.get(path, follow_redirects=True).status_code == 404
    assert client.post(path, data=application_form()).status_code == 404
    assert _membership_of("nia@example.test", scheme).status == MembershipStatus.INVITED


@pytest.mark.app_config(INVITATION_DAYS=3)
def test_the_invitation_lifetime_is_configurable(scheme, coordinator, smtp):
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    token = db.session.scalar(sa.select(OneTimeToken))
    assert timedelta(days=2, hours=23) < token.expires_at - utcnow() <= timedelta(days=3)
    assert "3 days" in smtp.text(smtp.last_to("nia@example.test"))


def test_resending_sends_a_new_link_and_kills_the_old_one(client, login_as, scheme, coordinator, smtp):
    membership = invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    first = invitation_path(smtp, "nia@example.test")
    login_as(coordinator)
    assert client.post(f"/memberships/{membership.id}/invitation/resend").status_code == 302
    second = invitation_path(smtp, "nia@example.test")
    client.post("/sign-out")

    assert first != second
    assert client.get(first, follow_redirects=True).status_code == 404
    assert client.get(second, follow_redirects=True).status_code == 200
    assert [e.action for e in events()] == ["membership.invited", "membership.invitation_resent"]


def test_cancelling_kills_the_link_and_marks_the_membership_as_left(client, login_as, scheme, coordinator, smtp):
    membership = invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    path = invitation_path(smtp, "nia@example.test")
    login_as(coordinator)
    response = client.post(f"/memberships/{membership.id}/invitation/cancel", data={"reason": "Wrong address"})
    assert response.status_code == 302
    client.post("/sign-out")

    assert client.get(path, follow_redirects=True).status_code == 404
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.LEFT and membership.status_reason == "Wrong address"
    cancelled = events("membership.invitation_cancelled")
    assert [(e.actor_id, e.reason) for e in cancelled] == [(coordinator.id, "Wrong address")]


def test_someone_who_left_can_be_invited_again(scheme, coordinator, smtp):
    membership = invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    invitations.cancel_invitation(coordinator, membership)
    again = invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    assert again.id == membership.id and again.status == MembershipStatus.INVITED


def test_inviting_someone_already_invited_or_a_member_is_refused(scheme, coordinator, smtp):
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    with pytest.raises(Conflict, match="already been invited"):
        invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    db.session.rollback()
    member = make_member(scheme)
    with pytest.raises(Conflict, match="already a member"):
        invitations.invite(coordinator, scheme, member.email, "Someone")


# --- Accepting ----------------------------------------------------------------------------------


def test_accepting_records_the_application_the_profile_and_the_signed_code_of_conduct(
    client, scheme, coordinator, smtp
):
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    response = client.post(invitation_path(smtp, "nia@example.test"), data=application_form(name="Nia Newton"))
    assert response.status_code == 302

    membership = _membership_of("nia@example.test", scheme)
    user = membership.user
    assert (user.name, user.phone, str(user.date_of_birth)) == ("Nia Newton", "01632 960 123", "1990-04-01")
    profile = db.session.scalar(sa.select(VolunteerProfile).where(VolunteerProfile.user_id == user.id))
    assert profile.languages == "English, Polish"
    application = db.session.scalar(sa.select(MembershipApplication))
    assert application.motivation.startswith("I want to help") and application.code_of_conduct_version == "2026-1"
    assert [(c.kind, c.detail, c.recorded_by_id) for c in membership.checks] == [
        (CheckKind.CODE_OF_CONDUCT, "2026-1", user.id)
    ]
    assert [(e.actor_id, e.action) for e in events()][-1] == (user.id, "membership.applied")
    assert "has applied" in smtp.text(smtp.last_to(coordinator.email))
    assert "Nia" not in smtp.text(smtp.last_to(coordinator.email))
    assert client.get("/account/").status_code == 200  # signed in as the new account


def test_an_existing_account_must_sign_in_to_accept_and_its_password_is_not_touched(
    client, login_as, scheme, coordinator, smtp
):
    existing = make_user(email="old@example.test")
    invitations.invite(coordinator, scheme, "old@example.test", "Whatever Name")
    assert "sign in with your existing account" in smtp.text(smtp.last_to("old@example.test"))
    path = invitation_path(smtp, "old@example.test")

    page = client.get(path, follow_redirects=True)
    assert b"Sign in to accept your invitation" in page.data and b'name="password"' not in page.data
    refused = client.post(path, data=application_form())
    assert b"Sign in to accept" in refused.data
    assert _membership_of("old@example.test", scheme).status == MembershipStatus.INVITED

    login_as(existing)
    form = client.get(path, follow_redirects=True)
    assert b'name="password"' not in form.data
    assert client.post(path, data=application_form()).status_code == 302
    db.session.refresh(existing)
    assert verify_password(existing.password_hash, PASSWORD)
    assert not verify_password(existing.password_hash, NEW_PASSWORD)
    assert _membership_of("old@example.test", scheme).status == MembershipStatus.APPLIED


def test_an_invitation_cannot_be_accepted_while_signed_in_as_someone_else(client, login_as, scheme, coordinator, smtp):
    make_user(email="old@example.test")
    invitations.invite(coordinator, scheme, "old@example.test", "Old")
    path = invitation_path(smtp, "old@example.test")
    login_as(make_user())
    assert b"sent to a different account" in client.get(path, follow_redirects=True).data
    client.post(path, data=application_form())
    assert _membership_of("old@example.test", scheme).status == MembershipStatus.INVITED


def test_a_coordinator_sees_neither_whether_an_invitee_had_an_account(client, login_as, scheme, coordinator, smtp):
    make_user(email="old@example.test")
    login_as(coordinator)
    known = client.post(
        f"/schemes/{scheme.id}/invite", data={"name": "A", "email": "old@example.test"}, follow_redirects=True
    )
    unknown = client.post(
        f"/schemes/{scheme.id}/invite", data={"name": "B", "email": "new@example.test"}, follow_redirects=True
    )
    assert b"Invitation sent" in known.data and b"Invitation sent" in unknown.data
    assert b"already has an account" not in known.data


# --- Who may invite -----------------------------------------------------------------------------


def test_a_coordinator_cannot_invite_to_another_scheme(client, login_as, scheme, coordinator):
    other = make_scheme(scheme.area)
    login_as(coordinator)
    assert client.get(f"/schemes/{other.id}/invite").status_code == 403
    response = client.post(f"/schemes/{other.id}/invite", data={"name": "X", "email": "x@example.test"})
    assert response.status_code == 403
    assert db.session.scalar(sa.select(User).where(User.email == "x@example.test")) is None


def test_an_admin_invites_the_first_coordinator_of_a_scheme(client, login_as, scheme, smtp):
    admin = make_admin(scheme.area.force)
    login_as(admin)
    response = client.post(
        f"/admin/schemes/{scheme.id}/coordinators/invite",
        data={"name": "First Coordinator", "email": "first@example.test"},
    )
    assert response.status_code == 302
    membership = _membership_of("first@example.test", scheme)
    assert membership.role == MembershipRole.COORDINATOR and membership.status == MembershipStatus.INVITED
    assert "invited you to coordinate" in smtp.text(smtp.last_to("first@example.test"))


def test_an_admin_of_another_force_cannot_invite_a_coordinator(client, login_as, scheme):
    from tests.factories import make_force

    login_as(make_admin(make_force()))
    response = client.post(
        f"/admin/schemes/{scheme.id}/coordinators/invite", data={"name": "X", "email": "x@example.test"}
    )
    assert response.status_code == 403


def test_a_coordinator_cannot_appoint_another_coordinator(scheme, coordinator):
    with pytest.raises(PermissionDenied):
        invitations.invite(coordinator, scheme, "x@example.test", "X", MembershipRole.COORDINATOR)
