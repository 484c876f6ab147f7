"""Pages point people to where they can go next, and say plainly why something cannot be done."""

import re
from html import unescape

from tests.factories import (
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_membership,
    make_scheme,
    make_user,
)
from tests.form_data import moment_typed
from volunteers.db_types import utcnow
from volunteers.hours import ACTIVITY_LABELS, LOGGABLE_ACTIVITIES
from volunteers.models import MembershipStatus, SchemeKind


def _page(response) -> str:
    return unescape(response.get_data(as_text=True))


def _links(page: str) -> dict[str, str]:
    """Each link's text (visually hidden words included, tags and spacing dropped) by its address."""
    found = re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', page, re.DOTALL)
    return {href: " ".join(re.sub(r"<[^>]+>", " ", text).split()) for href, text in found}


def test_the_public_home_page_and_a_volunteers_home_page_link_to_joining_a_scheme(client, login_as):
    assert _links(_page(client.get("/"))).get("/join") == "Join a scheme"
    login_as(make_member(make_scheme()))
    assert _links(_page(client.get("/"))).get("/join") == "Join a scheme"


def test_the_count_of_people_waiting_to_be_vetted_leads_to_exactly_them(client, login_as):
    scheme = make_scheme()
    coordinator = make_coordinator(scheme, name="Cora Coordinator")
    applied = make_membership(make_user(name="Aled Applied"), scheme, MembershipStatus.APPLIED, vetted=False)
    vetting = make_membership(make_user(name="Vera Vetting"), scheme, MembershipStatus.VETTING, vetted=False)
    active = make_membership(make_user(name="Ada Active"), scheme)
    login_as(coordinator)
    for home in ("/", "/coordinate"):
        page = _page(client.get(home))
        waiting = page[page.index("Waiting for you to vet them") :]
        link = re.search(r'<a class="govuk-link" href="([^"]+)">(\d+)</a>', waiting)
        assert link.group(2) == "2", home
    listed = _page(client.get(unescape(link.group(1))))
    table = listed[listed.index("<table") :]
    assert "2 people" in table
    assert applied.user.name in table and vetting.user.name in table
    assert active.user.name not in table and coordinator.name not in table


def test_the_log_hours_page_speaks_only_of_activities_that_exist_in_the_scheme(client, login_as):
    area = make_area()
    for kind in SchemeKind:
        member = make_member(make_scheme(area, kind))
        login_as(member)
        page = _page(client.get(f"/memberships/{member.memberships[0].id}/hours"))
        choices = re.findall(r'<label class="govuk-label govuk-radios__label"[^>]*>([^<]+)</label>', page)
        assert choices == [str(ACTIVITY_LABELS[activity]) for activity in LOGGABLE_ACTIVITIES]
        # Speed Watch sessions record their own hours; nothing records youth activities.
        assert ("Speed Watch sessions are counted on their own" in page) == (kind == SchemeKind.SPEEDWATCH), kind
        assert "youth activities" not in page


def test_each_invite_a_coordinator_link_names_its_scheme(client, login_as):
    force = make_force()
    area = make_area(force)
    schemes = [make_scheme(area, kind) for kind in SchemeKind]
    login_as(make_admin(force))
    links = _links(_page(client.get("/admin/")))
    for scheme in schemes:
        assert links[f"/admin/schemes/{scheme.id}/coordinators/invite"] == f"Invite a coordinator for {scheme.name}"


def test_a_report_for_a_scheme_of_another_kind_is_refused_saying_why_and_where_reports_go(client, login_as):
    area = make_area()
    watch = make_scheme(area, SchemeKind.WATCH, "Elm Street Watch")
    speed = make_scheme(area, SchemeKind.SPEEDWATCH, "Elm Street Speed Watch")
    member = make_member(watch)
    make_membership(member, speed)
    login_as(member)
    report = {
        "scheme": str(speed.id),
        "category": "other",
        **moment_typed("occurred_at", utcnow()),
        "location": "Mill Lane",
        "description": "A van was parked across the footpath all afternoon.",
        "victim": "none",
    }
    for response in (
        client.get(f"/watch/reports/new?scheme_id={speed.id}"),
        client.post("/watch/reports/new", data=report),
    ):
        page = _page(response)
        assert response.status_code == 403
        assert "You cannot send reports to Elm Street Speed Watch" in page
        assert "Elm Street Speed Watch is a Community Speed Watch scheme" in page
        assert _links(page)[f"/watch/reports/new?scheme_id={watch.id}"] == "Report something to Elm Street Watch"
        assert "Not a valid choice" not in page
    assert client.get(f"/watch/reports/new?scheme_id={watch.id}").status_code == 200


def test_someone_in_no_neighbourhood_watch_is_told_reports_go_to_one_and_how_to_join(client, login_as):
    login_as(make_member(make_scheme(kind=SchemeKind.SPEEDWATCH)))
    response = client.get("/watch/reports/new")
    page = _page(response)
    assert response.status_code == 403
    assert "Reports go to Neighbourhood Watch schemes" in page
    assert _links(page)["/join"] == "Join a scheme"
