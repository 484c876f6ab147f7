"""Signing in and out, recovering a password and being locked out, in a real browser."""

import re

from playwright.sync_api import expect

from tests.factories import (
    make_admin,
    make_area,
    make_force,
    make_member,
    make_officer,
    make_scheme,
    make_user,
)


def test_signing_in_and_out(page, live_server, sign_in_browser):
    user = make_user(name="Sam Signer")
    sign_in_browser(user)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Sam Signer")
    page.get_by_role("button", name="Sign out", exact=True).click()
    expect(page.get_by_text("You have signed out")).to_be_visible()
    page.goto(live_server("/account/"))
    expect(page).to_have_url(re.compile(r"/sign-in\?next=/account/"))


def test_a_wrong_password_shows_an_error_summary_linked_to_the_form(page, live_server, sign_in_browser):
    user = make_user()
    sign_in_browser(user, password="not my password")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter a correct email address and password")
    expect(page).to_have_title(re.compile(r"^Error: Sign in"))


def test_password_reset_end_to_end_through_the_email(page, live_server, smtp):
    user = make_user()
    page.goto(live_server("/sign-in"))
    page.get_by_role("link", name="Forgotten your password?").click()
    page.get_by_label("Email address").fill(user.email)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

    link = next(link for link in smtp.links(smtp.last_to(user.email)) if "/reset-password?link=" in link)
    page.goto(link.replace("http://volunteers.test", live_server.url))
    page.get_by_label("New password", exact=True).fill("a whole new password")
    page.get_by_label("Confirm new password").fill("a whole new password")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Your password has been changed")).to_be_visible()

    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password", exact=True).fill("a whole new password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")

    page.goto(link.replace("http://volunteers.test", live_server.url))
    expect(page.get_by_role("heading", level=1)).to_contain_text("expired or has already been used")


def test_a_strangers_guesses_are_throttled_but_the_owner_still_signs_in_from_their_browser(
    page, live_server, sign_in_browser, browser
):
    user = make_user()
    sign_in_browser(user)
    page.get_by_role("button", name="Sign out").click()

    stranger = browser.new_context().new_page()
    for _attempt in range(6):
        stranger.goto(live_server("/sign-in"))
        stranger.get_by_label("Email address").fill(user.email)
        stranger.get_by_label("Password", exact=True).fill("a wrong guess")
        with stranger.expect_navigation():
            stranger.get_by_role("button", name="Sign in").click()
    expect(stranger.get_by_role("heading", level=1)).to_contain_text("Too many attempts")
    stranger.context.close()

    sign_in_browser(user)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def test_each_role_sees_what_it_can_do_on_its_home_page(page, live_server, sign_in_browser):
    force = make_force()
    area = make_area(force)
    scheme = make_scheme(area, name="Elm Street Watch")
    people = {
        "volunteer": make_member(scheme),
        "officer": make_officer(area),
        "admin": make_admin(force),
    }
    expectations = {
        "volunteer": ("Your schemes", "Elm Street Watch"),
        "officer": ("Awaiting your review", "Review queue"),
        "admin": ("Administration", "Areas, schemes and officers"),
    }
    for role, user in people.items():
        sign_in_browser(user)
        heading, link_text = expectations[role]
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
        expect(page.get_by_text(link_text).first).to_be_visible()
        page.get_by_role("button", name="Sign out", exact=True).click()


def test_pages_fit_a_360_pixel_wide_phone(page, live_server, sign_in_browser):
    page.set_viewport_size({"width": 360, "height": 740})
    user = make_user()
    for path in ("/", "/sign-in", "/forgot-password"):
        page.goto(live_server(path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    sign_in_browser(user)
    page.goto(live_server("/account/"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_the_skip_link_takes_keyboard_users_to_the_main_content(page, live_server):
    page.goto(live_server("/sign-in"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))


def test_no_page_breaks_the_content_security_policy(page, live_server, sign_in_browser):
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    sign_in_browser(make_admin(make_force()))
    for path in ("/", "/account/", "/admin/"):
        page.goto(live_server(path))
    assert problems == []
