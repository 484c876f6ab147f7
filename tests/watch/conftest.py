"""The Neighbourhood Watch tests' shared world: a force, an area, its watch scheme, a cleared
member and the area's officer."""

import pytest

from tests.watch.factories import WatchWorld, make_watch_world


@pytest.fixture
def world(app) -> WatchWorld:
    return make_watch_world()
