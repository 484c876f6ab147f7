"""What the complaints tests share: a force with an area, its admins, and the form as a person
fills it in."""

import re
from dataclasses import dataclass

import pytest

from tests.factories import make_admin, make_area, make_force
from volunteers.models import Area, Force, User

COMPLAIN = "/complaints"


@dataclass
class ComplaintWorld:
    force: Force
    area: Area
    admin: User
    other_admin: User


@pytest.fixture
def world(app) -> ComplaintWorld:
    """A force with one area and two admins; filling the form in takes no time in these tests."""
    app.config["COMPLAINT_MIN_FILL_SECONDS"] = 0
    force = make_force(name="Leicestershire Police")
    area = make_area(force, name="Oadby")
    return ComplaintWorld(force, area, make_admin(force, name="Ada Admin"), make_admin(force, name="Abe Admin"))


def shown_stamp(client) -> str:
    page = client.get(COMPLAIN).get_data(as_text=True)
    return re.search(r'name="shown" type="hidden" value="([^"]+)"', page).group(1)


def complaint_data(where: Area, **fields) -> dict:
    return {
        "about": "conduct",
        "area": str(where.id),
        "description": "A volunteer at the roadside shouted at me and photographed my children.",
        "happened_when": "Tuesday about 8am",
        "location": "Mill Lane, by the school",
        **fields,
    }


def send_complaint(client, where: Area, **fields):
    """Fill the form in as a person would: open it, then send it with the stamp it carried."""
    data = complaint_data(where, **fields)
    data.setdefault("shown", shown_stamp(client))
    return client.post(COMPLAIN, data=data)
