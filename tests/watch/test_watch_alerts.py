"""Alerts: officers message the schemes of their areas; members get an email and see it at home."""

import pytest
import sqlalchemy as sa

from tests.factories import make_area, make_member, make_membership, make_officer, make_scheme, make_user
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import MembershipStatus, OutboundEmail, SchemeKind
from volunteers.permissions import PermissionDenied
from volunteers.watch import services
from volunteers.watch.models import Alert

TITLE = "Shed break-ins on the allotments"
BODY = "Three sheds were forced open this week.\n\nLock tools away and call 101 with anything you saw."


def test_an_alert_is_emailed_to_every_active_member_of_the_chosen_schemes_once(world, smtp):
    speedwatch = make_scheme(world.area, SchemeKind.SPEEDWATCH)
    in_both = make_member(world.scheme)
    make_membership(in_both, speedwatch)
    suspended = make_user()
    make_membership(suspended, world.scheme, status=MembershipStatus.SUSPENDED)
    elsewhere = make_member(make_scheme(world.area, SchemeKind.YOUTH))

    alert = services.send_alert(world.officer, world.area, [world.scheme, speedwatch], TITLE, BODY)

    assert alert.recipient_count == 2
    assert len(smtp.to(world.member.email)) == 1 and len(smtp.to(in_both.email)) == 1
    assert smtp.to(suspended.email) == [] and smtp.to(elsewhere.email) == []
    email = smtp.last_to(world.member.email)
    assert TITLE in email["Subject"] and "Lock tools away" in smtp.text(email)
    assert any(f"/watch/alerts/{alert.id}" in link for link in smtp.links(email))


@pytest.mark.app_config(MAIL_DELIVERY="worker")
def test_with_a_worker_alert_emails_wait_in_the_outbox_until_it_sends_them(world, smtp, app):
    services.send_alert(world.officer, world.area, [world.scheme], TITLE, BODY)
    assert smtp.messages == []
    assert db.session.scalar(sa.select(sa.func.count(OutboundEmail.id)).where(OutboundEmail.sent_at.is_(None))) == 1
    result = app.test_cli_runner().invoke(args=["mail", "deliver"])
    assert "1 email(s) sent" in result.output
    assert smtp.last_to(world.member.email)


def test_members_see_recent_alerts_on_their_home_page_and_can_open_them(world, client, login_as):
    alert = services.send_alert(world.officer, world.area, [world.scheme], TITLE, BODY)
    login_as(world.member)
    home = client.get("/").get_data(as_text=True)
    assert "Alerts from the police" in home and TITLE in home
    page = client.get(f"/watch/alerts/{alert.id}").get_data(as_text=True)
    assert "Lock tools away" in page


def test_people_outside_the_alerted_schemes_cannot_open_an_alert(world, client, login_as):
    alert = services.send_alert(world.officer, world.area, [world.scheme], TITLE, BODY)
    other_scheme_member = make_member(make_scheme(world.area, SchemeKind.SPEEDWATCH))
    for outsider in (other_scheme_member, make_user(), make_officer(make_area())):
        login_as(outsider)
        assert client.get(f"/watch/alerts/{alert.id}").status_code == 404
        assert TITLE not in client.get("/").get_data(as_text=True)


def test_the_areas_alert_history_is_kept_for_its_officers(world, client, login_as):
    services.send_alert(world.officer, world.area, [world.scheme], TITLE, BODY)
    services.send_alert(world.officer, world.area, [world.scheme], "Second alert", "More advice for members.")
    login_as(world.officer)
    page = client.get(f"/watch/areas/{world.area.id}/alerts").get_data(as_text=True)
    assert page.index("Second alert") < page.index(TITLE)
    login_as(make_officer(make_area()))
    assert client.get(f"/watch/areas/{world.area.id}/alerts").status_code == 404


def test_an_officer_alerts_only_the_schemes_of_their_own_areas(world):
    other_area = make_area(world.force)
    with pytest.raises(PermissionDenied):
        services.send_alert(world.officer, other_area, [make_scheme(other_area)], TITLE, BODY)
    with pytest.raises(DomainError) as refused:
        services.send_alert(world.officer, world.area, [make_scheme(other_area)], TITLE, BODY)
    assert refused.value.field == "schemes"
    with pytest.raises(PermissionDenied):
        services.send_alert(world.member, world.area, [world.scheme], TITLE, BODY)
    assert db.session.scalar(sa.select(sa.func.count(Alert.id))) == 0


@pytest.mark.parametrize(
    ("title", "body", "schemes", "field"),
    [
        ("", BODY, True, "title"),
        (TITLE, "", True, "body"),
        ("x" * 151, BODY, True, "title"),
        (TITLE, BODY, False, "schemes"),
    ],
)
def test_an_alert_without_a_title_message_or_schemes_is_refused(world, title, body, schemes, field):
    with pytest.raises(DomainError) as refused:
        services.send_alert(world.officer, world.area, [world.scheme] if schemes else [], title, body)
    assert refused.value.field == field


def test_sending_an_alert_from_the_page(world, client, login_as, smtp):
    login_as(world.officer)
    form = client.get(f"/watch/areas/{world.area.id}/alerts/new").get_data(as_text=True)
    assert world.scheme.name in form
    response = client.post(
        f"/watch/areas/{world.area.id}/alerts/new",
        data={"schemes": [str(world.scheme.id)], "title": TITLE, "body": BODY},
    )
    assert response.status_code == 302
    assert smtp.last_to(world.member.email)
