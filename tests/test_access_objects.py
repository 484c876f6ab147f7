"""The route sweep for pages and API endpoints that take an object: every GET route with a URL
parameter, opened by every role, on a sample object for each parameter.

`SAMPLES` says which object stands for each URL parameter, and `OPENERS` says, per endpoint, who
may open it (200); everyone else signed in is refused (403, or 404 where an object's existence is
private) and anonymous visitors are sent to sign in (401 from the API). A new route with an
argument fails the sweep until it is given a sample and its openers here: the decision is made
where it can be read.
"""

import io
from datetime import timedelta

import pytest
from PIL import Image

from tests.factories import (
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
)
from tests.speedwatch.factories import entry as speedwatch_entry
from tests.speedwatch.factories import make_device, make_site, next_weekday, window
from tests.speedwatch.factories import sightings_of as speedwatch_sightings_of
from tests.watch.factories import decide, details
from volunteers import hours
from volunteers.complaints import services as complaint_services
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership import joining
from volunteers.membership.models import ExpressionOfInterest
from volunteers.models import MembershipRole, SchemeKind
from volunteers.permissions import Gate, gate_for
from volunteers.speedwatch import letters as speedwatch_letters
from volunteers.speedwatch import objections
from volunteers.speedwatch import services as speedwatch_services
from volunteers.speedwatch.escalation import new_reference
from volunteers.speedwatch.models import Letter, LetterStage
from volunteers.transparency import services as transparency_services
from volunteers.watch import services as watch_services
from volunteers.youth import activities as youth_activities
from volunteers.youth import consultations as youth_consultations
from volunteers.youth import mentoring as youth_mentoring
from volunteers.youth import recommendations as youth_recommendations

ROLES = (
    "anonymous",
    "stranger",
    "member",
    "other_member",
    "coordinator",
    "officer",
    "other_officer",
    "admin",
    "other_admin",
)
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
MEMBERSHIP_READERS = frozenset({"member", "coordinator", "officer", "admin"})
MANAGERS = frozenset({"coordinator", "admin"})
MEMBER_LIST_READERS = frozenset({"coordinator", "officer", "admin"})
REPORT_READERS = frozenset({"member", "officer"})
SCHEME_READERS = frozenset({"member", "other_member", "coordinator", "officer"})
SPEEDWATCH_READERS = frozenset({"member", "other_member", "coordinator", "officer", "admin"})
LETTER_READERS = frozenset({"officer", "admin"})
# Speed Watch's routes read `scheme_id` as the area's Speed Watch scheme, not its watch scheme.
SPEEDWATCH_ENDPOINTS = ("speedwatch.", "api_speedwatch.")
# Youth Commission routes read it as the area's Youth Commission.
YOUTH_ENDPOINTS = ("youth.", "api_youth.", "youth_mentoring.")
YOUTH_READERS = frozenset({"member", "other_member", "coordinator", "officer", "admin"})
MENTORING_PAIR = frozenset({"member", "officer"})
# Youth Commission safeguarding routes read `scheme_id` and `membership_id` as the area's Youth
# Commission and the member's membership of it.
YOUTH_SAFEGUARDING_ENDPOINTS = ("youth_consent.", "youth_events.")

# Who gets the page (200); endpoints whose sample is meant not to exist list no one but give the
# status everyone gets instead.
OPENERS: dict[str, frozenset[str]] = {
    "admin.audit_trail": frozenset({"admin"}),
    "admin.audit_history": frozenset({"admin"}),
    "admin.audit_csv": frozenset({"admin"}),
    "accountability.officers": frozenset({"admin"}),
    "admin.new_area": frozenset({"admin"}),
    "admin.new_officer": frozenset({"admin"}),
    "admin.new_scheme": frozenset({"admin"}),
    "admin.officer_areas": frozenset({"admin"}),
    "admin.invite_coordinator": frozenset({"admin"}),
    "admin.reset_second_factor": frozenset({"admin"}),
    "admin.change_role": frozenset({"admin"}),
    "api_membership.get_membership": MEMBERSHIP_READERS,
    "api_membership.list_hours": MEMBERSHIP_READERS,
    "api_membership.list_members": MEMBER_LIST_READERS,
    "api_watch.get_report": REPORT_READERS,
    "membership.membership": MEMBERSHIP_READERS,
    "membership.suspend": MANAGERS,
    "membership.reinstate": MANAGERS,
    "membership.end_membership": MANAGERS,
    "membership.cancel_invitation": MANAGERS,
    "membership.withdraw_check": MANAGERS,
    "membership.correct_date_of_birth": MANAGERS,
    "membership.log_hours": frozenset({"member", "coordinator", "admin"}),
    "membership.void_hours": frozenset({"member", "coordinator", "admin"}),
    "membership.decline_interest": MANAGERS,
    "membership.express_interest": EVERYONE,
    "membership.scheme_members": MEMBER_LIST_READERS,
    "membership.scheme_hours": MEMBER_LIST_READERS,
    "membership.interest_list": MANAGERS,
    "membership.invite": MANAGERS,
    "membership.export_members": MANAGERS,
    "accounts.leave": frozenset({"member"}),
    "watch.report": REPORT_READERS,
    "watch.photo": REPORT_READERS,
    "watch.correct_report": frozenset({"member"}),
    "watch.withdraw_report": frozenset({"member"}),
    "watch.decide_report": frozenset({"officer"}),
    "watch.share_summary": frozenset({"officer"}),
    "watch.set_urgency": frozenset({"officer"}),
    "watch.mark_repeat_victim": frozenset({"officer"}),
    "watch.change_summary": frozenset({"officer"}),
    "watch.withdraw_summary": frozenset({"officer"}),
    "watch.alert": SCHEME_READERS,
    "watch.area_alerts": frozenset({"officer"}),
    "watch.new_alert": frozenset({"officer"}),
    "watch.scheme_summaries": SCHEME_READERS,
    "watch.you_said_we_did_area": EVERYONE,
    # Speed Watch: the sample session is running, with the member among its three volunteers.
    "speedwatch.scheme": SPEEDWATCH_READERS,
    "speedwatch.site": SPEEDWATCH_READERS,
    "speedwatch.session": SPEEDWATCH_READERS,
    "speedwatch.propose_site": frozenset({"coordinator"}),
    "speedwatch.change_site": frozenset({"coordinator"}),
    "speedwatch.withdraw_site": frozenset({"coordinator"}),
    "speedwatch.add_device": frozenset({"coordinator"}),
    "speedwatch.record_calibration": frozenset({"coordinator"}),
    "speedwatch.book_session": frozenset({"coordinator"}),
    "speedwatch.cancel_session": frozenset({"coordinator"}),
    "speedwatch.assess_site": frozenset({"officer"}),
    "speedwatch.review_session": frozenset({"officer"}),
    "speedwatch.roadside": frozenset({"member"}),
    "speedwatch.upload_sheet": frozenset({"member"}),
    "speedwatch.submit_session": frozenset({"member"}),
    "api_speedwatch.get_session": SPEEDWATCH_READERS,
    "api_speedwatch.list_sightings": frozenset({"member", "officer"}),
    # A driver's objection: the officers of the letter's area only.
    "speedwatch_objections.decide_objection": frozenset({"officer"}),
    # Speed Watch site statistics: counts only, for the coordinators, the area's officers and admins.
    "speedwatch_statistics.site_statistics": frozenset({"coordinator", "officer", "admin"}),
    # Speed Watch letters: the area's officers and the force's admins; only admins word them.
    "speedwatch_letters.letter": LETTER_READERS,
    "speedwatch_letters.letter_pdf": LETTER_READERS,
    "speedwatch_letters.batch": LETTER_READERS,
    "speedwatch_letters.batch_csv": LETTER_READERS,
    "speedwatch_letters.batch_pdf": LETTER_READERS,
    "speedwatch_letters.edit_template": frozenset({"admin"}),
    "youth_mentoring.scheme_pairings": MANAGERS,
    "youth_mentoring.pair": MANAGERS,
    "youth_mentoring.pairing": MENTORING_PAIR | MANAGERS,
    "youth_mentoring.log_meeting": MENTORING_PAIR,
    "youth_mentoring.give_feedback": MENTORING_PAIR,
    "youth_mentoring.end_pairing": MENTORING_PAIR | MANAGERS,
    "youth_mentoring.record_dbs": frozenset({"admin"}),
    # Youth Commissions: the sample recommendation is sent to the area; a sent one is no longer edited.
    "youth.commission": YOUTH_READERS,
    "youth.consultation": YOUTH_READERS,
    "youth.new_consultation": frozenset({"member", "other_member", "coordinator"}),
    "youth.new_recommendation": frozenset({"member", "other_member"}),
    "youth.recommendation": YOUTH_READERS,
    "youth.edit_recommendation": frozenset(),
    "youth.respond": frozenset({"officer"}),
    "api_youth.get_recommendation": YOUTH_READERS,
    # Complaints: the admins of the complaint's force only.
    "complaints.complaint": frozenset({"admin"}),
    "complaints.record_outcome": frozenset({"admin"}),
    "complaints.subject": frozenset({"admin"}),
    # Transparency: the public pages for everyone; entries for the area's officers and the force's
    # admins; population profiles and the representation comparison for the force's admins.
    "transparency.force_page": EVERYONE,
    "transparency.area_page": EVERYONE,
    "transparency_staff.entry": frozenset({"officer", "admin"}),
    "transparency_staff.force_representation": frozenset({"admin"}),
    "transparency_staff.population": frozenset({"admin"}),
    "transparency_staff.representation_page": frozenset({"admin"}),
    # One-time links: for anyone, the secret moves into the session and the page redirects to its
    # address without it (the sample secret then leads nowhere).
    "membership.accept_invitation": frozenset(),
    "auth.reset_password": frozenset(),
    "auth.set_up_account": frozenset(),
    # Youth Commissions: guardians' details and events are for the facilitator and the admins only;
    # only the facilitator arranges events.
    "youth_consent.scheme_guardians": MANAGERS,
    "youth_consent.guardian": MANAGERS,
    "youth_events.scheme_events": MANAGERS,
    "youth_events.create_event": frozenset({"coordinator"}),
    "youth_events.event": MANAGERS,
}
NOT_FOUND_FOR_EVERYONE = {
    "membership.accept_invitation",
    "auth.reset_password",
    "auth.set_up_account",
}
REDIRECTED_FOR_EVERYONE = {
    "membership.accept_invitation",
    "auth.reset_password",
    "auth.set_up_account",
}


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 30)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def sweep_world(app, smtp):
    force, other_force = make_force(), make_force()
    area, other_area = make_area(force), make_area(other_force)
    scheme = make_scheme(area)
    people = {
        "stranger": make_user(),
        "member": make_member(scheme),
        "other_member": make_member(scheme),
        "coordinator": make_coordinator(scheme),
        "officer": make_officer(area),
        "other_officer": make_officer(other_area),
        "admin": make_admin(force),
        "other_admin": make_admin(other_force),
    }
    member = people["member"]
    [photo] = watch_services.store_photos(member, scheme, [watch_services.Upload("gate.jpg", io.BytesIO(_jpeg()))])
    report = watch_services.submit_report(member, scheme, details(), photo_ids=[photo.id])
    summarised = watch_services.submit_report(member, scheme, details())
    decide(
        summarised,
        people["officer"],
        summary=watch_services.SummaryDetails(
            "Members told us about cars damaged overnight.", "We added the road to patrols.", publish=True
        ),
    )
    alert = watch_services.send_alert(people["officer"], area, [scheme], "Bike thefts", "Lock your bikes.")
    entry = hours.log_hours(member, member.memberships[0], utcnow().date(), 60, hours.HoursActivity.MEETING)
    joining.express_interest(scheme, "Priya Prospect", "priya@example.test")
    interest = db.session.query(ExpressionOfInterest).one()
    speedwatch = _speedwatch_samples(area, people)
    youth = _youth_samples(area, people)
    complaint = complaint_services.submit_complaint(None, area.id, "handling", "My report was not answered.")
    complaint_subject = complaint_services.add_subject(people["admin"], complaint, "watch_report", report.id)
    you_said = transparency_services.write_entry(
        people["admin"], area, "Residents raised speeding near the school.", "Officers ran speed checks there."
    )
    samples = {
        "force_slug": force.slug,
        "area_slug": area.slug,
        "you_said_we_did_id": you_said.id,
        **speedwatch,
        **youth,
        "force_id": force.id,
        "area_id": area.id,
        "scheme_id": scheme.id,
        "membership_id": member.memberships[0].id,
        "check_id": member.memberships[0].checks[0].id,
        "report_id": report.id,
        "summary_id": summarised.summary.id,
        "photo_id": photo.id,
        "alert_id": alert.id,
        "entry_id": entry.id,
        "interest_id": interest.id,
        "complaint_id": complaint.id,
        "subject_id": complaint_subject.id,
        "user_id": people["officer"].id,
        "secret": "not-a-link-anyone-was-sent",
    }
    return people, samples


def _speedwatch_samples(area, people) -> dict:
    """A Speed Watch scheme the member, the other member and the coordinator belong to, with an
    approved site, a device, and a running session the member is booked on."""
    scheme = make_scheme(area, SchemeKind.SPEEDWATCH)
    make_membership(people["member"], scheme)
    make_membership(people["other_member"], scheme)
    make_membership(people["coordinator"], scheme, role=MembershipRole.COORDINATOR)
    crew = [people["member"], make_member(scheme), make_member(scheme)]
    site, device = make_site(scheme), make_device(scheme)
    starts_at, ends_at = window()
    session = speedwatch_services.book_session(
        people["coordinator"], scheme, speedwatch_services.Booking(site, device, starts_at, ends_at, crew)
    )
    speedwatch_services.start_session(people["member"], session, now=starts_at)
    return {
        "speedwatch_scheme_id": scheme.id,
        "site_id": site.id,
        "device_id": device.id,
        "session_id": session.id,
        **_objection_samples(scheme, site, device, crew, people),
        **_letter_samples(area, site, people["officer"]),
    }


def _objection_samples(scheme, site, device, crew, people) -> dict:
    """Another session of the scheme, reviewed: its sighting's letter due, and its recipient's
    objection pending."""
    starts_at, ends_at = window(next_weekday(8))
    session = speedwatch_services.book_session(
        people["coordinator"], scheme, speedwatch_services.Booking(site, device, starts_at, ends_at, crew)
    )
    speedwatch_services.start_session(people["member"], session, now=starts_at)
    speedwatch_services.record_sighting(people["member"], session, speedwatch_entry(session, "AB12CDE"))
    speedwatch_services.submit_session(people["member"], session, now=ends_at)
    [sighting] = speedwatch_sightings_of(session)
    speedwatch_services.review_session(
        people["officer"], session, {sighting.id: speedwatch_services.SightingDecision(True)}
    )
    letter = db.session.query(Letter).filter_by(sighting_id=sighting.id).one()
    objection = objections.submit_objection(letter, "not_driving", "I sold the car the month before.")
    return {"objection_id": objection.id}


def _letter_samples(area, site, officer) -> dict:
    """A warning letter due in the area, put into a batch by the area's officer."""
    letter = Letter(
        reference=new_reference(),
        force_id=area.force_id,
        area_id=area.id,
        site_id=site.id,
        registration="AB12CDE",
        observed_at=utcnow(),
        speed=41,
        speed_limit=site.speed_limit,
        stage=LetterStage.WARNING,
    )
    db.session.add(letter)
    db.session.commit()
    [batch] = speedwatch_letters.make_batches(officer)
    return {"letter_id": letter.id, "batch_id": batch.id, "stage": LetterStage.WARNING.value}


def _youth_samples(area, people) -> dict:
    """A Youth Commission the member, the other member and the coordinator (its facilitator) belong
    to, with an event arranged, a consultation, a recommendation the member drafted and the
    coordinator sent to the area, and the member paired with the officer (DBS recorded) with one
    meeting logged."""
    scheme = make_scheme(area, SchemeKind.YOUTH)
    membership = make_membership(people["member"], scheme)
    make_membership(people["other_member"], scheme)
    make_membership(people["coordinator"], scheme, role=MembershipRole.COORDINATOR)
    event = youth_activities.create_event(
        people["coordinator"],
        scheme,
        youth_activities.EventDetails("meeting", "Monthly meeting", utcnow() + timedelta(days=7), 90),
    )
    consultation = youth_consultations.record_consultation(
        people["coordinator"], scheme, "Feeling safe", utcnow().date(), utcnow().date(), ["survey"], 12, ""
    )
    recommendation = youth_recommendations.draft_recommendation(
        people["member"], scheme, "Better lighting", "The park is dark.", "area", [consultation.id]
    )
    youth_recommendations.decide_recommendation(people["coordinator"], recommendation, True, "")
    youth_mentoring.record_officer_dbs(people["admin"], people["officer"], utcnow().date())
    pairing = youth_mentoring.pair(
        people["coordinator"], scheme, people["member"].membership_of(scheme.id), people["officer"]
    )
    meeting = youth_mentoring.log_meeting(
        people["officer"], pairing, youth_mentoring.MeetingDetails(utcnow().date(), 60, "Stop and search")
    )
    return {
        "youth_scheme_id": scheme.id,
        "youth_membership_id": membership.id,
        "event_id": event.id,
        "consultation_id": consultation.id,
        "recommendation_id": recommendation.id,
        "pairing_id": pairing.id,
        "meeting_id": meeting.id,
    }


def _arguments(endpoint: str, names, samples: dict) -> dict:
    values = {name: samples[name] for name in names}
    if endpoint.startswith(SPEEDWATCH_ENDPOINTS) and "scheme_id" in values:
        values["scheme_id"] = samples["speedwatch_scheme_id"]
    if endpoint.startswith(YOUTH_ENDPOINTS + YOUTH_SAFEGUARDING_ENDPOINTS) and "scheme_id" in values:
        values["scheme_id"] = samples["youth_scheme_id"]
    if endpoint.startswith(YOUTH_SAFEGUARDING_ENDPOINTS) and "membership_id" in values:
        values["membership_id"] = samples["youth_membership_id"]
    return values


def _get_routes_with_arguments(app):
    return sorted(
        (rule for rule in app.url_map.iter_rules() if rule.arguments and "GET" in rule.methods),
        key=lambda rule: rule.endpoint,
    )


def test_every_get_route_with_an_argument_has_a_sample_and_its_openers(app, sweep_world):
    _people, samples = sweep_world
    routes = {rule.endpoint: rule for rule in _get_routes_with_arguments(app) if rule.endpoint != "static"}
    assert set(routes) == set(OPENERS), "give each new route its openers in OPENERS"
    for rule in routes.values():
        assert rule.arguments <= set(samples), (rule.rule, rule.arguments - set(samples))


def _expected(app, endpoint: str, role: str, is_api: bool) -> set[int]:
    if endpoint in REDIRECTED_FOR_EVERYONE:
        return {302}
    if role in OPENERS[endpoint]:
        return {200}
    if role == "anonymous" and gate_for(app, endpoint) != Gate.PUBLIC:
        return {401} if is_api else {302}
    return {403, 404}


def test_every_role_gets_exactly_what_the_rules_allow_on_every_object(
    app, client, login_as, api_token, sweep_world, record_property
):
    people, samples = sweep_world
    tokens = {role: api_token(person) for role, person in people.items()}
    checked, wrong = 0, []
    for rule in _get_routes_with_arguments(app):
        if rule.endpoint == "static":
            continue
        url = app.url_map.bind("localhost").build(rule.endpoint, _arguments(rule.endpoint, rule.arguments, samples))
        is_api = url.startswith("/api/")
        for role in ROLES:
            headers = {}
            if role == "anonymous":
                with client.session_transaction() as session:
                    session.clear()
            elif is_api:
                headers = tokens[role]
            else:
                login_as(people[role])
            status = client.get(url, headers=headers).status_code
            checked += 1
            if status not in _expected(app, rule.endpoint, role, is_api):
                wrong.append((rule.endpoint, role, status))
    record_property("access_cells", checked)
    assert wrong == []
    assert checked == len(OPENERS) * len(ROLES)
