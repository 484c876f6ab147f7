"""An admin takes a scheme off the public "join" page and puts it back, each change audited."""

import pytest

from tests.factories import make_admin, make_coordinator, make_force, make_scheme
from tests.membership.helpers import events
from volunteers.admin import services
from volunteers.errors import Conflict, NotFound
from volunteers.extensions import db
from volunteers.membership import joining
from volunteers.permissions import PermissionDenied


@pytest.fixture
def scheme(app):
    return make_scheme(name="Mill Lane Watch")


@pytest.fixture
def admin(scheme):
    return make_admin(scheme.area.force)


def test_a_closed_scheme_leaves_the_join_page_and_refuses_requests_until_reopened(client, scheme, admin):
    services.set_accepts_interest(admin, scheme, False)
    assert "Mill Lane Watch" not in client.get("/join").get_data(as_text=True)
    assert client.get(f"/join/{scheme.id}").status_code == 404
    with pytest.raises(NotFound):
        joining.express_interest(scheme, "Priya", "priya@example.test")
    db.session.rollback()
    services.set_accepts_interest(admin, scheme, True)
    assert "Mill Lane Watch" in client.get("/join").get_data(as_text=True)
    assert client.get(f"/join/{scheme.id}").status_code == 200
    assert [(e.actor_id, e.action, e.after) for e in events() if e.action.startswith("scheme.")] == [
        (admin.id, "scheme.interest_closed", {"accepts_interest": False}),
        (admin.id, "scheme.interest_opened", {"accepts_interest": True}),
    ]


def test_only_an_admin_of_the_force_switches_it(scheme, admin):
    for actor in (make_coordinator(scheme), make_admin(make_force())):
        with pytest.raises(PermissionDenied):
            services.set_accepts_interest(actor, scheme, False)
    db.session.rollback()
    assert events() == []
    db.session.refresh(scheme)
    assert scheme.accepts_interest is True


def test_switching_to_the_state_it_is_in_is_refused_and_records_nothing(scheme, admin):
    with pytest.raises(Conflict):
        services.set_accepts_interest(admin, scheme, True)
    db.session.rollback()
    assert events() == []


def test_the_admin_overview_switches_it_with_one_button(client, login_as, scheme, admin):
    login_as(admin)
    page = client.get("/admin/").get_data(as_text=True)
    assert f"/admin/schemes/{scheme.id}/interest" in page and "Stop taking requests to join" in page
    response = client.post(f"/admin/schemes/{scheme.id}/interest", data={"accepts": "no"}, follow_redirects=True)
    text = response.get_data(as_text=True)
    assert "no longer listed on the public join page" in text and "Take requests to join" in text
    db.session.refresh(scheme)
    assert scheme.accepts_interest is False
    assert client.post(f"/admin/schemes/{scheme.id}/interest", data={"accepts": "maybe"}).status_code == 400
    assert client.post(f"/admin/schemes/{scheme.id}/interest", data={"accepts": "no"}).status_code == 409


def test_an_admin_of_another_force_cannot_switch_it(client, login_as, scheme):
    login_as(make_admin(make_force()))
    assert client.post(f"/admin/schemes/{scheme.id}/interest", data={"accepts": "no"}).status_code == 403
    db.session.refresh(scheme)
    assert scheme.accepts_interest is True
