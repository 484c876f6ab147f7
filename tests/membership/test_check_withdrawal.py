"""Withdrawing a vetting check recorded by mistake: it is kept and marked, it stops counting at once,
and an active member it leaves short goes back to vetting until the real check is recorded."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user, record_check
from tests.membership.helpers import events
from volunteers import vetting
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.models import CheckKind, MembershipStatus, VettingCheck
from volunteers.permissions import PermissionDenied, can

TODAY = date.today()


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


@pytest.fixture
def member(scheme):
    return make_membership(make_user(email="mo@example.test"), scheme)


def _check(membership, kind: CheckKind) -> VettingCheck:
    return vetting.latest_check(membership, kind)


def test_withdrawing_a_check_an_active_member_needs_sends_them_back_to_vetting(scheme, coordinator, member, smtp):
    training = _check(member, CheckKind.TRAINING)
    lifecycle.withdraw_check(coordinator, training, "Recorded against the wrong person")
    db.session.expire_all()
    training = db.session.get(VettingCheck, training.id)
    assert training.withdrawn_at is not None and training.withdrawn_by_id == coordinator.id
    assert training.withdrawal_reason == "Recorded against the wrong person"
    assert member.status == MembershipStatus.VETTING
    assert not vetting.is_cleared(member, TODAY)
    assert not can(member.user, "scheme.submit", scheme)
    assert vetting.outstanding_checks(member, TODAY) == [CheckKind.TRAINING]
    email = smtp.text(smtp.last_to("mo@example.test"))
    assert "Recorded against the wrong person" in email and "back in vetting" in email


def test_the_withdrawn_check_is_kept_and_recording_the_real_one_makes_them_active_again(scheme, coordinator, member):
    training = _check(member, CheckKind.TRAINING)
    lifecycle.withdraw_check(coordinator, training, "Wrong date typed")
    lifecycle.record_check(coordinator, member, CheckKind.TRAINING, TODAY - timedelta(days=2))
    db.session.expire_all()
    assert member.status == MembershipStatus.ACTIVE and vetting.is_cleared(member, TODAY)
    kept = db.session.scalars(
        sa.select(VettingCheck).where(VettingCheck.membership_id == member.id, VettingCheck.kind == CheckKind.TRAINING)
    ).all()
    assert len(kept) == 2 and sum(1 for check in kept if check.withdrawn_at) == 1


def test_withdrawing_a_mistaken_renewal_lets_the_earlier_check_count_again(scheme, coordinator, member):
    earlier = _check(member, CheckKind.TRAINING)
    mistake = record_check(member, CheckKind.TRAINING, completed_on=TODAY)
    assert _check(member, CheckKind.TRAINING).id == mistake.id
    lifecycle.withdraw_check(coordinator, mistake, "Duplicate of the earlier record")
    db.session.expire_all()
    assert _check(member, CheckKind.TRAINING).id == earlier.id
    assert member.status == MembershipStatus.ACTIVE and vetting.is_cleared(member, TODAY)


def test_a_suspended_member_stays_suspended_when_a_check_is_withdrawn(scheme, coordinator):
    suspended = make_membership(scheme=scheme, status=MembershipStatus.SUSPENDED)
    lifecycle.withdraw_check(coordinator, _check(suspended, CheckKind.IDENTITY), "Wrong person's ID")
    assert suspended.status == MembershipStatus.SUSPENDED


def test_a_check_is_withdrawn_once_and_only_with_a_reason(scheme, coordinator, member):
    training = _check(member, CheckKind.TRAINING)
    with pytest.raises(DomainError) as refused:
        lifecycle.withdraw_check(coordinator, training, "  ")
    assert refused.value.errors == {"reason": ["Say why the check is being withdrawn"]}
    db.session.rollback()
    lifecycle.withdraw_check(coordinator, training, "Mistake")
    with pytest.raises(Conflict):
        lifecycle.withdraw_check(coordinator, training, "Again")


def test_nobody_withdraws_their_own_check_nor_one_outside_their_scheme(scheme, coordinator, member):
    own = _check(coordinator.memberships[0], CheckKind.TRAINING)
    elsewhere = make_coordinator(make_scheme())
    for actor, check in ((coordinator, own), (member.user, _check(member, CheckKind.TRAINING))):
        with pytest.raises(PermissionDenied):
            lifecycle.withdraw_check(actor, check, "Not mine to withdraw")
    with pytest.raises(PermissionDenied):
        lifecycle.withdraw_check(elsewhere, _check(member, CheckKind.TRAINING), "Not my scheme")
    db.session.rollback()
    assert events("membership.check_withdrawn") == []
    admin = make_admin(scheme.area.force)
    lifecycle.withdraw_check(admin, _check(member, CheckKind.TRAINING), "Admin correcting the record")
    assert [(e.actor_id, e.action) for e in events("membership.check_withdrawn")] == [
        (admin.id, "membership.check_withdrawn")
    ]


def test_a_withdrawn_expiring_check_is_not_reminded_about(app, scheme, coordinator, smtp):
    membership = make_membership(make_user(email="late@example.test"), scheme)
    expiring = record_check(
        membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=720), expires_on=TODAY + timedelta(days=9)
    )
    lifecycle.withdraw_check(coordinator, expiring, "Entered twice")
    smtp.messages.clear()
    result = app.test_cli_runner().invoke(args=["reminders", "send"])
    assert "vetting: 0 email(s) queued" in result.output
    assert smtp.to("late@example.test") == []


# --- Pages and the API ---------------------------------------------------------------------------


def test_the_coordinator_withdraws_a_check_from_the_members_page(client, login_as, scheme, coordinator, member):
    login_as(coordinator)
    training = _check(member, CheckKind.TRAINING)
    page = client.get(f"/memberships/{member.id}").get_data(as_text=True)
    assert f"/checks/{training.id}/withdraw" in page
    assert client.get(f"/checks/{training.id}/withdraw").status_code == 200
    assert client.post(f"/checks/{training.id}/withdraw", data={"reason": ""}).status_code == 400
    response = client.post(f"/checks/{training.id}/withdraw", data={"reason": "Wrong person"}, follow_redirects=True)
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "back in vetting" in text and "1 check withdrawn as recorded by mistake" in text
    assert "Check withdrawn as recorded by mistake" in text


def test_the_member_sees_no_withdraw_link_and_cannot_post_one(client, login_as, member):
    login_as(member.user)
    training = _check(member, CheckKind.TRAINING)
    assert f"/checks/{training.id}/withdraw" not in client.get(f"/memberships/{member.id}").get_data(as_text=True)
    assert client.post(f"/checks/{training.id}/withdraw", data={"reason": "Mine"}).status_code == 403
    db.session.expire_all()
    assert db.session.get(VettingCheck, training.id).withdrawn_at is None


def test_the_api_withdraws_a_check_of_that_membership_only(client, api_token, scheme, coordinator, member):
    headers = api_token(coordinator)
    listed = client.get(f"/api/v1/memberships/{member.id}", headers=headers).get_json()
    training_id = next(item["check_id"] for item in listed["checklist"] if item["kind"] == "training")
    other = make_membership(scheme=scheme)
    wrong = client.post(
        f"/api/v1/memberships/{other.id}/checks/{training_id}/withdrawal", json={"reason": "x"}, headers=headers
    )
    assert wrong.status_code == 404 and wrong.is_json
    url = f"/api/v1/memberships/{member.id}/checks/{training_id}/withdrawal"
    assert client.post(url, json={}, headers=headers).status_code == 422
    response = client.post(url, json={"reason": "Wrong"}, headers=headers)
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "vetting" and body["may_submit"] is False
    assert {item["kind"]: item["state"] for item in body["checklist"]}["training"] == "missing"
    assert client.post(url, json={"reason": "Wrong"}, headers=headers).status_code == 409


def test_the_check_that_counts_again_after_a_withdrawal_is_reminded_about(app, scheme, coordinator, smtp):
    membership = make_membership(make_user(email="due@example.test"), scheme, vetted=False)
    for kind in (CheckKind.IDENTITY, CheckKind.CODE_OF_CONDUCT):
        record_check(membership, kind)
    record_check(
        membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=720), expires_on=TODAY + timedelta(days=9)
    )
    mistake = record_check(membership, CheckKind.TRAINING, completed_on=TODAY)
    lifecycle.withdraw_check(coordinator, mistake, "Renewal typed against the wrong member")
    smtp.messages.clear()
    result = app.test_cli_runner().invoke(args=["reminders", "send"])
    assert "vetting: 2 email(s) queued" in result.output
    assert "Your training expires on" in smtp.text(smtp.last_to("due@example.test"))
