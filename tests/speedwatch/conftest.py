"""The Speed Watch tests' shared world: an approved site, a calibrated device, a coordinator, three
trained volunteers and the area's officer."""

import pytest

from tests.speedwatch.factories import SpeedwatchWorld, make_speedwatch_world


@pytest.fixture
def world(app) -> SpeedwatchWorld:
    return make_speedwatch_world()
