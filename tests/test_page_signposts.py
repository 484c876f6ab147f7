"""Pages point people to where they can go next, and say plainly why something cannot be done."""

import re
from html import unescape

from tests.factories import (
    make_coordinator,
    make_member,
    make_membership,
    make_scheme,
    make_user,
)
from volunteers.models import MembershipStatus


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
