"""Speed Watch in the JSON API: a roadside app's batches (stored once per Idempotency-Key), the
check that stores nothing, starting and submitting, and an officer's review; with the same rules
and messages as the pages."""

from datetime import timedelta

import sqlalchemy as sa

from tests.factories import make_area, make_member, make_officer, make_scheme
from tests.speedwatch.factories import book, running_session, submitted_session
from volunteers.extensions import db
from volunteers.models import SchemeKind
from volunteers.speedwatch.models import Letter, SessionStatus, Sighting, SightingStatus


def _entry(session, plate="AB12 CDE", speed=38, minutes=10, **fields):
    values = {
        "registration": plate,
        "make": "Ford",
        "colour": "Blue",
        "speed": speed,
        "direction": "north",
        "observed_at": (session.starts_at + timedelta(minutes=minutes)).isoformat(),
    }
    values.update(fields)
    return values


def _stored(session) -> list[str]:
    return db.session.scalars(
        sa.select(Sighting.registration).where(Sighting.session_id == session.id).order_by(Sighting.id)
    ).all()


def _post_batch(client, session, headers, entries, key=None):
    if key is not None:
        headers = {**headers, "Idempotency-Key": key}
    return client.post(
        f"/api/v1/speedwatch/sessions/{session.id}/sightings", json={"sightings": entries}, headers=headers
    )


def test_a_batch_stores_the_good_entries_and_names_each_refused_one(world, client, api_token):
    session = running_session(world)
    entries = [
        _entry(session, "AB12 CDE", 41),
        _entry(session, "XY70ZZT", 33, minutes=12),
        _entry(session, "'; DROP TABLE speedwatch_sighting; --", 50, minutes=13),
        _entry(session, "LM19KPR", 45, minutes=14, observed_at="yesterday"),
        _entry(session, "DF66WXA", 47, minutes=15),
    ]
    response = _post_batch(client, session, api_token(world.volunteers[0]), entries)
    assert response.status_code == 201
    body = response.get_json()
    assert [sighting["registration"] for sighting in body["stored"]] == ["AB12CDE", "DF66WXA"]
    refused = {item["index"]: item["errors"] for item in body["refused"]}
    assert set(refused) == {1, 2, 3}
    assert refused[1] == {"speed": ["speed 33 is below the threshold of 35 for a 30 mph site"]}
    assert "is not a UK registration" in refused[2]["registration"][0]
    assert list(refused[3]) == ["observed_at"]
    assert _stored(session) == ["AB12CDE", "DF66WXA"]


def test_a_retried_batch_is_stored_once_and_answered_as_the_first_time(world, client, api_token):
    session = running_session(world)
    headers = api_token(world.volunteers[0])
    entries = [_entry(session, "AB12CDE", 41), _entry(session, "XY70ZZT", 33, minutes=12)]
    first = _post_batch(client, session, headers, entries, key="batch-0001")
    again = _post_batch(client, session, headers, entries, key="batch-0001")
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    assert _stored(session) == ["AB12CDE"]
    # Without the key, the same batch is a new one: the plate is then a duplicate within 2 minutes.
    third = _post_batch(client, session, headers, entries)
    assert third.status_code == 422
    assert "duplicate" in third.get_json()["refused"][0]["errors"]["registration"][0]
    assert _stored(session) == ["AB12CDE"]


def test_the_same_key_with_a_different_batch_is_refused_and_stores_nothing(world, client, api_token):
    session = running_session(world)
    headers = api_token(world.volunteers[0])
    assert _post_batch(client, session, headers, [_entry(session, "AB12CDE", 41)], key="k-1").status_code == 201
    other = _post_batch(client, session, headers, [_entry(session, "XY70ZZT", 44, minutes=30)], key="k-1")
    assert other.status_code == 409
    assert "different batch" in other.get_json()["message"]
    assert _stored(session) == ["AB12CDE"]
    # Another volunteer's key is their own: the same key string is no clash.
    theirs = _post_batch(
        client, session, api_token(world.volunteers[1]), [_entry(session, "XY70ZZT", 44, minutes=30)], key="k-1"
    )
    assert theirs.status_code == 201


def test_a_batch_refused_whole_stores_nothing_and_says_why(world, client, api_token):
    session = running_session(world)
    headers = api_token(world.volunteers[0])
    everything_wrong = _post_batch(client, session, headers, [_entry(session, "NOTAPLATE1", 20)], key="k-2")
    assert everything_wrong.status_code == 422
    assert everything_wrong.get_json()["stored"] == []
    assert _stored(session) == []
    too_many = _post_batch(client, session, headers, [_entry(session, minutes=i % 80) for i in range(501)])
    assert too_many.status_code == 400 and "at most 500" in too_many.get_json()["message"]
    assert _post_batch(client, session, headers, []).status_code == 422
    long_key = _post_batch(client, session, headers, [_entry(session)], key="k" * 101)
    assert long_key.status_code == 400 and _stored(session) == []


def test_nobody_but_the_sessions_volunteers_records_and_strangers_learn_nothing(world, client, api_token):
    session = running_session(world)
    outsider = make_member(world.scheme)
    other_area = make_area(world.force)
    other_scheme = make_scheme(other_area, SchemeKind.SPEEDWATCH)
    stranger = make_member(other_scheme)
    assert _post_batch(client, session, api_token(outsider), [_entry(session)]).status_code == 403
    for person in (stranger,):
        assert _post_batch(client, session, api_token(person), [_entry(session)]).status_code == 404
        assert client.get(f"/api/v1/speedwatch/sessions/{session.id}", headers=api_token(person)).status_code == 404
    assert client.get("/api/v1/speedwatch/sessions/999999", headers=api_token(world.volunteers[0])).status_code == 404
    sightings = client.get(f"/api/v1/speedwatch/sessions/{session.id}/sightings", headers=api_token(outsider))
    assert sightings.status_code == 404
    assert _stored(session) == []


def test_the_check_normalises_and_warns_before_anything_is_queued(world, client, api_token):
    headers = api_token(world.volunteers[0])
    ok = client.post(
        "/api/v1/speedwatch/sightings/check",
        json={"registration": "ab12 cde", "speed": 35, "speed_limit": 30},
        headers=headers,
    )
    assert ok.status_code == 200
    assert ok.get_json() == {"registration": "AB12CDE", "speed": 35, "speed_limit": 30, "threshold": 35}
    refused = client.post(
        "/api/v1/speedwatch/sightings/check",
        json={"registration": "'; DROP TABLE", "speed": 33, "speed_limit": 30},
        headers=headers,
    )
    assert refused.status_code == 422
    errors = refused.get_json()["errors"]
    assert errors["speed"] == ["speed 33 is below the threshold of 35 for a 30 mph site"]
    assert "is not a UK registration" in errors["registration"][0]
    fifty = client.post(
        "/api/v1/speedwatch/sightings/check",
        json={"registration": "AB12CDE", "speed": 60, "speed_limit": 50},
        headers=headers,
    )
    assert fifty.status_code == 422 and "speed_limit" in fifty.get_json()["errors"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Sighting)) == 0


def test_the_check_is_for_speed_watch_members_only(world, client, api_token):
    watch_member = make_member(make_scheme(world.area, SchemeKind.WATCH))
    response = client.post(
        "/api/v1/speedwatch/sightings/check",
        json={"registration": "AB12CDE", "speed": 40, "speed_limit": 30},
        headers=api_token(watch_member),
    )
    assert response.status_code == 403


def test_start_and_submit_through_the_api(world, client, api_token):
    session = book(world)
    headers = api_token(world.volunteers[1])
    early = client.post(f"/api/v1/speedwatch/sessions/{session.id}/start", headers=headers)
    assert early.status_code == 409 and "starts at" in early.get_json()["message"]
    mine = client.get("/api/v1/speedwatch/sessions", headers=headers).get_json()["sessions"]
    assert [item["id"] for item in mine] == [session.id]
    assert mine[0]["threshold"] == 35 and mine[0]["site"]["name"] == world.site.name


def test_an_officer_reviews_through_the_api_and_letters_follow(world, client, api_token):
    session = submitted_session(world)
    ids = db.session.scalars(
        sa.select(Sighting.id).where(Sighting.session_id == session.id).order_by(Sighting.id)
    ).all()
    headers = api_token(world.officer)
    missing_reason = client.post(
        f"/api/v1/speedwatch/sessions/{session.id}/review",
        json={"decisions": [{"sighting_id": ids[0], "accept": True}, {"sighting_id": ids[1], "accept": False}]},
        headers=headers,
    )
    assert missing_reason.status_code == 400
    assert db.session.get(type(session), session.id).status == SessionStatus.SUBMITTED
    done = client.post(
        f"/api/v1/speedwatch/sessions/{session.id}/review",
        json={
            "decisions": [
                {"sighting_id": ids[0], "accept": True},
                {"sighting_id": ids[1], "accept": False, "reason": "make_mismatch"},
            ]
        },
        headers=headers,
    )
    assert done.status_code == 200
    assert done.get_json()["accepted"] == 1 and done.get_json()["rejected"] == 1
    db.session.expire_all()
    assert db.session.get(Sighting, ids[1]).status == SightingStatus.REJECTED
    assert db.session.scalars(sa.select(Letter.sighting_id)).all() == [ids[0]]
    volunteer = client.post(
        f"/api/v1/speedwatch/sessions/{submitted_session(world, plates=('LM19KPR',)).id}/review",
        json={"decisions": []},
        headers=api_token(world.volunteers[0]),
    )
    assert volunteer.status_code == 403


def test_an_officer_of_another_area_cannot_see_or_review_the_session(world, client, api_token):
    session = submitted_session(world)
    other = make_officer(make_area(world.force))
    assert client.get(f"/api/v1/speedwatch/sessions/{session.id}", headers=api_token(other)).status_code == 404
    assert (
        client.post(
            f"/api/v1/speedwatch/sessions/{session.id}/review", json={"decisions": []}, headers=api_token(other)
        ).status_code
        == 404
    )


def test_the_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    for path in (
        "/api/v1/speedwatch/sessions",
        "/api/v1/speedwatch/sessions/{session_id}/sightings",
        "/api/v1/speedwatch/sightings/check",
        "/api/v1/speedwatch/sessions/{session_id}/review",
    ):
        assert path in paths, path
    batch = paths["/api/v1/speedwatch/sessions/{session_id}/sightings"]["post"]
    assert any(parameter["name"] == "Idempotency-Key" for parameter in batch["parameters"])
