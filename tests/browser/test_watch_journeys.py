"""Neighbourhood Watch in a real browser: the whole loop from a member's report to the officer's
decision, the outcome and the shared summary; the guard's preview; and the danger advice."""

import re
from datetime import timedelta

from playwright.sync_api import expect

from tests.factories import make_member
from tests.form_data import fill_moment
from tests.watch.factories import make_report, make_watch_world
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.watch.models import Report, ReportStatus

# Words no summary would ever contain: if they appear on a page the scheme sees, the original leaked.
DISTINCTIVE = "the man at number 12 with the tangerine campervan"
FLAGGED = f"Around 11pm {DISTINCTIVE} was shouting at people. Someone should go round there and sort him out."


def fill_report(page, description: str, location: str = "Easington Way") -> None:
    page.get_by_label("Anti-social behaviour").check()
    fill_moment(page, "When did it happen?", utcnow() - timedelta(hours=1))
    page.get_by_label("Where did it happen?").fill(location)
    page.get_by_label("What happened?").fill(description)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out")).to_be_visible()


def test_the_whole_loop_from_report_to_outcome_and_shared_summary(page, live_server, sign_in_browser, smtp):
    world = make_watch_world(name="Rita Reporter")
    neighbour = make_member(world.scheme, name="Nia Neighbour")
    older = make_report(
        world.scheme,
        world.member,
        "Fly-tipping behind the garages.",
        now=utcnow() - timedelta(days=2),
        occurred_at=utcnow() - timedelta(days=2, hours=1),
    )

    # The member reports; the guard shows what it found before anything is sent.
    sign_in_browser(world.member)
    page.get_by_role("link", name="Report something").first.click()
    fill_report(page, FLAGGED)
    page.get_by_role("button", name="Send report").click()
    panel = page.locator("#guard-found")
    expect(panel).to_contain_text("Before you send this report")
    expect(panel.locator("mark", has_text="go round there")).to_be_visible()
    expect(panel).to_contain_text("The house rules")
    assert db.session.query(Report).count() == 1
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_text("Report sent. An officer will review it.")).to_be_visible()
    expect(page.get_by_role("heading", name="What the guard found")).to_be_visible()
    sign_out(page)

    # The officer finds it first in the queue, though it is newer, and decides with a reason.
    sign_in_browser(world.officer)
    page.get_by_role("link", name="Review queue").first.click()
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Confrontation")
    expect(rows.nth(1)).to_contain_text(older.location)
    rows.first.get_by_role("link").click()
    expect(page.locator("mark", has_text="sort him out").first).to_be_visible()
    page.get_by_role("link", name="Decide").click()
    page.get_by_label("Actioned").check()
    page.get_by_role("button", name="Record decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Give the reason for your decision")
    page.get_by_label("Actioned").check()
    for checkbox in page.get_by_label(re.compile("^I have weighed")).all():
        checkbox.check()
    page.get_by_label("Reason for your decision").fill(
        "Ongoing noise complaint; the naming and the talk of going round were addressed with the reporter."
    )
    page.get_by_label("Message for the reporter").fill(
        "Thank you. Officers visited the street and spoke to residents. Please do not approach anyone yourself."
    )
    page.get_by_text("Share a summary with the scheme or the public").click()
    page.get_by_label("You said", exact=True).fill("Members told us about late-night shouting in a residential street.")
    page.get_by_label("We did", exact=True).fill(
        "Officers visited the street, spoke to residents and will patrol at night."
    )
    page.get_by_label("Share with the scheme's members").check()
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_text("Decision recorded. The reporter has been told.")).to_be_visible()
    sign_out(page)

    report = db.session.query(Report).filter(Report.id != older.id).one()
    assert report.status == ReportStatus.ACTIONED

    # The reporter is emailed the outcome and sees it on their report.
    email = smtp.last_to(world.member.email)
    assert "Officers visited the street" in smtp.text(email)
    link = next(link for link in smtp.links(email) if f"/watch/reports/{report.id}" in link)
    sign_in_browser(world.member)
    page.goto(link.replace("http://volunteers.test", live_server.url))
    expect(page.get_by_role("heading", name="Outcome")).to_be_visible()
    expect(page.get_by_text("Officers visited the street and spoke to residents.")).to_be_visible()
    sign_out(page)

    # The scheme sees the officer's summary, never the report's own words.
    sign_in_browser(neighbour)
    expect(page.get_by_text("Members told us about late-night shouting")).to_be_visible()
    assert "tangerine" not in page.content()
    page.get_by_role("link", name=re.compile("What officers have shared with")).click()
    expect(page.get_by_text("will patrol at night")).to_be_visible()
    assert "tangerine" not in page.content()
    page.goto(live_server(f"/watch/reports/{report.id}"))
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()


def test_rephrasing_after_the_guards_preview_sends_a_report_without_flags(page, live_server, sign_in_browser):
    world = make_watch_world()
    sign_in_browser(world.member)
    page.goto(live_server("/watch/reports/new"))
    fill_report(page, "Those foreigners from the flats were hanging about by the cars.")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator("#guard-found mark", has_text="foreigners")).to_be_visible()
    expect(page.locator("#guard-found")).to_be_focused()
    page.get_by_role("link", name="Change what you wrote").click()
    page.get_by_label("What happened?").fill("Two people were looking into parked cars and trying the doors.")
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_text("Report sent")).to_be_visible()
    assert db.session.query(Report).one().flags == []


def test_words_of_danger_bring_999_and_crisis_advice_at_once(page, live_server, sign_in_browser):
    world = make_watch_world()
    sign_in_browser(world.member)
    page.goto(live_server("/watch/reports/new"))
    fill_report(page, "My neighbour told me he wants to end it all tonight.", location="Mill Lane")
    page.get_by_role("button", name="Send report").click()
    advice = page.locator("#danger-advice")
    expect(advice).to_contain_text("Call 999 now")
    expect(advice).to_contain_text("116 123")
    expect(advice).to_be_focused()
    page.get_by_role("button", name="Send report").click()
    expect(page.locator("#danger-advice")).to_contain_text("Samaritans")
    assert db.session.query(Report).one().urgent
