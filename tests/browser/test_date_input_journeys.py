"""Dates typed on a phone, in day, month and year boxes: a month may be a name, a missing part is
named and leads back to its box, and the forms that ask for dates stay free of accessibility
failures axe can find, with their errors showing too."""

from datetime import date, timedelta

from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.factories import make_area, make_coordinator, make_member, make_membership, make_scheme
from tests.form_data import fill_moment
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership import invitations
from volunteers.models import MembershipStatus, SchemeKind, User

PHONE = {"width": 360, "height": 740}


def test_an_applicant_types_their_date_of_birth_and_is_told_which_part_is_missing(page, live_server, smtp):
    scheme = make_scheme(make_area(name="Northgate"), name="Elm Street Watch")
    invitations.invite(make_coordinator(scheme), scheme, "nia@example.test", "Nia Newton")
    link = next(link for link in smtp.links(smtp.last_to("nia@example.test")) if "/invitation" in link)
    page.set_viewport_size(PHONE)
    page.goto(link.replace("http://volunteers.test", live_server.url))
    born = page.get_by_role("group", name="Date of birth")
    expect(born).to_contain_text("For example, 27 3 2007")
    born.get_by_label("Day").fill("6")
    born.get_by_label("Year").fill("1991")
    page.get_by_label("Why do you want to volunteer?").fill("To help my street feel safe, the right way.")
    page.get_by_label("I have read the code of conduct and agree to follow it").check()
    page.get_by_label("I agree to my information being used as described above").check()
    page.get_by_label("Choose a password").fill("my own long password")
    page.get_by_label("Confirm your password").fill("my own long password")
    page.get_by_role("button", name="Send application").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Date of birth must include a month")
    assert violations_on(page) == []
    summary.get_by_role("link", name="Date of birth must include a month").click()
    expect(born.get_by_label("Month")).to_be_focused()
    expect(born.get_by_label("Day")).to_have_value("6")
    # The passwords are not kept; everything else is.
    page.get_by_label("Choose a password").fill("my own long password")
    page.get_by_label("Confirm your password").fill("my own long password")
    born.get_by_label("Month").fill("May")
    page.get_by_role("button", name="Send application").click()
    expect(page.get_by_text("Thank you for applying")).to_be_visible()
    assert db.session.query(User).filter_by(email="nia@example.test").one().date_of_birth == date(1991, 5, 6)


def test_the_pages_that_ask_for_dates_have_no_detectable_accessibility_failures(page, live_server, sign_in_browser):
    area = make_area()
    watch = make_scheme(area, SchemeKind.WATCH)
    coordinator = make_coordinator(watch)
    member = make_member(watch)
    applicant = make_membership(scheme=watch, status=MembershipStatus.APPLIED, vetted=False)
    page.set_viewport_size(PHONE)

    sign_in_browser(coordinator)
    page.goto(live_server(f"/memberships/{applicant.id}"))
    checked = page.get_by_role("group", name="Date it was done")
    checked.get_by_label("Day").fill(str((date.today() + timedelta(days=2)).day))
    page.get_by_role("button", name="Record check").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert violations_on(page) == []
    page.context.clear_cookies()

    sign_in_browser(member)
    page.goto(live_server(f"/memberships/{member.memberships[0].id}/hours"))
    assert violations_on(page) == []
    worked = page.get_by_role("group", name="Date")
    worked.get_by_label("Day").fill("3")
    worked.get_by_label("Month").fill("Jan")
    worked.get_by_label("Year").fill("26")
    page.get_by_role("button", name="Log hours").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The date must include a year with 4 numbers")
    assert violations_on(page) == []

    page.goto(live_server("/watch/reports/new"))
    fill_moment(page, "When did it happen?", utcnow() - timedelta(hours=1))
    page.get_by_role("group", name="When did it happen?").get_by_label("Time").fill("half past")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("When it happened must be a real time")
    assert violations_on(page) == []

    speedwatch = make_scheme(area, SchemeKind.SPEEDWATCH)
    make_membership(member, speedwatch)
    page.goto(live_server(f"/watch/reports/new?scheme_id={speedwatch.id}"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("You cannot send reports to")
    assert violations_on(page) == []
