"""`flask reminders send`: members and coordinators hear once about each check expiring or expired."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_coordinator, make_membership, make_scheme, make_user, record_check
from volunteers.extensions import db
from volunteers.membership import reminders
from volunteers.membership.models import ReminderThreshold, VettingReminder
from volunteers.models import CheckKind, MembershipStatus

TODAY = date.today()


def send(app, today: date | None = None):
    args = ["reminders", "send"] + (["--today", today.isoformat()] if today else [])
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def scheme(app):
    return make_scheme(name="Mill Lane Speed Watch")


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme, email="cora@example.test")


def _training(membership, expires_in_days: int):
    expires_on = TODAY + timedelta(days=expires_in_days)
    return record_check(
        membership, CheckKind.TRAINING, completed_on=expires_on - timedelta(days=730), expires_on=expires_on
    )


def test_running_twice_sends_each_reminder_once(app, scheme, coordinator, smtp):
    soon = make_membership(make_user(email="soon@example.test"), scheme)
    _training(soon, 20)
    lapsed = make_membership(make_user(email="lapsed@example.test"), scheme)
    _training(lapsed, -3)

    output = send(app)
    assert "vetting: 3 email(s) queued" in output
    assert len(smtp.to("soon@example.test")) == 1
    assert len(smtp.to("lapsed@example.test")) == 1
    assert len(smtp.to("cora@example.test")) == 1
    assert "Your training expires on" in smtp.text(smtp.last_to("soon@example.test"))
    assert "Your training expired on" in smtp.text(smtp.last_to("lapsed@example.test"))
    digest = smtp.text(smtp.last_to("cora@example.test"))
    assert "2 members of Mill Lane Speed Watch" in digest and "1 of them cannot submit" in digest
    assert "soon@" not in digest and "lapsed@" not in digest

    sent_before = len(smtp.messages)
    assert "vetting: 0 email(s) queued" in send(app)
    assert len(smtp.messages) == sent_before


def test_a_check_reminded_as_expiring_is_reminded_once_more_when_it_expires(app, scheme, coordinator, smtp):
    member = make_membership(make_user(email="soon@example.test"), scheme)
    _training(member, 10)
    send(app)
    send(app, TODAY + timedelta(days=5))
    assert len(smtp.to("soon@example.test")) == 1

    send(app, TODAY + timedelta(days=11))
    send(app, TODAY + timedelta(days=12))
    messages = smtp.to("soon@example.test")
    assert len(messages) == 2 and "expired on" in smtp.text(messages[-1])
    thresholds = db.session.scalars(sa.select(VettingReminder.threshold).order_by(VettingReminder.id)).all()
    assert thresholds == [ReminderThreshold.DUE_SOON, ReminderThreshold.EXPIRED]


def test_a_renewal_is_reminded_about_afresh_when_its_own_time_comes(app, scheme, coordinator, smtp):
    member = make_membership(make_user(email="renewed@example.test"), scheme)
    _training(member, 10)
    send(app)
    renewal = record_check(member, CheckKind.TRAINING, completed_on=TODAY)
    send(app)
    assert len(smtp.to("renewed@example.test")) == 1
    send(app, renewal.expires_on - timedelta(days=7))
    assert len(smtp.to("renewed@example.test")) == 2


def test_checks_outside_the_warning_period_superseded_or_of_inactive_members_are_not_reminded(
    app, scheme, coordinator, smtp
):
    later = make_membership(make_user(email="later@example.test"), scheme)
    _training(later, 45)
    renewed = make_membership(make_user(email="renewed@example.test"), scheme)
    _training(renewed, -30)
    record_check(renewed, CheckKind.TRAINING, completed_on=TODAY)
    suspended = make_membership(make_user(email="suspended@example.test"), scheme, status=MembershipStatus.SUSPENDED)
    _training(suspended, -1)

    assert "vetting: 0 email(s) queued" in send(app)
    assert smtp.messages == []


def test_the_warning_period_is_the_forces_setting(app, scheme, coordinator, smtp):
    member = make_membership(make_user(email="later@example.test"), scheme)
    _training(member, 45)
    scheme.area.force.settings = {"expiry_warning_days": 60}
    db.session.commit()
    send(app)
    assert len(smtp.to("later@example.test")) == 1


def test_when_another_run_claimed_a_reminder_first_the_unique_constraint_stops_a_second_email(
    app, scheme, coordinator, smtp, monkeypatch
):
    member = make_membership(make_user(email="soon@example.test"), scheme)
    _training(member, 5)
    send(app)
    assert len(smtp.messages) == 2

    # An overlapping run read the same state before the first one committed: it believes
    # nothing was sent yet, so its claim collides with the first run's.
    monkeypatch.setattr(reminders, "_already_sent", lambda check, threshold: False)
    assert "vetting: 0 email(s) queued" in send(app)
    assert len(smtp.messages) == 2
    assert db.session.scalar(sa.select(sa.func.count(VettingReminder.id))) == 1
