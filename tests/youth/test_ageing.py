"""A young person who reaches the leaving age (one past the oldest member's age: 26 by default)
is moved to `left` by `flask reminders send`, and thanked, once."""

from datetime import date

import pytest

from tests.factories import make_membership, make_user
from tests.membership.helpers import events
from tests.youth.safeguarding import born_years_ago, commission
from volunteers.extensions import db
from volunteers.models import Membership, MembershipStatus


@pytest.fixture
def youth(app):
    return commission()


def _send(app, today: date | None = None) -> str:
    args = ["reminders", "send"] + (["--today", today.isoformat()] if today else [])
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return result.output


def _status(membership: Membership) -> MembershipStatus:
    db.session.expire_all()
    return db.session.get(Membership, membership.id).status


def _member(scheme, age: int, **fields) -> Membership:
    return make_membership(make_user(date_of_birth=born_years_ago(age), **fields), scheme)


def test_a_member_who_turns_26_leaves_with_a_thank_you_email_exactly_once(app, youth, smtp):
    scheme, _facilitator = youth
    turned_26 = _member(scheme, 26, email="old.enough@example.test")
    still_25 = _member(scheme, 25, email="still.young@example.test")
    output = _send(app)
    assert "youth.leaving_age: 1 email(s) queued." in output
    assert _status(turned_26) == MembershipStatus.LEFT
    assert _status(still_25) == MembershipStatus.ACTIVE
    [thanks] = smtp.to("old.enough@example.test")
    assert "Thank you" in thanks["Subject"] and scheme.name in smtp.text(thanks)
    assert smtp.to("still.young@example.test") == []
    assert [(e.actor_id, e.subject_id) for e in events("youth.member_aged_out")] == [(None, str(turned_26.id))]

    assert "youth.leaving_age: 0 email(s) queued." in _send(app)
    assert len(smtp.to("old.enough@example.test")) == 1
    assert len(events("youth.member_aged_out")) == 1


def test_the_leaving_age_follows_the_forces_oldest_age(app, youth, smtp):
    scheme, _facilitator = youth
    scheme.area.force.settings = {"youth_max_age": 21}
    db.session.commit()
    member = _member(scheme, 22)
    _send(app)
    assert _status(member) == MembershipStatus.LEFT


def test_the_facilitator_and_other_schemes_members_are_not_moved_on(app, youth, smtp):
    scheme, facilitator = youth
    other = make_membership(make_user(date_of_birth=born_years_ago(40)))
    _send(app)
    assert _status(facilitator.memberships[0]) == MembershipStatus.ACTIVE
    assert _status(other) == MembershipStatus.ACTIVE
    assert smtp.messages == []


def test_a_member_leaves_on_their_26th_birthday_not_the_day_before(app, youth, smtp):
    scheme, _facilitator = youth
    member = make_membership(make_user(date_of_birth=date(2001, 6, 15)), scheme)
    _send(app, date(2027, 6, 14))
    assert _status(member) == MembershipStatus.ACTIVE
    _send(app, date(2027, 6, 15))
    assert _status(member) == MembershipStatus.LEFT
