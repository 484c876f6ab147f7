"""The site statistics page in a real browser: at a 360 px phone and on a desktop it fits the
screen, each chart is an image with a name, and axe finds no WCAG 2.2 AA failure."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.speedwatch.factories import make_speedwatch_world
from tests.speedwatch.reviewed import two_reviewed_sessions


@pytest.mark.parametrize("width", [360, 1280])
def test_the_statistics_page_fits_the_screen_and_passes_axe(page, live_server, sign_in_browser, width):
    world = make_speedwatch_world()
    two_reviewed_sessions(world)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in_browser(world.officer)
    page.goto(live_server(f"/speedwatch/sites/{world.site.id}/statistics"))
    expect(page.get_by_role("heading", name="Site statistics")).to_be_visible()
    by_hour = page.get_by_role("img", name="Vehicles over the threshold per hour watched, by hour of the day")
    expect(by_hour).to_be_visible()
    expect(page.get_by_role("img")).to_have_count(5)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for chart in page.locator("svg[role=img]").all():
        box = chart.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert violations_on(page) == []
