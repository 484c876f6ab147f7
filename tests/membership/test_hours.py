"""Volunteer hours: recorded automatically (idempotently) or logged by hand, totalled per member,
scheme and area."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_area, make_coordinator, make_member, make_membership, make_scheme, make_user
from tests.form_data import date_typed
from tests.membership.helpers import events
from volunteers import hours
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.hours import HoursActivity, HoursPeriod, VolunteerHours
from volunteers.models import MembershipStatus
from volunteers.permissions import PermissionDenied

TODAY = date.today()


@pytest.fixture
def scheme(app):
    return make_scheme()


def test_automatic_hours_are_recorded_once_per_source_reference_and_corrected_in_place(scheme):
    membership = make_membership(scheme=scheme)
    first = hours.record_hours(
        None, membership, TODAY, 120, HoursActivity.SPEEDWATCH_SESSION, source="speedwatch.session", source_ref="42"
    )
    db.session.commit()
    again = hours.record_hours(
        None, membership, TODAY, 120, HoursActivity.SPEEDWATCH_SESSION, source="speedwatch.session", source_ref="42"
    )
    corrected = hours.record_hours(
        None, membership, TODAY, 90, HoursActivity.SPEEDWATCH_SESSION, source="speedwatch.session", source_ref="42"
    )
    db.session.commit()
    assert first.id == again.id == corrected.id
    assert db.session.scalar(sa.select(sa.func.count(VolunteerHours.id))) == 1
    assert hours.minutes_for_membership(membership) == 90
    assert [e.action for e in events()] == ["hours.recorded", "hours.corrected"]


def test_automatic_hours_need_a_source_reference(scheme):
    membership = make_membership(scheme=scheme)
    with pytest.raises(ValueError, match="source reference"):
        hours.record_hours(None, membership, TODAY, 60, HoursActivity.YOUTH_ACTIVITY, source="youth.activity")


def test_the_database_refuses_impossible_minutes_whatever_the_caller(scheme):
    membership = make_membership(scheme=scheme)
    db.session.add(VolunteerHours(membership=membership, worked_on=TODAY, minutes=0, activity=HoursActivity.MEETING))
    with pytest.raises(sa.exc.IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_a_member_logs_their_own_hours_and_a_coordinator_logs_anyones(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    coordinator = make_coordinator(scheme)
    login_as(membership.user)
    form = {**date_typed("worked_on", TODAY), "hours": "1.5", "activity": "leafleting", "description": "Mill Lane"}
    assert client.post(f"/memberships/{membership.id}/hours", data=form).status_code == 302
    login_as(coordinator)
    assert (
        client.post(
            f"/memberships/{membership.id}/hours", data={**form, "hours": "2", "activity": "meeting"}
        ).status_code
        == 302
    )

    assert hours.minutes_for_membership(membership) == 210
    logged = events("hours.recorded")
    assert [e.actor_id for e in logged] == [membership.user_id, coordinator.id]


def test_nobody_else_logs_hours_for_a_member(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    other_member = make_member(scheme)
    other_coordinator = make_coordinator(make_scheme(scheme.area))
    form = {**date_typed("worked_on", TODAY), "hours": "1", "activity": "meeting"}
    for person in (other_member, other_coordinator):
        login_as(person)
        assert client.post(f"/memberships/{membership.id}/hours", data=form).status_code == 403
    with pytest.raises(PermissionDenied):
        hours.log_hours(other_member, membership, TODAY, 60, HoursActivity.MEETING)
    assert hours.minutes_for_membership(membership) == 0


@pytest.mark.parametrize(
    ("worked_on", "activity", "description", "message"),
    [
        (TODAY + timedelta(days=1), HoursActivity.MEETING, "", "today or in the past"),
        (TODAY - timedelta(days=200), HoursActivity.MEETING, "", "last 92 days"),
        (TODAY, HoursActivity.SPEEDWATCH_SESSION, "", "Choose an activity"),
        (TODAY, HoursActivity.OTHER, "", "Say what you did"),
    ],
)
def test_logged_hours_are_checked(scheme, worked_on, activity, description, message):
    membership = make_membership(scheme=scheme)
    with pytest.raises(DomainError, match=message):
        hours.log_hours(membership.user, membership, worked_on, 60, activity, description)
    db.session.rollback()
    assert events() == []


def test_voiding_takes_hours_out_of_the_totals_and_keeps_the_reason(scheme, client, login_as):
    membership = make_membership(scheme=scheme)
    coordinator = make_coordinator(scheme)
    entry = hours.log_hours(membership.user, membership, TODAY, 480, HoursActivity.EVENT)
    login_as(coordinator)
    assert client.post(f"/hours/{entry.id}/void", data={"reason": ""}).status_code == 400
    assert client.post(f"/hours/{entry.id}/void", data={"reason": "Typed 8 for 0.8"}).status_code == 302
    db.session.refresh(entry)
    assert entry.voided_at is not None and entry.void_reason == "Typed 8 for 0.8"
    assert hours.minutes_for_membership(membership) == 0
    assert client.post(f"/hours/{entry.id}/void", data={"reason": "again"}).status_code == 403


def test_automatic_hours_cannot_be_voided_by_hand(scheme):
    membership = make_membership(scheme=scheme)
    coordinator = make_coordinator(scheme)
    entry = hours.record_hours(
        None, membership, TODAY, 60, HoursActivity.YOUTH_ACTIVITY, source="youth.activity", source_ref="7"
    )
    db.session.commit()
    with pytest.raises(PermissionDenied):
        hours.void_hours(coordinator, entry, "no")


def test_totals_per_member_scheme_and_area_for_a_period(app):
    area, other_area = make_area(), make_area()
    watch, speedwatch, elsewhere = make_scheme(area), make_scheme(area), make_scheme(other_area)
    ann, bob = make_membership(scheme=watch), make_membership(scheme=watch)
    cat = make_membership(scheme=speedwatch)
    dan = make_membership(scheme=elsewhere)
    last_year = date(TODAY.year - 1, 12, 31)
    for membership, day, minutes in (
        (ann, TODAY, 60),
        (ann, last_year, 30),
        (bob, TODAY, 45),
        (cat, TODAY, 120),
        (dan, TODAY, 15),
    ):
        hours.record_hours(None, membership, day, minutes, HoursActivity.MEETING)
    voided = hours.record_hours(None, bob, TODAY, 600, HoursActivity.MEETING)
    voided.voided_at = voided.recorded_at
    db.session.commit()

    year = HoursPeriod.year_to_date(TODAY)
    assert hours.minutes_by_member(watch) == {ann.id: 90, bob.id: 45}
    assert hours.minutes_by_member(watch, year) == {ann.id: 60, bob.id: 45}
    assert hours.minutes_by_scheme([watch.id, speedwatch.id], year) == {watch.id: 105, speedwatch.id: 120}
    assert hours.minutes_by_area([area.id, other_area.id]) == {area.id: 255, other_area.id: 15}
    assert hours.as_hours(90) == "1.5" and hours.as_hours(120) == "2"


def test_the_scheme_hours_page_totals_members_and_the_area(scheme, client, login_as):
    coordinator = make_coordinator(scheme)
    membership = make_membership(make_user(name="Helen Helper"), scheme)
    hours.log_hours(coordinator, membership, TODAY, 150, HoursActivity.EVENT)
    login_as(coordinator)
    page = client.get(f"/schemes/{scheme.id}/hours").get_data(as_text=True)
    assert "Helen Helper" in page and "2.5" in page


def test_a_member_who_left_keeps_their_hours_in_the_totals(scheme):
    membership = make_membership(scheme=scheme)
    hours.log_hours(membership.user, membership, TODAY, 60, HoursActivity.MEETING)
    membership.status = MembershipStatus.LEFT
    db.session.commit()
    assert hours.minutes_by_scheme([scheme.id]) == {scheme.id: 60}
