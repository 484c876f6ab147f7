"""The reads of sightings go through an index, never the whole table: at ten million rows a scan of
speedwatch_sighting takes seconds (bench/speedwatch_scale.py).

Each entry of READS runs a query the app makes (or a whole page), and every statement it sends
that reads speedwatch_sighting is EXPLAINed with sequential scans discouraged
(`enable_seqscan = off`), so that the plan on a small test table is the plan of a large one: a
Seq Scan still chosen means there is no index the query can use. PostgreSQL only. The statistics
and retention have theirs in test_statistics_and_retention_queries.py, which also checks that the
statistics never read the sightings at all.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.databases import postgresql_only
from tests.speedwatch.factories import SpeedwatchWorld, seen_earlier, submitted_session
from tests.sql_statements import statements_sent
from volunteers.extensions import db
from volunteers.speedwatch import escalation, queries
from volunteers.speedwatch.models import SpeedwatchSession

pytestmark = postgresql_only("query plans are PostgreSQL's")

TABLE = "speedwatch_sighting"


@dataclass
class Scene:
    world: SpeedwatchWorld
    session: SpeedwatchSession
    client: object


def _plate_history(scene: Scene) -> None:
    sightings = queries.sightings_in(scene.session)
    since = min(sighting.observed_at for sighting in sightings) - timedelta(days=365)
    escalation.plate_history(scene.world.force.id, [sighting.registration for sighting in sightings], since)


def _review_page(scene: Scene) -> None:
    response = scene.client.get(f"/speedwatch/sessions/{scene.session.id}/review")
    assert response.status_code == 200


# (name, what runs the query)
READS: list[tuple[str, Callable[[Scene], None]]] = [
    ("plate history", _plate_history),
    ("review page", _review_page),
]


def statements_of(run: Callable[[], None]) -> list[tuple[str, object]]:
    """The statements `run` sends that read the sightings, with their parameters."""
    with statements_sent() as sent:
        run()
    reads = ("SELECT", "WITH", "DELETE", "UPDATE")
    return [each for each in sent if TABLE in each.statement and each.statement.lstrip().upper().startswith(reads)]


def scans_of_sightings(statement: str, parameters) -> list[dict]:
    """The plan nodes that read speedwatch_sighting whole, with sequential scans made a last resort."""
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
        [[plans]] = cursor.fetchall()
        connection.rollback()
    finally:
        connection.close()
    found, nodes = [], [plans[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") == TABLE:
            found.append(node)
        nodes.extend(node.get("Plans", []))
    return found


@pytest.fixture
def scene(world, client, login_as) -> Scene:
    for days_ago, plate in enumerate(("AB12CDE", "XY70ZZT", "AB12CDE", "LM65ABC"), start=20):
        seen_earlier(world, plate, days_ago)
    session = submitted_session(world, plates=("AB12CDE", "XY70ZZT", "CD34EFG"))
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text(f"ANALYZE {TABLE}"))
    login_as(world.officer)
    return Scene(world, session, client)


@pytest.mark.parametrize(("name", "read"), READS, ids=[name for name, _read in READS])
def test_the_read_never_scans_the_whole_sightings_table(scene, name, read):
    sent = statements_of(lambda: read(scene))

    assert sent, f"{name} sent no statement reading {TABLE}: the test would prove nothing"
    for statement, parameters in sent:
        assert scans_of_sightings(statement, parameters) == [], f"{name} scans {TABLE} whole:\n{statement}"


def test_a_read_without_an_index_is_caught(scene):
    """The check itself: a query on a column with no index is reported."""
    scans = scans_of_sightings(f"SELECT id FROM {TABLE} WHERE make = %(make)s", {"make": "Ford"})  # noqa: S608

    assert [node["Relation Name"] for node in scans] == [TABLE]
