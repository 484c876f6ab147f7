"""Reverse mentoring pages: an officer never reads a young person's contact details, the pairing
form says why an officer cannot mentor, and admins record DBS checks and read the figures."""

from datetime import date, timedelta

from flask_babel import format_date

from tests.factories import make_member, make_officer
from tests.youth.mentoring_factories import make_youth_world, meeting_of, paired
from volunteers.extensions import db
from volunteers.youth import mentoring
from volunteers.youth.models import MentoringPairing, OfficerDbsCheck


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_the_officers_pages_never_show_the_young_persons_email_phone_or_date_of_birth(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    meeting = meeting_of(pairing, world.commissioner)
    mentoring.give_feedback(world.commissioner, meeting, 5, "Great listener")
    young = world.commissioner
    login_as(world.officer)
    pages = [
        _page(client, "/youth/mentoring/"),
        _page(client, f"/youth/mentoring/pairings/{pairing.id}"),
        _page(client, f"/youth/mentoring/pairings/{pairing.id}/meetings/new"),
        _page(client, f"/youth/mentoring/meetings/{meeting.id}/feedback"),
        _page(client, f"/youth/mentoring/pairings/{pairing.id}/end"),
    ]
    born = young.date_of_birth
    secrets = (
        young.email,
        young.phone,
        "900123",
        born.isoformat(),
        format_date(born, "d MMMM yyyy"),
        format_date(born, "d MMM yyyy"),
        "Quayle-Hart",
    )
    for page in pages:
        assert "Yasmin" in page or "Mentoring" in page
        for secret in secrets:
            assert secret not in page
    assert world.scheme.name in pages[1]


def test_the_facilitator_reads_the_young_persons_full_name_on_the_pairing(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    login_as(world.facilitator)
    assert "Yasmin Quayle-Hart" in _page(client, f"/youth/mentoring/pairings/{pairing.id}")


def test_the_pairing_form_says_why_an_officer_without_a_dbs_check_cannot_mentor(app, client, login_as):
    world = make_youth_world()
    login_as(world.facilitator)
    url = f"/youth/mentoring/schemes/{world.scheme.id}/pair"
    assert "no DBS check on record" in _page(client, url)
    form = {"membership_id": world.commissioner.memberships[0].id, "officer_id": world.officer.id}
    refused = client.post(url, data=form)
    assert refused.status_code == 400
    assert "A force admin must record one before they can mentor" in refused.get_data(as_text=True)
    assert db.session.query(MentoringPairing).count() == 0

    mentoring.record_officer_dbs(world.admin, world.officer, date.today() - timedelta(days=5))
    made = client.post(url, data=form)
    assert made.status_code == 302
    assert db.session.query(MentoringPairing).one().officer_id == world.officer.id


def test_a_meeting_logged_on_the_page_is_listed_with_the_feedback_links(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    login_as(world.commissioner)
    today = date.today()
    response = client.post(
        f"/youth/mentoring/pairings/{pairing.id}/meetings/new",
        data={
            "met_on-day": today.day,
            "met_on-month": today.month,
            "met_on-year": today.year,
            "hours": "1.5",
            "topic": "Why young people do not call 101",
        },
    )
    assert response.status_code == 302
    page = _page(client, f"/youth/mentoring/pairings/{pairing.id}")
    assert "Why young people do not call 101" in page
    assert "Give feedback on this meeting" in page


def test_outsiders_get_not_found_for_a_pairing_and_its_feedback(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    meeting = meeting_of(pairing, world.officer)
    for outsider in (make_member(world.scheme), make_officer(world.area)):
        login_as(outsider)
        assert client.get(f"/youth/mentoring/pairings/{pairing.id}").status_code == 404
        assert client.get(f"/youth/mentoring/meetings/{meeting.id}/feedback").status_code == 404
        assert client.post(f"/youth/mentoring/meetings/{meeting.id}/feedback", data={"rating": 5}).status_code == 404
    login_as(world.admin)
    assert client.get(f"/youth/mentoring/meetings/{meeting.id}/feedback").status_code == 404


def test_an_admin_records_an_officers_dbs_check_and_reads_the_per_officer_figures(app, client, login_as):
    world = make_youth_world()
    login_as(world.admin)
    done_on = date.today() - timedelta(days=20)
    response = client.post(
        f"/youth/mentoring/officers/{world.officer.id}/dbs",
        data={"completed_on-day": done_on.day, "completed_on-month": done_on.month, "completed_on-year": done_on.year},
    )
    assert response.status_code == 302
    assert db.session.query(OfficerDbsCheck).one().completed_on == done_on

    pairing = mentoring.pair(world.facilitator, world.scheme, world.commissioner.memberships[0], world.officer)
    for rating in (5, 4):
        mentoring.give_feedback(world.commissioner, meeting_of(pairing, world.officer), rating, "")
    page = _page(client, "/youth/mentoring/officers")
    assert "PC Owen Officer" in page
    assert "4.5" in page and "2 ratings" in page
    assert "In date until" in page


def test_only_admins_open_the_officers_figures(app, client, login_as):
    world = make_youth_world()
    for person in (world.officer, world.facilitator, world.commissioner):
        login_as(person)
        assert client.get("/youth/mentoring/officers").status_code == 403
        assert client.get(f"/youth/mentoring/officers/{world.officer.id}/dbs").status_code == 403
