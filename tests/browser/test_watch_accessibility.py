"""Automated WCAG 2.2 AA checks (axe-core) of the Neighbourhood Watch pages, at phone and desktop
widths, with content in them: flags, evidence, outcomes, summaries and alerts."""

from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.factories import make_member
from tests.form_data import fill_moment
from tests.watch.factories import FLAGGED_TEXT, decide, make_report, make_watch_world
from volunteers.db_types import utcnow
from volunteers.watch import services

SUMMARY = services.SummaryDetails(
    you_said="Members told us about cars damaged overnight in a residential street.",
    we_did="We added the street to evening patrols.",
    share_with_scheme=True,
    publish=True,
)


@pytest.mark.parametrize("width", [360, 1280])
def test_watch_pages_have_no_detectable_accessibility_failures(page, live_server, sign_in_browser, width):
    page.set_viewport_size({"width": width, "height": 900})
    world = make_watch_world()
    flagged = make_report(world.scheme, world.member, FLAGGED_TEXT)
    decided = make_report(world.scheme, world.member)
    decide(decided, world.officer, summary=SUMMARY)
    services.change_summary(
        world.officer,
        decided.summary,
        services.SummaryDetails(SUMMARY.you_said, "We added the street to patrols; nobody was hurt.", publish=True),
        "The outcome is now known and the scheme no longer needs it.",
    )
    alert = services.send_alert(world.officer, world.area, [world.scheme], "Bike thefts", "Lock your bikes.")
    pages_by_person = {
        world.member: [
            "/",
            "/watch/",
            "/watch/reports/new",
            f"/watch/reports/{flagged.id}",
            f"/watch/reports/{flagged.id}/correct",
            f"/watch/reports/{flagged.id}/withdraw",
            f"/watch/reports/{decided.id}",
            f"/watch/schemes/{world.scheme.id}/summaries",
            f"/watch/alerts/{alert.id}",
        ],
        world.officer: [
            "/review",
            f"/watch/reports/{flagged.id}",
            f"/watch/reports/{flagged.id}/decide",
            f"/watch/reports/{flagged.id}/repeat-victim",
            f"/watch/reports/{decided.id}",
            f"/watch/summaries/{decided.summary.id}/change",
            f"/watch/summaries/{decided.summary.id}/withdraw",
            "/watch/alerts",
            f"/watch/areas/{world.area.id}/alerts",
            f"/watch/areas/{world.area.id}/alerts/new",
        ],
    }
    for person, paths in pages_by_person.items():
        sign_in_browser(person)
        for path in paths:
            assert page.goto(live_server(path)).status == 200, path
            assert violations_on(page) == [], path
        page.context.clear_cookies()
    for path in ("/watch/you-said-we-did", f"/watch/you-said-we-did/{world.area.id}"):
        assert page.goto(live_server(path)).status == 200, path
        assert violations_on(page) == [], path


def test_the_guards_panel_and_the_danger_advice_have_no_detectable_accessibility_failures(
    page, live_server, sign_in_browser
):
    world = make_watch_world()
    sign_in_browser(make_member(world.scheme))
    page.goto(live_server("/watch/reports/new"))
    page.get_by_label("Suspicious activity").check()
    fill_moment(page, "When did it happen?", utcnow() - timedelta(hours=1))
    page.get_by_label("Where did it happen?").fill("Mill Lane")
    page.get_by_label("What happened?").fill("That nonce said he wants to end it all, someone should sort him out.")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator("#guard-found")).to_be_visible()
    expect(page.locator("#danger-advice")).to_be_visible()
    assert violations_on(page) == []
