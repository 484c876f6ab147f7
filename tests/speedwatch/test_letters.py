"""Speed Watch letters: the PDF says what the driver must read (plate, stage, reference), the
keeper's details go into the PDF and nowhere else, forces word their own letters with placeholders
checked, batches go to the mail-merge as a formula-safe CSV and are marked sent once, referrals are
closed with a reason, the API lists the due letters, and nobody outside the area sees any of it."""

import csv
import io
import logging

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from tests.factories import make_admin, make_area, make_coordinator, make_officer
from tests.speedwatch.factories import accept_all, events, make_speedwatch_world, seen_earlier, submitted_session
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.speedwatch import letters
from volunteers.speedwatch.models import Letter, LetterBatch, LetterStage, LetterStatus, LetterTemplate

KEEPER_NAME = "Persephone Quillfeather"
KEEPER_ADDRESS = "14 Nightingale Row\nOadby LE2 9QQ"


def pdf_text(pdf: bytes) -> str:
    """The PDF's words, one space between each, wherever its lines broke."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _letters(world) -> dict[str, Letter]:
    db.session.expire_all()
    found = db.session.scalars(sa.select(Letter).where(Letter.area_id == world.area.id)).all()
    return {letter.registration: letter for letter in found}


@pytest.fixture
def reviewed(world):
    """A reviewed session: AB12CDE seen before (a warning), XY70ZZT for the first time (advisory)."""
    seen_earlier(world, "AB12CDE", days_ago=60)
    session = submitted_session(world)
    accept_all(world, session)
    return _letters(world)


def _referral(world) -> Letter:
    seen_earlier(world, "LM19KPR", days_ago=90)
    seen_earlier(world, "LM19KPR", days_ago=30)
    accept_all(world, submitted_session(world, plates=("LM19KPR",)))
    return _letters(world)["LM19KPR"]


# --- The PDF -------------------------------------------------------------------------------------


def test_the_pdf_has_the_plate_the_stages_wording_and_the_reference(world, reviewed, client, login_as):
    warning = reviewed["AB12CDE"]
    login_as(world.officer)
    response = client.get(f"/speedwatch/letters/{warning.id}.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Cache-Control"] == "no-store"
    text = pdf_text(response.data)
    assert "AB12CDE" in text and warning.reference in text
    assert "This is a warning letter" in text and "warning" in text
    assert world.site.name in text and "The Registered Keeper" in text
    advisory = pdf_text(letters.print_letter(world.officer, reviewed["XY70ZZT"]))
    assert "This is an advisory letter" in advisory and "warning letter" not in advisory
    [printed, *_] = events("speedwatch.letter.printed")
    assert printed.after == {"reference": warning.reference} and printed.actor_id == world.officer.id


def test_the_keepers_details_are_in_the_pdf_and_in_no_table_or_audit_row(world, reviewed, client, login_as, caplog):
    letter = reviewed["AB12CDE"]
    login_as(world.officer)
    caplog.set_level(logging.DEBUG)
    response = client.post(
        f"/speedwatch/letters/{letter.id}/print", data={"keeper_name": KEEPER_NAME, "keeper_address": KEEPER_ADDRESS}
    )
    assert response.status_code == 200
    text = pdf_text(response.data)
    assert KEEPER_NAME in text and "Nightingale Row" in text and "The Registered Keeper" not in text
    db.session.expire_all()
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(sa.select(table)).all():
            stored = " ".join(str(value) for value in row)
            assert KEEPER_NAME not in stored and "Nightingale" not in stored, table.name
    assert all(
        KEEPER_NAME not in f"{event.reason}{event.before}{event.after}"
        for event in db.session.scalars(sa.select(AuditEvent))
    )
    assert KEEPER_NAME not in caplog.text and "Nightingale" not in caplog.text
    too_long = client.post(f"/speedwatch/letters/{letter.id}/print", data={"keeper_name": "x" * 201})
    assert too_long.status_code == 400 and "Use 200 characters or fewer" in too_long.get_data(as_text=True)


def test_a_referral_and_a_withdrawn_letter_are_not_printed(world, reviewed):
    referral = _referral(world)
    with pytest.raises(Conflict, match="no letter to print"):
        letters.print_letter(world.officer, referral)
    withdrawn = reviewed["XY70ZZT"]
    withdrawn.withdraw("Objection upheld: the vehicle was elsewhere")
    db.session.commit()
    with pytest.raises(Conflict, match="withdrawn"):
        letters.print_letter(world.officer, withdrawn)
    assert events("speedwatch.letter.printed") == []


# --- The force's wording -------------------------------------------------------------------------


def test_an_admin_words_a_stage_and_letters_are_printed_with_it(world, reviewed, client, login_as):
    admin = make_admin(world.force)
    login_as(admin)
    url = f"/speedwatch/letters/templates/{world.force.id}/warning"
    page = client.get(url)
    assert page.status_code == 200 and "This is a warning letter" in page.get_data(as_text=True)
    body = "Dear driver,\n\n{registration} did {speed} in a {limit} at {site} on {date} at {time}. Ref {reference}."
    preview = client.post(url, data={"subject": "Slow down, {registration}", "body": body, "action": "preview"})
    assert preview.status_code == 200 and "AB12CDE did 41 in a 30" in preview.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(LetterTemplate)) == 0
    saved = client.post(url, data={"subject": "Slow down, {registration}", "body": body, "action": "save"})
    assert saved.status_code == 302
    [event] = events("speedwatch.letter_template.saved")
    assert event.actor_id == admin.id and event.after["stage"] == "warning"
    letter = reviewed["AB12CDE"]
    text = pdf_text(letters.print_letter(world.officer, letter))
    assert "Slow down, AB12CDE" in text and f"Ref {letter.reference}." in text
    assert "This is a warning letter" not in text
    advisory = pdf_text(letters.print_letter(world.officer, reviewed["XY70ZZT"]))
    assert "This is an advisory letter" in advisory


def test_an_unknown_placeholder_is_a_form_error(world, client, login_as):
    admin = make_admin(world.force)
    login_as(admin)
    url = f"/speedwatch/letters/templates/{world.force.id}/advisory"
    for body in ("Hello {keeper_name}", "Hello {registration.__class__}", "Hello {speed!r}", "Hello {"):
        response = client.post(url, data={"subject": "Subject", "body": body, "action": "save"})
        assert response.status_code == 400, body
        text = response.get_data(as_text=True)
        assert "is not a placeholder this letter can fill" in text or "A brace is not closed" in text, body
    preview = client.post(url, data={"subject": "{plate}", "body": "Fine", "action": "preview"})
    assert preview.status_code == 400 and "{plate} is not a placeholder" in preview.get_data(as_text=True)
    with pytest.raises(InvalidInput) as refused:
        letters.save_template(admin, world.force, LetterStage.ADVISORY, "Subject", "Dear {owner}")
    assert "{owner} is not a placeholder" in refused.value.errors["body"][0]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(LetterTemplate)) == 0
    assert events("speedwatch.letter_template.saved") == []


def test_only_the_forces_admins_word_its_letters(world, client, login_as):
    other_admin = make_admin(make_speedwatch_world().force)
    with pytest.raises(PermissionDenied):
        letters.save_template(other_admin, world.force, LetterStage.WARNING, "Subject", "Body")
    for person, status in ((other_admin, 404), (world.officer, 403)):
        login_as(person)
        assert client.get(f"/speedwatch/letters/templates/{world.force.id}/warning").status_code in (status, 403)


# --- Batches and the mail-merge CSV --------------------------------------------------------------


def test_the_batch_csv_has_the_mail_merge_columns_and_guards_against_formulas(world, reviewed, client, login_as):
    world.site.name = '=HYPERLINK("http://evil.example")'
    db.session.commit()
    referral = _referral(world)
    [batch] = letters.make_batches(world.officer)
    assert {letter.registration for letter in batch.letters} == {"AB12CDE", "XY70ZZT"}  # no referral
    assert db.session.get(Letter, referral.id).batch_id is None
    login_as(world.officer)
    response = client.get(f"/speedwatch/letters/batches/{batch.id}.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["reference", "plate", "stage", "site", "date", "time", "speed", "limit"]
    by_plate = {row[1]: row for row in rows[1:]}
    warning = reviewed["AB12CDE"]
    assert by_plate["AB12CDE"][0] == warning.reference and by_plate["AB12CDE"][2] == "warning"
    assert by_plate["XY70ZZT"][2] == "advisory"
    assert by_plate["AB12CDE"][3] == '\'=HYPERLINK("http://evil.example")'
    assert by_plate["AB12CDE"][6:] == [str(warning.speed), "30"]
    assert len(by_plate["AB12CDE"][4]) == 10 and len(by_plate["AB12CDE"][5]) == 5
    [made] = events("speedwatch.letter_batch.made")
    assert made.after == {"letters": 2, "advisory": 1, "warning": 1}
    assert len(events("speedwatch.letter_batch.exported")) == 1
    with pytest.raises(Conflict, match="No letters are due"):
        letters.make_batches(world.officer)


def test_marking_a_batch_sent_is_audited_and_refused_the_second_time(world, reviewed, client, login_as):
    login_as(world.officer)
    made = client.post("/speedwatch/letters/batches")
    assert made.status_code == 302
    batch = db.session.scalar(sa.select(LetterBatch))
    assert made.headers["Location"].endswith(f"/speedwatch/letters/batches/{batch.id}")
    assert client.post(f"/speedwatch/letters/batches/{batch.id}/sent").status_code == 302
    db.session.expire_all()
    assert {letter.status for letter in batch.letters} == {LetterStatus.SENT}
    assert batch.sent_at is not None and all(letter.sent_at for letter in batch.letters)
    [sent] = events("speedwatch.letter_batch.sent")
    assert sent.actor_id == world.officer.id and sent.after == {"sent": 2, "withdrawn": 0}
    again = client.post(f"/speedwatch/letters/batches/{batch.id}/sent")
    assert again.status_code == 409
    assert "This batch was marked sent already" in again.get_data(as_text=True)
    with pytest.raises(Conflict, match="marked sent already"):
        letters.mark_batch_sent(world.officer, batch)
    assert len(events("speedwatch.letter_batch.sent")) == 1


def test_a_letter_withdrawn_after_batching_stays_withdrawn_when_the_batch_is_sent(world, reviewed):
    [batch] = letters.make_batches(world.officer)
    reviewed["XY70ZZT"].withdraw("Objection upheld: not the vehicle")
    db.session.commit()
    letters.mark_batch_sent(world.officer, batch)
    statuses = {letter.registration: letter.status for letter in _letters(world).values()}
    assert statuses == {"AB12CDE": LetterStatus.SENT, "XY70ZZT": LetterStatus.WITHDRAWN}
    assert events("speedwatch.letter_batch.sent")[0].after == {"sent": 1, "withdrawn": 1}
    text = pdf_text(letters.print_batch(world.officer, batch))
    assert "AB12CDE" in text and "XY70ZZT" not in text


# --- Referrals -----------------------------------------------------------------------------------


def test_an_officer_closes_an_open_referral_with_a_reason(world, client, login_as):
    referral = _referral(world)
    assert referral.stage == LetterStage.REFERRAL and referral.is_open_referral
    login_as(world.officer)
    page = client.get(f"/speedwatch/letters/{referral.id}").get_data(as_text=True)
    assert "there is no letter to print" in page and "Close the referral" in page
    short = client.post(f"/speedwatch/letters/{referral.id}/close", data={"reason": "done"})
    assert short.status_code == 400
    reason = "Visited the keeper, who was given words of advice."
    assert client.post(f"/speedwatch/letters/{referral.id}/close", data={"reason": reason}).status_code == 302
    db.session.expire_all()
    closed = db.session.get(Letter, referral.id)
    assert closed.closed_at is not None and not closed.is_open_referral
    [event] = events("speedwatch.referral.closed")
    assert event.reason == reason and event.actor_id == world.officer.id
    with pytest.raises(InvalidInput, match="not open"):
        letters.close_referral(world.officer, closed, reason)
    listed = client.get("/speedwatch/letters/?status=closed").get_data(as_text=True)
    assert "LM19KPR" in listed and "Referral closed" in listed
    assert "LM19KPR" not in client.get("/speedwatch/letters/?status=due").get_data(as_text=True)


# --- The list and the API -------------------------------------------------------------------------


def test_the_list_filters_by_status_and_stage(world, reviewed, client, login_as):
    login_as(world.officer)
    due = client.get("/speedwatch/letters/").get_data(as_text=True)
    assert "AB12CDE" in due and "XY70ZZT" in due
    warnings = client.get("/speedwatch/letters/?stage=warning").get_data(as_text=True)
    assert "AB12CDE" in warnings and "XY70ZZT" not in warnings
    assert "AB12CDE" not in client.get("/speedwatch/letters/?status=sent").get_data(as_text=True)
    assert client.get("/speedwatch/letters/?status=nonsense&stage=nonsense&page=x").status_code == 200


def test_the_api_lists_the_due_letters_of_the_officers_areas(world, reviewed, client, api_token):
    headers = api_token(world.officer)
    response = client.get("/api/v1/speedwatch/letters?status=due", headers=headers)
    assert response.status_code == 200
    body = response.get_json()
    assert body["total"] == 2 and body["page"] == 1 and body["pages"] == 1
    by_plate = {letter["plate"]: letter for letter in body["letters"]}
    warning = reviewed["AB12CDE"]
    assert set(by_plate["AB12CDE"]) == {"reference", "plate", "stage", "site", "date", "time", "speed", "limit"}
    assert by_plate["AB12CDE"]["reference"] == warning.reference and by_plate["AB12CDE"]["stage"] == "warning"
    assert by_plate["AB12CDE"]["site"] == world.site.name and by_plate["AB12CDE"]["limit"] == 30
    paged = client.get("/api/v1/speedwatch/letters?per_page=1&page=2", headers=headers).get_json()
    assert paged["pages"] == 2 and len(paged["letters"]) == 1
    letters.mark_batch_sent(world.officer, letters.make_batches(world.officer)[0])
    assert client.get("/api/v1/speedwatch/letters", headers=headers).get_json()["total"] == 0
    assert client.get("/api/v1/speedwatch/letters?status=sent", headers=headers).get_json()["total"] == 2
    bad = client.get("/api/v1/speedwatch/letters?status=lost", headers=headers)
    assert bad.status_code == 422 and "status" in bad.get_json()["errors"]
    spec = client.get("/api/v1/openapi.json").get_json()
    assert "/api/v1/speedwatch/letters" in spec["paths"]


# --- Who sees letters ------------------------------------------------------------------------------


def test_volunteers_coordinators_and_other_areas_officers_see_no_letter(world, reviewed, client, login_as, api_token):
    letter = reviewed["AB12CDE"]
    [batch] = letters.make_batches(world.officer)
    other_officer = make_officer(make_area(world.force))
    coordinator = make_coordinator(world.scheme)
    for person in (world.volunteers[0], coordinator, other_officer):
        login_as(person)
        for url in (
            f"/speedwatch/letters/{letter.id}",
            f"/speedwatch/letters/{letter.id}.pdf",
            f"/speedwatch/letters/batches/{batch.id}",
            f"/speedwatch/letters/batches/{batch.id}.csv",
        ):
            response = client.get(url)
            assert response.status_code in (403, 404), (person.name, url)
            assert b"AB12CDE" not in response.data
        assert client.post(f"/speedwatch/letters/batches/{batch.id}/sent").status_code in (403, 404)
        assert client.post(f"/speedwatch/letters/{letter.id}/print", data={}).status_code in (403, 404)
        assert b"AB12CDE" not in client.get("/speedwatch/letters/").data
        api = client.get("/api/v1/speedwatch/letters", headers=api_token(person))
        assert api.status_code == 403 or api.get_json()["total"] == 0
    for person in (world.volunteers[0], coordinator):
        login_as(person)
        assert client.get("/speedwatch/letters/").status_code == 403
    with pytest.raises(PermissionDenied):
        letters.mark_batch_sent(other_officer, batch)
    with pytest.raises(PermissionDenied):
        letters.print_letter(coordinator, letter)
    admin = make_admin(world.force)
    login_as(admin)
    assert client.get(f"/speedwatch/letters/{letter.id}").status_code == 200
    assert client.post(f"/speedwatch/letters/batches/{batch.id}/sent").status_code == 403
    assert db.session.get(LetterBatch, batch.id).sent_at is None


def test_the_reviewed_session_links_to_its_letters_for_the_officer_only(world, client, login_as):
    session = submitted_session(world)
    login_as(world.officer)
    reviewed = client.post(f"/speedwatch/sessions/{session.id}/review", data={"accept_rest": "y"})
    assert reviewed.headers["Location"].endswith(f"/speedwatch/sessions/{session.id}")
    page = client.get(f"/speedwatch/sessions/{session.id}").get_data(as_text=True)
    letter = _letters(world)["AB12CDE"]
    assert f"/speedwatch/letters/{letter.id}" in page and "Advisory letter for AB12CDE" in page
    login_as(world.volunteers[0])
    assert f"/speedwatch/letters/{letter.id}" not in client.get(f"/speedwatch/sessions/{session.id}").get_data(
        as_text=True
    )


def test_the_officers_home_page_counts_the_letters_due(world, reviewed, client, login_as):
    login_as(world.officer)
    home = client.get("/").get_data(as_text=True)
    assert "2 letters due to go out" in home and "/speedwatch/letters/" in home


def test_a_referral_or_an_unknown_stage_has_no_wording_page(world, client, login_as):
    login_as(make_admin(world.force))
    for stage in ("referral", "1", "nonsense"):
        assert client.get(f"/speedwatch/letters/templates/{world.force.id}/{stage}").status_code == 404, stage
