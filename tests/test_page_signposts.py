"""Pages point people to where they can go next, and say plainly why something cannot be done."""

import re
from html import unescape

from tests.factories import (
    make_member,
    make_scheme,
)


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
