"""A guardian answers on a phone, in a real browser with CSRF protection on: they read what the
commission is, consent, and later withdraw through the link in the thank-you email."""

from datetime import date

from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.youth.safeguarding import commission, consent_path, withdrawal_path, young_applicant
from volunteers.extensions import db
from volunteers.models import Membership, MembershipStatus
from volunteers.vetting import is_cleared

PHONE = {"width": 360, "height": 740}


def _status(membership) -> MembershipStatus:
    db.session.expire_all()
    return db.session.get(Membership, membership.id).status


def test_a_guardian_consents_and_later_withdraws_on_a_phone(page, live_server, smtp):
    scheme, _facilitator = commission()
    membership = young_applicant(scheme)
    page.set_viewport_size(PHONE)

    page.goto(live_server(consent_path(smtp)))
    expect(page.get_by_role("heading", name="Consent for Yasmin Young to join the Youth Commission")).to_be_visible()
    assert "link=" not in page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert violations_on(page) == []
    page.get_by_role("button", name="Send my answer").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose whether you consent")
    page.get_by_label("Yes, I consent").check()
    page.get_by_role("button", name="Send my answer").click()
    expect(page.get_by_role("heading", name="Thank you for your answer")).to_be_visible()
    assert _status(membership) == MembershipStatus.ACTIVE

    page.goto(live_server(withdrawal_path(smtp)))
    expect(page.get_by_role("heading", name="Withdraw your consent for Yasmin Young")).to_be_visible()
    assert violations_on(page) == []
    page.get_by_label("Anything you would like the facilitator to know (optional)").fill("We are moving away.")
    page.get_by_role("button", name="Withdraw my consent").click()
    expect(page.get_by_role("heading", name="Your consent is withdrawn")).to_be_visible()
    assert _status(membership) == MembershipStatus.SUSPENDED
    assert not is_cleared(db.session.get(Membership, membership.id), date.today())
