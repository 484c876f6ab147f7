"""A volunteer's own account: memberships and checklists, details, leaving, their data, equality answers."""

import json
from datetime import date

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user
from tests.membership.helpers import events
from volunteers import equality, hours
from volunteers.accounts import services as account_services
from volunteers.extensions import db
from volunteers.hours import HoursActivity
from volunteers.membership.models import VolunteerProfile
from volunteers.models import MembershipStatus

ANSWERS = {
    "age_band": "35_44",
    "sex": "female",
    "gender_identity": "prefer_not_to_say",
    "ethnic_group": "mixed",
    "religion": "none",
    "disability": "no",
    "sexual_orientation": "bisexual",
}


@pytest.fixture
def scheme(app):
    return make_scheme(name="Elm Street Watch")


@pytest.fixture
def membership(scheme):
    return make_membership(make_user(name="Val Volunteer", email="val@example.test"), scheme)


def test_the_account_page_lists_memberships_and_offers_the_download(client, login_as, membership):
    login_as(membership.user)
    page = client.get("/account/").get_data(as_text=True)
    assert "Elm Street Watch" in page and f"/memberships/{membership.id}" in page
    assert "/account/export.json" in page and "/account/equality" in page


def test_the_member_sees_their_checklist_and_can_take_part(client, login_as, membership):
    login_as(membership.user)
    page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert "Your checks are all in order" in page
    for label in ("Identity verified", "Training completed", "Code of conduct signed"):
        assert label in page


def test_a_volunteer_corrects_their_details_and_the_audit_names_only_the_fields(client, login_as, membership):
    login_as(membership.user)
    response = client.post(
        "/account/details",
        data={
            "name": "Valerie Volunteer",
            "phone": "07700 900 982",
            "languages": "English, Urdu",
            "accessibility_needs": "",
        },
    )
    assert response.status_code == 302
    user = membership.user
    db.session.refresh(user)
    assert (user.name, user.phone) == ("Valerie Volunteer", "07700 900 982")
    assert db.session.scalar(sa.select(VolunteerProfile.languages)) == "English, Urdu"
    [event] = events("profile.updated")
    assert event.actor_id == user.id and event.after == {"changed": ["languages", "name", "phone"]}
    assert "Valerie" not in json.dumps(event.after)


def test_a_volunteer_leaves_a_scheme_and_the_coordinator_is_told(client, login_as, scheme, membership, smtp):
    coordinator = make_coordinator(scheme)
    login_as(membership.user)
    assert client.get(f"/account/memberships/{membership.id}/leave").status_code == 200
    response = client.post(f"/account/memberships/{membership.id}/leave", data={"reason": "Moving house"})
    assert response.status_code == 302
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.LEFT and membership.status_reason == "Moving house"
    assert "has left" in smtp.text(smtp.last_to(coordinator.email))
    assert [(e.actor_id, e.action) for e in events()] == [(membership.user_id, "membership.left")]


def test_nobody_leaves_on_someone_elses_behalf(client, login_as, membership):
    login_as(make_user())
    assert client.post(f"/account/memberships/{membership.id}/leave", data={}).status_code == 404
    db.session.refresh(membership)
    assert membership.status == MembershipStatus.ACTIVE and events() == []


def _sections(data: dict) -> set[str]:
    return set(data) - {"generated_at"}


def test_the_download_holds_everything_about_the_person_and_is_audited(client, login_as, membership):
    user = membership.user
    account_services.update_contact_details(user, user.name, "01632 960 001", "English", "Step-free access")
    hours.log_hours(user, membership, date.today(), 60, HoursActivity.MEETING)
    equality.save_declaration(user, ANSWERS)
    login_as(user)
    response = client.get("/account/export.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert _sections(data) >= {"account", "memberships", "volunteer_profile", "hours", "equality_monitoring"}
    assert data["account"]["email"] == "val@example.test"
    assert data["memberships"][0]["scheme_name"] == "Elm Street Watch"
    assert {check["kind"] for check in data["memberships"][0]["vetting_checks"]} == {
        "identity",
        "training",
        "code_of_conduct",
    }
    assert data["volunteer_profile"]["accessibility_needs"] == "Step-free access"
    assert data["hours"][0]["minutes"] == 60
    assert data["equality_monitoring"]["sexual_orientation"] == "bisexual"
    assert [e.actor_id for e in events("personal_data.downloaded")] == [user.id]


def test_the_download_is_also_in_the_api(client, api_token, membership):
    response = client.get("/api/v1/me/export", headers=api_token(membership.user))
    assert response.status_code == 200
    data = response.get_json()
    assert data["account"]["email"] == "val@example.test" and data["memberships"][0]["status"] == "active"
    assert client.get("/api/v1/me/export").status_code == 401


# --- Equality monitoring --------------------------------------------------------------------------


def test_equality_answers_are_optional_and_can_be_changed_and_deleted(client, login_as, membership):
    login_as(membership.user)
    assert client.post("/account/equality", data={"sex": "male"}).status_code == 302
    declaration = equality.declaration_of(membership.user)
    assert declaration.sex == "male" and declaration.religion is None

    assert client.post("/account/equality", data=ANSWERS).status_code == 302
    db.session.expire_all()
    assert equality.declaration_of(membership.user).answers() == ANSWERS
    assert client.post("/account/equality/withdraw").status_code == 302
    assert equality.declaration_of(membership.user) is None


def test_every_equality_question_offers_prefer_not_to_say(client, login_as, membership):
    login_as(membership.user)
    page = client.get("/account/equality").get_data(as_text=True)
    assert page.count('value="prefer_not_to_say"') == len(equality.QUESTIONS)


def test_equality_answers_never_reach_the_audit_trail_or_anyone_else(client, login_as, scheme, membership):
    equality.save_declaration(membership.user, ANSWERS)
    for event in events():
        assert "bisexual" not in json.dumps(event.after) + json.dumps(event.before) + event.reason
    for person in (make_coordinator(scheme), make_admin(scheme.area.force)):
        login_as(person)
        for path in (
            f"/memberships/{membership.id}",
            f"/schemes/{scheme.id}/members",
            f"/schemes/{scheme.id}/members.csv",
        ):
            assert b"bisexual" not in client.get(path).data.lower(), path


def test_equality_totals_hide_counts_under_five(scheme):
    for number in range(6):
        equality.save_declaration(
            make_membership(scheme=scheme).user, {"sex": "female", "religion": "christian" if number < 2 else None}
        )
    equality.save_declaration(make_membership(scheme=scheme).user, {"sex": "male"})
    left = make_membership(scheme=scheme, status=MembershipStatus.LEFT)
    equality.save_declaration(left.user, {"sex": "male"})

    totals = equality.summary([scheme.id])
    assert totals["sex"] == {"female": 6, "male": None}
    assert totals["religion"] == {"christian": None, "not_answered": 5}


def test_an_answer_outside_the_choices_is_refused(client, login_as, membership):
    login_as(membership.user)
    response = client.post("/account/equality", data={"sex": "robot"})
    assert response.status_code == 400
    assert equality.declaration_of(membership.user) is None
