"""What someone wrote when they applied (why they want to volunteer, their accessibility needs and
languages) is for them and whoever vets them: the scheme's coordinator reads it, officers of the
area read it on no page and through no API call, although they see the person and their checks."""

import pytest

from tests.factories import make_coordinator, make_officer, make_scheme
from tests.membership.helpers import application_form, invitation_path
from volunteers.membership import invitations

MOTIVATION = "After the shed break-ins on Quince Row I want to help"
ACCESSIBILITY_NEEDS = "Step-free access to meeting rooms, please"
LANGUAGES = "Cornish, Tamil"
ANSWERS = (MOTIVATION, ACCESSIBILITY_NEEDS, LANGUAGES)


@pytest.fixture
def scheme(app):
    return make_scheme(name="Quince Row Watch")


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme)


@pytest.fixture
def applicant(client, scheme, coordinator, smtp):
    """A membership whose person applied through their invitation, with answers to every question."""
    membership = invitations.invite(coordinator, scheme, "ada@example.test", "Ada Applicant")
    answers = application_form(motivation=MOTIVATION, accessibility_needs=ACCESSIBILITY_NEEDS, languages=LANGUAGES)
    assert client.post(invitation_path(smtp, "ada@example.test"), data=answers).status_code == 302
    client.post("/sign-out")
    return membership


@pytest.fixture
def officer(scheme):
    return make_officer(scheme.area)


def _shows_no_answers(response) -> None:
    text = response.get_data(as_text=True)
    assert [answer for answer in ANSWERS if answer in text] == []


def test_the_schemes_coordinator_reads_the_application(client, login_as, coordinator, applicant):
    login_as(coordinator)
    page = client.get(f"/memberships/{applicant.id}").get_data(as_text=True)
    assert all(answer in page for answer in ANSWERS)


def test_officers_cannot_read_an_application_on_the_membership_page(client, login_as, officer, applicant):
    login_as(officer)
    response = client.get(f"/memberships/{applicant.id}")
    assert response.status_code == 200 and "Ada Applicant" in response.get_data(as_text=True)
    _shows_no_answers(response)


@pytest.mark.parametrize("query", ["", "?status=all", "?status=applied", "?attention=any"])
def test_officers_cannot_read_an_application_on_the_member_list(client, login_as, officer, scheme, applicant, query):
    login_as(officer)
    response = client.get(f"/schemes/{scheme.id}/members{query}")
    assert response.status_code == 200 and "Ada Applicant" in response.get_data(as_text=True)
    _shows_no_answers(response)


def test_officers_cannot_read_an_application_on_the_hours_page_or_the_export(
    client, login_as, officer, scheme, applicant
):
    login_as(officer)
    hours_page = client.get(f"/schemes/{scheme.id}/hours")
    assert hours_page.status_code == 200
    _shows_no_answers(hours_page)
    export = client.get(f"/schemes/{scheme.id}/members.csv?status=all")
    assert export.status_code == 403
    _shows_no_answers(export)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/memberships/{membership_id}",
        "/api/v1/schemes/{scheme_id}/members",
        "/api/v1/schemes/{scheme_id}/members?status=all",
        "/api/v1/memberships/{membership_id}/hours",
    ],
)
def test_officers_cannot_read_an_application_through_the_api(client, api_token, officer, scheme, applicant, path):
    response = client.get(path.format(membership_id=applicant.id, scheme_id=scheme.id), headers=api_token(officer))
    assert response.status_code == 200
    if "/hours" not in path:
        assert "Ada Applicant" in response.get_data(as_text=True)
    _shows_no_answers(response)
