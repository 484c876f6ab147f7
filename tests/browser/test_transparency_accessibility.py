"""Automated WCAG 2.2 AA checks (axe-core, in Chromium) of every public transparency page, with
small counts withheld on its charts, and of the staff pages behind them."""

import pytest

from tests.browser.test_accessibility import violations_on
from tests.transparency.world import make_transparency_world
from volunteers.transparency import figures, services


@pytest.fixture
def world(app):
    found = make_transparency_world()
    figures.refresh_force(found.force)
    entry = services.write_entry(
        found.officer, found.small, "Residents said cars speed past the school.", "Officers ran speed checks."
    )
    services.decide_entry(found.second_officer, entry, True, "")
    return found


@pytest.mark.parametrize("width", [360, 1280])
def test_every_public_transparency_page_has_no_detectable_accessibility_failures(page, live_server, world, width):
    page.set_viewport_size({"width": width, "height": 900})
    force = world.force.slug
    for path in (
        "/transparency/",
        f"/transparency/{force}",
        f"/transparency/{force}/{world.small.slug}",
        f"/transparency/{force}/{world.large.slug}",
    ):
        assert page.goto(live_server(path)).status == 200, path
        assert violations_on(page) == [], path


def test_the_staff_transparency_pages_have_no_detectable_accessibility_failures(
    page, live_server, sign_in_browser, world
):
    pages_by_person = {
        world.second_officer: ["/manage/transparency/entries", "/manage/transparency/entries/new"],
        world.admin: [
            f"/manage/transparency/forces/{world.force.id}/representation",
            f"/manage/transparency/areas/{world.small.id}/population",
            f"/manage/transparency/areas/{world.large.id}/representation",
        ],
    }
    for person, paths in pages_by_person.items():
        sign_in_browser(person)
        for path in paths:
            assert page.goto(live_server(path)).status == 200, path
            assert violations_on(page) == [], path
        page.context.clear_cookies()
