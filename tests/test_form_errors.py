"""Forms show every problem at once: the form's own checks and the service's rules together, so
nobody fixes one error per submit."""

from datetime import date, timedelta
from html import unescape

from tests.factories import make_coordinator, make_membership, make_scheme
from tests.form_data import date_typed, moment_typed
from tests.watch.factories import FLAGGED_TEXT, make_report, make_watch_world
from volunteers.db_types import utcnow
from volunteers.models import MembershipStatus


def _page(response) -> str:
    return unescape(response.get_data(as_text=True))


def test_the_report_form_shows_the_forms_and_the_services_problems_together(app, client, login_as):
    world = make_watch_world()
    login_as(world.member)
    response = client.post(
        "/watch/reports/new",
        data={
            "scheme": str(world.scheme.id),
            **moment_typed("occurred_at", utcnow() + timedelta(days=2)),
            "location": "",
            "description": "Two people were trying car door handles.",
            "map_point": "somewhere near the park",
            "police_reference": "<script>",
            "victim": "none",
        },
    )
    page = _page(response)
    for problem in (
        "Choose what kind of thing happened",
        "Enter where it happened",
        "When it happened must be now or in the past",
        "Enter the map point as latitude and longitude",
        "Enter the police reference as it was given to you",
    ):
        assert problem in page, problem


def test_the_decision_form_shows_every_problem_at_once(app, client, login_as):
    world = make_watch_world()
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    login_as(world.officer)
    response = client.post(
        f"/watch/reports/{report.id}/decide",
        data={"decision": "referred", "reason": "Seen it", "message": "", "referred_to": ""},
    )
    page = _page(response)
    for problem in (
        "Write the outcome for the reporter",
        "Explain your reason in a sentence or more",
        "Acknowledge each flag",
        "Name the partner you referred it to",
    ):
        assert problem in page, problem


def test_the_vetting_check_form_shows_every_problem_at_once(app, client, login_as):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    applicant = make_membership(scheme=scheme, status=MembershipStatus.APPLIED, vetted=False)
    login_as(coordinator)
    response = client.post(
        f"/memberships/{applicant.id}/checks",
        data={"kind": "training", **date_typed("completed_on", date.today() + timedelta(days=3)), "detail": "x" * 201},
    )
    assert response.status_code == 400
    page = _page(response)
    assert "The date must be today or in the past" in page
    assert "Use 200 characters or fewer" in page
