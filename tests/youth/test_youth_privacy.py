"""Officers never see a young person's contact details: with a 16-year-old commissioner whose
guardian has consented, whose consultation quote, recommendations (one awaiting an answer, one
answered), mentoring pairing with the area's officer and event are all in place, the officer opens
every page and API endpoint (on the route sweep's sample objects, the youth ones replaced by
hers), and reads every email the flows sent them, and none holds her email, phone, date of birth,
surname, or her guardian's name or email."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from tests.factories import make_membership, make_user
from tests.test_access_objects import _arguments, _get_routes_with_arguments, sweep_world  # noqa: F401
from tests.youth.recommendation_factories import make_youth_world
from tests.youth.safeguarding import born_years_ago, consent_path, secret_of
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import MembershipStatus, Scheme
from volunteers.transaction import transaction
from volunteers.youth import activities, consent, consultations, mentoring, recommendations

EMAIL = "yasmin.quellington@example.test"
PHONE = "07700 900987"
SURNAME = "Quellington"
GUARDIAN_NAME = "Gideon Wardwright"
GUARDIAN_EMAIL = "gideon.wardwright@example.test"
MONTHS = "January February March April May June July August September October November December".split()


@dataclass
class YoungCommissioner:
    membership_id: int
    answered_id: int
    awaiting_id: int
    samples: dict


def _date_forms(day: date) -> list[str]:
    """A date as the app prints it: ISO (CSV and API), the `day` filter and the `when` filter."""
    return [
        day.isoformat(),
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}",
        day.strftime("%d/%m/%Y"),
    ]


BORN = born_years_ago(16)
SECRETS = [EMAIL, PHONE, PHONE.replace(" ", ""), SURNAME, GUARDIAN_NAME, GUARDIAN_EMAIL, *_date_forms(BORN)]


def _leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret.lower() in text.lower()]


def _young_commissioner(people, samples, smtp) -> YoungCommissioner:
    """Yasmin, 16, joins the sweep's Youth Commission; her guardian consents through the link."""
    scheme_id = samples["youth_scheme_id"]
    facilitator, officer = people["coordinator"], people["officer"]
    yasmin = make_user(email=EMAIL, name=f"Yasmin {SURNAME}", phone=PHONE, date_of_birth=BORN)
    membership = make_membership(yasmin, db.session.get(Scheme, scheme_id))
    scheme = membership.scheme
    membership.status = MembershipStatus.VETTING
    db.session.commit()
    with transaction():
        consent.ask_on_application(membership, GUARDIAN_NAME, GUARDIAN_EMAIL)
    consent.answer_request(secret_of(consent_path(smtp, GUARDIAN_EMAIL)), True)
    assert membership.status == MembershipStatus.ACTIVE
    consultation = consultations.record_consultation(
        facilitator, scheme, "Stop and search", date.today() - timedelta(days=9), date.today(), ["workshop"], 20, ""
    )
    quote = consultations.add_quote(yasmin, consultation, "Being searched in front of friends is humiliating.")
    consultations.approve_quote(facilitator, quote)
    answered = recommendations.draft_recommendation(
        yasmin, scheme, "Explain searches", "Say why, every time.", "area", [consultation.id], [quote.id]
    )
    recommendations.decide_recommendation(facilitator, answered, True, "")
    recommendations.respond(
        officer, answered, "accepted", "", "Briefing for every shift", "Inspector", date.today() + timedelta(days=30)
    )
    awaiting = recommendations.draft_recommendation(yasmin, scheme, "Youth club hours", "Open later.", "area")
    recommendations.decide_recommendation(facilitator, awaiting, True, "")
    pairing = mentoring.pair(facilitator, scheme, membership, officer)
    meeting = mentoring.log_meeting(yasmin, pairing, mentoring.MeetingDetails(date.today(), 45, "Patrols at night"))
    mentoring.give_feedback(yasmin, meeting, 5, "Good to be listened to.")
    event = activities.create_event(
        facilitator, scheme, activities.EventDetails("meeting", "Planning", utcnow() + timedelta(days=3), 60)
    )
    ours = {
        "youth_membership_id": membership.id,
        "membership_id": membership.id,
        "check_id": membership.checks[0].id,
        "consultation_id": consultation.id,
        "recommendation_id": answered.id,
        "pairing_id": pairing.id,
        "meeting_id": meeting.id,
        "event_id": event.id,
    }
    return YoungCommissioner(membership.id, answered.id, awaiting.id, {**samples, **ours})


@pytest.fixture
def young_world(request, smtp):
    """The route sweep's world (its fixture, imported above), with Yasmin in its Youth Commission."""
    people, samples = request.getfixturevalue("sweep_world")
    return people, _young_commissioner(people, samples, smtp)


def _urls(app, samples: dict) -> list[str]:
    adapter = app.url_map.bind("localhost")
    rules = [rule for rule in app.url_map.iter_rules() if "GET" in rule.methods and rule.endpoint != "static"]
    return sorted(
        adapter.build(rule.endpoint, _arguments(rule.endpoint, rule.arguments, samples))
        for rule in rules
        if rule.arguments <= set(samples)
    )


def _message_texts(message) -> list[str]:
    return [
        part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        for part in message.walk()
        if part.get_content_maintype() == "text"
    ]


def test_an_officer_sees_no_young_persons_contact_details_on_any_page_api_download_or_email(
    app, client, login_as, api_token, young_world, smtp
):
    people, young = young_world
    officer = people["officer"]
    token = api_token(officer)
    login_as(officer)
    unsampled = [rule.rule for rule in _get_routes_with_arguments(app) if not rule.arguments <= set(young.samples)]
    assert unsampled == ["/static/<path:filename>"]
    variants = (
        young.samples,
        {**young.samples, "recommendation_id": young.awaiting_id},
        {**young.samples, "scheme_id": young.samples["youth_scheme_id"]},
    )
    urls = sorted({url for samples in variants for url in _urls(app, samples)})
    opened, leaks, downloads = {}, [], []
    for url in urls:
        response = client.get(url, headers=token if url.startswith("/api/") else {})
        assert response.status_code < 500, url
        if response.status_code != 200:
            continue
        readable = response.mimetype.startswith("text/") or response.is_json
        body = opened[url] = response.get_data(as_text=True) if readable else ""
        if response.mimetype == "text/csv":
            downloads.append(url)
        if found := _leaks(body):
            leaks.append((url, found))
    assert len(opened) > 50
    her_pages = [
        f"/memberships/{young.membership_id}",
        f"/api/v1/memberships/{young.membership_id}",
        f"/schemes/{young.samples['youth_scheme_id']}/members",
        f"/youth/mentoring/pairings/{young.samples['pairing_id']}",
    ]
    for url in her_pages:
        assert "Yasmin" in opened[url], url
    for recommendation_id in (young.answered_id, young.awaiting_id):
        assert f"/youth/recommendations/{recommendation_id}" in opened
    assert f"/youth/recommendations/{young.awaiting_id}/response" in opened
    assert downloads, "the officer opens at least one CSV download"
    mails = smtp.to(officer.email)
    assert mails, "the flows emailed the officer"
    for message in mails:
        for text in _message_texts(message):
            if found := _leaks(text):
                leaks.append((message["Subject"], found))
    assert leaks == [], leaks


def test_an_officer_is_refused_the_young_members_contact_pages(app, client, login_as, young_world):
    people, young = young_world
    login_as(people["officer"])
    scheme_id = young.samples["youth_scheme_id"]
    for url in (f"/youth/memberships/{young.membership_id}/guardian", f"/youth/schemes/{scheme_id}/guardians"):
        assert client.get(url).status_code in {403, 404}, url


def test_the_membership_api_gives_an_officer_a_young_members_first_name_and_checks_but_no_contact_details(
    app, client, api_token
):
    world = make_youth_world()
    membership = world.member.memberships[0]
    secrets = [world.member.email, world.member.phone, "Person", world.member.date_of_birth.isoformat()]
    as_officer = api_token(world.officer)
    one = client.get(f"/api/v1/memberships/{membership.id}", headers=as_officer)
    listed = client.get(f"/api/v1/schemes/{world.scheme.id}/members", headers=as_officer)
    assert one.status_code == listed.status_code == 200
    [row] = [row for row in listed.json if row["id"] == membership.id]
    for body in (one.json, row):
        assert body["name"] == "Young"
        assert not {"email", "phone", "date_of_birth"} & set(body)
        assert body["checklist"]
    assert [secret for secret in secrets if secret in one.get_data(as_text=True) + listed.get_data(as_text=True)] == []
    refused = client.post(
        f"/api/v1/memberships/{membership.id}/date-of-birth",
        json={"date_of_birth": "2000-01-01", "reason": "Checking"},
        headers=as_officer,
    )
    assert refused.status_code in {403, 404}
    as_facilitator = client.get(f"/api/v1/memberships/{membership.id}", headers=api_token(world.facilitator)).json
    assert (as_facilitator["name"], as_facilitator["email"], as_facilitator["phone"]) == (
        "Young Person",
        world.member.email,
        world.member.phone,
    )


def test_an_officer_cannot_find_a_young_member_by_a_surname_they_are_not_shown(app, client, login_as):
    world = make_youth_world()
    members = f"/schemes/{world.scheme.id}/members"
    her_page = f'href="/memberships/{world.member.memberships[0].id}"'

    def found(name: str) -> bool:
        return her_page in client.get(members, query_string={"name": name}).get_data(as_text=True)

    login_as(world.officer)
    assert found("young")
    assert not found("person")
    login_as(world.facilitator)
    assert found("person")
