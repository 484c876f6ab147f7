"""Expressions of interest: the public asks to join from a public page; coordinators invite or decline."""

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_area, make_coordinator, make_member, make_scheme, make_user
from tests.membership.helpers import application_form, events, invitation_path
from tests.wsgi_serving import answer_then_close
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.membership import joining
from volunteers.membership.models import ExpressionOfInterest, InterestStatus
from volunteers.models import MembershipStatus, User
from volunteers.permissions import PermissionDenied

FORM = {"name": "Priya Prospect", "email": "priya@example.test", "message": "I walk the dog on Mill Lane daily."}


@pytest.fixture
def scheme(app):
    return make_scheme(make_area(name="Northgate"), name="Northgate Watch")


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


def _stored() -> list[ExpressionOfInterest]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(ExpressionOfInterest)))


def test_the_public_finds_a_scheme_and_asks_to_join_without_an_account(client, scheme, coordinator, smtp):
    found = client.get("/join?q=north")
    assert found.status_code == 200 and b"Northgate Watch" in found.data
    response = client.post(f"/join/{scheme.id}", data=FORM)
    assert response.status_code == 200 and b"Thank you" in response.data

    [interest] = _stored()
    assert (interest.name, interest.email, interest.status) == (
        "Priya Prospect",
        "priya@example.test",
        InterestStatus.NEW,
    )
    assert [(e.actor_id, e.action) for e in events()] == [(None, "interest.expressed")]
    assert "priya" not in str(events()[0].after).lower()
    notice = smtp.text(smtp.last_to(coordinator.email))
    assert "asked to join" in notice and "Priya" not in notice
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1  # only the coordinator: no account made


def test_the_page_answers_before_the_mail_server_has_the_coordinators_notice(app, scheme, coordinator, slow_smtp):
    """A slow mail server (0.6 s a message) does not hold up the person's page: the email goes
    once the answer has been sent."""
    _, answer, close = answer_then_close(app, f"/join/{scheme.id}", FORM)
    assert b"Thank you" in answer
    assert slow_smtp.to(coordinator.email) == []
    close()
    assert "asked to join" in slow_smtp.text(slow_smtp.last_to(coordinator.email))


def test_the_answer_is_the_same_whether_or_not_the_email_has_an_account(client, scheme, coordinator):
    make_user(email="known@example.test")
    known = client.post(f"/join/{scheme.id}", data={**FORM, "email": "known@example.test"})
    unknown = client.post(f"/join/{scheme.id}", data={**FORM, "email": "unknown@example.test"})
    assert known.status_code == unknown.status_code == 200

    def main_content(response):
        page = response.get_data(as_text=True)
        return page[page.index("<main") : page.index("</main>")]

    assert main_content(known) == main_content(unknown)


def test_the_honeypot_catches_robots_and_stores_nothing(client, scheme, coordinator, smtp):
    response = client.post(f"/join/{scheme.id}", data={**FORM, "website": "http://spam.example"})
    assert response.status_code == 200 and b"Thank you" in response.data
    assert _stored() == [] and events() == [] and smtp.messages == []


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, scheme):
    page = client.get(f"/join/{scheme.id}").get_data(as_text=True)
    honeypot = page[page.index('aria-hidden="true"') - 60 : page.index('name="website"') + 80]
    assert "govuk-visually-hidden" in honeypot and 'tabindex="-1"' in honeypot


def test_asking_again_while_waiting_stores_nothing_new(client, scheme, coordinator):
    client.post(f"/join/{scheme.id}", data=FORM)
    client.post(f"/join/{scheme.id}", data={**FORM, "email": "PRIYA@example.test"})
    assert len(_stored()) == 1


@pytest.mark.app_config(INTEREST_RATE_LIMIT="2 per minute")
def test_expressions_of_interest_are_rate_limited(client, scheme):
    statuses = [
        client.post(f"/join/{scheme.id}", data={**FORM, "email": f"p{n}@example.test"}).status_code for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert len(_stored()) == 2


def test_a_scheme_not_taking_interest_has_no_public_form(client, scheme):
    scheme.accepts_interest = False
    db.session.commit()
    assert client.get(f"/join/{scheme.id}").status_code == 404
    assert client.post(f"/join/{scheme.id}", data=FORM).status_code == 404
    assert b"Northgate Watch" not in client.get("/join").data


def test_with_no_coordinator_yet_the_forces_admins_are_told(client, scheme, smtp):
    admin = make_admin(scheme.area.force)
    client.post(f"/join/{scheme.id}", data=FORM)
    assert "asked to join" in smtp.text(smtp.last_to(admin.email))


# --- The coordinator answers ----------------------------------------------------------------------


def test_inviting_from_an_expression_of_interest_sends_an_invitation_the_person_can_accept(
    client, login_as, scheme, coordinator, smtp
):
    joining.express_interest(scheme, FORM["name"], FORM["email"], FORM["message"])
    [interest] = _stored()
    login_as(coordinator)
    listing = client.get(f"/schemes/{scheme.id}/interest")
    assert b"Priya Prospect" in listing.data and b"Mill Lane" in listing.data
    assert client.post(f"/interest/{interest.id}/invite").status_code == 302
    client.post("/sign-out")

    [interest] = _stored()
    assert interest.status == InterestStatus.INVITED and interest.decided_by_id == coordinator.id
    assert interest.membership.status == MembershipStatus.INVITED
    assert client.post(invitation_path(smtp, "priya@example.test"), data=application_form()).status_code == 302
    db.session.refresh(interest.membership)
    assert interest.membership.status == MembershipStatus.APPLIED
    invited = events("membership.invited")
    assert [(e.actor_id, e.after["interest_id"]) for e in invited] == [(coordinator.id, interest.id)]


def test_declining_needs_a_reason_and_emails_it_to_the_person(client, login_as, scheme, coordinator, smtp):
    joining.express_interest(scheme, FORM["name"], FORM["email"])
    [interest] = _stored()
    login_as(coordinator)
    missing = client.post(f"/interest/{interest.id}/decline", data={"reason": ""})
    assert missing.status_code == 400 and b"Give a reason" in missing.data
    assert _stored()[0].status == InterestStatus.NEW

    response = client.post(f"/interest/{interest.id}/decline", data={"reason": "The scheme is full this year."})
    assert response.status_code == 302
    [interest] = _stored()
    assert interest.status == InterestStatus.DECLINED and interest.decision_reason == "The scheme is full this year."
    assert "The scheme is full this year." in smtp.text(smtp.last_to("priya@example.test"))
    assert [(e.actor_id, e.reason) for e in events("interest.declined")] == [
        (coordinator.id, "The scheme is full this year.")
    ]


def test_an_answered_expression_of_interest_cannot_be_answered_again(scheme, coordinator, smtp):
    joining.express_interest(scheme, FORM["name"], FORM["email"])
    [interest] = _stored()
    joining.decline_interest(coordinator, interest, "Full")
    with pytest.raises(Conflict):
        joining.invite_from_interest(coordinator, interest)


def test_only_the_schemes_own_coordinators_see_and_answer_its_expressions_of_interest(client, login_as, scheme, smtp):
    joining.express_interest(scheme, FORM["name"], FORM["email"])
    [interest] = _stored()
    other_coordinator = make_coordinator(make_scheme(scheme.area))
    for person in (other_coordinator, make_member(scheme)):
        login_as(person)
        assert client.get(f"/schemes/{scheme.id}/interest").status_code == 403
        assert client.post(f"/interest/{interest.id}/invite").status_code == 403
        assert client.post(f"/interest/{interest.id}/decline", data={"reason": "no"}).status_code == 403
    assert _stored()[0].status == InterestStatus.NEW
    with pytest.raises(PermissionDenied):
        joining.decline_interest(other_coordinator, interest, "no")
