"""The demo shows the whole Neighbourhood Watch loop to a newcomer."""

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.watch.models import Alert, Report, ReportStatus, WatchSummary


def test_the_demo_has_a_flagged_report_waiting_a_decided_one_with_a_published_summary_and_an_alert(app, client):
    assert app.test_cli_runner().invoke(args=["seed", "demo", "--password", "demo password 1"]).exit_code == 0
    reports = list(db.session.scalars(sa.select(Report)))
    waiting = [report for report in reports if report.status == ReportStatus.SUBMITTED]
    assert len(reports) == 3 and len(waiting) == 2
    assert any(report.flag_count for report in waiting)
    summary = db.session.scalar(sa.select(WatchSummary))
    assert summary.published and summary.shared_with_scheme
    assert db.session.scalar(sa.select(sa.func.count(Alert.id))) == 1
    page = client.get(f"/watch/you-said-we-did/{summary.area_id}").get_data(as_text=True)
    assert summary.we_did in page
