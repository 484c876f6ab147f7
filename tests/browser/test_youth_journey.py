"""A Youth Commission from start to finish in a real browser, with CSRF protection and real email:
a 16-year-old asks to join, is invited by the facilitator and applies naming a guardian; the
guardian consents through the emailed link; the facilitator records the checks and the member
becomes active; the member drafts a recommendation, the facilitator sends it to the police, the
area's officer (signed in with their second factor) answers "not accepted", is made to give a
reason, and the member reads the response."""

from datetime import date

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.factories import make_area, make_force, make_membership, make_officer, make_scheme, make_user
from tests.form_data import fill_date
from tests.youth.recommendation_factories import sixteen_today
from tests.youth.safeguarding import BASE_URL
from volunteers.extensions import db
from volunteers.models import Membership, MembershipRole, MembershipStatus, SchemeKind, User
from volunteers.youth.models import (
    ConsentStatus,
    GuardianConsent,
    Recommendation,
    RecommendationStatus,
    ResponseOutcome,
)

YOUNG = "yara.young@example.test"
GUARDIAN = "gail.guardian@example.test"
PASSWORD = "a long password of my own"


def _local(link: str, live_server) -> str:
    return link.replace(BASE_URL, live_server.url)


def _link(smtp, address: str, page: str, live_server) -> str:
    found = [link for link in smtp.links(smtp.last_to(address)) if page in link]
    assert len(found) == 1, found
    return _local(found[0], live_server)


def _sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out")).to_be_visible()


def _young() -> User:
    db.session.expire_all()
    return db.session.scalar(sa.select(User).where(User.email == YOUNG))


def _membership_status() -> MembershipStatus:
    return db.session.scalar(sa.select(Membership).where(Membership.user_id == _young().id)).status


def _commission():
    """A commission like the demo's: Northgate, its facilitator (DBS in date) and the area's officer."""
    area = make_area(make_force(), "Northgate")
    scheme = make_scheme(area, SchemeKind.YOUTH, "Northgate Youth Commission")
    facilitator = make_user(email="facilitator@example.test", name="Fran Facilitator", date_of_birth=date(1980, 1, 1))
    make_membership(facilitator, scheme, role=MembershipRole.COORDINATOR)
    officer = make_officer(area, email="officer@example.test", name="Oscar Officer")
    db.session.commit()
    return scheme, facilitator, officer


def _ask_to_join(page, live_server):
    page.goto(live_server("/join"))
    page.get_by_label("Search by area or scheme name").fill("northgate")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Northgate Youth Commission").click()
    page.get_by_label("Your name").fill("Yara Young")
    page.get_by_label("Your email address").fill(YOUNG)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()


def _invite(page, smtp, facilitator, sign_in_browser):
    assert "asked to join" in smtp.text(smtp.last_to(facilitator.email))
    sign_in_browser(facilitator)
    page.get_by_role("link", name="Coordinate").click()
    page.locator("a[href$='/interest']").first.click()
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_text("Invitation sent")).to_be_visible()
    _sign_out(page)


def _apply(page, smtp, live_server):
    page.goto(_link(smtp, YOUNG, "/invitation?link=", live_server))
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply to join Northgate Youth Commission")
    expect(page.get_by_label("Full name", exact=True)).to_have_value("Yara Young")
    fill_date(page, "Date of birth", sixteen_today())
    page.get_by_label("Phone number (optional)").fill("07700 900456")
    page.get_by_label("Why do you want to volunteer?").fill("So the police hear what young people think.")
    page.get_by_label("I have read the code of conduct and agree to follow it").check()
    page.get_by_label("I agree to my information being used as described above").check()
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Confirm your password").fill(PASSWORD)
    page.get_by_role("button", name="Send application").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the name of your parent or guardian")
    page.get_by_label("Your parent's or guardian's full name").fill("Gail Guardian")
    page.get_by_label("Your parent's or guardian's email address").fill(GUARDIAN)
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Confirm your password").fill(PASSWORD)
    page.get_by_role("button", name="Send application").click()
    expect(page.get_by_text("Thank you for applying")).to_be_visible()
    _sign_out(page)
    asked = db.session.scalar(sa.select(GuardianConsent))
    assert (asked.guardian_name, asked.guardian_email, asked.status) == (
        "Gail Guardian",
        GUARDIAN,
        ConsentStatus.REQUESTED,
    )


def _guardian_consents(page, smtp, live_server):
    page.goto(_link(smtp, GUARDIAN, "/youth/guardian/consent?", live_server))
    expect(page.get_by_role("heading", name="Consent for Yara Young to join the Youth Commission")).to_be_visible()
    page.get_by_label("Yes, I consent").check()
    page.get_by_role("button", name="Send my answer").click()
    expect(page.get_by_role("heading", name="Thank you for your answer")).to_be_visible()
    db.session.expire_all()
    assert db.session.scalar(sa.select(GuardianConsent)).status == ConsentStatus.CONSENTED


def _facilitator_vets(page, live_server, scheme, facilitator, sign_in_browser):
    assert _membership_status() != MembershipStatus.ACTIVE
    sign_in_browser(facilitator)
    page.goto(live_server(f"/schemes/{scheme.id}/members"))
    page.get_by_role("link", name="Yara Young").click()
    today = date.today()
    for check in ("Identity verified", "Training completed"):
        page.get_by_label(check).check()
        fill_date(page, "Date it was done", today)
        page.get_by_role("button", name="Record check").click()
        expect(page.locator(".govuk-notification-banner")).to_contain_text("Check recorded")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("they are now an active member")
    assert _membership_status() == MembershipStatus.ACTIVE
    _sign_out(page)


def _member_drafts(page, live_server, scheme, sign_in_browser):
    sign_in_browser(_young(), PASSWORD)
    page.goto(live_server(f"/youth/commissions/{scheme.id}"))
    page.get_by_role("link", name="Draft a recommendation").click()
    page.get_by_label("Title").fill("Better lighting in the park")
    page.get_by_label("What do you recommend, and why?").fill("Young people told us the park is unsafe after dark.")
    page.get_by_label("The police of our area").check()
    assert violations_on(page) == []
    page.get_by_role("button", name="Save and send to the facilitator").click()
    expect(page.get_by_text("Recommendation sent to the facilitator to approve")).to_be_visible()
    _sign_out(page)
    return db.session.scalar(sa.select(Recommendation))


def _facilitator_sends(page, live_server, recommendation, facilitator, sign_in_browser):
    sign_in_browser(facilitator)
    page.goto(live_server(f"/youth/recommendations/{recommendation.id}"))
    page.get_by_label("Approve it and send it to the police").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Recommendation sent to the police")).to_be_visible()
    _sign_out(page)


def _officer_answers(page, live_server, recommendation, officer, sign_in_browser):
    sign_in_browser(officer)
    assert "/sign-in/code" not in page.url
    page.goto(live_server("/review"))
    page.get_by_role("link", name="Better lighting in the park").first.click()
    expect(page.locator("main")).to_contain_text("A member of Northgate Youth Commission")
    expect(page.locator("main")).not_to_contain_text("Yara Young")
    expect(page.locator("main")).not_to_contain_text(YOUNG)
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


def _member_reads_the_response(page, live_server, recommendation, sign_in_browser):
    sign_in_browser(_young(), PASSWORD)
    page.goto(live_server(f"/youth/recommendations/{recommendation.id}"))
    expect(page.locator("main")).to_contain_text("Not accepted")
    expect(page.locator("main")).to_contain_text("The park's lighting belongs to the council")
    assert violations_on(page) == []
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).response.outcome == ResponseOutcome.NOT_ACCEPTED


def test_a_sixteen_year_old_joins_with_consent_and_gets_an_answer_from_the_police(
    page, live_server, sign_in_browser, smtp
):
    scheme, facilitator, officer = _commission()
    _ask_to_join(page, live_server)
    _invite(page, smtp, facilitator, sign_in_browser)
    _apply(page, smtp, live_server)
    _guardian_consents(page, smtp, live_server)
    _facilitator_vets(page, live_server, scheme, facilitator, sign_in_browser)
    recommendation = _member_drafts(page, live_server, scheme, sign_in_browser)
    _facilitator_sends(page, live_server, recommendation, facilitator, sign_in_browser)
    _officer_answers(page, live_server, recommendation, officer, sign_in_browser)
    _member_reads_the_response(page, live_server, recommendation, sign_in_browser)
