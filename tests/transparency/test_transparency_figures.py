"""The published figures: the refresh, the suppression of small counts on every page, chart and
download, and nothing personal on any public page."""

import csv
import io
import re

import pytest

from tests.transparency.world import PLATES, everyone_named, make_transparency_world
from volunteers.extensions import db
from volunteers.transparency import figures
from volunteers.transparency.models import PublicFigure

SMALL = re.compile(r"^\s*[1-4]\s*$")


@pytest.fixture
def world(app):
    found = make_transparency_world()
    figures.refresh_force(found.force)
    return found


def _public_urls(world) -> list[str]:
    force = world.force.slug
    return [
        "/transparency/",
        f"/transparency/{force}",
        f"/transparency/{force}/{world.small.slug}",
        f"/transparency/{force}/{world.large.slug}",
        f"/api/v1/public/stats?force={force}",
        f"/api/v1/public/stats?force={force}&area={world.small.slug}",
        f"/api/v1/public/stats?force={force}&format=csv",
        f"/api/v1/public/stats?force={force}&area={world.small.slug}&format=csv",
    ]


def _shown_figures(html: str) -> list[str]:
    """Every figure a page shows: in its tables and in its charts' labels."""
    cells = re.findall(r"data-figure>([^<]*)<", html)
    chart_labels = re.findall(r'<text x="[0-9.]+" y="[0-9.]+" font-family[^>]*>([^<]*)</text>', html)
    return cells + chart_labels


def _rows(world) -> set[tuple]:
    return {
        (row.area_id, row.month, row.scheme_kind, row.measure, row.value)
        for row in db.session.query(PublicFigure).filter_by(force_id=world.force.id)
    }


def test_small_counts_are_shown_as_fewer_than_5_in_every_table_and_chart(client, world):
    for area in (world.small, world.large):
        page = client.get(f"/transparency/{world.force.slug}/{area.slug}")
        assert page.status_code == 200
        shown = _shown_figures(page.text)
        assert shown, "the page shows no figures"
        assert [text for text in shown if SMALL.match(text)] == []
    small_page = client.get(f"/transparency/{world.force.slug}/{world.small.slug}").text
    assert "fewer than 5" in small_page
    # The chart draws a withheld month as the hatched placeholder, not a bar scaled to its count.
    assert 'fill="url(#chart-watch-reports-received-hatch)"' in small_page
    chart = small_page.split('id="chart-watch-reports-received"')[1].split("</svg>")[0]
    assert set(re.findall(r'width="([0-9.]+)" height="17" fill="#1d70b8"', chart)) == {"0.0"}


def test_counts_of_five_or_more_are_shown_as_they_are(client, world):
    page = client.get(f"/transparency/{world.force.slug}").text
    shown = _shown_figures(page)
    assert "10" in shown  # the force's reports and its active volunteers
    assert "15" in shown  # vehicles over the threshold


def test_no_small_count_can_be_worked_out_by_subtracting_from_a_total(client, world):
    """Eastgate's 3 reports are withheld, so Westgate's 7 are too: with the force's 10 shown,
    either would give the other away."""
    westgate = client.get(f"/transparency/{world.force.slug}/{world.large.slug}").text
    assert "7" not in _shown_figures(westgate) and "withheld" in _shown_figures(westgate)
    rows = db.session.query(PublicFigure).filter_by(force_id=world.force.id).all()
    visible = {(r.scheme_kind, r.measure, r.area_id, r.month): r for r in rows}

    def hidden(row) -> bool:
        return row.withheld or 0 < row.value < 5

    lines: dict[tuple, list] = {}
    for (kind, measure, area_id, month), row in visible.items():
        if area_id is not None and measure != "review_days_median":
            lines.setdefault((kind, measure, None, month), []).append(row)
    for whole_key, parts in lines.items():
        whole = visible.get(whole_key)
        if whole is not None and not hidden(whole) and whole.value:
            assert sum(hidden(part) for part in parts) != 1, whole_key


def test_the_csv_download_withholds_small_counts(client, world):
    for query in (f"force={world.force.slug}", f"force={world.force.slug}&area={world.small.slug}"):
        response = client.get(f"/api/v1/public/stats?{query}&format=csv")
        assert response.status_code == 200
        assert response.mimetype == "text/csv"
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows
        assert [row for row in rows if SMALL.match(row["figure"])] == []
    small = client.get(f"/api/v1/public/stats?force={world.force.slug}&area={world.small.slug}&format=csv").text
    assert "fewer than 5" in small


def _json_figures(body: dict) -> list[dict]:
    found = [body_part for body_part in body["volunteers"]]
    for scheme in body["schemes"]:
        for measure in scheme["measures"]:
            found.append(measure["period"])
            found.extend(measure["months"])
    return found


def test_the_json_stats_withhold_small_counts(client, world):
    for query in (f"force={world.force.slug}", f"force={world.force.slug}&area={world.small.slug}"):
        body = client.get(f"/api/v1/public/stats?{query}").get_json()
        shown = _json_figures(body)
        assert [
            item for item in shown if item["value"] is not None and 0 < item["value"] < 5 and not _median(item)
        ] == []
        assert [item for item in shown if SMALL.match(item["shown"])] == []
    small = client.get(f"/api/v1/public/stats?force={world.force.slug}&area={world.small.slug}").get_json()
    [reports] = [m for s in small["schemes"] for m in s["measures"] if m["measure"] == "reports_received"]
    assert reports["period"] == {"value": None, "shown": "fewer than 5", "withheld": True}


def _median(item: dict) -> bool:
    return "." in item["shown"]


def test_the_median_days_to_decide_is_published_only_over_five_or_more_reports(client, world):
    body = client.get(f"/api/v1/public/stats?force={world.force.slug}&area={world.large.slug}").get_json()
    [median] = [m for s in body["schemes"] for m in s["measures"] if m["measure"] == "review_days_median"]
    assert median["period"]["value"] == 2.0  # 0.5, 1, 2, 2, 3, 4, 9 days
    small = client.get(f"/api/v1/public/stats?force={world.force.slug}&area={world.small.slug}").get_json()
    [median] = [m for s in small["schemes"] for m in s["measures"] if m["measure"] == "review_days_median"]
    assert median["period"]["value"] is None


def test_the_force_page_adds_up_its_areas(client, world):
    body = client.get(f"/api/v1/public/stats?force={world.force.slug}").get_json()
    [reports] = [m for s in body["schemes"] for m in s["measures"] if m["measure"] == "reports_received"]
    assert reports["period"]["value"] == 10
    [watch] = [v for v in body["volunteers"] if v["kind"] == "watch"]
    assert watch["value"] == 10


def test_public_pages_and_downloads_show_no_name_email_report_text_or_plate(client, world):
    for url in _public_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        for secret in everyone_named(world):
            assert secret not in response.text, (url, secret)
        for plate in PLATES:
            assert plate[:4] not in response.text.replace(" ", ""), (url, plate)


def test_the_refresh_is_idempotent(app, world):
    first = _rows(world)
    figures.refresh_force(world.force)
    assert _rows(world) == first
    result = app.test_cli_runner().invoke(args=["transparency", "refresh"])
    assert result.exit_code == 0, result.output
    assert "Northshire Constabulary" in result.output
    assert _rows(world) == first
    assert db.session.query(PublicFigure).filter_by(force_id=world.force.id).count() == len(first)


def test_the_refresh_command_refuses_an_unknown_force(app, world):
    result = app.test_cli_runner().invoke(args=["transparency", "refresh", "--force", "nowhere"])
    assert result.exit_code != 0
    assert "no force 'nowhere'" in result.output


def test_pages_read_only_the_summary_table(client, world, monkeypatch):
    """A figure changed in the summary table shows on the page: the page never counts reports itself."""
    row = (
        db.session.query(PublicFigure)
        .filter_by(force_id=world.force.id, area_id=None, measure="reports_received", month=None)
        .one()
    )
    row.value = 4242
    db.session.commit()
    assert "4,242" in client.get(f"/transparency/{world.force.slug}").text


def test_an_unknown_force_or_area_is_a_404(client, world):
    assert client.get("/transparency/nowhere").status_code == 404
    assert client.get(f"/transparency/{world.force.slug}/nowhere").status_code == 404


def test_the_stats_api_answers_an_unknown_area_with_the_json_error_shape(client, world):
    response = client.get(f"/api/v1/public/stats?force={world.force.slug}&area=nowhere")
    assert response.status_code == 404
    assert response.get_json() == {
        "code": 404,
        "status": "Not Found",
        "message": "There is no area with that name in this force.",
    }
    missing = client.get("/api/v1/public/stats")
    assert missing.status_code == 422
    assert "force" in missing.get_json()["errors"]
    assert client.get(f"/api/v1/public/stats?force={world.force.slug}&format=xml").status_code == 422


def test_the_stats_api_is_in_the_openapi_document_without_a_token(client, app):
    document = client.get("/api/v1/openapi.json").get_json()
    operation = document["paths"]["/api/v1/public/stats"]["get"]
    assert operation["security"] == []
    assert {parameter["name"] for parameter in operation["parameters"]} >= {"force", "area", "format"}


def test_the_public_home_page_links_to_the_transparency_pages(client, app):
    assert 'href="/transparency/"' in client.get("/").text
