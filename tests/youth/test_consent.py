"""A guardian's consent to an under-18's membership: asked on application, given or refused through
a one-time link, withdrawn through a link of its own; seen by the facilitator, never by officers."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_officer
from tests.membership.helpers import application_form, events, invitation_path
from tests.youth.safeguarding import (
    GUARDIAN,
    born_years_ago,
    commission,
    consent_path,
    secret_of,
    withdrawal_path,
    young_applicant,
)
from volunteers import vetting
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.membership import invitations, lifecycle
from volunteers.models import CheckKind, MembershipStatus, OneTimeToken, TokenPurpose
from volunteers.youth import consent
from volunteers.youth.models import ConsentStatus, GuardianConsent


@pytest.fixture
def youth(app):
    return commission()


def _reload(membership):
    db.session.expire_all()
    return db.session.get(type(membership), membership.id)


# --- Applying --------------------------------------------------------------------------------


def _invited(client, youth, smtp, email="yasmin@example.test"):
    scheme, facilitator = youth
    invitations.invite(facilitator, scheme, email, "Yasmin Young")
    return invitation_path(smtp, email)


def test_an_under_18_applicant_names_a_guardian_who_is_emailed_a_link_explaining_the_commission(client, youth, smtp):
    path = _invited(client, youth, smtp)
    answers = application_form(
        date_of_birth=born_years_ago(15).isoformat(),
        guardian_name="Pat Parent",
        guardian_email="Pat.Parent@Example.test",
    )
    response = client.post(path, data=answers)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    asked = db.session.scalars(sa.select(GuardianConsent)).one()
    assert (asked.guardian_name, asked.guardian_email, asked.status) == (
        "Pat Parent",
        GUARDIAN,
        ConsentStatus.REQUESTED,
    )
    assert asked.membership.status == MembershipStatus.APPLIED
    email = smtp.last_to(GUARDIAN)
    text = smtp.text(email)
    assert "Youth Commission" in text and "make recommendations to the police" in text
    assert "expires in 14 days" in text
    assert consent_path(smtp) and withdrawal_path(smtp)
    assert len(events("youth.guardian_asked")) == 1
    assert GUARDIAN not in str(events("youth.guardian_asked")[0].after)


def test_the_guardians_email_must_not_be_the_applicants_own(client, youth, smtp):
    path = _invited(client, youth, smtp)
    answers = application_form(
        date_of_birth=born_years_ago(15).isoformat(), guardian_name="Pat Parent", guardian_email="Yasmin@example.test"
    )
    response = client.post(path, data=answers)
    assert response.status_code == 400
    assert "not yours" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(GuardianConsent.id))) == 0
    assert smtp.to(GUARDIAN) == []


def test_an_under_18_applicant_must_give_a_guardians_name_and_email(client, youth, smtp):
    path = _invited(client, youth, smtp)
    response = client.post(path, data=application_form(date_of_birth=born_years_ago(16).isoformat()))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Enter the name of your parent or guardian" in page
    assert "Enter the email address of your parent or guardian" in page


def test_an_applicant_of_18_needs_no_guardian(client, youth, smtp):
    path = _invited(client, youth, smtp)
    assert client.post(path, data=application_form(date_of_birth=born_years_ago(18).isoformat())).status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(GuardianConsent.id))) == 0


@pytest.mark.parametrize("age", [13, 26])
def test_an_applicant_outside_the_commissions_ages_gets_a_clear_error(client, youth, smtp, age):
    path = _invited(client, youth, smtp)
    answers = application_form(
        date_of_birth=born_years_ago(age).isoformat(), guardian_name="Pat Parent", guardian_email=GUARDIAN
    )
    response = client.post(path, data=answers)
    assert response.status_code == 400
    assert "Youth Commission members are 14 to 25 years old" in response.get_data(as_text=True)
    assert smtp.to(GUARDIAN) == []


def test_other_schemes_application_does_not_ask_about_a_guardian(client, smtp, app):
    from tests.factories import make_coordinator, make_scheme

    scheme = make_scheme()
    invitations.invite(make_coordinator(scheme), scheme, "walter@example.test", "Walter Watch")
    page = client.get(invitation_path(smtp, "walter@example.test"), follow_redirects=True).get_data(as_text=True)
    assert "guardian" not in page.lower()


# --- Consent and the checklist -------------------------------------------------------------------


def test_an_under_18_cannot_become_active_without_their_guardians_consent(youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    assert vetting.outstanding_checks(membership, date.today()) == [CheckKind.GUARDIAN_CONSENT]
    with pytest.raises(Conflict, match="Guardian's consent"):
        lifecycle.complete_vetting(facilitator, membership)
    assert _reload(membership).status == MembershipStatus.VETTING
    assert not vetting.is_cleared(membership, date.today())


def test_consent_through_the_link_records_the_check_and_makes_the_member_active(client, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    path = consent_path(smtp)
    shown = client.get(path, follow_redirects=True)
    assert shown.status_code == 200 and "Yasmin Young" in shown.get_data(as_text=True)
    assert "link=" not in shown.request.url  # the secret left the address bar
    assert client.post("/youth/guardian/consent", data={"decision": "consent"}).status_code == 200
    membership = _reload(membership)
    assert membership.status == MembershipStatus.ACTIVE
    check = vetting.latest_check(membership, CheckKind.GUARDIAN_CONSENT)
    assert check is not None and check.recorded_by_id is None
    assert consent.consent_of(membership).check_id == check.id
    assert vetting.is_cleared(membership, date.today())
    assert [e.actor_id for e in events("youth.guardian_consented")] == [None]
    thanks = smtp.last_to(GUARDIAN)
    assert "recorded" in thanks["Subject"] and "/youth/guardian/withdraw?link=" in smtp.text(thanks)
    assert "consented" in smtp.last_to(facilitator.email)["Subject"]


def test_a_used_link_gets_a_clear_page_and_the_consent_given_stands(client, youth, smtp):
    membership = young_applicant(youth[0])
    path = consent_path(smtp)
    assert client.post(path, data={"decision": "consent"}).status_code == 200
    again = client.post(path, data={"decision": "refuse", "words": "changed my mind"})
    assert again.status_code == 404
    assert "expired or has already been used" in again.get_data(as_text=True)
    assert client.get(path, follow_redirects=True).status_code == 404
    assert consent.consent_of(_reload(membership)).status == ConsentStatus.CONSENTED
    assert _reload(membership).status == MembershipStatus.ACTIVE


def test_an_expired_link_gets_a_clear_page_and_changes_nothing(client, youth, smtp):
    membership = young_applicant(youth[0])
    path = consent_path(smtp)
    token = db.session.scalars(
        sa.select(OneTimeToken).where(OneTimeToken.purpose == TokenPurpose.GUARDIAN_CONSENT)
    ).one()
    token.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    shown = client.get(path, follow_redirects=True)
    assert shown.status_code == 404 and "expired or has already been used" in shown.get_data(as_text=True)
    assert client.post(path, data={"decision": "consent"}).status_code == 404
    assert consent.consent_of(_reload(membership)).status == ConsentStatus.REQUESTED
    assert _reload(membership).status == MembershipStatus.VETTING
    assert events("youth.guardian_consented") == []


def test_the_link_expiry_is_a_setting(youth, smtp):
    scheme, _facilitator = youth
    scheme.area.force.settings = {"youth_guardian_link_days": 3}
    db.session.commit()
    young_applicant(scheme)
    assert "expires in 3 days" in smtp.text(smtp.last_to(GUARDIAN))


def test_refusing_keeps_the_words_and_tells_the_facilitator(client, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    response = client.post(consent_path(smtp), data={"decision": "refuse", "words": "Not this year, exams."})
    assert response.status_code == 200
    given = consent.consent_of(_reload(membership))
    assert (given.status, given.guardian_words) == (ConsentStatus.REFUSED, "Not this year, exams.")
    assert _reload(membership).status == MembershipStatus.VETTING
    assert [e.reason for e in events("youth.guardian_refused")] == ["Not this year, exams."]
    assert "did not consent" in smtp.last_to(facilitator.email)["Subject"]


def test_a_guardian_must_choose_an_answer(client, youth, smtp):
    membership = young_applicant(youth[0])
    response = client.post(consent_path(smtp), data={"words": "hmm"})
    assert response.status_code == 400 and "Choose whether you consent" in response.get_data(as_text=True)
    assert consent.consent_of(_reload(membership)).status == ConsentStatus.REQUESTED


def test_the_facilitator_asks_again_and_the_earlier_link_stops_working(client, login_as, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    first = consent_path(smtp)
    login_as(facilitator)
    response = client.post(
        f"/youth/memberships/{membership.id}/guardian",
        data={"guardian_name": "Pat Parent", "guardian_email": "pat.new@example.test"},
    )
    assert response.status_code == 302
    client.post("/sign-out")
    assert client.get(first, follow_redirects=True).status_code == 404
    second = consent_path(smtp, "pat.new@example.test")
    assert client.get(second, follow_redirects=True).status_code == 200
    assert [e.actor_id for e in events("youth.guardian_asked")] == [membership.user_id, facilitator.id]


def test_the_facilitator_cannot_ask_the_young_persons_own_address(client, login_as, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    login_as(facilitator)
    response = client.post(
        f"/youth/memberships/{membership.id}/guardian",
        data={"guardian_name": "Pat Parent", "guardian_email": membership.user.email},
    )
    assert response.status_code == 400
    assert "not the young person&#39;s" in response.get_data(as_text=True)


# --- Withdrawal ----------------------------------------------------------------------------------


def test_withdrawing_consent_suspends_the_membership_at_once_and_tells_the_facilitator(client, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    client.post(consent_path(smtp), data={"decision": "consent"})
    assert _reload(membership).status == MembershipStatus.ACTIVE
    path = withdrawal_path(smtp)
    assert client.get(path, follow_redirects=True).status_code == 200
    response = client.post("/youth/guardian/withdraw", data={"words": "We are moving away."})
    assert response.status_code == 200
    membership = _reload(membership)
    assert membership.status == MembershipStatus.SUSPENDED
    assert not vetting.is_cleared(membership, date.today())
    assert CheckKind.GUARDIAN_CONSENT in vetting.outstanding_checks(membership, date.today())
    assert consent.consent_of(membership).status == ConsentStatus.WITHDRAWN
    assert [e.reason for e in events("youth.guardian_withdrew")] == ["We are moving away."]
    assert [e.actor_id for e in events("membership.suspended")] == [None]
    assert "withdrew" in smtp.last_to(facilitator.email)["Subject"]
    assert "suspended" in smtp.last_to(membership.user.email)["Subject"]
    assert client.post(path, data={"words": "again"}).status_code == 404


def test_any_withdrawal_link_works_and_using_one_cancels_the_rest(client, youth, smtp):
    membership = young_applicant(youth[0])
    from_request = withdrawal_path(smtp)
    client.post(consent_path(smtp), data={"decision": "consent"})
    from_thanks = withdrawal_path(smtp)
    assert from_request != from_thanks
    assert client.post(from_request, data={}).status_code == 200
    assert client.post(from_thanks, data={}).status_code == 404
    assert _reload(membership).status == MembershipStatus.SUSPENDED


def test_a_withdrawal_link_is_long_lived(youth, smtp):
    young_applicant(youth[0])
    token = db.session.scalars(
        sa.select(OneTimeToken).where(OneTimeToken.purpose == TokenPurpose.GUARDIAN_WITHDRAWAL)
    ).one()
    assert token.expires_at - token.created_at > timedelta(days=365 * 3)
    assert consent.withdrawal_for_link(secret_of(withdrawal_path(smtp))) is not None


# --- Who sees the guardian ------------------------------------------------------------------------


def test_the_facilitator_sees_the_guardian_and_officers_never_do(client, login_as, youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    login_as(facilitator)
    page = client.get(f"/youth/memberships/{membership.id}/guardian").get_data(as_text=True)
    assert GUARDIAN in page and "Pat Parent" in page
    assert "Yasmin Young" in client.get(f"/youth/schemes/{scheme.id}/guardians").get_data(as_text=True)
    login_as(make_officer(scheme.area))
    assert client.get(f"/youth/memberships/{membership.id}/guardian").status_code == 403
    assert client.get(f"/youth/schemes/{scheme.id}/guardians").status_code == 403
    member_page = client.get(f"/memberships/{membership.id}").get_data(as_text=True)
    assert GUARDIAN not in member_page and "Pat Parent" not in member_page


def test_the_young_person_does_not_manage_their_own_guardian(client, login_as, youth, smtp):
    membership = young_applicant(youth[0])
    login_as(membership.user)
    assert client.get(f"/youth/memberships/{membership.id}/guardian").status_code == 403


def test_a_refused_request_to_a_guardian_leaves_no_event_no_link_and_no_email(youth, smtp):
    scheme, facilitator = youth
    membership = young_applicant(scheme)
    smtp.messages.clear()
    tokens_before = db.session.scalar(sa.select(sa.func.count(OneTimeToken.id)))
    with pytest.raises(InvalidInput, match="Enter an email address"):
        consent.ask_guardian(facilitator, membership, "Pat Parent", "")
    assert len(events("youth.guardian_asked")) == 1
    assert db.session.scalar(sa.select(sa.func.count(OneTimeToken.id))) == tokens_before
    assert smtp.messages == []


def test_an_adults_guardian_is_never_asked(youth, smtp):
    from tests.factories import make_member

    scheme, facilitator = youth
    adult = make_member(scheme, date_of_birth=born_years_ago(19)).memberships[0]
    with pytest.raises(Conflict, match="not under 18"):
        consent.ask_guardian(facilitator, adult, "Pat Parent", GUARDIAN)
    assert smtp.messages == []
