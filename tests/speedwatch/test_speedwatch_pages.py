"""Speed Watch pages: booking with its refusals in words, the roadside form, sheets (good lines
stored, bad ones listed, broken files refused whole), the officer's review, and who sees what."""

import io
from datetime import date

import sqlalchemy as sa

from tests.factories import make_area, make_member, make_officer
from tests.form_data import date_typed
from tests.speedwatch.factories import (
    book,
    next_weekday,
    running_session,
    session_running_now,
    sightings_of,
    submitted_session,
)
from volunteers.extensions import db
from volunteers.speedwatch.models import SessionStatus, Sighting, SightingStatus, SpeedwatchSession


def _count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(Sighting))


def _booking_form(world, day: date, starts: str = "11:00", ends: str = "12:30", volunteers=None) -> dict:
    people = world.volunteers if volunteers is None else volunteers
    return {
        "site": str(world.site.id),
        "device": str(world.device.id),
        **date_typed("day", day),
        "starts": starts,
        "ends": ends,
        "volunteers": [str(person.id) for person in people],
    }


def test_a_coordinator_books_a_session_on_the_page(world, client, login_as):
    login_as(world.coordinator)
    page = client.get(f"/speedwatch/schemes/{world.scheme.id}/sessions/new")
    assert page.status_code == 200 and world.site.name in page.get_data(as_text=True)
    response = client.post(
        f"/speedwatch/schemes/{world.scheme.id}/sessions/new", data=_booking_form(world, next_weekday())
    )
    assert response.status_code == 302
    session = db.session.scalar(sa.select(SpeedwatchSession))
    assert session.threshold == 35 and len(session.volunteers) == 3


def test_every_broken_booking_rule_is_shown_in_words_at_once(world, client, login_as):
    login_as(world.coordinator)
    winter = date(date.today().year + 1, 12, 12)
    response = client.post(
        f"/speedwatch/schemes/{world.scheme.id}/sessions/new",
        data=_booking_form(world, winter, "13:30", "16:30", volunteers=world.volunteers[:2]),
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "A session lasts at most 2 hours; this one lasts 3 hours" in text
    assert f"Sunset at {world.site.name} on 12 December" in text and "a session must end by then" in text
    assert "A session needs at least 3 trained volunteers" in text
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SpeedwatchSession)) == 0
    unreadable = client.post(
        f"/speedwatch/schemes/{world.scheme.id}/sessions/new",
        data={**_booking_form(world, next_weekday()), "starts": "half ten"},
    )
    assert "Enter the time as hours and minutes" in unreadable.get_data(as_text=True)


def test_the_roadside_form_stores_a_sighting_and_refuses_one_below_the_threshold(world, client, login_as):
    session = session_running_now(world)
    login_as(world.volunteers[0])
    entry = {"registration": "ab12 cde", "speed": "41", "make": "ford", "colour": "Blue", "direction": "north"}
    assert client.post(f"/speedwatch/sessions/{session.id}/roadside", data=entry).status_code == 302
    refused = client.post(
        f"/speedwatch/sessions/{session.id}/roadside", data={**entry, "registration": "XY70ZZT", "speed": "33"}
    )
    assert refused.status_code == 400
    assert "speed 33 is below the threshold of 35 for a 30 mph site" in refused.get_data(as_text=True)
    injected = client.post(
        f"/speedwatch/sessions/{session.id}/roadside", data={**entry, "registration": "'; DROP TABLE x; --"}
    )
    assert injected.status_code == 400 and "is not a UK registration" in injected.get_data(as_text=True)
    [stored] = sightings_of(session)
    assert (stored.registration, stored.make, stored.speed) == ("AB12CDE", "Ford", 41)
    page = client.get(f"/speedwatch/sessions/{session.id}/roadside").get_data(as_text=True)
    assert "1 sighting so far" in page and "AB12CDE" in page


def test_a_volunteer_takes_back_an_entry_while_the_session_runs(world, client, login_as):
    session = session_running_now(world)
    login_as(world.volunteers[0])
    client.post(
        f"/speedwatch/sessions/{session.id}/roadside",
        data={"registration": "AB12CDE", "speed": "41", "make": "Ford", "colour": "Blue"},
    )
    [sighting] = sightings_of(session)
    assert client.post(f"/speedwatch/sessions/{session.id}/sightings/{sighting.id}/delete").status_code == 302
    assert sightings_of(session) == []
    assert db.session.get(SpeedwatchSession, session.id).sighting_count == 0


def _upload(client, session, content: bytes, name: str = "sheet.csv"):
    return client.post(
        f"/speedwatch/sessions/{session.id}/upload",
        data={"sheet": (io.BytesIO(content), name)},
        content_type="multipart/form-data",
    )


def test_a_sheet_stores_its_good_lines_and_lists_the_others_by_line(world, client, login_as):
    session = running_session(world)
    login_as(world.volunteers[0])
    sheet = (
        b"Time,Registration,Make,Model,Colour,Speed,Direction\n"
        b"11:05,AB12 CDE,Ford,Focus,Blue,38,north\n"
        b"\n"
        b"11:06,XY70ZZT,Vauxhall,,Silver,33,south\n"
        b"11:07,'; DROP TABLE speedwatch_sighting; --,Ford,,Red,50,\n"
        b"11:08,LM19KPR,Toyota,,White,45,sideways\n"
        b"11:09,DF66WXA,BMW,,Black,47,\n"
        b"11:09,DF66WXA,BMW,,Black,47,\n"
    )
    response = _upload(client, session, sheet)
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "2 sightings stored" in text
    assert "Line 4:" in text and "speed 33 is below the threshold" in text
    assert "Line 5:" in text and "Line 6:" in text and "Line 8:" in text and "duplicate" in text
    assert sorted(sighting.registration for sighting in sightings_of(session)) == ["AB12CDE", "DF66WXA"]


def test_a_sheet_that_cannot_be_read_is_refused_whole_and_stored_sightings_stay(world, client, login_as):
    session = running_session(world)
    login_as(world.volunteers[0])
    good = b"time,registration,make,colour,speed\n11:05,AB12CDE,Ford,Blue,38\n"
    assert "1 sighting stored" in _upload(client, session, good).get_data(as_text=True)
    for content, message in (
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a CSV file"),
        (b"registration,speed\nAB12CDE,40\n", "it lacks time, make, colour"),
        (b"", "The file is empty"),
        (b"time,registration,make,colour,speed\n" + b"11:05,AB12CDE,Ford,Blue,38\n" * 80_000, "smaller than"),
    ):
        response = _upload(client, session, content)
        assert response.status_code == 400, message
        assert message in response.get_data(as_text=True), message
    assert [sighting.registration for sighting in sightings_of(session)] == ["AB12CDE"]


def test_a_sheet_saved_by_excel_in_windows_1252_is_read(world, client, login_as):
    session = running_session(world)
    login_as(world.volunteers[0])
    sheet = "time,registration,make,colour,speed\n11:05,AB12CDE,Škoda,Blue,38\n".encode("cp1252")
    assert "1 sighting stored" in _upload(client, session, sheet).get_data(as_text=True)
    assert sightings_of(session)[0].make == "Škoda"


def test_the_sheet_template_is_the_columns_the_upload_reads(world, client, login_as):
    login_as(world.volunteers[0])
    response = client.get("/speedwatch/sessions/sheet-template.csv")
    assert response.mimetype == "text/csv"
    assert response.get_data(as_text=True).splitlines()[0] == "time,registration,make,model,colour,speed,direction"


def test_the_officer_reviews_every_sighting_with_a_reason_for_each_rejection(world, client, login_as):
    session = submitted_session(world)
    first, second = sightings_of(session)
    login_as(world.officer)
    page = client.get(f"/speedwatch/sessions/{session.id}/review")
    assert page.status_code == 200 and first.registration in page.get_data(as_text=True)
    undecided = client.post(f"/speedwatch/sessions/{session.id}/review", data={f"decision-{first.id}": "accept"})
    assert undecided.status_code == 400
    assert f"Accept or reject the sighting of {second.registration}" in undecided.get_data(as_text=True)
    no_reason = client.post(
        f"/speedwatch/sessions/{session.id}/review",
        data={f"decision-{first.id}": "accept", f"decision-{second.id}": "reject"},
    )
    assert f"Give the reason for rejecting {second.registration}" in no_reason.get_data(as_text=True)
    assert db.session.get(SpeedwatchSession, session.id).status == SessionStatus.SUBMITTED
    done = client.post(
        f"/speedwatch/sessions/{session.id}/review",
        data={
            f"decision-{first.id}": "accept",
            f"decision-{second.id}": "reject",
            f"reason-{second.id}": "mistyped_plate",
        },
    )
    assert done.status_code == 302
    db.session.expire_all()
    assert [sighting.status for sighting in sightings_of(session)] == [SightingStatus.ACCEPTED, SightingStatus.REJECTED]


def test_plates_are_seen_only_by_the_sessions_volunteers_and_the_areas_officers(world, client, login_as):
    session = submitted_session(world)
    plate = sightings_of(session)[0].registration
    outsider = make_member(world.scheme)
    other_officer = make_officer(make_area(world.force))
    for person, status in ((world.coordinator, 404), (outsider, 404), (other_officer, 404), (world.officer, 200)):
        login_as(person)
        review = client.get(f"/speedwatch/sessions/{session.id}/review")
        assert review.status_code in (status, 403), person
        page = client.get(f"/speedwatch/sessions/{session.id}")
        assert plate not in page.get_data(as_text=True)
    login_as(world.volunteers[0])
    assert client.get(f"/speedwatch/sessions/{session.id}/review").status_code == 403


def test_the_booked_window_and_threshold_show_on_the_volunteers_page(world, client, login_as):
    running_session(world)
    login_as(world.volunteers[2])
    text = client.get("/speedwatch/").get_data(as_text=True)
    assert world.site.name in text and "record from 35 mph" in text and "Running" in text


def test_the_roadside_form_says_everything_wrong_with_an_entry_at_once(world, client, login_as):
    session = session_running_now(world)
    login_as(world.volunteers[0])
    response = client.post(
        f"/speedwatch/sessions/{session.id}/roadside", data={"registration": "XY70ZZT", "speed": "30"}
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Enter the make" in text and "Enter the colour" in text
    assert "speed 30 is below the threshold of 35 for a 30 mph site" in text
    assert sightings_of(session) == []


def test_an_upload_larger_than_any_request_may_be_is_refused_before_it_is_read(world, client, login_as):
    session = running_session(world)
    login_as(world.volunteers[0])
    response = _upload(client, session, b"time,registration\n" + b"x" * (26 * 1024 * 1024))
    assert response.status_code == 413
    assert sightings_of(session) == []


def test_a_session_started_too_early_says_when_it_may_start(world, client, login_as):
    session = book(world)
    login_as(world.volunteers[1])
    response = client.post(f"/speedwatch/sessions/{session.id}/start")
    assert response.status_code == 409
    assert "This session starts at 11:00" in response.get_data(as_text=True)
    assert db.session.get(SpeedwatchSession, session.id).status == SessionStatus.PLANNED
