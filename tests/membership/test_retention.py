"""`flask membership purge`: expressions of interest and never-joined invitees are deleted once their
force's retention period has passed; one audit event per run, with counts and no names."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_area, make_coordinator, make_force, make_membership, make_scheme, make_user
from tests.membership.helpers import events
from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership import invitations, retention
from volunteers.membership.models import ExpressionOfInterest, InterestStatus
from volunteers.models import Membership, MembershipStatus, OfficerAssignment, OneTimeToken, User

NOW = utcnow()


def days_ago(days: int):
    return NOW - timedelta(days=days)


@pytest.fixture
def scheme(app):
    return make_scheme()


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


def _interest(scheme, email: str, created: int, decided: int | None = None, status=InterestStatus.NEW):
    interest = ExpressionOfInterest(
        scheme=scheme,
        name="Priya Prospect",
        email=email,
        status=status,
        created_at=days_ago(created),
        decided_at=days_ago(decided) if decided is not None else None,
    )
    db.session.add(interest)
    db.session.commit()
    return interest


def _remaining_interest() -> set[str]:
    db.session.expire_all()
    return set(db.session.scalars(sa.select(ExpressionOfInterest.email)))


def _cancelled(coordinator, scheme, email: str, days: int) -> Membership:
    """An invitation to someone new, cancelled `days` ago."""
    membership = invitations.invite(coordinator, scheme, email, "Nia Newcomer")
    invitations.cancel_invitation(coordinator, membership, "Sent to the wrong address")
    membership.status_changed_at = days_ago(days)
    db.session.commit()
    return membership


def _user(email: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(sa.select(User).where(User.email == email))


def test_old_expressions_of_interest_go_and_recent_ones_stay(scheme, smtp):
    _interest(scheme, "open-old@example.test", created=200)
    _interest(scheme, "declined-old@example.test", created=300, decided=190, status=InterestStatus.DECLINED)
    _interest(scheme, "declined-recent@example.test", created=300, decided=10, status=InterestStatus.DECLINED)
    _interest(scheme, "open-recent@example.test", created=20)
    purged = retention.purge_expired_onboarding_data()
    assert (purged.interests, purged.invitees) == (2, 0)
    assert _remaining_interest() == {"declined-recent@example.test", "open-recent@example.test"}


def test_each_force_keeps_interest_as_long_as_its_own_setting_says(scheme):
    strict = make_force(settings={"interest_retention_days": 30})
    strict_scheme = make_scheme(make_area(strict))
    _interest(strict_scheme, "strict@example.test", created=40)
    _interest(scheme, "lenient@example.test", created=40)
    purged = retention.purge_expired_onboarding_data()
    assert _remaining_interest() == {"lenient@example.test"}
    assert purged.by_force == {strict.id: {"expressions_of_interest": 1, "invited_people": 0}}


def test_a_person_invited_and_cancelled_long_ago_who_never_joined_is_deleted(scheme, coordinator, smtp):
    old = _cancelled(coordinator, scheme, "old@example.test", days=200)
    recent = _cancelled(coordinator, scheme, "recent@example.test", days=20)
    interest = _interest(scheme, "old@example.test", created=30, decided=30, status=InterestStatus.INVITED)
    interest.membership_id = old.id
    db.session.commit()
    old_id, old_user_id = old.id, old.user_id

    purged = retention.purge_expired_onboarding_data()
    assert purged.invitees == 1
    assert _user("old@example.test") is None and _user("recent@example.test") is not None
    assert db.session.get(Membership, old_id) is None and db.session.get(Membership, recent.id) is not None
    assert db.session.scalars(sa.select(OneTimeToken).where(OneTimeToken.user_id == old_user_id)).all() == []
    assert db.session.get(ExpressionOfInterest, interest.id).membership_id is None
    assert audit.verify_chain()[1] is None


def _unanswered(coordinator, scheme, email: str, days: int) -> Membership:
    """An invitation to someone new, sent and never answered, whose link expired `days` ago."""
    membership = invitations.invite(coordinator, scheme, email, "Nia Newcomer")
    membership.status_changed_at = days_ago(days + 14)
    for link in db.session.scalars(sa.select(OneTimeToken).where(OneTimeToken.membership_id == membership.id)):
        link.created_at, link.expires_at = days_ago(days + 14), days_ago(days)
    db.session.commit()
    return membership


def test_a_person_whose_invitation_expired_unanswered_long_ago_is_deleted(scheme, coordinator, smtp):
    old = _unanswered(coordinator, scheme, "expired-old@example.test", days=200)
    _unanswered(coordinator, scheme, "expired-recent@example.test", days=20)
    resent = _unanswered(coordinator, scheme, "resent@example.test", days=200)
    invitations.resend_invitation(coordinator, resent)
    old_id = old.id

    purged = retention.purge_expired_onboarding_data()
    assert purged.invitees == 1
    assert _user("expired-old@example.test") is None and db.session.get(Membership, old_id) is None
    assert _user("expired-recent@example.test") is not None
    # A resent invitation has a new link: the clock starts again.
    assert _user("resent@example.test") is not None


def test_anyone_who_joined_holds_a_role_or_is_still_invited_is_kept(app, scheme, coordinator):
    joined_once = make_membership(make_user(email="joined@example.test"), scheme, status=MembershipStatus.LEFT)
    joined_once.status_changed_at = days_ago(400)
    elsewhere = _cancelled(coordinator, scheme, "still-invited@example.test", days=400)
    second = make_scheme(scheme.area)
    unanswered = invitations.invite(make_coordinator(second), second, "still-invited@example.test", "Nia")
    unanswered.status_changed_at = days_ago(400)
    officer_to_be = _cancelled(coordinator, scheme, "officer@example.test", days=400)
    db.session.add(OfficerAssignment(user=officer_to_be.user, area=scheme.area))
    db.session.commit()
    assert elsewhere.user.password_hash is None

    assert retention.purge_expired_onboarding_data().invitees == 0
    for email in ("joined@example.test", "still-invited@example.test", "officer@example.test"):
        assert _user(email) is not None, email


def test_each_run_writes_one_event_with_counts_and_no_names(app, scheme, coordinator):
    _cancelled(coordinator, scheme, "old@example.test", days=200)
    _interest(scheme, "open-old@example.test", created=200)
    db.session.execute(sa.text("DELETE FROM audit_event"))
    db.session.execute(sa.text("DELETE FROM audit_chain_head"))  # the chains start afresh
    db.session.commit()

    retention.purge_expired_onboarding_data()
    [event] = events()
    assert (event.actor_id, event.action, event.subject_type, event.force_id) == (
        None,
        "membership.retention_purged",
        "retention_run",
        None,
    )
    assert event.after["expressions_of_interest"] == 1 and event.after["invited_people"] == 1
    assert "example.test" not in str(event.after) and "Nia" not in str(event.after) + event.reason

    retention.purge_expired_onboarding_data()
    assert [e.after["expressions_of_interest"] for e in events()] == [1, 0]
    assert audit.verify_chain()[1] is None


def test_the_command_reports_what_it_deleted_and_is_safe_to_repeat(app, scheme, coordinator):
    _cancelled(coordinator, scheme, "old@example.test", days=200)
    _interest(scheme, "open-old@example.test", created=200)
    runner = app.test_cli_runner()
    first = runner.invoke(args=["membership", "purge"])
    assert first.exit_code == 0, first.output
    assert "1 expression(s) of interest and 1 invited person(s) deleted" in first.output
    again = runner.invoke(args=["membership", "purge"])
    assert "0 expression(s) of interest and 0 invited person(s) deleted" in again.output


def test_someone_still_referred_to_elsewhere_is_kept_whole_and_the_run_goes_on(app, scheme, coordinator):
    referred = _cancelled(coordinator, scheme, "referred@example.test", days=200)
    audit.record(referred.user, "test.acted", scheme)
    _cancelled(coordinator, scheme, "old@example.test", days=200)
    _interest(scheme, "open-old@example.test", created=200)
    db.session.commit()

    purged = retention.purge_expired_onboarding_data()
    assert (purged.interests, purged.invitees) == (1, 1)
    assert _user("referred@example.test") is not None and _user("old@example.test") is None
    assert db.session.get(Membership, referred.id) is not None
    assert db.session.scalars(sa.select(OneTimeToken).where(OneTimeToken.membership_id == referred.id)).all()
    assert [e.action for e in events("membership.retention_purged")] == ["membership.retention_purged"]
