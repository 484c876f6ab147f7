"""What the statistics and retention ask the database: the statistics never touch the sightings
table, and on PostgreSQL every statement of either finds its rows of the Speed Watch tables through
an index condition. Checked with sequential scans priced out, so that a predicate no index can serve
shows up as a scan of the whole table or of a whole index, whatever the size of the test data."""

from datetime import timedelta

import sqlalchemy as sa

from tests.databases import postgresql_only
from tests.speedwatch.factories import sightings_of
from tests.speedwatch.reviewed import two_reviewed_sessions
from tests.sql_statements import statements_sent
from volunteers.extensions import db
from volunteers.speedwatch import retention, statistics
from volunteers.speedwatch.models import Letter, LetterStatus, SpeedwatchSession

SPEEDWATCH_TABLES = ("speedwatch_sighting", "speedwatch_session", "speedwatch_tally", "speedwatch_letter")


def _old(world):
    """The world's two reviewed sessions, the first ended 400 days ago with its letters sent."""
    sessions = two_reviewed_sessions(world)
    first = db.session.get(SpeedwatchSession, sessions.first.id)
    shift = timedelta(days=400)
    first.starts_at, first.ends_at = first.starts_at - shift, first.ends_at - shift
    for sighting in sightings_of(first):
        sighting.observed_at -= shift
    for letter in db.session.scalars(sa.select(Letter)):
        letter.status = LetterStatus.SENT
    db.session.commit()
    return sessions


def test_the_statistics_page_never_reads_the_sightings(world, client, login_as):
    two_reviewed_sessions(world)
    login_as(world.officer)
    url = f"/speedwatch/sites/{world.site.id}/statistics"
    client.get(url)
    with statements_sent() as run:
        assert client.get(url).status_code == 200
    assert run and not [sql for sql, _parameters in run if "speedwatch_sighting" in sql]


def _whole_table_scans(plan: dict) -> list[str]:
    """Scans of a Speed Watch table that read all of it: sequential, or an index read end to end."""
    found = []
    relation = plan.get("Relation Name", "")
    if relation.startswith("speedwatch_"):
        if plan["Node Type"] == "Seq Scan":
            found.append(f"Seq Scan on {relation}")
        elif plan["Node Type"] in ("Index Scan", "Index Only Scan") and "Index Cond" not in plan:
            found.append(f"{plan['Node Type']} of all of {plan['Index Name']}")
    for child in plan.get("Plans", []):
        found += _whole_table_scans(child)
    return found


def _unindexed(run) -> list[str]:
    connection = db.session.connection()
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    found = []
    for sql, parameters in run:
        if not sql.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE")):
            continue
        if not any(table in sql for table in SPEEDWATCH_TABLES):
            continue
        [[plans]] = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql, parameters).all()
        found += [f"{scan} in: {sql}" for scan in _whole_table_scans(plans[0]["Plan"])]
    return found


@postgresql_only("plans are checked on PostgreSQL")
def test_on_postgresql_the_statistics_and_retention_are_served_by_indexes(app, world):
    _old(world)
    with statements_sent() as run:
        figures = statistics.site_statistics(world.site)
        removed = retention.apply_retention()
    assert figures.vehicles == 5 and removed.total("sightings") == 3
    assert _unindexed(run) == []
