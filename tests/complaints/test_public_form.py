"""The complaint form: anyone may complain, robots are kept out without a CAPTCHA, and bad input
is a form error."""

import pytest
import sqlalchemy as sa

from tests.complaints.conftest import COMPLAIN, complaint_data, send_complaint, shown_stamp
from tests.factories import make_user
from volunteers.complaints.models import Complaint, ComplaintAbout, ComplaintStatus
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.personal_data import export_for


def _complaints() -> list[Complaint]:
    return db.session.scalars(sa.select(Complaint)).all()


def _events(action: str) -> list[AuditEvent]:
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()


def test_a_public_complaint_is_stored_with_a_reference_and_audited_without_the_contact_details(world, client, smtp):
    response = send_complaint(client, world.area, name="Dana Driver", email="Dana@Example.test")
    page = response.get_data(as_text=True)
    [complaint] = _complaints()
    assert response.status_code == 200 and "Complaint sent" in page and complaint.reference in page
    assert complaint.reference.startswith("CMP-") and complaint.force_id == world.force.id
    assert complaint.about == ComplaintAbout.CONDUCT and complaint.status == ComplaintStatus.RECEIVED
    assert (complaint.complainant_name, complaint.complainant_email) == ("Dana Driver", "dana@example.test")
    assert complaint.complainant_id is None
    [event] = _events("complaints.submitted")
    assert event.actor_id is None and event.after["contact_given"] is True
    assert "dana" not in str(event.after).lower()
    email = smtp.last_to("dana@example.test")
    assert complaint.reference in smtp.text(email)


def test_an_anonymous_complaint_sends_no_email_and_says_the_outcome_cannot_be_told(world, client, smtp):
    response = send_complaint(client, world.area, about="handling", handling_reference="CSW-7KQ3M9XD")
    assert "we cannot tell you the outcome" in response.get_data(as_text=True)
    [complaint] = _complaints()
    assert complaint.complainant_email == "" and complaint.handling_reference == "CSW-7KQ3M9XD"
    assert smtp.messages == []


def test_a_robot_filling_the_honeypot_is_thanked_and_nothing_is_stored(world, client, smtp):
    response = send_complaint(client, world.area, website="http://spam.example", email="bot@example.test")
    assert response.status_code == 200 and "Complaint sent" in response.get_data(as_text=True)
    assert "CMP-" not in response.get_data(as_text=True)
    assert _complaints() == [] and _events("complaints.submitted") == []
    assert smtp.messages == []


def test_a_form_sent_back_faster_than_a_person_fills_it_in_is_refused(world, app, client):
    app.config["COMPLAINT_MIN_FILL_SECONDS"] = 30
    response = send_complaint(client, world.area)
    assert response.status_code == 400
    assert "Check your complaint, then send it again" in response.get_data(as_text=True)
    assert _complaints() == []


@pytest.mark.parametrize("stamp", ["", "not-a-stamp", "1700000000"])
def test_a_form_without_a_genuine_stamp_is_refused(world, client, stamp):
    response = send_complaint(client, world.area, shown=stamp)
    assert response.status_code == 400 and _complaints() == []


@pytest.mark.app_config(COMPLAINT_RATE_LIMIT="2 per minute")
def test_complaints_are_rate_limited_per_address(world, app, client):
    app.config["COMPLAINT_MIN_FILL_SECONDS"] = 0
    statuses = [send_complaint(client, world.area).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert len(_complaints()) == 2


@pytest.mark.parametrize(
    ("fields", "field_errors"),
    [
        ({"area": "", "description": "", "about": ""}, ["Choose the area", "Tell us what happened", "Choose what"]),
        ({"area": "not-a-number"}, ["Choose the area it happened in"]),
        ({"area": str(2**40)}, ["Choose the area it happened in"]),
        ({"about": "everything"}, ["Choose what the complaint is about"]),
        ({"email": "not an address"}, ["Enter an email address in the correct format"]),
        ({"description": "x" * 5001}, ["Use 5000 characters or fewer"]),
        ({"location": "\x00" * 3 + "y" * 201}, ["Use 200 characters or fewer"]),
    ],
)
def test_bad_input_is_a_form_error_and_stores_nothing(world, client, fields, field_errors):
    response = send_complaint(client, world.area, **fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    for message in field_errors:
        assert message in page
    assert _complaints() == []


def test_a_signed_in_person_finds_their_details_filled_in_and_the_complaint_kept_with_their_account(
    world, client, login_as
):
    person = login_as(make_user(name="Sam Signed", email="sam@example.test"))
    page = client.get(COMPLAIN).get_data(as_text=True)
    assert 'value="Sam Signed"' in page and 'value="sam@example.test"' in page
    client.post(COMPLAIN, data={**complaint_data(world.area), "name": "Sam Signed", "shown": shown_stamp(client)})
    [complaint] = _complaints()
    assert complaint.complainant_id == person.id
    [event] = _events("complaints.submitted")
    assert event.actor_id == person.id


def test_complaints_made_signed_in_are_in_the_personal_data_download(world, client, login_as):
    person = login_as(make_user())
    send_complaint(client, world.area, description="The coordinator was rude to me at the meeting.")
    [made] = export_for(person)["complaints"]
    assert made["description"] == "The coordinator was rude to me at the meeting."
    assert made["reference"].startswith("CMP-") and made["status"] == "received"
    assert export_for(make_user())["complaints"] == []
