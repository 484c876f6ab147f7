"""Two-factor sign-in in a real browser: an officer sets up an authenticator app at their first
sign-in, signs in again with a code it makes, and uses a recovery code once."""

import re
import time

import pyotp
from playwright.sync_api import expect

from tests.factories import PASSWORD, make_area, make_officer


def _password_step(page, live_server, user):
    page.goto(live_server("/sign-in"))
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def _enter_code(page, label, code, button):
    page.get_by_label(label).fill(code)
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def test_an_officer_sets_up_an_app_then_signs_in_with_its_code_and_a_recovery_code_once(page, live_server):
    officer = make_officer(make_area(), second_factor_enrolled=False)
    _password_step(page, live_server, officer)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up your authenticator app")
    expect(page.locator(".app-qr-code svg")).to_be_visible()
    page.get_by_text("I cannot scan the QR code").click()
    secret = page.locator(".govuk-details__text code").inner_text().strip()
    app_on_the_phone = pyotp.TOTP(secret)
    _enter_code(page, "Code from your authenticator app", app_on_the_phone.now(), "Confirm")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    codes = [code.strip() for code in page.locator(".app-recovery-codes code").all_inner_texts()]
    assert len(codes) == 10 and all(re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code) for code in codes)
    with page.expect_navigation():
        page.get_by_role("link", name="I have kept my codes: continue").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    page.get_by_role("button", name="Sign out").click()

    _password_step(page, live_server, officer)
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter the code from your authenticator app")
    next_code = app_on_the_phone.at(int(time.time()) + 30)  # the first code of this step was used
    _enter_code(page, "Code from your authenticator app", next_code, "Continue")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    page.get_by_role("button", name="Sign out").click()

    for attempt in ("first", "second"):
        _password_step(page, live_server, officer)
        page.get_by_role("link", name="Use a recovery code instead").click()
        _enter_code(page, "Recovery code", codes[0], "Continue")
        if attempt == "first":
            expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
            page.get_by_role("button", name="Sign out").click()
        else:
            expect(page.locator(".govuk-error-summary")).to_contain_text("you have not used yet")
