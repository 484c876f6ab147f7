"""Consultations and their quotes: recorded with every problem at once, quotes screened by the guard
for names and identifying details, and usable only once the facilitator has checked them."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.youth.recommendation_factories import make_youth_world, record_consultation
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.youth import consultations
from volunteers.youth.models import QuoteStatus

NAMED = "Jake Smith at 12 Elm Road keeps shouting at us"


@pytest.fixture
def world(app):
    return make_youth_world()


def test_a_consultation_is_recorded_and_audited(world):
    consultation = record_consultation(world)
    assert consultation.methods == ["survey", "workshop"]
    events = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "youth.consultation.recorded")).all()
    assert [event.actor_id for event in events] == [world.facilitator.id]


def test_a_consultation_with_bad_values_is_refused_with_every_problem(world):
    with pytest.raises(InvalidInput) as refused:
        consultations.record_consultation(
            world.facilitator, world.scheme, "", date.today(), date.today() - timedelta(days=1), [], 0, ""
        )
    assert set(refused.value.errors) == {"topic", "ends_on", "methods", "young_people_reached"}


def test_officers_cannot_record_consultations(world):
    with pytest.raises(PermissionDenied):
        record_consultation(type(world)(**{**world.__dict__, "facilitator": world.officer}))


def test_a_quote_naming_someone_is_flagged_and_cannot_be_approved_as_it_is(world):
    quote = consultations.add_quote(world.member, record_consultation(world), NAMED)
    found = consultations.identifying_words(quote.flags)
    assert found, quote.flags
    with pytest.raises(InvalidInput) as refused:
        consultations.approve_quote(world.facilitator, quote)
    assert "identify" in refused.value.errors["text"][0]
    assert quote.status == QuoteStatus.PENDING


def test_the_facilitator_redacts_a_quote_to_approve_it(world):
    quote = consultations.add_quote(world.member, record_consultation(world), NAMED)
    consultations.approve_quote(world.facilitator, quote, "Someone keeps shouting at us")
    assert quote.status == QuoteStatus.APPROVED
    assert quote.text == "Someone keeps shouting at us"
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "youth.quote.approved")).one()
    assert event.after["redacted"] is True


def test_only_the_facilitator_checks_quotes_and_only_checked_ones_are_usable(world):
    consultation = record_consultation(world)
    quote = consultations.add_quote(world.member, consultation, "The buses stop too early")
    assert consultations.usable_quotes(consultation) == []
    with pytest.raises(PermissionDenied):
        consultations.approve_quote(world.member, quote)
    consultations.approve_quote(world.facilitator, quote)
    assert consultations.usable_quotes(consultation) == [quote]
    with pytest.raises(Conflict):
        consultations.approve_quote(world.facilitator, quote)


def test_a_withdrawn_quote_is_never_usable(world):
    consultation = record_consultation(world)
    quote = consultations.add_quote(world.member, consultation, "The buses stop too early")
    consultations.withdraw_quote(world.facilitator, quote, "Said by a youth worker, not a young person")
    assert consultations.usable_quotes(consultation) == []


def test_officers_see_only_checked_quotes_on_the_consultation_page(world, client, login_as):
    consultation = record_consultation(world)
    consultations.add_quote(world.member, consultation, "Pending words here")
    approved = consultations.add_quote(world.member, consultation, "Checked words here")
    consultations.approve_quote(world.facilitator, approved)
    login_as(world.officer)
    page = client.get(f"/youth/consultations/{consultation.id}").get_data(as_text=True)
    assert "Checked words here" in page and "Pending words here" not in page
    login_as(world.other_officer)
    assert client.get(f"/youth/consultations/{consultation.id}").status_code == 404
