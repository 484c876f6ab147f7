"""'You said, we did' entries: written by an officer or admin, published only once another officer
of the area approves them, screened by the guard; and the representation pages for admins."""

import pytest

from tests.factories import make_officer, make_user
from tests.transparency.world import make_transparency_world
from volunteers.errors import DomainError
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied
from volunteers.transparency import queries, services
from volunteers.transparency.models import EntryStatus, PopulationProfile

YOU_SAID = "Residents told us that cars speed along the main road after school."
WE_DID = "Officers ran speed checks there on four afternoons and the council added a sign."


@pytest.fixture
def world(app):
    return make_transparency_world()


def _area_page(client, world) -> str:
    return client.get(f"/transparency/{world.force.slug}/{world.small.slug}").text


def test_an_entry_is_published_only_once_another_officer_of_the_area_approves_it(client, world):
    entry = services.write_entry(world.officer, world.small, YOU_SAID, WE_DID)
    assert YOU_SAID not in _area_page(client, world)
    services.decide_entry(world.second_officer, entry, True, "")
    assert YOU_SAID in _area_page(client, world)
    assert YOU_SAID in client.get(f"/transparency/{world.force.slug}").text


def test_a_declined_entry_is_never_published(client, world):
    entry = services.write_entry(world.admin, world.small, YOU_SAID, WE_DID)
    services.decide_entry(world.officer, entry, False, "The sign is not up yet.")
    assert entry.status == EntryStatus.DECLINED
    assert YOU_SAID not in _area_page(client, world)


def test_nobody_approves_their_own_entry(world):
    entry = services.write_entry(world.officer, world.small, YOU_SAID, WE_DID)
    with pytest.raises(PermissionDenied):
        services.decide_entry(world.officer, entry, True, "")
    assert entry.status == EntryStatus.AWAITING_APPROVAL


def test_an_officer_of_another_area_cannot_approve(world):
    entry = services.write_entry(world.officer, world.small, YOU_SAID, WE_DID)
    stranger = make_officer(world.large)
    with pytest.raises(PermissionDenied):
        services.decide_entry(stranger, entry, True, "")


def test_declining_needs_a_reason(world):
    entry = services.write_entry(world.officer, world.small, YOU_SAID, WE_DID)
    with pytest.raises(DomainError) as refused:
        services.decide_entry(world.second_officer, entry, False, "")
    assert refused.value.errors == {"reason": ["Say why the entry is declined"]}


def test_words_that_point_at_someone_are_refused_with_what_to_remove(world):
    with pytest.raises(DomainError) as refused:
        services.write_entry(world.officer, world.small, "The man at number 12 is a nonce.", WE_DID)
    assert "you_said" in refused.value.errors
    assert "Remove:" in refused.value.errors["you_said"][0]


def test_writing_an_entry_is_audited_once_and_a_refusal_leaves_no_event(world):
    entry = services.write_entry(world.officer, world.small, YOU_SAID, WE_DID)
    events = AuditEvent.query.filter_by(action="transparency.entry.written").all()
    assert [(event.actor_id, event.subject_id) for event in events] == [(world.officer.id, str(entry.id))]
    with pytest.raises(PermissionDenied):
        services.write_entry(make_user(), world.small, YOU_SAID, WE_DID)
    assert AuditEvent.query.filter_by(action="transparency.entry.written").count() == 1


def test_an_officer_writes_and_another_approves_through_the_pages(client, login_as, world):
    login_as(world.officer)
    response = client.post(
        "/manage/transparency/entries/new", data={"area_id": world.small.id, "you_said": YOU_SAID, "we_did": WE_DID}
    )
    assert response.status_code == 302
    empty = client.post("/manage/transparency/entries/new", data={"area_id": world.small.id})
    assert empty.status_code == 400
    assert "Write what people raised" in empty.text
    login_as(world.second_officer)
    listing = client.get("/manage/transparency/entries")
    assert YOU_SAID[:40] in listing.text
    entry_id = queries.awaiting_approval_by(world.second_officer)[0].id
    assert client.post(f"/manage/transparency/entries/{entry_id}", data={"decision": "approve"}).status_code == 302
    assert YOU_SAID in _area_page(client, world)


def test_a_volunteer_cannot_open_the_entries_pages(client, login_as, world):
    login_as(world.people[0])
    assert client.get("/manage/transparency/entries").status_code == 403
    assert client.get("/manage/transparency/entries/new").status_code == 403


def test_an_admin_enters_a_population_profile_and_compares_the_volunteers(client, login_as, world):
    login_as(world.admin)
    data = {"source": "Census 2021", "sex__female": "51.2", "sex__male": "48.8", "ethnic_group__asian": "30"}
    response = client.post(f"/manage/transparency/areas/{world.small.id}/population", data=data)
    assert response.status_code == 302
    profile = PopulationProfile.query.filter_by(area_id=world.small.id).one()
    assert profile.shares["sex"] == {"female": 51.2, "male": 48.8}
    page = client.get(f"/manage/transparency/areas/{world.small.id}/representation").text
    assert "51.2%" in page
    assert "fewer than 5" in page  # three women: withheld
    large = client.get(f"/manage/transparency/areas/{world.large.id}/representation").text
    assert '<span class="app-figure" data-figure>7</span>' in large


def test_population_shares_must_be_percentages_adding_up_to_no_more_than_100(client, login_as, world):
    login_as(world.admin)
    response = client.post(
        f"/manage/transparency/areas/{world.small.id}/population",
        data={"source": "Census 2021", "sex__female": "70", "sex__male": "60", "ethnic_group__asian": "140"},
    )
    assert response.status_code == 400
    assert "must add up to 100 or less" in response.text
    assert "Enter a percentage from 0 to 100" in response.text


def test_only_the_forces_admins_see_the_representation_pages(client, login_as, world):
    for person in (world.officer, world.people[0]):
        login_as(person)
        assert client.get(f"/manage/transparency/areas/{world.small.id}/representation").status_code == 403
        assert client.get(f"/manage/transparency/areas/{world.small.id}/population").status_code == 403


def test_an_admin_finds_the_representation_pages_from_the_entries_page(client, login_as, world):
    login_as(world.admin)
    page = client.get("/manage/transparency/entries")
    assert page.status_code == 200
    assert f"/manage/transparency/forces/{world.force.id}/representation" in page.text
    assert "/manage/transparency/entries" in client.get("/").text  # the navigation's "Transparency"
