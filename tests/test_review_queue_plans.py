"""A page of the officers' queue costs the same whatever the size of the queue: PostgreSQL reads at
most a page's worth of each kind in each area, through an index in the queue's order, and counts
each kind no further than its limit (bench/request_cost.py measures the time).

The queries the app sends are run with EXPLAIN ANALYZE on a queue many times longer than the page,
with sequential scans made a last resort (`enable_seqscan = off`) so that the plan on a small test
table is the plan of a large one; every node that reads a queue table must have read no more rows
than the page (or the count's limit) asks for. PostgreSQL only.
"""

import pytest
import sqlalchemy as sa
from flask import current_app

from tests.databases import postgresql_only
from tests.factories import make_area, make_member, make_officer, make_scheme
from tests.speedwatch.factories import make_site, make_speedwatch_world, submitted_session
from tests.watch.factories import FLAGGED_TEXT, make_report
from volunteers.extensions import db
from volunteers.review import QueueFilters
from volunteers.review.queue import counting_query, page_query
from volunteers.speedwatch.models import Site, SpeedwatchSession
from volunteers.watch.models import Report

pytestmark = postgresql_only("query plans are PostgreSQL's")

# Each kind's items in each of the officer's areas: many pages' worth.
WAITING = 300
PER_PAGE = 10
TABLES = {Report.__tablename__, SpeedwatchSession.__tablename__, Site.__tablename__}


def _copies(model, row_id: int, times: int, spread: str, **changes) -> None:
    """`times` copies of a row, made in the database (ids from the sequence), each a minute older than
    the last in the column `spread`, with these columns changed."""
    table = model.__table__
    series = sa.func.generate_series(1, times).table_valued("n").render_derived()
    columns = [column.name for column in table.columns if column.name != "id"]
    chosen = []
    for name in columns:
        if name in changes:
            chosen.append(sa.literal(changes[name], table.c[name].type).label(name))
        elif name == spread:
            chosen.append((table.c[name] - sa.func.make_interval(0, 0, 0, 0, 0, series.c.n)).label(name))
        else:
            chosen.append(table.c[name])
    copies = sa.select(*chosen).select_from(table.join(series, sa.true())).where(table.c.id == row_id)
    db.session.execute(sa.insert(table).from_select(columns, copies))


@pytest.fixture
def long_queue(app):
    """An officer of two watch areas and a Speed Watch one, with WAITING reports in each watch area
    (some urgent, some flagged) and WAITING submitted sessions and proposed sites."""
    world = make_speedwatch_world()
    watch_areas = [make_area(world.force) for _ in range(2)]
    officer = make_officer(world.area, *watch_areas)
    for area in watch_areas:
        scheme = make_scheme(area)
        member = make_member(scheme)
        for text, urgent in ((f"A bike was left by the gate in {area.name}.", False), (FLAGGED_TEXT, True)):
            report = make_report(scheme, member, text)
            db.session.flush()
            _copies(Report, report.id, WAITING // 2, "submitted_at", urgent=urgent)
    session = submitted_session(world)
    site = make_site(world.scheme, name="Station Road", approved=False)
    db.session.flush()
    _copies(SpeedwatchSession, session.id, WAITING, "submitted_at")
    _copies(Site, site.id, WAITING, "proposed_at")
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in TABLES:
            connection.execute(sa.text(f"VACUUM ANALYZE {table}"))
    return officer


def rows_read(query: sa.Select) -> dict[str, int]:
    """The most rows any one plan node read from each queue table, with EXPLAIN ANALYZE."""
    compiled = query.compile(dialect=db.engine.dialect, compile_kwargs={"render_postcompile": True})
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + str(compiled), compiled.params)
        [[plans]] = cursor.fetchall()
        connection.rollback()
    finally:
        connection.close()
    found: dict[str, int] = {}
    nodes = [plans[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        table = node.get("Relation Name")
        if table in TABLES:
            read = (node["Actual Rows"] + node.get("Rows Removed by Filter", 0)) * node["Actual Loops"]
            found[table] = max(found.get(table, 0), read)
        nodes.extend(node.get("Plans", []))
    return found


@pytest.mark.parametrize("page", [1, 3])
def test_a_page_reads_at_most_a_pages_worth_of_each_kind_in_each_area(long_queue, page):
    with current_app.test_request_context():
        query = page_query(long_queue, QueueFilters(), PER_PAGE, (page - 1) * PER_PAGE)
        read = rows_read(query)

    assert set(read) == TABLES, f"the page read only {sorted(read)}: the test would prove nothing"
    # One more than the page's depth: where an index stops at the timestamp, the tie-break on id
    # reads the next row to see that the last timestamp has no more items.
    for table, rows in read.items():
        assert rows <= page * PER_PAGE + 1, f"the page read {rows} rows of {table}, of {WAITING} waiting an area"


def test_the_urgent_reports_come_first_without_sorting_every_report(long_queue):
    """The order comes from the index, so the first page is the urgent and flagged reports."""
    with current_app.test_request_context():
        rows = db.session.execute(page_query(long_queue, QueueFilters(), PER_PAGE, 0)).all()

    assert {kind for kind, _id in rows} == {"watch_report"}
    assert all(db.session.get(Report, report_id).urgent for _kind, report_id in rows)


def test_counting_reads_no_further_than_the_limit(long_queue):
    with current_app.test_request_context():
        read = rows_read(counting_query(long_queue, QueueFilters(), limit=PER_PAGE))

    assert set(read) == TABLES
    for table, rows in read.items():
        assert rows <= PER_PAGE, f"counting read {rows} rows of {table}, past its limit of {PER_PAGE}"
