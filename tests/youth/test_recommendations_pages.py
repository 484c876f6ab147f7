"""The recommendation pages: a member drafts, the facilitator approves, the officer responds (a
reason required, what was typed kept when refused), the member reads the response; strangers get
404, and nothing an officer sees or is sent names the young person or their contact details."""

from datetime import date, timedelta

import pytest

from tests.youth.recommendation_factories import draft, make_youth_world, record_consultation, sent
from volunteers.extensions import db
from volunteers.youth import consultations, recommendations
from volunteers.youth.models import Recommendation, RecommendationStatus


@pytest.fixture
def world(app):
    return make_youth_world()


def _due(days: int = 30) -> dict:
    day = date.today() + timedelta(days=days)
    return {"due_on-day": day.day, "due_on-month": day.month, "due_on-year": day.year}


def _private_details(member) -> list[str]:
    born = member.date_of_birth
    return [
        member.email,
        member.phone,
        member.name,
        born.isoformat(),
        born.strftime("%d/%m/%Y"),
        f"{born.day} {born:%B} {born.year}",
    ]


def test_the_journey_from_draft_to_response_through_the_pages(world, client, login_as, smtp):
    login_as(world.member)
    drafted = client.post(
        f"/youth/commissions/{world.scheme.id}/recommendations/new",
        data={"title": "Better lighting", "detail": "The park is dark at night.", "addressee": "area"},
    )
    assert drafted.status_code == 302
    recommendation = db.session.query(Recommendation).one()
    login_as(world.facilitator)
    assert (
        client.post(f"/youth/recommendations/{recommendation.id}/approval", data={"decision": "send"}).status_code
        == 302
    )
    login_as(world.officer)
    url = f"/youth/recommendations/{recommendation.id}/response"
    refused = client.post(url, data={"outcome": "not_accepted", "reason": "", "action_plan": "Talk to the council"})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "Give the reason for your decision" in page and "Talk to the council" in page
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).status == RecommendationStatus.SENT
    answered = client.post(
        url, data={"outcome": "not_accepted", "reason": "The park lighting belongs to the council, not us."}
    )
    assert answered.status_code == 302
    login_as(world.member)
    page = client.get(f"/youth/recommendations/{recommendation.id}").get_data(as_text=True)
    assert "Not accepted" in page and "The park lighting belongs to the council" in page
    assert smtp.to(world.member.email)[-1]["Subject"].startswith("The police have responded")


def test_returning_without_a_reason_shows_the_error_on_the_page(world, client, login_as):
    recommendation = draft(world)
    login_as(world.facilitator)
    answer = client.post(f"/youth/recommendations/{recommendation.id}/approval", data={"decision": "return"})
    assert answer.status_code == 400
    assert "Give the reason for your decision" in answer.get_data(as_text=True)


def test_other_areas_officers_and_strangers_get_404(world, client, login_as):
    recommendation = sent(world)
    for path in (f"/youth/recommendations/{recommendation.id}", f"/youth/recommendations/{recommendation.id}/response"):
        login_as(world.other_officer)
        assert client.get(path).status_code == 404
    login_as(world.other_officer)
    assert (
        client.post(f"/youth/recommendations/{recommendation.id}/response", data={"outcome": "accepted"}).status_code
        == 404
    )
    login_as(world.member)
    assert client.get(f"/youth/recommendations/{recommendation.id}/response").status_code == 404


def test_officers_never_see_the_young_persons_details(world, client, login_as, api_token, smtp):
    consultation = record_consultation(world)
    quote = consultations.add_quote(world.member, consultation, "It is too dark to walk home")
    consultations.approve_quote(world.facilitator, quote)
    recommendation = sent(world, consultation_ids=[consultation.id], quote_ids=[quote.id])
    login_as(world.officer)
    pages = [
        client.get(path).get_data(as_text=True)
        for path in (
            "/",
            "/review",
            f"/youth/recommendations/{recommendation.id}",
            f"/youth/recommendations/{recommendation.id}/response",
            f"/youth/commissions/{world.scheme.id}",
            f"/youth/consultations/{consultation.id}",
        )
    ]
    client.post(
        f"/youth/recommendations/{recommendation.id}/response",
        data={"outcome": "accepted", "action_plan": "Lights", "owner": "Inspector", **_due()},
    )
    db.session.expire_all()
    response = db.session.get(Recommendation, recommendation.id).response
    login_as(world.member)
    assert client.post(f"/youth/responses/{response.id}/comments", data={"text": "Thank you"}).status_code == 302
    login_as(world.officer)
    page = client.get(f"/youth/recommendations/{recommendation.id}").get_data(as_text=True)
    assert "A member of Northgate Youth Commission</strong>" in page and "Thank you" in page
    pages.append(page)
    headers = api_token(world.officer)
    pages.append(client.get("/api/v1/youth/recommendations", headers=headers).get_data(as_text=True))
    pages.append(
        client.get(f"/api/v1/youth/recommendations/{recommendation.id}", headers=headers).get_data(as_text=True)
    )
    login_as(world.admin)
    pages.append(client.get("/youth/overdue").get_data(as_text=True))
    pages += [smtp.text(message) for message in smtp.to(world.officer.email)]
    assert any("A member of Northgate Youth Commission" in page for page in pages)
    for page in pages:
        for detail in _private_details(world.member):
            assert detail not in page


def test_the_member_changes_a_returned_recommendation_and_it_goes_back_to_the_facilitator(world, client, login_as):
    recommendation = draft(world)
    recommendations.decide_recommendation(world.facilitator, recommendation, False, "Say which park you mean, please")
    login_as(world.member)
    page = client.get(f"/youth/recommendations/{recommendation.id}/edit").get_data(as_text=True)
    assert "Say which park you mean, please" in page and "Better lighting in the park" in page
    changed = client.post(
        f"/youth/recommendations/{recommendation.id}/edit",
        data={"title": "Lights in Victoria Park", "detail": "It is dark.", "addressee": "area"},
    )
    assert changed.status_code == 302
    db.session.expire_all()
    assert db.session.get(Recommendation, recommendation.id).status == RecommendationStatus.SUBMITTED
    refused = client.post(f"/youth/recommendations/{recommendation.id}/edit", data={"title": "", "detail": ""})
    assert refused.status_code == 400
    assert "Enter a title for the recommendation" in refused.get_data(as_text=True)
    assert "Say what you recommend and why" in refused.get_data(as_text=True)


def test_the_facilitator_checks_a_flagged_quote_on_the_page(world, client, login_as):
    consultation = record_consultation(world)
    quote = consultations.add_quote(world.member, consultation, "Jake Smith at 12 Elm Road keeps shouting at us")
    login_as(world.facilitator)
    page = client.get(f"/youth/consultations/{consultation.id}").get_data(as_text=True)
    assert "The guard found words that could identify someone" in page
    refused = client.post(f"/youth/quotes/{quote.id}/check", data={"text": quote.text})
    assert refused.status_code == 400
    assert "Remove the names or identifying details" in refused.get_data(as_text=True)
    approved = client.post(f"/youth/quotes/{quote.id}/check", data={"text": "Someone keeps shouting at us"})
    assert approved.status_code == 302
    login_as(world.officer)
    page = client.get(f"/youth/consultations/{consultation.id}").get_data(as_text=True)
    assert "Someone keeps shouting at us" in page and "Jake Smith" not in page
