"""An officer's decision form asks who a report was referred to, or why it is rejected, only once
that decision is chosen, and still asks everything when JavaScript does not run."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.factories import PASSWORD, code_for
from tests.watch.factories import make_report, make_watch_world
from volunteers.extensions import db
from volunteers.watch.models import Report, ReportStatus

REASON = "The council's anti-social behaviour team deals with noise from this address already."
MESSAGE = "Thank you. We have passed this to the council's anti-social behaviour team."


@pytest.fixture
def waiting(app):
    world = make_watch_world()
    return world, make_report(world.scheme, world.member)


def _decide(page, live_server, report) -> None:
    page.goto(live_server(f"/watch/reports/{report.id}/decide"))
    page.get_by_label("Reason for your decision").fill(REASON)
    page.get_by_label("Message for the reporter").fill(MESSAGE)


@pytest.mark.parametrize("width", [360, 1280])
def test_who_it_was_referred_to_and_why_it_is_rejected_appear_with_their_decision(
    page, live_server, sign_in_browser, waiting, width
):
    world, report = waiting
    page.set_viewport_size({"width": width, "height": 900})
    sign_in_browser(world.officer)
    _decide(page, live_server, report)
    referred_to = page.get_by_label("Referred to (if referred)")
    malicious = page.get_by_label("Malicious")
    expect(referred_to).to_be_hidden()
    expect(malicious).to_be_hidden()

    page.get_by_label("Referred to a partner").check()
    expect(referred_to).to_be_visible()
    expect(page.get_by_label("Referred to a partner")).to_have_attribute("aria-expanded", "true")
    expect(malicious).to_be_hidden()
    assert violations_on(page) == []

    page.get_by_label("Rejected").check()
    expect(referred_to).to_be_hidden()
    expect(malicious).to_be_visible()

    page.get_by_label("Referred to a partner").check()
    referred_to.fill("Northgate Council anti-social behaviour team")
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_text("Decision recorded")).to_be_visible()
    db.session.expire_all()
    decided = db.session.get(Report, report.id)
    assert decided.status == ReportStatus.REFERRED


def test_without_javascript_the_decision_form_shows_every_question_and_still_works(browser, live_server, waiting):
    world, report = waiting
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server("/sign-in"))
    page.get_by_label("Email address").fill(world.officer.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code from your authenticator app").fill(code_for(world.officer))
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    _decide(page, live_server, report)
    expect(page.get_by_label("Referred to (if referred)")).to_be_visible()
    expect(page.get_by_label("Malicious")).to_be_visible()

    page.get_by_label("Rejected").check()
    page.get_by_role("button", name="Record decision").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(page.get_by_label("Malicious")).to_be_visible()
    page.get_by_label("Unfounded").check()
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_text("Decision recorded")).to_be_visible()
    context.close()
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.REJECTED
