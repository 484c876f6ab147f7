"""Site statistics: vehicles over the threshold per hour watched, by hour of day and day of week,
by speed band, the highest speeds and the share of repeat plates, read from the tallies and the
reviewed sessions only; shown as charts with their figures in tables, to the scheme's coordinators,
the area's officers and the force's admins, and never with a plate."""

import re

import pytest

from tests.factories import make_admin
from tests.form_data import date_typed
from tests.speedwatch.factories import make_site, make_speedwatch_world, next_weekday, sightings_of, submitted_session
from tests.speedwatch.reviewed import PLATES, submitted_on, two_reviewed_sessions
from volunteers.speedwatch import services, statistics
from volunteers.speedwatch.models import RejectionReason


@pytest.fixture
def reviewed(world):
    return two_reviewed_sessions(world)


def _hours(figures):
    return [(p.key, p.minutes, p.vehicles, p.repeats, p.top_speed) for p in figures.by_hour]


def test_figures_add_up_for_a_known_set_of_reviewed_sessions(world, reviewed):
    figures = statistics.site_statistics(world.site)
    assert (figures.sessions, figures.minutes, figures.vehicles, figures.repeats, figures.top_speed) == (
        2,
        180,
        5,
        1,
        52,
    )
    assert figures.per_hour == pytest.approx(5 / 3)
    assert figures.repeat_share == pytest.approx(0.2)
    # 11:00-11:59 watched twice for an hour, 12:00-12:29 twice for half an hour.
    assert _hours(figures) == [(11, 120, 3, 1, 47), (12, 60, 2, 0, 52)]
    assert [p.per_hour for p in figures.by_hour] == [pytest.approx(1.5), pytest.approx(2.0)]
    by_day = {p.key: (p.minutes, p.vehicles, p.repeats) for p in figures.by_weekday if p.minutes}
    assert by_day == {
        reviewed.first_day.isoweekday(): (90, 3, 0),
        reviewed.second_day.isoweekday(): (90, 2, 1),
    }
    assert [(band.low, band.high, band.vehicles) for band in figures.by_band] == [
        (35, 39, 2),
        (40, 44, 1),
        (45, 49, 1),
        (50, 54, 1),
    ]
    assert [(fast.session_id, fast.top_speed) for fast in figures.fastest] == [
        (reviewed.first.id, 52),
        (reviewed.second.id, 41),
    ]


def test_sessions_not_yet_reviewed_and_other_sites_do_not_count(world, reviewed):
    submitted_on(world, next_weekday(9), [("GH78JKL", 60, 10)])
    other_site = make_site(world.scheme, name="Station Road")
    before = statistics.site_statistics(world.site)
    assert (before.sessions, before.vehicles, before.top_speed) == (2, 5, 52)
    empty = statistics.site_statistics(other_site)
    assert (empty.sessions, empty.minutes, empty.vehicles, empty.by_hour, empty.by_band, empty.fastest) == (
        0,
        0,
        0,
        [],
        [],
        [],
    )
    assert empty.per_hour is None and empty.repeat_share is None


def test_a_period_counts_only_the_sessions_that_started_in_it(world, reviewed):
    second_only = statistics.site_statistics(world.site, since=reviewed.second_day)
    assert (second_only.sessions, second_only.vehicles, second_only.repeats, second_only.top_speed) == (1, 2, 1, 41)
    first_only = statistics.site_statistics(world.site, until=reviewed.first_day)
    assert (first_only.sessions, first_only.vehicles, first_only.top_speed) == (1, 3, 52)
    both = statistics.site_statistics(world.site, since=reviewed.first_day, until=reviewed.second_day)
    assert (both.sessions, both.vehicles) == (2, 5)


# --- The page -------------------------------------------------------------------------------------


def _url(world) -> str:
    return f"/speedwatch/sites/{world.site.id}/statistics"


def _tables(text: str) -> list[str]:
    return re.findall(r"<table.*?</table>", text, re.DOTALL)


@pytest.mark.parametrize("who", ["coordinator", "officer", "admin"])
def test_the_page_shows_each_chart_with_its_figures_in_a_table_and_no_plate(world, reviewed, client, login_as, who):
    person = {"coordinator": world.coordinator, "officer": world.officer, "admin": make_admin(world.force)}[who]
    login_as(person)
    response = client.get(_url(world))
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    charts = re.findall(r'<svg [^>]*role="img"[^>]*aria-labelledby="([\w-]+)-title \1-desc"', text)
    assert charts == ["chart-hours", "chart-weekdays", "chart-bands", "chart-fastest", "chart-repeats"]
    for chart in charts:
        assert re.search(rf'<title id="{chart}-title">[^<]+</title>', text)
    # Each chart is followed by its table, before the next chart.
    for chart, following in zip(charts, text.split('role="img" aria-labelledby="chart-')[1:], strict=True):
        assert "<table" in following.split("</svg>", 1)[1], chart
    hours, days, bands, fastest, repeats = _tables(text)
    assert re.search(r"11:00–11:59.*?2\.0.*?3.*?1\.5.*?1.*?47 mph", hours, re.DOTALL)
    assert re.search(r"12:00–12:59.*?1\.0.*?2.*?2\.0.*?0.*?52 mph", hours, re.DOTALL)
    assert "35–39 mph" in bands and "50–54 mph" in bands and "40%" in bands
    assert "52 mph" in fastest and "41 mph" in fastest
    assert "20%" in repeats and "80%" in repeats
    assert "Monday" in days and "Sunday" in days
    for plate in PLATES:
        assert plate not in text
        assert f"{plate[:4]} {plate[4:]}" not in text


def test_the_site_page_links_to_the_statistics_for_those_who_may_see_them(world, client, login_as):
    login_as(world.coordinator)
    assert _url(world) in client.get(f"/speedwatch/sites/{world.site.id}").get_data(as_text=True)
    login_as(world.volunteers[0])
    assert _url(world) not in client.get(f"/speedwatch/sites/{world.site.id}").get_data(as_text=True)


def test_a_volunteer_is_refused_the_statistics(world, reviewed, client, login_as):
    login_as(world.volunteers[0])
    response = client.get(_url(world))
    assert response.status_code == 403
    assert "AB12CDE" not in response.get_data(as_text=True)


def test_an_officer_of_another_force_gets_not_found(world, reviewed, client, login_as):
    elsewhere = make_speedwatch_world()
    login_as(elsewhere.officer)
    assert client.get(_url(world)).status_code == 404


def test_a_period_chosen_on_the_page_narrows_the_figures(world, reviewed, client, login_as):
    login_as(world.officer)
    response = client.get(_url(world), query_string=date_typed("since", reviewed.second_day))
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "52 mph" not in text and "41 mph" in text


def test_a_period_that_ends_before_it_starts_is_a_form_error(world, reviewed, client, login_as):
    login_as(world.officer)
    query = {**date_typed("since", reviewed.second_day), **date_typed("until", reviewed.first_day)}
    response = client.get(_url(world), query_string=query)
    assert response.status_code == 400
    assert "The last day must be the same as or after the first day" in response.get_data(as_text=True)
    response = client.get(_url(world), query_string={"since-day": "31", "since-month": "2", "since-year": "2026"})
    assert response.status_code == 400
    assert "The first day must be a real date" in response.get_data(as_text=True)


def test_the_first_and_last_days_there_are_are_not_an_error(world, reviewed, client, login_as):
    login_as(world.officer)
    query = {**date_typed("since", "2000-01-01"), "since-year": "0001", **date_typed("until", "9999-12-31")}
    response = client.get(_url(world), query_string=query)
    assert response.status_code == 200
    assert "52 mph" in response.get_data(as_text=True)


def test_a_site_with_no_reviewed_session_says_so(world, client, login_as):
    submitted_session(world)
    login_as(world.officer)
    response = client.get(_url(world))
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "No session at this site has been reviewed in this period yet." in text
    assert "<svg" not in text.split("<main", 1)[1]


def test_a_reviewed_session_with_every_sighting_rejected_counts_its_hours_and_no_vehicles(world, client, login_as):
    session = submitted_on(world, next_weekday(7), [("AB12CDE", 38, 10)])
    rejected = {s.id: services.SightingDecision(False, RejectionReason.DEVICE_ERROR) for s in sightings_of(session)}
    services.review_session(world.officer, session, rejected)
    figures = statistics.site_statistics(world.site)
    assert (figures.sessions, figures.minutes, figures.vehicles, figures.top_speed) == (1, 90, 0, 0)
    assert _hours(figures) == [(11, 60, 0, 0, 0), (12, 30, 0, 0, 0)]
    assert figures.repeat_share is None and figures.by_band == [] and figures.fastest == []
    login_as(world.officer)
    text = client.get(_url(world)).get_data(as_text=True)
    assert re.findall(r'aria-labelledby="(chart-[\w]+)-title', text) == ["chart-hours", "chart-weekdays"]
