"""The officers' queue counts each kind no further than its limit, so that counting costs the same
whatever the size of the queue, and says so ("or more") rather than give a number that is too low;
deeper pages count far enough to link to the page after them."""

import pytest

from tests.factories import make_area, make_force, make_member, make_officer, make_scheme
from tests.watch.factories import make_report
from volunteers.review import queue

LIMIT = 3
WAITING = 5


@pytest.fixture
def officer_of_five(app, monkeypatch):
    monkeypatch.setattr(queue, "COUNT_LIMIT", LIMIT)
    area = make_area(make_force())
    scheme = make_scheme(area)
    member = make_member(scheme)
    officer = make_officer(area)
    for number in range(WAITING):
        make_report(scheme, member, f"A bike was left by gate {number}.")
    return officer


def test_a_kind_past_the_limit_is_counted_up_to_it_and_marked_as_capped(officer_of_five, client, api_token):
    answer = client.get("/api/v1/review/queue?per_page=2", headers=api_token(officer_of_five)).get_json()

    assert answer["totals_by_kind"] == {"watch_report": LIMIT}
    assert answer["capped_kinds"] == ["watch_report"]
    assert answer["total"] == LIMIT


def test_following_the_next_page_reaches_every_item_past_the_limit(officer_of_five, client, api_token):
    headers = api_token(officer_of_five)
    seen, number = [], 1
    while True:
        answer = client.get(f"/api/v1/review/queue?per_page=2&page={number}", headers=headers).get_json()
        seen += [item["id"] for item in answer["items"]]
        if number >= answer["pages"]:
            break
        number += 1

    assert len(seen) == len(set(seen)) == WAITING
    assert answer["capped_kinds"] == [] and answer["total"] == WAITING, "the last page counts them all"


def test_the_home_page_says_there_are_that_many_or_more(officer_of_five, client, login_as):
    login_as(officer_of_five)

    page = client.get("/").get_data(as_text=True)

    assert f"Everything awaiting you in your areas: {LIMIT} or more" in page


def test_under_the_limit_the_counts_are_exact(app, client, api_token, monkeypatch):
    monkeypatch.setattr(queue, "COUNT_LIMIT", WAITING + 1)
    area = make_area(make_force())
    scheme = make_scheme(area)
    member = make_member(scheme)
    officer = make_officer(area)
    for number in range(WAITING):
        make_report(scheme, member, f"A bike was left by gate {number}.")

    answer = client.get("/api/v1/review/queue", headers=api_token(officer)).get_json()

    assert answer["totals_by_kind"] == {"watch_report": WAITING} and answer["capped_kinds"] == []


def test_the_queue_page_says_or_more_and_links_to_the_next_page(app, client, login_as, monkeypatch):
    monkeypatch.setattr(queue, "COUNT_LIMIT", LIMIT)
    area = make_area(make_force())
    scheme = make_scheme(area)
    member = make_member(scheme)
    login_as(make_officer(area))
    for number in range(queue.PER_PAGE + 2):
        make_report(scheme, member, f"A bike was left by gate {number}.")

    page = client.get("/review").get_data(as_text=True)

    counted = queue.PER_PAGE + 1  # far enough to know that a second page follows
    assert f"{counted} or more items awaiting review" in page
    assert f"<strong>{counted} or more</strong>" in page
    assert "page=2" in page
