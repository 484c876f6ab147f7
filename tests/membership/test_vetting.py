"""Vetting: a membership becomes active only when every required check is present and in date,
and from then on the permission layer refuses anything submitted without current checks."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import (
    make_admin,
    make_coordinator,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
    record_check,
)
from tests.form_data import date_typed
from tests.membership.helpers import events
from volunteers import vetting
from volunteers.errors import Conflict, DomainError
from volunteers.extensions import db
from volunteers.hours import VolunteerHours
from volunteers.membership import lifecycle
from volunteers.models import CheckKind, MembershipStatus, SchemeKind
from volunteers.permissions import PermissionDenied, can

TODAY = date.today()
HOURS_FORM = {**date_typed("worked_on", TODAY), "hours": "2", "activity": "leafleting"}


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


def _applicant(scheme, **user_fields):
    """A membership that has applied: the applicant signed the code of conduct, nothing else."""
    membership = make_membership(make_user(**user_fields), scheme, status=MembershipStatus.APPLIED, vetted=False)
    record_check(membership, CheckKind.CODE_OF_CONDUCT, completed_on=TODAY)
    return membership


# --- Becoming active ----------------------------------------------------------------------------


def test_the_first_check_starts_vetting_and_the_last_makes_the_member_active(scheme, coordinator, smtp):
    membership = _applicant(scheme)
    lifecycle.record_check(coordinator, membership, CheckKind.IDENTITY, TODAY, "photo ID seen")
    assert membership.status == MembershipStatus.VETTING
    assert not can(membership.user, "scheme.submit", scheme)

    lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, TODAY - timedelta(days=3))
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.ACTIVE and membership.activated_at is not None
    assert can(membership.user, "scheme.submit", scheme)
    assert "now an active member" in smtp.text(smtp.last_to(membership.user.email))
    assert [(e.actor_id, e.action) for e in events()] == [
        (coordinator.id, "membership.check_recorded"),
        (coordinator.id, "membership.check_recorded"),
        (coordinator.id, "membership.activated"),
    ]


def test_training_expiry_comes_from_the_force_settings_not_from_whoever_records_it(scheme, coordinator):
    membership = _applicant(scheme)
    check = lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, date(TODAY.year, 1, 1))
    assert check.expires_on == date(TODAY.year, 1, 1) + timedelta(days=730)
    scheme.area.force.settings = {"training_valid_days": 365}
    db.session.commit()
    renewal = lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, TODAY)
    assert renewal.expires_on == TODAY + timedelta(days=365)


def test_a_check_already_expired_on_the_date_given_is_refused(scheme, coordinator):
    membership = _applicant(scheme)
    with pytest.raises(DomainError, match="expired on") as refused:
        lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, TODAY - timedelta(days=800))
    assert refused.value.field == "completed_on"
    db.session.rollback()
    assert events() == []


def test_a_youth_commission_adult_needs_a_dbs_check_and_an_under_18_their_guardians_consent(app):
    youth = make_scheme(kind=SchemeKind.YOUTH)
    facilitator = make_coordinator(youth)
    adult = _applicant(youth, date_of_birth=TODAY.replace(year=TODAY.year - 22))
    teenager = _applicant(youth, date_of_birth=TODAY.replace(year=TODAY.year - 15))
    for membership in (adult, teenager):
        for kind in (CheckKind.IDENTITY, CheckKind.TRAINING):
            lifecycle.record_check(facilitator, membership, kind, TODAY)
    assert adult.status == teenager.status == MembershipStatus.VETTING
    assert vetting.outstanding_checks(adult, TODAY) == [CheckKind.DBS]
    assert vetting.outstanding_checks(teenager, TODAY) == [CheckKind.GUARDIAN_CONSENT]
    with pytest.raises(DomainError, match="does not need"):
        lifecycle.record_check(facilitator, teenager, CheckKind.DBS, TODAY)
    db.session.rollback()

    lifecycle.record_check(facilitator, adult, CheckKind.DBS, TODAY, "last digits 1234")
    lifecycle.record_check(facilitator, teenager, CheckKind.GUARDIAN_CONSENT, TODAY, "signed form")
    assert adult.status == teenager.status == MembershipStatus.ACTIVE


def test_confirming_vetting_is_refused_while_anything_is_outstanding_and_works_when_nothing_is(scheme, coordinator):
    membership = _applicant(scheme)
    with pytest.raises(Conflict, match="Identity verified"):
        lifecycle.complete_vetting(coordinator, membership)
    db.session.rollback()
    # Someone rejoining whose earlier checks are still in date.
    record_check(membership, CheckKind.IDENTITY)
    record_check(membership, CheckKind.TRAINING)
    lifecycle.complete_vetting(coordinator, membership)
    assert membership.status == MembershipStatus.ACTIVE
    assert [e.action for e in events()] == ["membership.activated"]


def test_nobody_records_checks_on_their_own_membership(scheme, coordinator):
    own = coordinator.membership_of(scheme.id)
    with pytest.raises(PermissionDenied):
        lifecycle.record_check(coordinator, own, CheckKind.TRAINING, TODAY)
    admin = make_admin(scheme.area.force)
    lifecycle.record_check(admin, own, CheckKind.TRAINING, TODAY)


def test_a_coordinator_of_another_scheme_cannot_record_checks(scheme, coordinator, client, login_as):
    other = make_scheme(scheme.area)
    membership = _applicant(other)
    login_as(coordinator)
    response = client.post(
        f"/memberships/{membership.id}/checks", data={"kind": "identity", **date_typed("completed_on", TODAY)}
    )
    assert response.status_code == 403
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.APPLIED and events() == []


def test_officers_see_the_checklist_but_cannot_record_checks(scheme, client, login_as):
    membership = _applicant(scheme)
    officer = make_officer(scheme.area)
    login_as(officer)
    page = client.get(f"/memberships/{membership.id}")
    assert page.status_code == 200 and b"Identity verified" in page.data and b"Record a check" not in page.data
    assert client.post(f"/memberships/{membership.id}/checks", data={"kind": "identity"}).status_code == 403


# --- Expired checks stop submissions at the permission layer -------------------------------------


def test_an_expired_training_date_stops_submissions_even_by_a_direct_post(scheme, client, login_as, api_token):
    membership = make_membership(scheme=scheme)
    member = membership.user
    headers = api_token(member)
    login_as(member)
    assert client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 302

    record_check(
        membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=1)
    )
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.ACTIVE  # still a member, but not cleared
    assert not can(member, "scheme.submit", scheme)
    assert client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 403
    api = client.post(
        f"/api/v1/memberships/{membership.id}/hours",
        json={"worked_on": TODAY.isoformat(), "hours": "1", "activity": "meeting"},
        headers=headers,
    )
    assert api.status_code == 403
    assert db.session.scalar(sa.select(sa.func.count(VolunteerHours.id))) == 1


def test_an_expired_dbs_check_stops_an_adult_in_a_youth_commission(app, client, login_as):
    youth = make_scheme(kind=SchemeKind.YOUTH)
    membership = make_membership(scheme=youth)
    assert can(membership.user, "scheme.submit", youth)
    record_check(
        membership, CheckKind.DBS, completed_on=TODAY - timedelta(days=1100), expires_on=TODAY - timedelta(days=5)
    )
    db.session.refresh(membership)
    assert not can(membership.user, "scheme.submit", youth)
    login_as(membership.user)
    assert client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 403
    page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert "You cannot submit anything" in page and "Expired" in page


def test_a_renewal_restores_the_right_to_submit(scheme, coordinator):
    membership = make_membership(scheme=scheme)
    record_check(
        membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=1)
    )
    db.session.refresh(membership)
    assert not can(membership.user, "scheme.submit", scheme)
    lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, TODAY)
    assert can(membership.user, "scheme.submit", scheme)


def test_a_new_code_of_conduct_version_must_be_signed_before_submitting_again(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    scheme.area.force.settings = {"code_of_conduct_version": "2027-1"}
    db.session.commit()
    db.session.refresh(membership)
    assert not can(membership.user, "scheme.submit", scheme)
    login_as(membership.user)
    assert b"New version to sign" in client.get(f"/memberships/{membership.id}").data
    assert client.post(f"/account/memberships/{membership.id}/code-of-conduct").status_code == 302
    db.session.refresh(membership)
    assert can(membership.user, "scheme.submit", scheme)
    assert [(e.actor_id, e.action) for e in events()] == [(membership.user_id, "membership.code_of_conduct_signed")]


def test_a_coordinator_whose_own_training_lapsed_cannot_manage_members(scheme, coordinator, client, login_as):
    own = coordinator.membership_of(scheme.id)
    record_check(
        own, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=1)
    )
    applicant = _applicant(scheme)
    db.session.refresh(coordinator)
    assert not can(coordinator, "scheme.manage_members", scheme)
    login_as(coordinator)
    assert b"cannot manage" in client.get("/coordinate").data
    assert client.get(f"/schemes/{scheme.id}/members").status_code == 403
    assert client.post(f"/memberships/{applicant.id}/checks", data={"kind": "identity"}).status_code == 403


# --- Suspension, reinstatement and leaving ------------------------------------------------------


def test_a_suspended_member_is_refused_at_once(scheme, coordinator, client, login_as, smtp):
    membership = make_membership(scheme=scheme)
    member_client = client
    login_as(membership.user)
    assert member_client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 302

    lifecycle.suspend(coordinator, membership, "Confronted a driver at a session")
    assert member_client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 403
    assert not can(membership.user, "scheme.submit", scheme)
    assert "Confronted a driver" in smtp.text(smtp.last_to(membership.user.email))
    assert [(e.actor_id, e.action, e.reason) for e in events("membership.suspended")] == [
        (coordinator.id, "membership.suspended", "Confronted a driver at a session")
    ]


def test_suspending_needs_a_reason_and_an_active_member(scheme, coordinator):
    membership = make_membership(scheme=scheme)
    with pytest.raises(DomainError) as refused:
        lifecycle.suspend(coordinator, membership, "   ")
    assert refused.value.field == "reason"
    db.session.rollback()
    applicant = _applicant(scheme)
    with pytest.raises(Conflict):
        lifecycle.suspend(coordinator, applicant, "reason")
    db.session.rollback()
    assert events() == []


def test_reinstating_restores_submission_and_records_why(scheme, coordinator, smtp):
    membership = make_membership(scheme=scheme)
    lifecycle.suspend(coordinator, membership, "Complaint under review")
    lifecycle.reinstate(coordinator, membership, "Complaint not upheld")
    assert membership.status == MembershipStatus.ACTIVE and membership.status_reason == "Complaint not upheld"
    assert can(membership.user, "scheme.submit", scheme)
    assert [e.action for e in events()] == ["membership.suspended", "membership.reinstated"]


def test_a_coordinator_marks_someone_as_left_with_a_reason(scheme, coordinator, client, login_as, smtp):
    membership = make_membership(scheme=scheme)
    login_as(coordinator)
    response = client.post(f"/memberships/{membership.id}/end", data={"reason": "Moved away"})
    assert response.status_code == 302
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.LEFT and membership.status_reason == "Moved away"
    assert not can(membership.user, "scheme.view", scheme)
    assert "Moved away" in smtp.text(smtp.last_to(membership.user.email))


def test_declining_an_application_ends_it(scheme, coordinator):
    applicant = _applicant(scheme)
    lifecycle.end_membership(coordinator, applicant, "References did not check out")
    assert applicant.status == MembershipStatus.LEFT
    assert [e.action for e in events()] == ["membership.ended"]


def test_the_members_page_shows_the_history_with_who_and_why(scheme, coordinator, client, login_as):
    membership = make_membership(scheme=scheme)
    lifecycle.suspend(coordinator, membership, "Shared a number plate online")
    lifecycle.reinstate(coordinator, membership, "Apologised and retrained")
    login_as(coordinator)
    page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert page.index("Suspended") < page.index("Reinstated")
    assert "Shared a number plate online" in page and "Apologised and retrained" in page
    assert coordinator.name in page
