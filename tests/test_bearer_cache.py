"""Each worker remembers the user of a bearer token between requests (volunteers.auth.bearer_cache):
whatever changes in the rows their permissions come from counts from the next request."""

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import object_session

from tests.databases import postgresql_only
from tests.factories import make_area, make_force, make_member, make_scheme, record_check
from tests.sql_statements import statements_sent
from volunteers.auth import bearer_cache
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import (
    ApiToken,
    Area,
    CheckKind,
    Force,
    ForceAdmin,
    Membership,
    OfficerAssignment,
    Scheme,
    User,
    VettingCheck,
    with_roles,
)
from volunteers.tokens import digest

pytestmark = postgresql_only("the cache compares rows by PostgreSQL's xmin, and remembers nothing elsewhere")


@pytest.fixture
def everything(app, api_token):
    """A member of a scheme (with its checks) who is also an officer of an area and an admin, each
    in a force of its own: every relationship with_roles() loads has a row reached by it alone."""
    user = make_member(make_scheme(make_area(make_force())))
    db.session.add(OfficerAssignment(user=user, area=make_area(make_force())))
    db.session.add(ForceAdmin(user=user, force=make_force()))
    db.session.commit()
    headers = api_token(user)
    return user, headers


def _me(client, headers) -> dict:
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 200, response.text
    return response.json


def _loaded_graph(user_id: int) -> list:
    """Every object with_roles() loads for the user, found by walking the loaded relationships."""
    db.session.expunge_all()
    user = db.session.get(User, user_id, options=with_roles())
    found, waiting = {}, [user]
    while waiting:
        obj = waiting.pop()
        if (type(obj), obj.id) in found:
            continue
        found[(type(obj), obj.id)] = obj
        state = sa.inspect(obj)
        for relationship in state.mapper.relationships:
            if relationship.key in state.unloaded:
                continue
            value = state.dict.get(relationship.key)
            waiting.extend(value if isinstance(value, list) else [value] if value is not None else [])
    return list(found.values())


def _fingerprint(headers) -> str:
    secret = headers["Authorization"].removeprefix("Bearer ")
    state = bearer_cache.token_state(digest(secret))
    db.session.rollback()
    return state.fingerprint


def test_a_write_to_any_row_the_users_permissions_come_from_changes_the_fingerprint(everything):
    user, headers = everything
    graph = _loaded_graph(user.id)
    kinds = {type(obj) for obj in graph}
    assert kinds == {User, Membership, Scheme, Area, Force, VettingCheck, OfficerAssignment, ForceAdmin}
    for obj in graph:
        before = _fingerprint(headers)
        table = sa.inspect(obj).mapper.local_table
        object_session(obj).execute(sa.update(table).where(table.c.id == obj.id).values(id=table.c.id))
        db.session.commit()
        assert _fingerprint(headers) != before, f"a write to {table.name} {obj.id} went unnoticed"


def test_a_row_added_to_or_removed_from_the_graph_changes_the_fingerprint(everything):
    user, headers = everything
    before = _fingerprint(headers)
    membership = db.session.scalars(sa.select(Membership).where(Membership.user_id == user.id)).one()
    record_check(membership, CheckKind.TRAINING)
    added = _fingerprint(headers)
    assert added != before
    db.session.execute(sa.delete(OfficerAssignment).where(OfficerAssignment.user_id == user.id))
    db.session.commit()
    assert _fingerprint(headers) not in (before, added)


def test_the_second_request_does_not_load_the_graph_again(client, everything):
    _user, headers = everything
    with statements_sent() as first:
        _me(client, headers)
    with statements_sent() as second:
        _me(client, headers)
    assert any("JOIN membership AS membership_1" in sent.statement for sent in first)
    assert not any("JOIN membership AS membership_1" in sent.statement for sent in second)


def test_changes_to_the_remembered_user_count_from_the_next_request(client, everything):
    user, headers = everything
    seen = _me(client, headers)
    assert seen["memberships"][0]["status"] == "active" and seen["memberships"][0]["may_submit"]
    assert seen["admin_force_ids"] and seen["officer_areas"]

    db.session.execute(sa.update(Membership).where(Membership.user_id == user.id).values(status="suspended"))
    db.session.commit()
    assert _me(client, headers)["memberships"][0]["status"] == "suspended"

    db.session.execute(sa.update(Area).where(Area.id == seen["officer_areas"][0]["id"]).values(name="Renamed"))
    db.session.commit()
    assert _me(client, headers)["officer_areas"][0]["name"] == "Renamed"

    db.session.execute(sa.delete(ForceAdmin).where(ForceAdmin.user_id == user.id))
    db.session.commit()
    assert _me(client, headers)["admin_force_ids"] == []


def test_a_withdrawn_check_stops_submissions_at_the_next_request(client, api_token):
    scheme = make_scheme()
    member = make_member(scheme)
    headers = api_token(member)
    assert _me(client, headers)["memberships"][0]["may_submit"]
    db.session.execute(
        sa.update(VettingCheck)
        .where(VettingCheck.membership_id == member.memberships[0].id)
        .values(withdrawn_at=utcnow(), withdrawal_reason="Recorded for the wrong person")
    )
    db.session.commit()
    assert not _me(client, headers)["memberships"][0]["may_submit"]


@pytest.mark.parametrize("change", ["revoked", "expired", "disabled"])
def test_a_revoked_expired_or_disabled_token_is_refused_at_the_next_request(client, everything, change):
    user, headers = everything
    _me(client, headers)
    statement = {
        "revoked": sa.update(ApiToken).values(revoked_at=utcnow()),
        "expired": sa.update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)),
        "disabled": sa.update(User).where(User.id == user.id).values(disabled_at=utcnow()),
    }[change]
    db.session.execute(statement)
    db.session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_an_entry_is_loaded_afresh_once_it_is_old(client, everything, monkeypatch):
    _user, headers = everything
    _me(client, headers)
    monkeypatch.setattr(bearer_cache, "MAX_AGE_SECONDS", -1)
    with statements_sent() as sent:
        _me(client, headers)
    assert any("JOIN membership AS membership_1" in statement.statement for statement in sent)


def test_the_cache_keeps_at_most_its_limit_of_tokens(app, client, api_token, monkeypatch):
    monkeypatch.setattr(bearer_cache, "MAX_ENTRIES", 2)
    scheme = make_scheme()
    everyone = [api_token(make_member(scheme)) for _ in range(3)]
    for headers in everyone:
        _me(client, headers)
    remembered = app.extensions["bearer_cache"]
    held = [digest(headers["Authorization"].removeprefix("Bearer ")) in remembered for headers in everyone]
    assert held == [False, True, True]
