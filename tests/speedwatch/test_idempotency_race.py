"""Two copies of one batch arriving at once (a roadside app retrying over a flaky connection before
the first answer came back): stored once, and both answered as the first was. PostgreSQL only,
where two connections really run side by side."""

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.databases import postgresql_only
from tests.speedwatch.factories import running_session
from volunteers.extensions import db
from volunteers.speedwatch import services
from volunteers.speedwatch.models import SessionIdempotency, Sighting


@pytest.fixture
def both_past_the_first_check(monkeypatch):
    """Hold each request after it has looked for an earlier batch with its key and found none,
    until the other has too: the race, every time."""
    barrier = threading.Barrier(2, timeout=20)
    record = services.record_sightings

    def record_after_both_looked(*args, **kwargs):
        barrier.wait()
        return record(*args, **kwargs)

    monkeypatch.setattr(services, "record_sightings", record_after_both_looked)
    return barrier


@postgresql_only("SQLite serialises writers: the race needs two connections writing at once")
def test_a_batch_sent_twice_at_once_is_stored_once(app, world, api_token, both_past_the_first_check):
    session = running_session(world)
    headers = {**api_token(world.volunteers[0]), "Idempotency-Key": "retry-race-1"}
    batch = {
        "sightings": [
            {
                "registration": plate,
                "make": "Ford",
                "colour": "Blue",
                "speed": 41,
                "observed_at": (session.starts_at + timedelta(minutes=minutes)).isoformat(),
            }
            for plate, minutes in (("AB12CDE", 10), ("DF66WXA", 14))
        ]
    }
    answers = []

    def send():
        response = app.test_client().post(
            f"/api/v1/speedwatch/sessions/{session.id}/sightings", json=batch, headers=headers
        )
        answers.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert [status for status, _body in answers] == [201, 201]
    assert answers[0][1] == answers[1][1]
    db.session.expire_all()
    stored = db.session.scalars(sa.select(Sighting.registration).where(Sighting.session_id == session.id)).all()
    assert sorted(stored) == ["AB12CDE", "DF66WXA"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SessionIdempotency)) == 1
