"""Onboarding in a real browser: invitation to active member, and the public asking to join."""

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from tests.factories import make_area, make_coordinator, make_membership, make_scheme, make_user
from tests.form_data import fill_date
from volunteers import hours
from volunteers.models import MembershipStatus, SchemeKind

NEW_PASSWORD = "my own long password"


def _local(link: str, live_server) -> str:
    return link.replace("http://volunteers.test", live_server.url)


def _sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out")).to_be_visible()


def _apply(page, name: str = "Nia Newton", password: str | None = NEW_PASSWORD):
    page.get_by_label("Full name").fill(name)
    fill_date(page, "Date of birth", date(1991, 5, 6))
    page.get_by_label("Phone number (optional)").fill("01632 960 321")
    page.get_by_label("Languages you speak (optional)").fill("English, Welsh")
    page.get_by_label("Why do you want to volunteer?").fill("To help my street feel safe, the right way.")
    page.get_by_label("I have read the code of conduct and agree to follow it").check()
    page.get_by_label("I agree to my information being used as described above").check()
    if password:
        page.get_by_label("Choose a password").fill(password)
        page.get_by_label("Confirm your password").fill(password)
    page.get_by_role("button", name="Send application").click()


def test_from_invitation_to_an_active_member_who_sees_the_submit_actions(page, live_server, sign_in_browser, smtp):
    scheme = make_scheme(make_area(name="Northgate"), name="Elm Street Watch")
    coordinator = make_coordinator(scheme, name="Cora Coordinator")

    # The coordinator invites someone by email.
    sign_in_browser(coordinator)
    page.get_by_role("link", name="Coordinate").click()
    page.get_by_role("link", name="Invite someone to Elm Street Watch").click()
    page.get_by_label("Full name").fill("Nia New")
    page.get_by_label("Email address").fill("nia@example.test")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent")).to_be_visible()
    expect(page.locator(".govuk-tag", has_text="Invited")).to_be_visible()
    _sign_out(page)

    # The invitee follows the emailed link, applies and chooses a password.
    link = next(link for link in smtp.links(smtp.last_to("nia@example.test")) if "/invitation?link=" in link)
    page.goto(_local(link, live_server))
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply to join Elm Street Watch")
    _apply(page)
    expect(page.get_by_text("Thank you for applying")).to_be_visible()
    expect(page.locator(".govuk-tag", has_text="Applied")).to_be_visible()
    page.goto(live_server("/"))
    expect(page.get_by_text("Your coordinator is checking your application")).to_be_visible()
    expect(page.get_by_role("link", name="Report something")).to_have_count(0)
    _sign_out(page)

    # The coordinator, told by email, records the checks; the last one makes the member active.
    assert "has applied" in smtp.text(smtp.last_to(coordinator.email))
    sign_in_browser(coordinator)
    page.goto(live_server(f"/schemes/{scheme.id}/members"))
    page.get_by_role("link", name="Nia Newton").click()
    expect(page.get_by_text("Why they want to volunteer")).to_be_visible()
    today = date.today()
    for check in ("Identity verified", "Training completed"):
        page.get_by_label(check).check()
        fill_date(page, "Date it was done", today)
        page.get_by_role("button", name="Record check").click()
        expect(page.locator(".govuk-notification-banner")).to_contain_text("Check recorded")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("they are now an active member")
    expect(page.locator("main .govuk-tag", has_text="Active").first).to_be_visible()
    _sign_out(page)

    # The new member signs in with the password they chose and can now take part.
    assert "now an active member" in smtp.text(smtp.last_to("nia@example.test"))
    page.goto(live_server("/sign-in"))
    page.get_by_label("Email address").fill("nia@example.test")
    page.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your schemes")).to_be_visible()
    page.locator("main").get_by_role("link", name="Report something").first.click()
    expect(page.get_by_role("heading", name="Report something")).to_be_visible()
    expect(page.get_by_label("What happened?")).to_be_visible()


def test_an_expression_of_interest_becomes_an_invitation(page, live_server, sign_in_browser, smtp):
    scheme = make_scheme(make_area(name="Riverside"), name="Riverside Watch")
    coordinator = make_coordinator(scheme)

    # A member of the public finds the scheme and asks to join, without an account.
    page.goto(live_server("/join"))
    page.get_by_label("Search by area or scheme name").fill("river")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Riverside Watch").click()
    page.get_by_label("Your name").fill("Priya Prospect")
    page.get_by_label("Your email address").fill("priya@example.test")
    page.get_by_label("Anything you would like the coordinator to know (optional)").fill("I run the residents' group.")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()

    # The coordinator, told by email, invites her.
    assert "asked to join" in smtp.text(smtp.last_to(coordinator.email))
    sign_in_browser(coordinator)
    page.get_by_role("link", name="Coordinate").click()
    page.locator("a[href$='/interest']").first.click()
    expect(page.get_by_text("I run the residents' group.")).to_be_visible()
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_text("Invitation sent")).to_be_visible()
    _sign_out(page)

    # Her invitation leads to the application.
    link = next(link for link in smtp.links(smtp.last_to("priya@example.test")) if "/invitation?link=" in link)
    page.goto(_local(link, live_server))
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply to join Riverside Watch")
    expect(page.get_by_label("Full name")).to_have_value("Priya Prospect")


def test_an_existing_volunteer_accepts_after_signing_in_without_choosing_a_password(
    page, live_server, sign_in_browser, smtp
):
    scheme = make_scheme(name="Speed Watch Mill Lane", kind=SchemeKind.SPEEDWATCH)
    coordinator = make_coordinator(scheme)
    volunteer = make_membership(
        make_user(email="val@example.test", name="Val Volunteer"), make_scheme(scheme.area)
    ).user
    page.goto(live_server("/"))
    from volunteers.membership import invitations

    invitations.invite(coordinator, scheme, "val@example.test", "Val")
    link = next(link for link in smtp.links(smtp.last_to("val@example.test")) if "/invitation?link=" in link)
    page.goto(_local(link, live_server))
    page.get_by_role("link", name="Sign in").last.click()
    page.get_by_label("Email address").fill(volunteer.email)
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/invitation$"))
    expect(page.get_by_label("Choose a password")).to_have_count(0)
    _apply(page, name="Val Volunteer", password=None)
    expect(page.get_by_text("Thank you for applying")).to_be_visible()


def test_onboarding_pages_fit_a_phone_and_keep_to_the_content_security_policy(page, live_server, sign_in_browser, smtp):
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.set_viewport_size({"width": 360, "height": 740})
    scheme = make_scheme(name="Elm Street Watch")
    coordinator = make_coordinator(scheme)
    member = make_membership(make_user(name="A Volunteer With A Rather Long Name"), scheme)
    hours.log_hours(member.user, member, date.today() - timedelta(days=12), 90, hours.HoursActivity.LEAFLETING)
    hours.log_hours(member.user, member, date.today() - timedelta(days=5), 120, hours.HoursActivity.MEETING)
    applicant = make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)

    for path in ("/join", f"/join/{scheme.id}", "/code-of-conduct"):
        page.goto(live_server(path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    sign_in_browser(coordinator)
    for path in (
        "/coordinate",
        f"/schemes/{scheme.id}/members",
        f"/memberships/{member.id}",
        f"/memberships/{applicant.id}",
        f"/schemes/{scheme.id}/invite",
        f"/schemes/{scheme.id}/hours",
        f"/memberships/{member.id}/suspend",
    ):
        page.goto(live_server(path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    _sign_out(page)
    sign_in_browser(member.user)
    for path in ("/", "/account/", "/account/details", "/account/equality", f"/memberships/{member.id}/hours"):
        page.goto(live_server(path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    assert problems == []
