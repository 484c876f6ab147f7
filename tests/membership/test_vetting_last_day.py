"""A vetting check's expiry date is the last day it counts: on that day the member is still cleared
and may submit; from the next day they are not."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_coordinator, make_membership, make_scheme, record_check
from tests.form_data import date_typed
from volunteers import vetting
from volunteers.extensions import db
from volunteers.hours import VolunteerHours
from volunteers.membership import lifecycle
from volunteers.models import CheckKind, VettingCheck
from volunteers.permissions import can
from volunteers.settings import settings_for

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
YESTERDAY = TODAY - timedelta(days=1)
HOURS_FORM = {**date_typed("worked_on", TODAY), "hours": "2", "activity": "leafleting"}


@pytest.fixture
def scheme(app):
    return make_scheme()


def _hours_logged() -> int:
    return db.session.scalar(sa.select(sa.func.count(VolunteerHours.id)))


def test_a_vetting_check_still_counts_on_its_last_day():
    check = VettingCheck(kind=CheckKind.TRAINING, completed_on=TODAY - timedelta(days=730), expires_on=TODAY)
    assert check.is_current_on(TODAY)
    assert not check.is_current_on(TOMORROW)


def test_a_checklist_item_is_due_soon_on_its_last_day_and_expired_the_day_after(scheme):
    settings = settings_for(scheme.area.force)
    check = VettingCheck(kind=CheckKind.TRAINING, completed_on=TODAY - timedelta(days=730), expires_on=TODAY)
    assert vetting.item_state(check, TODAY, settings) == vetting.ItemState.DUE_SOON
    assert vetting.item_state(check, TOMORROW, settings) == vetting.ItemState.EXPIRED


def test_training_recorded_exactly_its_validity_ago_clears_the_member_until_the_end_of_today(scheme):
    membership = make_membership(scheme=scheme)
    coordinator = make_coordinator(scheme)
    valid_days = settings_for(scheme.area.force).training_valid_days
    check = lifecycle.record_check(coordinator, membership, CheckKind.TRAINING, TODAY - timedelta(days=valid_days))
    assert check.expires_on == TODAY

    assert vetting.is_cleared(membership, TODAY)
    assert vetting.outstanding_checks(membership, TODAY) == []
    assert not vetting.is_cleared(membership, TOMORROW)
    assert vetting.outstanding_checks(membership, TOMORROW) == [CheckKind.TRAINING]


def test_a_member_whose_training_expires_today_can_still_submit(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    record_check(membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=730), expires_on=TODAY)
    db.session.refresh(membership)
    assert can(membership.user, "scheme.submit", scheme)

    login_as(membership.user)
    page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert "Your checks are all in order" in page and "Expires soon" in page
    assert client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 302
    assert _hours_logged() == 1


def test_a_member_whose_training_expired_yesterday_cannot_submit(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    record_check(membership, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=731), expires_on=YESTERDAY)
    db.session.refresh(membership)
    assert not can(membership.user, "scheme.submit", scheme)

    login_as(membership.user)
    page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert "You cannot submit anything" in page and "Expired" in page
    assert client.post(f"/memberships/{membership.id}/hours", data=HOURS_FORM).status_code == 403
    assert _hours_logged() == 0
