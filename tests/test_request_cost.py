"""What one request costs in SQL statements: a budget per endpoint, and list pages that cost the same
whatever their length (no query per row). The benchmark `bench/request_cost.py` measures the time."""

import pytest

from tests.factories import make_member
from tests.watch.factories import FLAGGED_TEXT, make_report, make_watch_world
from volunteers.db_types import utcnow

# The most statements each request may run; a list page's count must not grow with its length.
SUBMISSION_BUDGET = 10
ME_BUDGET = 3


@pytest.fixture
def watch(app, api_token):
    world = make_watch_world()
    world.member_token = api_token(world.member)
    world.officer_token = api_token(world.officer)
    return world


def _cost(client, count_statements, method, url, **kwargs) -> int:
    """Statements for one request, after a first one that warms what is done once (token use)."""
    getattr(client, method)(url, **kwargs)
    with count_statements() as run:
        response = getattr(client, method)(url, **kwargs)
    assert response.status_code < 400, response.get_data(as_text=True)[:500]
    return len(run)


def _report_body(world, text="A van was parked across the footpath on Mill Lane all afternoon."):
    return {
        "scheme_id": world.scheme.id,
        "category": "other",
        "occurred_at": utcnow().isoformat(),
        "location": "Mill Lane",
        "description": text,
    }


def test_sending_a_report_through_the_api_keeps_within_its_budget(watch, client, count_statements):
    client.get("/api/v1/me", headers=watch.member_token)
    with count_statements() as run:
        response = client.post("/api/v1/watch/reports", json=_report_body(watch), headers=watch.member_token)
    assert response.status_code == 201
    assert len(run) <= SUBMISSION_BUDGET, run


def test_me_keeps_within_its_budget_whatever_roles_the_person_holds(
    watch, client, count_statements, everyone, api_token
):
    assert _cost(client, count_statements, "get", "/api/v1/me", headers=watch.member_token) <= ME_BUDGET
    assert _cost(client, count_statements, "get", "/api/v1/me", headers=api_token(everyone)) <= ME_BUDGET


def _grow(world, reports: int) -> None:
    for number in range(reports):
        make_report(
            world.scheme, world.member, FLAGGED_TEXT if number % 3 == 0 else f"A bike was left by gate {number}."
        )


@pytest.mark.parametrize(
    ("url", "who"),
    [
        ("/api/v1/watch/reports", "member"),
        ("/watch/", "member"),
        ("/api/v1/review/queue", "officer"),
        ("/review", "officer"),
        ("/", "officer"),
        ("/", "member"),
    ],
)
def test_a_list_costs_the_same_whatever_its_length(watch, client, login_as, count_statements, url, who):
    person = getattr(watch, who)
    headers = getattr(watch, f"{who}_token") if url.startswith("/api/") else {}
    if not headers:
        login_as(person)
    _grow(watch, 2)
    short = _cost(client, count_statements, "get", url, headers=headers)
    _grow(watch, 23)
    assert _cost(client, count_statements, "get", url, headers=headers) == short


def test_a_schemes_member_list_costs_the_same_whatever_its_length(watch, client, login_as, count_statements):
    login_as(watch.officer)
    url = f"/schemes/{watch.scheme.id}/members"
    short = _cost(client, count_statements, "get", url)
    for _number in range(10):
        make_member(watch.scheme)
    assert _cost(client, count_statements, "get", url) == short
