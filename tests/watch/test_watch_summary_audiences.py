"""A summary reaches only the audience the officer chose: shared with the scheme, it is for the
scheme's members (their summaries page and home page) and never public; published, it is on the
public "you said, we did" pages and not pushed to the scheme. The public index lists only areas
that have something published."""

from dataclasses import dataclass

import pytest

from tests.factories import make_area, make_force, make_member, make_officer, make_scheme
from tests.watch.factories import decide, make_report
from volunteers.models import Area, Scheme, SchemeKind, User
from volunteers.watch import services

PUBLISHED_ONLY = services.SummaryDetails(
    you_said="Members told us about litter bins overflowing by the bus stop.",
    we_did="We asked the council to empty the bins twice a week.",
    publish=True,
)
SCHEME_ONLY = services.SummaryDetails(
    you_said="Members told us about a broken street light near the shops.",
    we_did="We reported the light to the council, who have mended it.",
    share_with_scheme=True,
)


@dataclass
class WatchArea:
    area: Area
    scheme: Scheme
    member: User
    officer: User


def _watch_area(force, name: str) -> WatchArea:
    area = make_area(force, name)
    scheme = make_scheme(area, SchemeKind.WATCH)
    return WatchArea(area, scheme, make_member(scheme), make_officer(area))


def _summarised(place: WatchArea, summary: services.SummaryDetails | None) -> None:
    """A report in the area, decided by its officer, with the summary (if any) going with it."""
    decide(make_report(place.scheme, place.member), place.officer, summary=summary)


@pytest.fixture
def force(app):
    return make_force("Midshire Police")


def _texts(summary: services.SummaryDetails) -> tuple[str, str]:
    return summary.you_said, summary.we_did


def _shows_none_of(page: str, summary: services.SummaryDetails) -> bool:
    return not any(text in page for text in _texts(summary))


def _shows(page: str, summary: services.SummaryDetails) -> bool:
    return all(text in page for text in _texts(summary))


# --- The public index -------------------------------------------------------------------------


def test_the_public_index_lists_only_areas_with_published_entries(force, client):
    published = _watch_area(force, "Appleby Green")
    _summarised(published, PUBLISHED_ONLY)
    _summarised(published, SCHEME_ONLY)
    shared_only = _watch_area(force, "Brockley Rise")
    _summarised(shared_only, SCHEME_ONLY)
    unsummarised = _watch_area(force, "Cobham Vale")
    _summarised(unsummarised, None)
    _watch_area(force, "Dunmore Heath")

    index = client.get("/watch/you-said-we-did").get_data(as_text=True)
    assert "Appleby Green" in index and f"/watch/you-said-we-did/{published.area.id}" in index
    assert "(1 entry)" in index
    for absent in ("Brockley Rise", "Cobham Vale", "Dunmore Heath"):
        assert absent not in index, absent


def test_the_public_index_says_nothing_is_published_when_only_the_scheme_was_told(force, client):
    _summarised(_watch_area(force, "Brockley Rise"), SCHEME_ONLY)
    index = client.get("/watch/you-said-we-did").get_data(as_text=True)
    assert "Nothing has been published yet" in index and "Brockley Rise" not in index


# --- Shared with the scheme only ----------------------------------------------------------------


def test_a_summary_shared_only_with_the_scheme_is_not_on_the_public_pages(force, client, login_as):
    place = _watch_area(force, "Brockley Rise")
    _summarised(place, SCHEME_ONLY)

    for url in ("/watch/you-said-we-did", f"/watch/you-said-we-did/{place.area.id}"):
        response = client.get(url)
        assert response.status_code == 200
        assert _shows_none_of(response.get_data(as_text=True), SCHEME_ONLY), url
    login_as(place.member)
    assert _shows(client.get(f"/watch/schemes/{place.scheme.id}/summaries").get_data(as_text=True), SCHEME_ONLY)


# --- Published only -----------------------------------------------------------------------------


def test_a_published_only_summary_is_not_on_the_schemes_summaries_page(force, client, login_as):
    place = _watch_area(force, "Appleby Green")
    _summarised(place, PUBLISHED_ONLY)
    assert _shows(client.get(f"/watch/you-said-we-did/{place.area.id}").get_data(as_text=True), PUBLISHED_ONLY)

    neighbour = make_member(place.scheme)
    for reader in (place.member, neighbour, place.officer):
        login_as(reader)
        response = client.get(f"/watch/schemes/{place.scheme.id}/summaries")
        assert response.status_code == 200
        page = response.get_data(as_text=True)
        assert _shows_none_of(page, PUBLISHED_ONLY) and "Nothing has been shared with this scheme yet" in page


def test_a_published_only_summary_is_not_on_members_home_pages(force, client, login_as):
    place = _watch_area(force, "Appleby Green")
    _summarised(place, PUBLISHED_ONLY)
    neighbour = make_member(place.scheme)
    for member in (place.member, neighbour):
        login_as(member)
        home = client.get("/").get_data(as_text=True)
        assert "Neighbourhood Watch" in home
        assert _shows_none_of(home, PUBLISHED_ONLY)


def test_a_summary_shared_with_the_scheme_is_on_members_home_pages(force, client, login_as):
    place = _watch_area(force, "Brockley Rise")
    _summarised(place, SCHEME_ONLY)
    login_as(make_member(place.scheme))
    assert _shows(client.get("/").get_data(as_text=True), SCHEME_ONLY)
