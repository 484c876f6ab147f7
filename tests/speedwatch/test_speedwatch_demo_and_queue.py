"""Speed Watch in the officers' single queue (submitted sessions, sites to assess, reviews due),
on volunteers' home pages, in the personal-data download, and in the demo."""

from datetime import date, timedelta

import sqlalchemy as sa
from flask import current_app

from tests.speedwatch.factories import accept_all, make_site, running_session, submitted_session
from volunteers.extensions import db
from volunteers.models import User
from volunteers.review import QueueFilters, QueuePage, queue_counts
from volunteers.speedwatch import services
from volunteers.speedwatch.models import (
    Device,
    Letter,
    LetterStage,
    SessionStatus,
    Sighting,
    Site,
    SiteStatus,
    SpeedwatchSession,
)
from volunteers.speedwatch.queue import SESSIONS_KIND, SITE_REVIEWS_KIND, SITES_KIND


def test_the_officers_queue_holds_submitted_sessions_sites_to_assess_and_reviews_due(world):
    session = submitted_session(world)
    proposed = make_site(world.scheme, name="Station Road", approved=False)
    lapsing = make_site(world.scheme, name="Church Street")
    lapsing.approved_until = date.today() + timedelta(days=10)
    make_site(world.scheme, name="High Street").approved_until = date.today() + timedelta(days=200)
    db.session.commit()
    running_session(world, starts_at=session.starts_at + timedelta(days=1), ends_at=session.ends_at + timedelta(days=1))

    counts = queue_counts(world.officer)
    assert counts.by_kind == {SESSIONS_KIND: 1, SITES_KIND: 1, SITE_REVIEWS_KIND: 1}
    with current_app.test_request_context():
        items = {item.kind: item for item in QueuePage(world.officer, QueueFilters()).items}
    assert items[SESSIONS_KIND].id == session.id and "2 sightings to review" in items[SESSIONS_KIND].notes
    assert items[SITES_KIND].id == proposed.id
    review = items[SITE_REVIEWS_KIND]
    assert review.id == lapsing.id and review.due_at is not None and not review.overdue
    # Filtering by kind, scheme and by the watch-only filters.
    assert queue_counts(world.officer, QueueFilters(kind=SITES_KIND)).total == 1
    assert queue_counts(world.officer, QueueFilters(category="burglary_concern")).total == 0
    # A volunteer of the session is no officer, and an officer elsewhere sees none of it.
    assert queue_counts(world.volunteers[0]).total == 0


def test_a_reviewed_session_leaves_the_queue(world):
    session = submitted_session(world)
    accept_all(world, session)
    assert queue_counts(world.officer).total == 0


def test_the_queue_page_links_each_item_to_where_the_officer_acts(world, client, login_as):
    session = submitted_session(world)
    login_as(world.officer)
    text = client.get("/review").get_data(as_text=True)
    assert f"/speedwatch/sessions/{session.id}/review" in text
    assert world.site.name in text


def test_a_volunteers_home_page_links_to_the_running_session(world, client, login_as):
    session = running_session(world)
    login_as(world.volunteers[0])
    text = client.get("/").get_data(as_text=True)
    assert f"/speedwatch/sessions/{session.id}/roadside" in text
    assert "record vehicles at 35 mph or more" in text


def test_the_personal_data_download_has_a_volunteers_sessions_and_counts_not_plates(world, client, login_as):
    session = submitted_session(world)
    login_as(world.volunteers[0])
    export = client.get("/account/export.json").get_json()
    [entry] = export["speedwatch"]["sessions"]
    assert entry["id"] == session.id and entry["sightings_you_recorded"] == 2 and entry["submitted_by_you"]
    assert "AB12CDE" not in str(export)


def test_the_demo_shows_the_whole_loop_and_accepting_it_earns_a_warning(app):
    assert app.test_cli_runner().invoke(args=["seed", "demo", "--password", "demo password 1"]).exit_code == 0
    sites = db.session.scalars(sa.select(Site).order_by(Site.id)).all()
    assert [site.status for site in sites] == [SiteStatus.APPROVED, SiteStatus.PROPOSED]
    device = db.session.scalar(sa.select(Device))
    assert device.is_calibrated_on(date.today())
    sessions = db.session.scalars(sa.select(SpeedwatchSession).where(SpeedwatchSession.imported.is_(False))).all()
    assert {session.status for session in sessions} == {SessionStatus.PLANNED, SessionStatus.SUBMITTED}
    waiting = next(session for session in sessions if session.status == SessionStatus.SUBMITTED)
    volunteer = db.session.scalar(sa.select(User).where(User.email == "volunteer@demo.test"))
    assert volunteer.id in waiting.volunteer_ids and len(waiting.volunteers) >= 3
    assert db.session.scalar(sa.select(sa.func.count()).where(Sighting.session_id == waiting.id)) >= 5
    officer = db.session.scalar(sa.select(User).where(User.email == "officer@demo.test"))
    decisions = {
        sighting_id: services.SightingDecision(True)
        for sighting_id in db.session.scalars(sa.select(Sighting.id).where(Sighting.session_id == waiting.id))
    }
    services.review_session(officer, waiting, decisions)
    stages = db.session.scalars(sa.select(Letter.stage).where(Letter.registration == "AB12CDE").order_by(Letter.id))
    assert list(stages) == [LetterStage.ADVISORY, LetterStage.WARNING]
