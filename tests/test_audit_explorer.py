"""The audit explorer: an admin narrows their force's trail by time, person, action, object, area
and kind of scheme, in words rather than codes; pages through it by keyset; opens one object's
history; downloads what they filtered; and sees the last check and anchor of the chain."""

import csv
import html
import io
import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_area, make_force, make_scheme, make_user
from tests.sql_statements import statements_sent
from volunteers import audit
from volunteers.admin import audit_explorer
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import AuditEvent, SchemeKind


def _events_shown(page: str) -> str:
    return page[page.index("<tbody") : page.index("</tbody>")]


def _page(client, force, query: str = "") -> str:
    response = client.get(f"/admin/forces/{force.id}/audit{query}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.fixture
def trail(app):
    """A force with two areas, a Speed Watch and a Watch scheme, and events by two people."""
    force = make_force()
    north, south = make_area(force, "Northfield"), make_area(force, "Southfield")
    speedwatch = make_scheme(north, SchemeKind.SPEEDWATCH, "Northfield Speed Watch")
    watch = make_scheme(south, SchemeKind.WATCH, "Southfield Watch")
    admin = make_admin(force, name="Ada Admin", email="ada@force.example")
    other = make_user(name="Otto Other", email="otto@force.example")
    audit.record(admin, "area.created", north, reason="north")
    audit.record(admin, "area.created", south, reason="south")
    audit.record(admin, "scheme.created", speedwatch, reason="speed")
    audit.record(other, "scheme.created", watch, reason="watch")
    db.session.commit()
    return force, admin, north, south, speedwatch, watch


@pytest.mark.parametrize(
    ("query", "reasons"),
    [
        ("", {"north", "south", "speed", "watch"}),
        ("?action=area.created", {"north", "south"}),
        ("?action=scheme", {"speed", "watch"}),
        ("?who=OTTO@force.example", {"watch"}),
        ("?scheme_kind=speedwatch", {"speed"}),
        ("?subject_type=scheme", {"speed", "watch"}),
    ],
)
def test_the_trail_is_narrowed_by_what_the_admin_chooses(client, login_as, trail, query, reasons):
    force, admin, *_rest = trail
    login_as(admin)
    shown = _events_shown(_page(client, force, query))
    assert {reason for reason in ("north", "south", "speed", "watch") if f">{reason}<" in shown} == reasons


def test_the_trail_is_narrowed_to_an_area_and_to_one_object(client, login_as, trail):
    force, admin, north, _south, speedwatch, _watch = trail
    login_as(admin)
    in_north = _events_shown(_page(client, force, f"?area={north.id}"))
    assert ">north<" in in_north and ">speed<" in in_north and ">watch<" not in in_north
    one = _events_shown(_page(client, force, f"?subject_type=scheme&subject_id={speedwatch.id}"))
    assert ">speed<" in one and ">watch<" not in one


def test_the_trail_is_narrowed_to_the_days_chosen_in_local_time(client, login_as, trail):
    force, admin, *_rest = trail
    login_as(admin)
    old = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.reason == "north"))
    old.occurred_at = utcnow() - timedelta(days=10)
    db.session.commit()
    today, long_ago = utcnow().date(), (utcnow() - timedelta(days=10)).date()

    def day(name, value):
        return f"{name}-day={value.day}&{name}-month={value.month}&{name}-year={value.year}"

    recent = _events_shown(_page(client, force, "?" + day("since", today - timedelta(days=1))))
    assert ">north<" not in recent and ">south<" in recent
    back_then = _events_shown(_page(client, force, f"?{day('since', long_ago)}&{day('until', long_ago)}"))
    assert ">north<" in back_then and ">south<" not in back_then


def test_the_trail_shows_words_not_codes(client, login_as, trail):
    force, admin, *_rest = trail
    login_as(admin)
    page = _page(client, force)
    shown = _events_shown(page)
    assert "Area added" in shown and "Scheme added" in shown and "Community Speed Watch" in page
    assert "area.created" not in shown and "scheme.created" not in shown


def test_an_unknown_person_and_days_the_wrong_way_round_are_form_errors(client, login_as, trail):
    force, admin, *_rest = trail
    login_as(admin)
    page = _page(client, force, "?who=nobody@force.example")
    assert "No one has an account with that email address" in page
    assert "0 events" in page, "a filter that cannot be applied shows nothing, not everything"
    export = client.get(f"/admin/forces/{force.id}/audit.csv?who=nobody@force.example").get_data(as_text=True)
    assert len(export.splitlines()) == 1
    backwards = "?since-day=2&since-month=1&since-year=2026&until-day=1&until-month=1&until-year=2026"
    assert "The last day cannot be before the first day" in _page(client, force, backwards)


def test_the_trail_pages_by_keyset_newest_first_without_offset(app, client, login_as, trail):
    force, admin, north, *_rest = trail
    login_as(admin)
    for number in range(audit_explorer.PAGE_SIZE * 2 + 10):
        audit.record(admin, "area.created", north, reason=f"bulk {number}")
    db.session.commit()
    with statements_sent() as statements:
        seen, address, pages = [], f"/admin/forces/{force.id}/audit?action=area.created", 0
        while address:
            page = client.get(address).get_data(as_text=True)
            pages += 1
            seen += [int(number) for number in re.findall(r">bulk (\d+)<", _events_shown(page))]
            following = re.search(r'href="([^"]+)" rel="next"', page)
            address = html.unescape(following.group(1)) if following else None
    assert pages == 3
    assert seen[:3] == [109, 108, 107] and sorted(seen) == list(range(110))
    # SQLite's dialect writes "LIMIT ? OFFSET ?" with an offset of 0 into every limited query.
    skipped = [sent for sent in statements if "OFFSET" in sent.statement.upper() and _last(sent.parameters) != 0]
    assert statements and skipped == []


def _last(parameters) -> object:
    return (list(parameters.values()) if isinstance(parameters, dict) else list(parameters))[-1]


def test_newer_events_lead_back_to_the_page_before(client, login_as, trail):
    force, admin, north, *_rest = trail
    login_as(admin)
    for number in range(audit_explorer.PAGE_SIZE + 5):
        audit.record(admin, "area.created", north, reason=f"bulk {number}")
    db.session.commit()
    first = audit_explorer.page_of(force.id, audit_explorer.AuditFilters())
    second = audit_explorer.page_of(force.id, audit_explorer.AuditFilters(), older_than=first.older)
    back = audit_explorer.page_of(force.id, audit_explorer.AuditFilters(), newer_than=second.newer)
    assert [event.id for event in back.events] == [event.id for event in first.events]
    assert back.newer is None and first.matching == audit_explorer.PAGE_SIZE + 9


def test_an_objects_history_is_a_timeline_oldest_first_with_its_changes_in_words(client, login_as, trail):
    force, admin, _north, _south, speedwatch, _watch = trail
    audit.record(
        admin,
        "scheme.interest_closed",
        speedwatch,
        before={"accepts_interest": True},
        after={"accepts_interest": False},
    )
    db.session.commit()
    login_as(admin)
    response = client.get(f"/admin/forces/{force.id}/audit/history?subject_type=scheme&subject_id={speedwatch.id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.index("Scheme added") < page.index("Taken off the public join page")
    assert "Accepts interest" in page and "accepts_interest" not in page
    assert "True, then False" in page


def test_the_download_holds_the_filtered_events_with_their_labels_and_defused_formulas(client, login_as, trail):
    force, admin, north, *_rest = trail
    audit.record(admin, "area.created", north, reason='=HYPERLINK("http://evil")')
    db.session.commit()
    login_as(admin)
    response = client.get(f"/admin/forces/{force.id}/audit.csv?action=area.created")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {row["what"] for row in rows} == {"Area added"}
    assert {row["reason"] for row in rows} == {"north", "south", '\'=HYPERLINK("http://evil")'}
    assert {row["who"] for row in rows} == {"Ada Admin"}


def test_the_page_shows_the_last_check_and_anchor_of_the_chain(app, client, login_as, trail, tmp_path):
    force, admin, *_rest = trail
    login_as(admin)
    assert _page(client, force).count("Never run") == 2
    app.config["AUDIT_ANCHOR_FILE"] = str(tmp_path / "anchors.jsonl")
    runner = app.test_cli_runner()
    runner.invoke(args=["audit", "anchor"])
    runner.invoke(args=["audit", "verify"])
    page = _page(client, force)
    assert "Intact" in page and "4 events checked" in page
    assert "the head of 1 chain was written outside the database" in page

    db.session.execute(sa.update(AuditEvent).where(AuditEvent.seq == 2).values(reason="changed"))
    db.session.commit()
    runner.invoke(args=["audit", "verify"])
    page = _page(client, force)
    assert "Broken" in page and f"force {force.id}, event #2" in page


def test_an_objects_history_shows_nothing_of_another_force(client, login_as, trail):
    force, admin, *_rest = trail
    other_area = make_area(make_force(), "Elsewhere")
    audit.record(None, "area.created", other_area, reason="A secret of elsewhere")
    db.session.commit()
    login_as(admin)
    page = client.get(f"/admin/forces/{force.id}/audit/history?subject_type=area&subject_id={other_area.id}").get_data(
        as_text=True
    )
    assert "A secret of elsewhere" not in page and "Nothing has been recorded about it" in page
