"""Logging hours is a submission: a suspended member, or one whose vetting has expired, cannot log
their own hours on the page, through the API or by the service, and a coordinator cannot log hours
for a suspended member."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_coordinator, make_membership, make_scheme, record_check
from tests.form_data import date_typed
from volunteers import hours
from volunteers.extensions import db
from volunteers.hours import HoursActivity, VolunteerHours
from volunteers.membership import lifecycle
from volunteers.models import CheckKind, MembershipStatus
from volunteers.permissions import PermissionDenied

TODAY = date.today()
PAGE_FORM = {**date_typed("worked_on", TODAY), "hours": "2", "activity": "leafleting"}
API_BODY = {"worked_on": TODAY.isoformat(), "hours": 2, "activity": "leafleting"}


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


@pytest.fixture
def membership(scheme):
    return make_membership(scheme=scheme)


def _hours_logged() -> int:
    db.session.expire_all()
    return db.session.scalar(sa.select(sa.func.count(VolunteerHours.id)))


def _suspended(coordinator, membership):
    lifecycle.suspend(coordinator, membership, "Complaint under review")
    assert membership.status == MembershipStatus.SUSPENDED
    return membership


def _lapsed(membership):
    record_check(
        membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=1)
    )
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.ACTIVE  # still a member, no longer cleared
    return membership


def _refused_everywhere(actor, membership, client, login_as, api_token) -> None:
    headers = api_token(actor)
    login_as(actor)
    assert client.get(f"/memberships/{membership.id}/hours").status_code == 403
    assert client.post(f"/memberships/{membership.id}/hours", data=PAGE_FORM).status_code == 403
    assert client.post(f"/api/v1/memberships/{membership.id}/hours", json=API_BODY, headers=headers).status_code == 403
    with pytest.raises(PermissionDenied):
        hours.log_hours(actor, membership, TODAY, 120, HoursActivity.LEAFLETING)
    db.session.rollback()


def test_a_cleared_member_logs_their_own_hours_on_the_page_and_through_the_api(membership, client, login_as, api_token):
    login_as(membership.user)
    assert client.post(f"/memberships/{membership.id}/hours", data=PAGE_FORM).status_code == 302
    response = client.post(
        f"/api/v1/memberships/{membership.id}/hours", json=API_BODY, headers=api_token(membership.user)
    )
    assert response.status_code == 201
    assert _hours_logged() == 2


def test_a_suspended_member_cannot_log_hours(coordinator, membership, client, login_as, api_token):
    _suspended(coordinator, membership)
    _refused_everywhere(membership.user, membership, client, login_as, api_token)
    assert _hours_logged() == 0


def test_a_member_whose_vetting_has_expired_cannot_log_hours(membership, client, login_as, api_token):
    _lapsed(membership)
    _refused_everywhere(membership.user, membership, client, login_as, api_token)
    assert _hours_logged() == 0


def test_a_coordinator_cannot_log_hours_for_a_suspended_member(coordinator, membership, client, login_as, api_token):
    _suspended(coordinator, membership)
    _refused_everywhere(coordinator, membership, client, login_as, api_token)
    assert _hours_logged() == 0
