"""A driver complains about a Speed Watch volunteer in a real browser, without an account; the
force's admin triages it, records a warning with its reason, and the driver's outcome email
arrives; the warning is then on the volunteer's conduct record."""

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.factories import make_admin
from tests.speedwatch.factories import make_speedwatch_world
from volunteers.complaints.models import Complaint, ComplaintStatus, Outcome
from volunteers.extensions import db

PHONE = {"width": 360, "height": 740}
REASON = "The volunteer should not have argued with you; he has been given a formal warning."


def test_a_member_of_the_public_complains_and_the_admin_records_a_warning(
    app, page, live_server, sign_in_browser, smtp
):
    app.config["COMPLAINT_MIN_FILL_SECONDS"] = 1
    world = make_speedwatch_world()
    volunteer = world.volunteers[0]
    admin = make_admin(world.force, name="Ada Admin")
    page.set_viewport_size(PHONE)

    page.goto(live_server("/complaints"))
    assert violations_on(page) == []
    page.get_by_label("How a volunteer behaved").check()
    page.get_by_label("Which area did it happen in?").select_option(label=world.area.name)
    page.get_by_label("What happened?").fill("A Speed Watch volunteer on Mill Lane shouted at me through my window.")
    page.get_by_label("Where did it happen? (optional)").fill("Mill Lane")
    page.get_by_label("Your email address (optional)").fill("driver@example.test")
    page.wait_for_timeout(1100)
    page.get_by_role("button", name="Send my complaint").click()
    expect(page.get_by_role("heading", name="Complaint sent")).to_be_visible()
    assert violations_on(page) == []
    complaint = db.session.scalar(sa.select(Complaint))
    expect(page.locator(".govuk-panel")).to_contain_text(complaint.reference)
    assert complaint.reference in smtp.text(smtp.last_to("driver@example.test"))

    page.set_viewport_size({"width": 1024, "height": 900})
    sign_in_browser(admin)
    page.get_by_role("link", name="Complaints").first.click()
    page.get_by_role("link", name=complaint.reference).click()
    expect(page.locator("main")).to_contain_text("shouted at me through my window")
    assert violations_on(page) == []
    page.get_by_label("Investigating administrator").select_option(label="Ada Admin")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("Complaint assigned")).to_be_visible()
    page.get_by_label("Volunteer's email address").fill(volunteer.email)
    page.get_by_role("button", name="Name this volunteer").click()
    expect(page.get_by_text("Volunteer named")).to_be_visible()
    page.get_by_role("link", name="Record the outcome").click()
    assert violations_on(page) == []
    page.get_by_label("Findings").fill("The volunteer agrees he raised his voice at the driver.")
    page.get_by_label("Yes, upheld").check()
    page.get_by_label("Warning").check()
    page.get_by_role("button", name="Record the outcome").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Give the reason for the outcome")
    page.get_by_label("Reason").fill(REASON)
    page.get_by_role("button", name="Record the outcome").click()
    expect(page.get_by_text("The complainant has been emailed the outcome")).to_be_visible()

    outcome = smtp.last_to("driver@example.test")
    assert complaint.reference in outcome["Subject"]
    assert REASON in smtp.text(outcome) and "Warning" in smtp.text(outcome)
    db.session.expire_all()
    closed = db.session.get(Complaint, complaint.id)
    assert closed.status == ComplaintStatus.CLOSED and closed.outcome.outcome == Outcome.WARNING

    page.goto(live_server(f"/memberships/{volunteer.memberships[0].id}"))
    expect(page.locator("#conduct-record")).to_be_visible()
    expect(page.locator("main")).to_contain_text(REASON)
