"""A Youth Commission recommendation in a real browser: an active 16-year-old member (guardian
consent recorded) drafts it, the facilitator approves and sends it, the area's officer opens it
from the queue and answers "not accepted", is made to give a reason first, and the member reads
the response."""

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.youth.recommendation_factories import make_youth_world
from volunteers.extensions import db
from volunteers.youth.models import Recommendation, RecommendationStatus, ResponseOutcome


def _sign_out(page):
    page.context.clear_cookies()


def test_a_member_drafts_the_facilitator_sends_and_the_officer_answers(page, live_server, sign_in_browser):
    world = make_youth_world()

    sign_in_browser(world.member)
    page.goto(live_server(f"/youth/commissions/{world.scheme.id}"))
    page.get_by_role("link", name="Draft a recommendation").click()
    page.get_by_label("Title").fill("Better lighting in the park")
    page.get_by_label("What do you recommend, and why?").fill("Young people told us the park is unsafe after dark.")
    page.get_by_label("The police of our area").check()
    assert violations_on(page) == []
    page.get_by_role("button", name="Save and send to the facilitator").click()
    expect(page.get_by_text("Recommendation sent to the facilitator to approve")).to_be_visible()
    _sign_out(page)

    sign_in_browser(world.facilitator)
    recommendation = db.session.scalar(sa.select(Recommendation))
    page.goto(live_server(f"/youth/recommendations/{recommendation.id}"))
    page.get_by_label("Approve it and send it to the police").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Recommendation sent to the police")).to_be_visible()
    _sign_out(page)

    sign_in_browser(world.officer)
    page.goto(live_server("/review"))
    page.get_by_role("link", name="Better lighting in the park").first.click()
    expect(page.locator("main")).to_contain_text("A member of Northgate Youth Commission")
    expect(page.locator("main")).not_to_contain_text(world.member.name)
    assert violations_on(page) == []
    page.get_by_role("link", name="Respond to the recommendation").click()
    page.get_by_label("Not accepted").check()
    page.get_by_role("button", name="Send the response").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Give the reason for your decision")
    assert violations_on(page) == []
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).status == RecommendationStatus.SENT
    page.get_by_label("Not accepted").check()
    page.get_by_label("Reason").fill("The park's lighting belongs to the council; we have passed this on to them.")
    page.get_by_role("button", name="Send the response").click()
    expect(page.get_by_text("Response recorded: the commission has been told")).to_be_visible()
    _sign_out(page)

    sign_in_browser(world.member)
    page.goto(live_server(f"/youth/recommendations/{recommendation.id}"))
    expect(page.locator("main")).to_contain_text("Not accepted")
    expect(page.locator("main")).to_contain_text("The park's lighting belongs to the council")
    assert violations_on(page) == []
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).response.outcome == ResponseOutcome.NOT_ACCEPTED
