"""Bad input on every onboarding form is refused with a clear message, and nothing stored is lost."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_coordinator, make_membership, make_scheme, make_user
from tests.form_data import date_typed
from tests.membership.helpers import application_form, events, invitation_path
from volunteers import hours
from volunteers.extensions import db
from volunteers.hours import HoursActivity, VolunteerHours
from volunteers.membership import invitations, joining
from volunteers.membership.models import ExpressionOfInterest, InterestStatus, MembershipApplication
from volunteers.models import MembershipStatus, SchemeKind, User, VettingCheck

TODAY = date.today()
TOMORROW = (TODAY + timedelta(days=1)).isoformat()
TOO_LONG = "x" * 2001


def _refused(response, message: str) -> None:
    """A 400 with the message in the error summary at the top of the page."""
    assert response.status_code == 400, response.status_code
    page = response.get_data(as_text=True)
    assert "govuk-error-summary" in page
    summary = page[page.index("govuk-error-summary") :]
    assert message in summary, message


@pytest.fixture
def world(app, smtp):
    scheme = make_scheme(name="Elm Street Watch")
    coordinator = make_coordinator(scheme)
    member = make_membership(make_user(name="Mo Member", phone="01632 960 555"), scheme)
    entry = hours.log_hours(member.user, member, TODAY, 60, HoursActivity.MEETING)
    joining.express_interest(scheme, "Priya", "priya@example.test")
    interest = db.session.scalar(sa.select(ExpressionOfInterest))
    invitations.invite(coordinator, scheme, "nia@example.test", "Nia New")
    invitation = invitation_path(smtp, "nia@example.test")
    db.session.expire_all()
    return {
        "scheme": scheme,
        "coordinator": coordinator,
        "member": member,
        "entry": entry,
        "interest": interest,
        "invitation": invitation,
        "invited": db.session.scalar(sa.select(User).where(User.email == "nia@example.test")).memberships[0],
        "events": len(events()),
        "checks": db.session.scalar(sa.select(sa.func.count(VettingCheck.id))),
    }


def _nothing_changed(world) -> None:
    db.session.expire_all()
    assert len(events()) == world["events"]
    member = world["member"]
    assert member.status == MembershipStatus.ACTIVE and member.user.name == "Mo Member"
    assert member.user.phone == "01632 960 555"
    assert world["invited"].status == MembershipStatus.INVITED and world["invited"].user.password_hash is None
    assert world["interest"].status == InterestStatus.NEW
    assert world["entry"].voided_at is None
    assert db.session.scalar(sa.select(sa.func.count(VolunteerHours.id))) == 1
    assert db.session.scalar(sa.select(sa.func.count(MembershipApplication.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(VettingCheck.id))) == world["checks"]


COORDINATOR_FORMS = [
    ("invite", {"name": "X", "email": "not-an-email"}, "Enter an email address in the correct format"),
    ("invite", {"name": "", "email": "x@example.test"}, "Enter the person's name"),
    ("invite", {"name": "x" * 201, "email": "x@example.test"}, "Use 200 characters or fewer"),
    ("check", {"kind": "training", **date_typed("completed_on", TOMORROW)}, "The date must be today or in the past"),
    (
        "check",
        {"kind": "training", "completed_on-day": "31", "completed_on-month": "2", "completed_on-year": "2025"},
        "The date it was done must be a real date",
    ),
    (
        "check",
        {"kind": "training", "completed_on-day": "3", "completed_on-year": "2025"},
        "The date it was done must include a month",
    ),
    ("check", {"kind": "training", **date_typed("completed_on", TODAY), "completed_on-day": ""}, "include a day"),
    ("check", {"kind": "training"}, "Enter the date it was done"),
    ("check", date_typed("completed_on", TODAY), "Choose which check you are recording"),
    ("check", {"kind": "dbs", **date_typed("completed_on", TODAY)}, "Not a valid choice"),
    (
        "check",
        {"kind": "identity", **date_typed("completed_on", TODAY), "detail": "x" * 201},
        "Use 200 characters or fewer",
    ),
    ("suspend", {"reason": ""}, "Give a reason"),
    ("suspend", {"reason": TOO_LONG}, "Use 2000 characters or fewer"),
    ("end", {"reason": "  "}, "Give a reason"),
    ("cancel", {"reason": TOO_LONG}, "Use 2000 characters or fewer"),
    ("decline", {"reason": ""}, "Give a reason"),
    ("decline", {"reason": TOO_LONG}, "Use 2000 characters or fewer"),
    ("void", {"reason": ""}, "Give a reason"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "lots", "activity": "meeting"}, "number of hours"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "0", "activity": "meeting"}, "between 0.25 and 24"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "25", "activity": "meeting"}, "between 0.25 and 24"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "NaN", "activity": "meeting"}, "number of hours"),
    ("hours", {**date_typed("worked_on", TOMORROW), "hours": "1", "activity": "meeting"}, "today or in the past"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "1"}, "Choose what you did"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "1", "activity": "patrol"}, "Not a valid choice"),
    ("hours", {**date_typed("worked_on", TODAY), "hours": "1", "activity": "other"}, "Say what you did"),
]


def _coordinator_url(world, form: str) -> str:
    return {
        "invite": f"/schemes/{world['scheme'].id}/invite",
        "check": f"/memberships/{world['member'].id}/checks",
        "suspend": f"/memberships/{world['member'].id}/suspend",
        "end": f"/memberships/{world['member'].id}/end",
        "cancel": f"/memberships/{world['invited'].id}/invitation/cancel",
        "decline": f"/interest/{world['interest'].id}/decline",
        "void": f"/hours/{world['entry'].id}/void",
        "hours": f"/memberships/{world['member'].id}/hours",
    }[form]


@pytest.mark.parametrize(("form", "data", "message"), COORDINATOR_FORMS)
def test_coordinator_forms_refuse_bad_input_clearly_and_change_nothing(client, login_as, world, form, data, message):
    login_as(world["coordinator"])
    _refused(client.post(_coordinator_url(world, form), data=data), message)
    _nothing_changed(world)


def test_the_admins_coordinator_invitation_refuses_a_bad_email(client, login_as, world):
    login_as(make_admin(world["scheme"].area.force))
    response = client.post(
        f"/admin/schemes/{world['scheme'].id}/coordinators/invite", data={"name": "X", "email": "x@@example"}
    )
    assert response.status_code == 200 and b"correct format" in response.data
    _nothing_changed(world)


APPLICATION_PROBLEMS = [
    ({"date_of_birth": TOMORROW}, "Your date of birth must be in the past"),
    ({"date_of_birth": {"day": "45", "month": "13", "year": "1990"}}, "Date of birth must be a real date"),
    ({"date_of_birth": {"day": "1", "month": "4", "year": "90"}}, "Date of birth must include a year with 4 numbers"),
    ({"date_of_birth": {"day": "1", "month": "", "year": "1990"}}, "Date of birth must include a month"),
    ({"date_of_birth": None}, "Enter your date of birth"),
    ({"date_of_birth": "1850-01-01"}, "Enter a real date of birth"),
    ({"agree_code": None}, "You must agree to follow the code of conduct"),
    ({"agree_data_use": None}, "You must agree to how your information is used"),
    ({"motivation": ""}, "Tell us why you want to volunteer"),
    ({"motivation": TOO_LONG}, "Use 2000 characters or fewer"),
    ({"accessibility_needs": "x" * 1001}, "Use 1000 characters or fewer"),
    ({"name": ""}, "Enter your full name"),
    ({"phone": "call me maybe"}, "Enter a phone number"),
    ({"password": "short", "confirm": "short"}, "at least 10 characters"),
    ({"confirm": "something else entirely"}, "Passwords must match"),
]


@pytest.mark.parametrize(("changes", "message"), APPLICATION_PROBLEMS)
def test_the_application_refuses_bad_input_keeps_what_was_typed_and_the_link_working(client, world, changes, message):
    response = client.post(world["invitation"], data=application_form(**changes))
    _refused(response, message)
    if "motivation" not in changes:
        assert "I want to help my neighbours feel safe." in response.get_data(as_text=True)
    _nothing_changed(world)
    assert client.get(world["invitation"], follow_redirects=True).status_code == 200


def test_an_existing_accounts_stored_details_survive_a_refused_application(client, login_as, world, smtp):
    person = make_user(name="Olive Old", phone="01632 960 777", email="olive@example.test")
    invitations.invite(world["coordinator"], world["scheme"], "olive@example.test", "Olive")
    path = invitation_path(smtp, "olive@example.test")
    login_as(person)
    _refused(
        client.post(path, data=application_form(name="Changed Name", phone="", agree_code=None)), "code of conduct"
    )
    db.session.refresh(person)
    assert (person.name, person.phone) == ("Olive Old", "01632 960 777")


def test_a_youth_commission_application_outside_the_age_range_is_refused_with_the_range(client, app, smtp):
    youth = make_scheme(kind=SchemeKind.YOUTH)
    coordinator = make_coordinator(youth)
    invitations.invite(coordinator, youth, "kid@example.test", "Kid")
    path = invitation_path(smtp, "kid@example.test")
    too_young = TODAY.replace(year=TODAY.year - 12).isoformat()
    _refused(client.post(path, data=application_form(date_of_birth=too_young)), "14 to 25 years old")
    too_old = TODAY.replace(year=TODAY.year - 40).isoformat()
    _refused(client.post(path, data=application_form(date_of_birth=too_old)), "14 to 25 years old")
    fifteen = (TODAY.replace(year=TODAY.year - 15) - timedelta(days=3)).isoformat()
    guardian = {"guardian_name": "Pat Parent", "guardian_email": "pat@example.test"}
    assert client.post(path, data=application_form(date_of_birth=fifteen, **guardian)).status_code == 302


PUBLIC_INTEREST_PROBLEMS = [
    ({"name": "P", "email": "priya.example.test"}, "Enter an email address in the correct format"),
    ({"name": "", "email": "p@example.test"}, "Enter your name"),
    ({"name": "P", "email": ""}, "Enter an email address"),
    ({"name": "P", "email": "p@example.test", "message": "x" * 1001}, "Use 1000 characters or fewer"),
]


@pytest.mark.parametrize(("data", "message"), PUBLIC_INTEREST_PROBLEMS)
def test_the_public_form_refuses_bad_input_and_keeps_what_was_typed(client, world, data, message):
    response = client.post(f"/join/{world['scheme'].id}", data=data)
    _refused(response, message)
    if data["name"]:
        assert f'value="{data["name"]}"' in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(ExpressionOfInterest.id))) == 1
    _nothing_changed(world)


SELF_SERVICE_PROBLEMS = [
    ("/account/details", {"name": "", "phone": ""}, "Enter your full name"),
    ("/account/details", {"name": "Mo", "phone": "+44 (0) abc"}, "Enter a phone number"),
    ("/account/details", {"name": "Mo", "languages": "x" * 201}, "Use 200 characters or fewer"),
    ("/account/details", {"name": "Mo", "accessibility_needs": "x" * 1001}, "Use 1000 characters or fewer"),
    ("leave", {"reason": TOO_LONG}, "Use 2000 characters or fewer"),
    ("/account/equality", {"religion": "jedi"}, "Not a valid choice"),
]


@pytest.mark.parametrize(("path", "data", "message"), SELF_SERVICE_PROBLEMS)
def test_self_service_forms_refuse_bad_input_and_keep_the_stored_details(client, login_as, world, path, data, message):
    member = world["member"]
    login_as(member.user)
    if path == "leave":
        path = f"/account/memberships/{member.id}/leave"
    _refused(client.post(path, data=data), message)
    _nothing_changed(world)


def test_a_weak_password_on_the_application_is_told_every_rule_it_breaks(client, world):
    response = client.post(world["invitation"], data=application_form(password="aaa", confirm="aaa"))
    page = response.get_data(as_text=True)
    assert "at least 10 characters" in page and "harder to guess" in page
