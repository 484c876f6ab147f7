"""The coordinator's member list, its filters and CSV export, and who may see which members."""

import csv
import io
from datetime import date, timedelta

import pytest

from tests.factories import (
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
    record_check,
)
from tests.membership.helpers import events
from volunteers.models import CheckKind, MembershipRole, MembershipStatus, SchemeKind

TODAY = date.today()


@pytest.fixture
def scheme(app):
    return make_scheme(name="Elm Street Watch")


@pytest.fixture
def coordinator(scheme):
    return make_coordinator(scheme, name="Cora Coordinator")


@pytest.fixture
def members(scheme):
    """Four people in different states: in order, expiring soon, expired, and still applying."""
    in_order = make_membership(make_user(name="Alice Inorder"), scheme)
    expiring = make_membership(make_user(name="Bob Expiring"), scheme)
    record_check(
        expiring, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=710), expires_on=TODAY + timedelta(days=20)
    )
    expired = make_membership(make_user(name="Cai Expired"), scheme)
    record_check(
        expired, CheckKind.TRAINING, completed_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=2)
    )
    applying = make_membership(make_user(name="Dee Applying"), scheme, status=MembershipStatus.APPLIED, vetted=False)
    left = make_membership(make_user(name="Eve Gone"), scheme, status=MembershipStatus.LEFT)
    return {"in_order": in_order, "expiring": expiring, "expired": expired, "applying": applying, "left": left}


def _table(response) -> str:
    page = response.get_data(as_text=True)
    return page[page.find("<table") : page.find("</table>")] if "<table" in page else ""


def _names(response) -> set[str]:
    table = _table(response)
    return {name for name in ("Alice", "Bob", "Cai", "Dee", "Eve", "Cora") if f">{name} " in table}


def test_the_list_shows_current_members_with_their_status_and_what_needs_attention(
    client, login_as, coordinator, members, scheme
):
    login_as(coordinator)
    response = client.get(f"/schemes/{scheme.id}/members")
    assert response.status_code == 200
    assert _names(response) == {"Alice", "Bob", "Cai", "Dee", "Cora"}
    page = response.get_data(as_text=True)
    assert "Expires soon" in page and "Expired" in page and "Missing" in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("attention=due_soon", {"Bob"}),
        ("attention=expired", {"Cai"}),
        ("attention=missing", {"Dee"}),
        ("attention=any", {"Bob", "Cai", "Dee"}),
        ("status=applied", {"Dee"}),
        ("status=left", {"Eve"}),
        ("status=all", {"Alice", "Bob", "Cai", "Dee", "Eve", "Cora"}),
        ("name=ali", {"Alice"}),
        ("name=%25", set()),
        ("status=nonsense", {"Alice", "Bob", "Cai", "Dee", "Cora"}),
    ],
)
def test_the_list_filters(client, login_as, coordinator, members, scheme, query, expected):
    login_as(coordinator)
    assert _names(client.get(f"/schemes/{scheme.id}/members?{query}")) == expected


def test_the_csv_export_lists_the_members_and_their_checks_and_is_audited(
    client, login_as, coordinator, members, scheme
):
    login_as(coordinator)
    response = client.get(f"/schemes/{scheme.id}/members.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    by_name = {row["name"]: row for row in rows}
    assert set(by_name) == {"Alice Inorder", "Bob Expiring", "Cai Expired", "Dee Applying", "Cora Coordinator"}
    assert by_name["Cai Expired"]["training"].startswith("expired:")
    assert by_name["Bob Expiring"]["training"].startswith("due_soon:")
    assert by_name["Dee Applying"]["identity"] == "missing"
    assert by_name["Alice Inorder"]["email"] == members["in_order"].user.email
    assert [(e.actor_id, e.action, e.after["rows"]) for e in events()] == [
        (coordinator.id, "scheme.members_exported", 5)
    ]


def test_the_csv_export_cannot_be_used_to_run_formulas(client, login_as, coordinator, scheme):
    make_membership(make_user(name='=HYPERLINK("http://evil.example")'), scheme)
    login_as(coordinator)
    text = client.get(f"/schemes/{scheme.id}/members.csv").get_data(as_text=True)
    assert "'=HYPERLINK" in text


# --- Isolation ------------------------------------------------------------------------------------


def test_a_coordinator_cannot_see_or_export_another_schemes_members(client, login_as, coordinator, scheme, api_token):
    other = make_scheme(scheme.area, name="Other Watch")
    stranger = make_membership(make_user(name="Sam Stranger"), other)
    login_as(coordinator)
    for path in (
        f"/schemes/{other.id}/members",
        f"/schemes/{other.id}/members.csv",
        f"/schemes/{other.id}/hours",
        f"/schemes/{other.id}/interest",
        f"/memberships/{stranger.id}",
        f"/memberships/{stranger.id}/suspend",
    ):
        response = client.get(path)
        assert response.status_code == 403, path
        assert b"Sam Stranger" not in response.data
    api = client.get(f"/api/v1/schemes/{other.id}/members", headers=api_token(coordinator))
    assert api.status_code == 403
    assert events("scheme.members_exported") == []


def test_officers_see_the_member_list_of_their_areas_only_and_cannot_export_it(client, login_as, scheme, members):
    officer = make_officer(scheme.area)
    elsewhere = make_scheme(make_area(scheme.area.force))
    login_as(officer)
    assert client.get(f"/schemes/{scheme.id}/members").status_code == 200
    assert client.get(f"/schemes/{scheme.id}/members.csv").status_code == 403
    assert client.get(f"/schemes/{elsewhere.id}/members").status_code == 403


def test_officers_never_see_a_young_persons_contact_details_but_the_facilitator_does(client, login_as, app):
    youth = make_scheme(kind=SchemeKind.YOUTH)
    young = make_membership(make_user(email="young@example.test", phone="07700 900 111"), youth)
    adult_facilitator = make_coordinator(youth)
    login_as(make_officer(youth.area))
    page = client.get(f"/memberships/{young.id}").get_data(as_text=True)
    assert "young@example.test" not in page and "07700 900 111" not in page
    assert "Identity verified" in page
    login_as(adult_facilitator)
    page = client.get(f"/memberships/{young.id}").get_data(as_text=True)
    assert "young@example.test" in page and "07700 900 111" in page


def test_officers_see_what_the_privacy_notice_promises_a_name_and_checks_only(client, login_as, api_token, scheme):
    """The application tells volunteers that officers see their name and vetting checks: no
    email, phone or date of birth reaches an officer by any page or API."""
    from datetime import date

    member = make_membership(
        make_user(name="Ada Adult", email="adult@example.test", phone="07700 900 222", date_of_birth=date(1971, 3, 9)),
        scheme,
    )
    secrets = ("adult@example.test", "07700 900 222", "9 March 1971", "1971-03-09")
    officer = login_as(make_officer(scheme.area))
    headers = api_token(officer)
    answers = [
        client.get(f"/memberships/{member.id}").get_data(as_text=True),
        client.get(f"/schemes/{scheme.id}/members").get_data(as_text=True),
        client.get(f"/schemes/{scheme.id}/hours").get_data(as_text=True),
        client.get(f"/api/v1/memberships/{member.id}", headers=headers).get_data(as_text=True),
        client.get(f"/api/v1/schemes/{scheme.id}/members?status=all", headers=headers).get_data(as_text=True),
    ]
    assert "Ada Adult" in answers[0] and "Identity verified" in answers[0]
    for answer in answers:
        assert not [secret for secret in secrets if secret in answer]
    login_as(make_coordinator(scheme))
    coordinators_view = client.get(f"/memberships/{member.id}").get_data(as_text=True)
    assert all(secret in coordinators_view for secret in secrets[:3])


def test_a_member_sees_their_own_membership_but_not_anyone_elses(client, login_as, members):
    login_as(members["in_order"].user)
    assert client.get(f"/memberships/{members['in_order'].id}").status_code == 200
    assert client.get(f"/memberships/{members['expired'].id}").status_code == 403


def test_an_admin_sees_the_members_of_their_own_forces_schemes_only(client, login_as, scheme, members):
    login_as(make_admin(scheme.area.force))
    assert client.get(f"/schemes/{scheme.id}/members").status_code == 200
    login_as(make_admin(make_force()))
    assert client.get(f"/schemes/{scheme.id}/members").status_code == 403


def test_the_coordinator_dashboard_counts_what_needs_doing(client, login_as, coordinator, members, scheme):
    login_as(coordinator)
    page = client.get("/coordinate").get_data(as_text=True)
    assert "Elm Street Watch" in page
    assert client.get("/").get_data(as_text=True).count("Members with checks to renew") == 1


def test_coordinators_are_listed_first_and_labelled(client, login_as, coordinator, scheme):
    make_membership(make_user(name="Aaron Alpha"), scheme)
    make_membership(make_user(name="Zed Coordinator"), scheme, role=MembershipRole.COORDINATOR)
    login_as(coordinator)
    table = _table(client.get(f"/schemes/{scheme.id}/members"))
    assert table.index("Cora Coordinator") < table.index("Zed Coordinator") < table.index("Aaron Alpha")
