"""Services run as one transaction however they nest: the outermost commits, a refusal anywhere
rolls back everything, nothing half-stored."""

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from tests.factories import make_coordinator, make_member, make_scheme, make_user
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.membership import joining
from volunteers.membership.models import ExpressionOfInterest, InterestStatus
from volunteers.models import AuditEvent, Membership, OutboundEmail, User
from volunteers.transaction import end_read_only_transaction, in_transaction, service, transaction


@pytest.fixture
def commits(app):
    """How many times the test's session committed."""
    counted = []

    def count(session):
        counted.append(1)

    session = db.session()
    event.listen(session, "after_commit", count)
    yield counted
    event.remove(session, "after_commit", count)


def test_a_service_calling_another_commits_once_with_both_changes(app, smtp, commits):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    joining.express_interest(scheme, "Priya Prospect", "priya@example.test")
    interest = db.session.scalar(sa.select(ExpressionOfInterest))
    commits.clear()
    membership = joining.invite_from_interest(coordinator, interest)
    assert commits == [1]
    assert interest.status == InterestStatus.INVITED and membership.status.value == "invited"
    actions = db.session.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-1] == "membership.invited"


def test_a_refusal_inside_an_inner_service_rolls_back_the_outer_changes(app, smtp):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    existing = make_member(scheme)
    joining.express_interest(scheme, "Same Person", existing.email)
    interest = db.session.scalar(sa.select(ExpressionOfInterest))
    emails_before = db.session.scalar(sa.select(sa.func.count(OutboundEmail.id)))
    with pytest.raises(DomainError):
        joining.invite_from_interest(coordinator, interest)
    db.session.expire_all()
    assert interest.status == InterestStatus.NEW
    assert db.session.scalar(sa.select(sa.func.count(OutboundEmail.id))) == emails_before
    assert db.session.scalar(sa.select(sa.func.count(Membership.id))) == 2


def test_the_outermost_block_commits_and_inner_blocks_only_join(app, commits):
    @service
    def add(email):
        assert in_transaction()
        db.session.add(User(email=email, name=email))

    with transaction():
        add("one@example.test")
        add("two@example.test")
        assert commits == []
    assert commits == [1]
    assert not in_transaction()
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 2


def test_an_error_leaves_no_transaction_open_and_stores_nothing(app):
    @service
    def add_then_fail():
        db.session.add(User(email="gone@example.test", name="Gone"))
        db.session.flush()
        raise DomainError("refused")

    with pytest.raises(DomainError):
        add_then_fail()
    assert not in_transaction()
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_a_commit_the_database_refuses_rolls_back_and_leaves_the_session_usable(app):
    taken = make_user(email="taken@example.test")

    @service
    def add_two_one_taken():
        db.session.add(User(email="new@example.test", name="New"))
        db.session.add(User(email=taken.email, name="Duplicate"))

    with pytest.raises(IntegrityError):
        add_two_one_taken()
    # Without the rollback the next query would raise PendingRollbackError.
    assert db.session.scalars(sa.select(User.email)).all() == ["taken@example.test"]


# --- Requests that only read ----------------------------------------------------------------------


@pytest.fixture
def transaction_ends(app):
    """How each database transaction ended ("commit" or "rollback"), requests' included."""
    ended = []

    def committed(_connection):
        ended.append("commit")

    def rolled_back(_connection):
        ended.append("rollback")

    event.listen(db.engine, "commit", committed)
    event.listen(db.engine, "rollback", rolled_back)
    yield ended
    event.remove(db.engine, "commit", committed)
    event.remove(db.engine, "rollback", rolled_back)


def test_a_request_that_only_reads_ends_with_a_commit_not_a_rollback(app, client, api_token, transaction_ends):
    # A rollback makes psycopg forget every prepared statement, so each read had its queries planned
    # again; a commit of a transaction that only read changes nothing and keeps them.
    headers = api_token(make_member(make_scheme()))
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    transaction_ends.clear()
    for _ in range(2):
        assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert transaction_ends == ["commit", "commit"]


def test_a_transaction_that_flushed_is_never_committed_at_the_end_of_a_request(app):
    db.session.add(User(email="flushed@example.test", name="Flushed"))
    db.session.flush()
    end_read_only_transaction(None)
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_a_transaction_holding_unflushed_changes_is_never_committed_at_the_end_of_a_request(app):
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0
    db.session.add(User(email="pending@example.test", name="Pending"))
    end_read_only_transaction(None)
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_a_statement_that_writes_is_never_committed_at_the_end_of_a_request(app):
    user = make_user(email="before@example.test")
    db.session.execute(sa.update(User).where(User.id == user.id).values(name="Changed"))
    end_read_only_transaction(None)
    db.session.rollback()
    assert db.session.scalar(sa.select(User.name).where(User.id == user.id)) != "Changed"


def test_a_request_that_failed_is_never_committed(app, transaction_ends):
    db.session.scalar(sa.select(sa.func.count(User.id)))
    end_read_only_transaction(RuntimeError("the view failed"))
    assert transaction_ends == []
    end_read_only_transaction(None)
    assert transaction_ends == ["commit"]
