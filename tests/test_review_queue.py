"""The officers' single queue across kinds: unioned, counted per kind and paged in SQL, so an officer
of many busy areas never loads more than the page they look at."""

from collections.abc import Sequence

import pytest
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload

from tests.factories import make_area, make_force, make_member, make_membership, make_officer, make_scheme
from tests.sql_statements import statements_sent
from tests.watch.factories import FLAGGED_TEXT, make_report
from volunteers import review
from volunteers.extensions import db
from volunteers.models import Membership, MembershipStatus, Scheme
from volunteers.registry import registries

APPLICATIONS = "test_application"


def _awaiting_applications(area_ids: frozenset[int], filters: review.QueueFilters) -> sa.Select:
    return (
        sa.select(
            Membership.id,
            Membership.created_at.label("submitted_at"),
            sa.false().label("urgent"),
            sa.false().label("flagged"),
        )
        .join(Scheme, Scheme.id == Membership.scheme_id)
        .where(Scheme.area_id.in_(sorted(area_ids)), Membership.status == MembershipStatus.APPLIED)
    )


def _application_items(ids: Sequence[int]) -> list[review.QueueItem]:
    memberships = db.session.scalars(
        sa.select(Membership).where(Membership.id.in_(ids)).options(joinedload(Membership.scheme))
    )
    return [
        review.QueueItem(
            kind=APPLICATIONS,
            kind_label="Application",
            id=membership.id,
            title="An application",
            url="/",
            area_id=membership.area_id,
            area_name="",
            scheme_id=membership.scheme_id,
            scheme_name="",
            submitted_at=membership.created_at,
            status=membership.status.value,
        )
        for membership in memberships
    ]


@pytest.fixture
def busy_officer(app):
    """An officer of ten areas, with reports awaiting them in each and a second kind of item."""
    registries(current_app).queue_kinds.add(
        APPLICATIONS, review.QueueKind(APPLICATIONS, lambda: "Applications", _awaiting_applications, _application_items)
    )
    force = make_force()
    areas = [make_area(force) for _ in range(10)]
    officer = make_officer(*areas)
    for number, area in enumerate(areas):
        scheme = make_scheme(area)
        member = make_member(scheme)
        make_report(scheme, member, FLAGGED_TEXT if number == 3 else f"A bike was left by gate {number}.")
        make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)
    elsewhere = make_scheme(make_area(force))
    make_report(elsewhere, make_member(elsewhere), "Elsewhere entirely, in an area of someone else's.")
    return officer


def _page(officer, number: int, per_page: int = 4) -> review.QueuePage:
    with current_app.test_request_context():
        return review.QueuePage(officer, review.QueueFilters(), page=number, per_page=per_page)


@pytest.mark.app_config(REVIEW_QUEUE_WITH_A_SECOND_KIND=True)
def test_the_queue_counts_each_kind_and_pages_through_all_of_them_in_order(busy_officer):
    first = _page(busy_officer, 1)
    assert first.counts.by_kind == {"watch_report": 10, APPLICATIONS: 10}
    assert first.total == 20 and first.pages == 5 and len(first.items) == 4
    assert first.items[0].flags, "the flagged report comes first"
    seen = [(item.kind, item.id) for number in range(1, 6) for item in _page(busy_officer, number).items]
    assert len(seen) == len(set(seen)) == 20
    assert _page(busy_officer, 6).items == []


@pytest.mark.app_config(REVIEW_QUEUE_WITH_A_SECOND_KIND=True)
def test_a_page_of_the_queue_costs_the_same_statements_whatever_the_queue_holds(busy_officer):
    def statements_for_a_page() -> int:
        with statements_sent() as run:
            _page(busy_officer, 1, per_page=15)
        return len(run)

    _page(busy_officer, 1)  # the officer's areas are read once
    before = statements_for_a_page()
    area = busy_officer.officer_assignments[0].area
    scheme = make_scheme(area)
    member = make_member(scheme)
    for number in range(30):
        make_report(scheme, member, f"A scooter was left by the bench {number}.")
        make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)
    _page(busy_officer, 1)  # the officer, expired by the test's commits, is read again once
    assert statements_for_a_page() == before


def test_the_queue_page_shows_the_totals_and_links_to_the_next_page(app, client, login_as):
    force = make_force()
    area = make_area(force)
    scheme = make_scheme(area)
    member = make_member(scheme)
    officer = login_as(make_officer(area))
    for number in range(55):
        make_report(scheme, member, f"A bike was left by gate {number}.")
    page = client.get("/review").get_data(as_text=True)
    assert "55 items awaiting review" in page
    assert page.count('class="govuk-table__row') == 1 + review.queue.PER_PAGE
    assert "page=2" in page
    second = client.get("/review?page=2").get_data(as_text=True)
    assert second.count('class="govuk-table__row') == 1 + 55 - review.queue.PER_PAGE
    assert officer.is_officer
