"""Community Speed Watch in a real browser at phone width: a volunteer records sightings at the
roadside (one refused below the threshold, with the rule in the message), submits the session,
and the officer reviews it from the queue, so that a plate seen earlier in the year earns a
warning letter, which the officer opens from the review's result and downloads as a PDF."""

import io
from pathlib import Path

import sqlalchemy as sa
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.speedwatch.factories import make_speedwatch_world, seen_earlier, session_running_now
from volunteers.extensions import db
from volunteers.hours import VolunteerHours
from volunteers.speedwatch.models import Letter, LetterStage, SessionStatus, Sighting, SpeedwatchSession

PHONE = {"width": 360, "height": 740}


def record(page, plate: str, speed: int, make: str = "Ford", colour: str = "Blue") -> None:
    page.get_by_label("Registration").fill(plate)
    page.get_by_label("Speed").fill(str(speed))
    page.get_by_label("Make").fill(make)
    page.get_by_label("Colour").fill(colour)
    page.get_by_label("Northbound").check()
    page.get_by_role("button", name="Record sighting").click()


def test_a_session_from_the_roadside_to_a_warning_letter(page, live_server, sign_in_browser):
    world = make_speedwatch_world()
    seen_earlier(world, "AB12CDE", days_ago=200)
    session = session_running_now(world)
    page.set_viewport_size(PHONE)

    # At the roadside, one-handed: the session is on the volunteer's home page.
    sign_in_browser(world.volunteers[0])
    page.get_by_role("link", name=f"Record sightings at {world.site.name}").click()
    expect(page.locator("#threshold")).to_have_text("Record vehicles at 35 mph or more")
    record(page, "ab12 cde", 41)
    expect(page.get_by_text("Recorded AB12CDE at 41 mph")).to_be_visible()
    record(page, "XY70 ZZT", 33, make="Vauxhall", colour="Silver")
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "speed 33 is below the threshold of 35 for a 30 mph site"
    )
    page.get_by_label("Speed").fill("39")
    page.get_by_label("Northbound").check()
    page.get_by_role("button", name="Record sighting").click()
    expect(page.locator("#count")).to_have_text("2 sightings so far")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("link", name="Finish and submit").click()
    page.get_by_role("button", name="Submit the session").click()
    expect(page.get_by_text("Session submitted: an officer will review it")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    # The officer finds the session in the queue and sees the plate's history beside it.
    sign_in_browser(world.officer)
    page.get_by_role("link", name="Review queue").first.click()
    page.get_by_role("link", name=world.site.name).first.click()
    expect(page.locator("#sighting-" + str(_sighting_id("AB12CDE", session)))).to_contain_text(
        "Seen 1 other time in the last 12 months"
    )
    page.get_by_role("button", name="Accept every sighting not rejected").click()
    expect(page.get_by_text("Session reviewed: 2 accepted, 0 rejected")).to_be_visible()

    db.session.expire_all()
    assert db.session.get(SpeedwatchSession, session.id).status == SessionStatus.REVIEWED
    stages = dict(
        db.session.execute(sa.select(Letter.registration, Letter.stage).where(Letter.area_id == world.area.id)).all()
    )
    assert stages == {"AB12CDE": LetterStage.WARNING, "XY70ZZT": LetterStage.ADVISORY}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(VolunteerHours)) == len(world.volunteers)

    # The review's result links to its letters: the officer opens the warning and downloads its PDF.
    page.get_by_role("link", name="Warning letter for AB12CDE").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("AB12CDE")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the PDF addressed to the registered keeper").click()
    pdf = Path(download.value.path()).read_bytes()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    warning = db.session.scalar(sa.select(Letter).where(Letter.registration == "AB12CDE"))
    assert "AB12CDE" in text and "warning" in text and warning.reference in text


def _sighting_id(plate: str, session) -> int:
    return db.session.scalar(
        sa.select(Sighting.id).where(Sighting.session_id == session.id, Sighting.registration == plate)
    )
