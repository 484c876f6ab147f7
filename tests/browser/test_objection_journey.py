"""A driver objects to a Speed Watch letter on a phone, in a real browser: a mistyped reference
is refused without saying what was wrong, the right pair shows only when, where and how fast, and
the objection reaches the area's officer, who upholds it from the queue."""

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.speedwatch.factories import accept_all, make_speedwatch_world, submitted_session
from volunteers.extensions import db
from volunteers.speedwatch.models import Letter, LetterStatus, Objection, ObjectionStatus

PHONE = {"width": 360, "height": 740}


def test_a_driver_objects_on_a_phone_and_the_officer_upholds_it(page, live_server, sign_in_browser):
    world = make_speedwatch_world()
    accept_all(world, submitted_session(world, plates=("AB12CDE",)))
    letter = db.session.scalar(sa.select(Letter))
    page.set_viewport_size(PHONE)

    page.goto(live_server("/speedwatch/object"))
    assert violations_on(page) == []
    page.get_by_label("Reference").fill("CSW-AAAAAAAA")
    page.get_by_label("Vehicle registration").fill("ab12 cde")
    page.get_by_role("button", name="Find my letter").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("We could not find a letter")
    assert violations_on(page) == []

    page.get_by_label("Reference").fill(letter.reference.lower())
    page.get_by_role("button", name="Find my letter").click()
    expect(page.get_by_role("heading", name="Your objection")).to_be_visible()
    assert letter.reference not in page.url and letter.reference.lower() not in page.url
    expect(page.locator(".govuk-summary-list")).to_contain_text("Mill Lane")
    expect(page.locator("main")).not_to_contain_text("Ford")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert violations_on(page) == []
    page.get_by_label("I was not driving the vehicle").check()
    page.get_by_label("Tell us what happened").fill("I was abroad that week; my neighbour had the keys.")
    page.get_by_label("Your email address (optional)").fill("driver@example.test")
    page.get_by_role("button", name="Send my objection").click()
    expect(page.get_by_role("heading", name="Objection sent")).to_be_visible()
    assert violations_on(page) == []

    sign_in_browser(world.officer)
    page.get_by_role("link", name="Review queue").first.click()
    page.get_by_role("link", name=f"Letter {letter.reference}").first.click()
    expect(page.locator("main")).to_contain_text("I was abroad that week")
    assert violations_on(page) == []
    page.get_by_label("Uphold the objection: the sighting no longer counts").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Objection upheld: the sighting is voided")).to_be_visible()

    db.session.expire_all()
    assert db.session.scalar(sa.select(Objection.status)) == ObjectionStatus.UPHELD
    assert db.session.get(Letter, letter.id).status == LetterStatus.WITHDRAWN
