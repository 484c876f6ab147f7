"""The demo's Youth Commission: Yusuf, 16, his guardian's consent recorded through the consent
link; his facilitator; a meeting he attended with his guardian's consent; a consultation with
checked and unchecked quotes; recommendations awaiting, answered and overdue; and his reverse
mentoring pairing with the demo officer, whose DBS check is recorded."""

from datetime import date, timedelta

import sqlalchemy as sa

from volunteers import vetting
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.hours import VolunteerHours
from volunteers.models import CheckKind, MembershipRole, SchemeKind, User
from volunteers.youth import activities, consultations, mentoring, recommendations
from volunteers.youth import consent as guardian_consent
from volunteers.youth.models import ConsentStatus, EventKind, MentoringSide, QuoteStatus, RecommendationStatus


def _seed(app) -> dict[str, User]:
    result = app.test_cli_runner().invoke(args=["seed", "demo", "--password", "demo password 1"])
    assert result.exit_code == 0, result.output
    return {user.email: user for user in db.session.scalars(sa.select(User))}


def test_the_demo_youth_member_is_sixteen_with_consent_and_can_sign_in(app, client):
    users = _seed(app)
    youth = users["youth@demo.test"]
    [membership] = youth.memberships
    assert membership.scheme.kind == SchemeKind.YOUTH and membership.role == MembershipRole.MEMBER
    assert youth.age_on(date.today()) == 16
    assert vetting.latest_check(membership, CheckKind.GUARDIAN_CONSENT) is not None
    assert vetting.is_cleared(membership, date.today())
    facilitator = users["coordinator@demo.test"].membership_of(membership.scheme_id)
    assert facilitator.role == MembershipRole.COORDINATOR and vetting.is_cleared(facilitator, date.today())

    response = client.post("/sign-in", data={"email": "youth@demo.test", "password": "demo password 1"})
    assert response.status_code == 302
    assert client.get("/youth/mentoring/").status_code == 200


def test_the_demo_pairs_the_youth_member_with_the_officer_with_meetings_and_both_sides_feedback(app):
    users = _seed(app)
    officer = users["officer@demo.test"]
    assert mentoring.dbs_problem(officer, date.today()) is None
    [pairing] = mentoring.pairings_of(users["youth@demo.test"])
    assert pairing.officer_id == officer.id and pairing.is_active
    assert len(pairing.meetings) >= 2
    sides = {given.side for meeting in pairing.meetings for given in meeting.feedback}
    assert sides == {MentoringSide.COMMISSIONER, MentoringSide.OFFICER}
    hours = db.session.scalars(sa.select(VolunteerHours).where(VolunteerHours.source == "youth.mentoring")).all()
    assert len(hours) == len(pairing.meetings)
    assert app.test_cli_runner().invoke(args=["audit", "verify"]).exit_code == 0


def _youth(users):
    youth = users["youth@demo.test"]
    return youth, youth.memberships[0]


def test_the_guardians_consent_is_recorded_and_shown_on_the_facilitators_guardians_page(app, client, login_as):
    users = _seed(app)
    _youth_user, membership = _youth(users)
    consent = guardian_consent.consent_of(membership)
    assert consent.status == ConsentStatus.CONSENTED and consent.check is not None
    assert consent.guardian_email == "guardian@demo.test"
    login_as(users["coordinator@demo.test"])
    page = client.get(f"/youth/schemes/{membership.scheme_id}/guardians").get_data(as_text=True)
    assert "Yusuf Youth" in page and "Consented" in page
    assert "guardian@demo.test" in client.get(f"/youth/memberships/{membership.id}/guardian").get_data(as_text=True)


def test_the_demo_meeting_was_attended_with_the_guardians_consent_and_its_hours_count(app):
    users = _seed(app)
    _youth_user, membership = _youth(users)
    [event] = activities.events_of(membership.scheme)
    assert event.kind == EventKind.MEETING and event.has_started_by(utcnow())
    assert activities.consent_for(event, membership).status == ConsentStatus.CONSENTED
    [attendance] = event.attendances
    assert attendance.membership_id == membership.id and attendance.attended_at is not None
    [entry] = db.session.scalars(sa.select(VolunteerHours).where(VolunteerHours.source == activities.HOURS_SOURCE))
    assert (entry.membership_id, entry.minutes, entry.source_ref) == (
        membership.id,
        event.duration_minutes,
        str(event.id),
    )


def test_the_demo_consultation_has_checked_quotes_and_one_awaiting_the_check(app):
    users = _seed(app)
    _youth_user, membership = _youth(users)
    [consultation] = consultations.consultations_of(membership.scheme)
    statuses = sorted(quote.status for quote in consultation.quotes)
    assert statuses == [QuoteStatus.APPROVED, QuoteStatus.APPROVED, QuoteStatus.PENDING]
    facilitator = users["coordinator@demo.test"]
    assert all(quote.checked_by_id == facilitator.id for quote in consultation.approved_quotes)


def test_the_demo_recommendations_await_a_response_are_answered_with_progress_and_one_is_overdue(app, client, login_as):
    users = _seed(app)
    youth, membership = _youth(users)
    officer = users["officer@demo.test"]
    made = recommendations.recommendations_of(membership.scheme)
    assert all(recommendation.author_id == youth.id for recommendation in made)
    now = utcnow()
    awaiting = [r for r in made if r.awaits_response and not r.is_overdue_at(now)]
    overdue = [r for r in made if r.is_overdue_at(now)]
    answered = [r for r in made if r.response is not None]
    assert len(awaiting) == 1 and awaiting[0] in recommendations.visible_to(officer)
    [late] = overdue
    assert late.sent_at < now - timedelta(days=28) and late.responded_at is None
    assert recommendations.overdue_in([membership.scheme.area.force_id]) == [late]
    [done] = answered
    assert done.status == RecommendationStatus.IN_PROGRESS and done.response.decided_by_id == officer.id
    assert len(done.updates) >= 2 and done.answered_on_time()
    assert [comment.author_id for comment in done.response.comments] == [youth.id]
    assert all(r.created_at <= r.sent_at for r in made)

    login_as(officer)
    assert client.get(f"/youth/recommendations/{awaiting[0].id}/response").status_code == 200
    assert "Yusuf" not in client.get(f"/youth/recommendations/{done.id}").get_data(as_text=True)


def test_on_a_laptop_the_demos_youth_emails_are_kept_in_the_outbox_folder(app, tmp_path):
    app.config.update(MAIL_BACKEND="console", MAIL_OUTBOX_DIR=str(tmp_path / "outbox"))
    _seed(app)
    kept = {path.name.split("-", 1)[1] for path in (tmp_path / "outbox").iterdir()}
    assert {"youth_guardian_consent_request.txt", "youth_recommendation_sent.txt"} <= kept
