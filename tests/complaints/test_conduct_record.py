"""A volunteer's conduct record: on their member page for their coordinator, the area's officers
and the force's admins; never for other volunteers nor for anyone in another area."""

import pytest

from tests.factories import (
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_officer,
    make_scheme,
)
from volunteers.complaints import services
from volunteers.permissions import can

REASON = "He argued with a driver at the roadside; he has been told how to step away instead."
FINDINGS = "The volunteer agrees he raised his voice."


@pytest.fixture
def recorded(world):
    """A watch member with a warning on their record, after a complaint upheld by an admin."""
    scheme = make_scheme(world.area)
    volunteer = make_member(scheme, name="Val Volunteer")
    complaint = services.submit_complaint(
        None, world.area.id, "conduct", "He shouted at me.", name="Dana Driver", email="dana@example.test"
    )
    services.add_volunteer(world.admin, complaint, volunteer.email)
    services.record_outcome(world.admin, complaint, True, "warning", FINDINGS, REASON)
    return scheme, volunteer, volunteer.memberships[0], complaint


def _member_page(client, membership) -> tuple[int, str]:
    response = client.get(f"/memberships/{membership.id}")
    return response.status_code, response.get_data(as_text=True)


def test_the_coordinator_the_areas_officer_and_the_admin_see_the_conduct_record(world, recorded, client, login_as):
    scheme, _volunteer, membership, complaint = recorded
    for person in (make_coordinator(scheme), make_officer(world.area), world.admin):
        login_as(person)
        status, page = _member_page(client, membership)
        assert status == 200 and "Conduct record" in page
        assert "Warning" in page and REASON in page and complaint.reference in page
        assert "Dana Driver" not in page and "dana@example.test" not in page and FINDINGS not in page


def test_the_conduct_record_is_hidden_from_other_volunteers_and_other_areas(world, recorded, client, login_as):
    scheme, volunteer, membership, _complaint = recorded
    other_area = make_area(world.force)
    outsiders = (
        make_member(scheme),
        make_coordinator(make_scheme(other_area)),
        make_officer(other_area),
        make_admin(make_force()),
    )
    for person in outsiders:
        assert not can(person, "complaints.view_conduct", membership)
        login_as(person)
        status, page = _member_page(client, membership)
        assert status in (403, 404) and REASON not in page
    login_as(volunteer)
    status, page = _member_page(client, membership)
    assert status == 200 and "Conduct record" not in page


def test_a_complaint_not_upheld_with_no_action_leaves_the_record_clean(world, client, login_as):
    scheme = make_scheme(world.area)
    volunteer = make_member(scheme)
    complaint = services.submit_complaint(None, world.area.id, "conduct", "He looked at me.")
    services.add_volunteer(world.admin, complaint, volunteer.email)
    services.record_outcome(world.admin, complaint, False, "no_action", FINDINGS, "Nothing he did broke the code.")
    login_as(make_coordinator(scheme))
    _status, page = _member_page(client, volunteer.memberships[0])
    assert "No complaint about this volunteer has been upheld" in page


def test_admins_triage_through_the_complaint_page(world, client, login_as):
    scheme = make_scheme(world.area)
    volunteer = make_member(scheme)
    complaint = services.submit_complaint(None, world.area.id, "conduct", "He shouted at me.")
    login_as(world.admin)
    base = f"/admin/complaints/{complaint.id}"
    assert client.post(f"{base}/assign", data={"assignee": str(world.other_admin.id)}).status_code == 302
    assert client.post(f"{base}/assign", data={"assignee": "nobody"}).status_code == 400
    assert client.post(f"{base}/volunteers", data={"email": volunteer.email}).status_code == 302
    assert client.post(f"{base}/volunteers", data={"email": "x"}).status_code == 400
    page = client.get(base).get_data(as_text=True)
    assert world.other_admin.display_name in page and volunteer.display_name in page
    link = complaint.volunteers[0]
    assert client.post(f"/admin/complaints/volunteers/{link.id}/remove").status_code == 302
    assert client.get(base).get_data(as_text=True).count(volunteer.display_name) == 0
