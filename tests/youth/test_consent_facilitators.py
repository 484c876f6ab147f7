"""Adults who work with the commission (its facilitators) need an in-date DBS check: nobody becomes
one, by activation or by appointment, without it."""

from datetime import date, timedelta

import pytest

from tests.factories import make_admin, make_membership, make_user, record_check
from tests.youth.safeguarding import born_years_ago, commission
from volunteers import permissions, vetting
from volunteers.errors import Conflict
from volunteers.membership import lifecycle, roles
from volunteers.models import CheckKind, MembershipRole, MembershipStatus


@pytest.fixture
def youth(app):
    return commission()


def test_a_facilitator_without_a_dbs_check_cannot_become_active(youth):
    scheme, _facilitator = youth
    admin = make_admin(scheme.area.force)
    adult = make_user(date_of_birth=born_years_ago(35))
    membership = make_membership(adult, scheme, MembershipStatus.APPLIED, MembershipRole.COORDINATOR, vetted=False)
    for kind in (CheckKind.IDENTITY, CheckKind.TRAINING):
        lifecycle.record_check(admin, membership, kind, date.today())
    record_check(membership, CheckKind.CODE_OF_CONDUCT)
    with pytest.raises(Conflict, match="DBS check"):
        lifecycle.complete_vetting(admin, membership)
    assert membership.status == MembershipStatus.VETTING
    assert not permissions.coordinates(adult, scheme.id)
    lifecycle.record_check(admin, membership, CheckKind.DBS, date.today())
    assert membership.status == MembershipStatus.ACTIVE
    assert permissions.coordinates(adult, scheme.id)


def test_an_adult_member_whose_dbs_check_expired_cannot_be_appointed_facilitator(youth):
    scheme, _facilitator = youth
    admin = make_admin(scheme.area.force)
    adult = make_user(date_of_birth=born_years_ago(22))
    membership = make_membership(adult, scheme, vetted=False)
    for kind in (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT):
        record_check(membership, kind)
    record_check(membership, CheckKind.DBS, date.today() - timedelta(days=800), date.today() - timedelta(days=1))
    assert vetting.outstanding_checks(membership, date.today()) == [CheckKind.DBS]
    with pytest.raises(Conflict, match="in-date DBS check"):
        roles.change_role(admin, membership, MembershipRole.COORDINATOR, "Runs the meetings")
    assert membership.role == MembershipRole.MEMBER


def test_a_facilitator_whose_dbs_check_expires_stops_acting_at_once(youth):
    scheme, facilitator = youth
    membership = facilitator.memberships[0]
    assert permissions.can(facilitator, "youth.scheme.manage_events", scheme)
    record_check(membership, CheckKind.DBS, date.today() - timedelta(days=800), date.today() - timedelta(days=1))
    assert not permissions.can(facilitator, "youth.scheme.manage_events", scheme)
