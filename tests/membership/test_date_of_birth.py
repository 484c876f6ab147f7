"""A coordinator corrects a member's date of birth: audited with a reason, the person told, and the
checks their schemes require follow the corrected age at once."""

from datetime import date

import pytest

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user, record_check
from tests.form_data import date_typed
from tests.membership.helpers import events
from volunteers import vetting
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.membership import records
from volunteers.models import CheckKind, MembershipStatus, SchemeKind
from volunteers.permissions import PermissionDenied, can

TODAY = date.today()


def years_ago(years: int) -> date:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28))


@pytest.fixture
def youth(app):
    return make_scheme(kind=SchemeKind.YOUTH)


@pytest.fixture
def facilitator(youth):
    return make_coordinator(youth)


@pytest.fixture
def young_member(youth):
    """Thought to be 19 when they applied, so vetted with a DBS check and no guardian's consent."""
    return make_membership(make_user(email="yas@example.test", date_of_birth=years_ago(19)), youth)


def test_a_corrected_age_changes_the_checks_required_and_stops_submissions_until_they_are_in(
    youth, facilitator, young_member, smtp
):
    assert vetting.required_checks(young_member, TODAY)[-1] == CheckKind.DBS
    result = records.correct_date_of_birth(facilitator, young_member, years_ago(16), "Passport shows 2010, not 2007")
    assert result.newly_needed == [CheckKind.GUARDIAN_CONSENT] and result.age_problem is None
    db.session.expire_all()
    assert young_member.user.date_of_birth == years_ago(16)
    assert CheckKind.GUARDIAN_CONSENT in vetting.required_checks(young_member, TODAY)
    assert CheckKind.DBS not in vetting.required_checks(young_member, TODAY)
    assert young_member.status == MembershipStatus.ACTIVE
    assert not can(young_member.user, "scheme.submit", youth)
    email = smtp.text(smtp.last_to("yas@example.test"))
    assert "Passport shows 2010, not 2007" in email and "Guardian's consent" in email

    record_check(young_member, CheckKind.GUARDIAN_CONSENT)
    db.session.expire_all()
    assert can(young_member.user, "scheme.submit", youth)


def test_the_audit_says_which_checks_are_required_never_the_date(youth, facilitator, young_member):
    records.correct_date_of_birth(facilitator, young_member, years_ago(16), "Typed the wrong year")
    [event] = events("membership.date_of_birth_corrected")
    assert (event.actor_id, event.subject_id, event.reason) == (
        facilitator.id,
        str(young_member.id),
        "Typed the wrong year",
    )
    assert event.before == {"required_checks": ["identity", "training", "code_of_conduct", "dbs"]}
    assert event.after["required_checks"] == ["identity", "training", "code_of_conduct", "guardian_consent"]
    assert years_ago(16).isoformat() not in str(event.before) + str(event.after)


def test_the_other_schemes_of_the_person_are_named_when_their_checks_change_too(youth, facilitator, young_member):
    other_youth = make_membership(young_member.user, make_scheme(youth.area, SchemeKind.YOUTH))
    records.correct_date_of_birth(facilitator, young_member, years_ago(15), "Birth certificate seen")
    [event] = events("membership.date_of_birth_corrected")
    assert event.after["other_memberships_affected"] == [other_youth.id]


def test_an_age_outside_the_schemes_ages_is_recorded_and_said(youth, facilitator, young_member):
    result = records.correct_date_of_birth(facilitator, young_member, years_ago(12), "Their parent called to say")
    assert "14 to 25" in result.age_problem


def test_every_problem_with_a_correction_is_reported_at_once(youth, facilitator, young_member):
    with pytest.raises(DomainError) as refused:
        records.correct_date_of_birth(facilitator, young_member, date(2999, 1, 1), "")
    assert set(refused.value.errors) == {"date_of_birth", "reason"}
    with pytest.raises(DomainError) as same:
        records.correct_date_of_birth(facilitator, young_member, young_member.user.date_of_birth, "No change")
    assert same.value.errors == {"date_of_birth": ["That is already their date of birth"]}
    db.session.rollback()
    assert events() == []


def test_only_the_schemes_coordinators_and_admins_correct_it_and_never_their_own(youth, facilitator, young_member):
    outsider = make_coordinator(make_scheme(kind=SchemeKind.YOUTH))
    for actor, membership in (
        (young_member.user, young_member),
        (facilitator, facilitator.memberships[0]),
        (outsider, young_member),
    ):
        with pytest.raises(PermissionDenied):
            records.correct_date_of_birth(actor, membership, years_ago(17), "Correcting it")
    db.session.rollback()
    assert events() == []
    admin = make_admin(youth.area.force)
    records.correct_date_of_birth(admin, young_member, years_ago(17), "Correcting it")
    assert [(e.actor_id, e.action) for e in events()] == [(admin.id, "membership.date_of_birth_corrected")]


# --- The page and the API -----------------------------------------------------------------------


def test_the_coordinator_corrects_it_from_the_members_page(client, login_as, youth, facilitator, young_member):
    login_as(facilitator)
    url = f"/memberships/{young_member.id}/date-of-birth"
    assert url in client.get(f"/memberships/{young_member.id}").get_data(as_text=True)
    assert client.get(url).status_code == 200
    not_a_date = {"date_of_birth-day": "not", "date_of_birth-month": "a", "date_of_birth-year": "date"}
    refused = client.post(url, data={**not_a_date, "reason": ""})
    assert refused.status_code == 400
    text = refused.get_data(as_text=True)
    assert "Date of birth must be a real date" in text and "Say why the date of birth is being corrected" in text
    response = client.post(
        url, data={**date_typed("date_of_birth", years_ago(16)), "reason": "Wrong year"}, follow_redirects=True
    )
    text = response.get_data(as_text=True)
    assert "Date of birth corrected" in text and "they also need: Guardian" in text


def test_the_member_cannot_correct_their_own_date_of_birth(client, login_as, young_member):
    login_as(young_member.user)
    url = f"/memberships/{young_member.id}/date-of-birth"
    assert url not in client.get(f"/memberships/{young_member.id}").get_data(as_text=True)
    assert client.post(url, data={**date_typed("date_of_birth", "2000-01-01"), "reason": "Older"}).status_code == 403


def test_the_api_corrects_it_and_answers_with_the_new_checklist(client, api_token, facilitator, young_member):
    response = client.post(
        f"/api/v1/memberships/{young_member.id}/date-of-birth",
        json={"date_of_birth": years_ago(16).isoformat(), "reason": "Wrong year"},
        headers=api_token(facilitator),
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["may_submit"] is False
    assert {item["kind"]: item["state"] for item in body["checklist"]}["guardian_consent"] == "missing"
    assert (
        client.post(
            f"/api/v1/memberships/{young_member.id}/date-of-birth",
            json={"date_of_birth": "2000-01-01", "reason": "x"},
            headers=api_token(young_member.user),
        ).status_code
        == 403
    )
