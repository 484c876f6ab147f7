"""An admin reads the audit trail of their own force only: another force's events are on neither
the audit page nor its CSV download, whatever the filters, and the other force's trail is closed."""

import csv
import io

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_area, make_coordinator, make_force, make_membership, make_scheme
from volunteers.admin import services as admin_services
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.models import AuditEvent

OTHER_FORCES_REASON = "Shouted at a driver during a Bravo speed check"


@pytest.fixture
def forces(app, smtp):
    """Two forces, each with its admin and its own audited changes; the second has a suspension."""
    alpha, bravo = make_force("Alpha Constabulary"), make_force("Bravo Police")
    alpha_admin = make_admin(alpha, name="Ava Alphaadmin")
    bravo_admin = make_admin(bravo, name="Bruno Bravoadmin")
    admin_services.create_area(alpha_admin, alpha, "Appleton")
    admin_services.create_area(bravo_admin, bravo, "Bramley")
    scheme = make_scheme(make_area(bravo))
    membership = make_membership(scheme=scheme)
    lifecycle.suspend(make_coordinator(scheme), membership, OTHER_FORCES_REASON)
    return alpha, bravo, alpha_admin, membership


def _events_of(force) -> list[AuditEvent]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.force_id == force.id)))


@pytest.mark.parametrize(
    "query",
    ["", "?action=area", "?action=membership", "?subject_type=membership", "?subject_type=area"],
)
def test_an_admin_sees_none_of_another_forces_events_on_the_audit_page(client, login_as, forces, query):
    alpha, bravo, alpha_admin, _membership = forces
    login_as(alpha_admin)
    response = client.get(f"/admin/forces/{alpha.id}/audit{query}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    events = page[page.index("<tbody") : page.index("</tbody>")]
    assert OTHER_FORCES_REASON not in page and "Bruno Bravoadmin" not in page
    assert "Suspended" not in events
    if query in ("", "?action=area", "?subject_type=area"):
        assert "Area added" in events and "Ava Alphaadmin" in events
    assert _events_of(bravo), "the other force has events that could have leaked"


def test_an_admin_sees_none_of_another_forces_events_by_subject_id(client, login_as, forces):
    alpha, _bravo, alpha_admin, membership = forces
    login_as(alpha_admin)
    query = f"?subject_type=membership&subject_id={membership.id}"
    page = client.get(f"/admin/forces/{alpha.id}/audit{query}").get_data(as_text=True)
    assert OTHER_FORCES_REASON not in page and "0 events" in page
    export = client.get(f"/admin/forces/{alpha.id}/audit.csv{query}").get_data(as_text=True)
    assert len(export.splitlines()) == 1 and OTHER_FORCES_REASON not in export


def test_an_admin_downloads_only_their_own_forces_events(client, login_as, forces):
    alpha, bravo, alpha_admin, _membership = forces
    login_as(alpha_admin)
    response = client.get(f"/admin/forces/{alpha.id}/audit.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert sorted(row["hash"] for row in rows) == sorted(event.hash for event in _events_of(alpha))
    other_hashes = {event.hash for event in _events_of(bravo)}
    assert other_hashes and not other_hashes & {row["hash"] for row in rows}
    assert OTHER_FORCES_REASON not in response.get_data(as_text=True)


def test_an_admin_cannot_open_another_forces_audit_trail_or_download_it(client, login_as, forces):
    _alpha, bravo, alpha_admin, _membership = forces
    login_as(alpha_admin)
    for url in (f"/admin/forces/{bravo.id}/audit", f"/admin/forces/{bravo.id}/audit.csv"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert OTHER_FORCES_REASON not in response.get_data(as_text=True)
