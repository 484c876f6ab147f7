"""Neighbourhood Watch pages: reporting with the guard, one's own reports, officers' decisions,
isolation between people, and bad input."""

import re
from datetime import datetime, timedelta

import pytest

from tests.factories import make_area, make_coordinator, make_membership, make_officer, make_user
from tests.form_data import moment_typed
from tests.watch.factories import FLAGGED_TEXT, ORDINARY_TEXT, decide, details, make_report
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import MembershipStatus
from volunteers.watch import services
from volunteers.watch.models import Report, ReportStatus

DISTINCTIVE = "A purple tricycle with a brass bell was left by the lamppost near the chemist every night."
SUMMARY = services.SummaryDetails(
    you_said="Members told us about a toy left in the street overnight.",
    we_did="We asked the council to remove it.",
    share_with_scheme=True,
    publish=True,
)


def report_form(world, **values):
    data = {
        "scheme": str(world.scheme.id),
        "category": "suspicious_activity",
        **moment_typed("occurred_at", utcnow() - timedelta(hours=3)),
        "location": "Mill Lane",
        "description": ORDINARY_TEXT,
        "victim": "none",
    }
    data.update(values)
    return data


def _flags_seen(page: str) -> str:
    return re.search(r'name="flags_seen" type="hidden" value="([0-9a-f]*)"', page).group(1)


# --- Reporting ---------------------------------------------------------------------------------


def test_a_member_sends_a_report_from_the_page_and_sees_it_awaiting_review(world, client, login_as):
    earlier = make_report(world.scheme, world.member, location="Elm Road garages")
    login_as(world.member)
    assert "What happened?" in client.get("/watch/reports/new").get_data(as_text=True)
    response = client.post("/watch/reports/new", data=report_form(world))
    assert response.status_code == 302
    report = db.session.query(Report).filter(Report.id != earlier.id).one()
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Report sent" in page and "Submitted" in page and ORDINARY_TEXT in page
    listed = client.get("/watch/").get_data(as_text=True)
    assert listed.index("Mill Lane") < listed.index("Elm Road garages")
    assert report.occurred_at < utcnow()


def test_a_new_report_starts_from_the_current_local_time(world, client, login_as):
    from zoneinfo import ZoneInfo

    login_as(world.member)
    page = client.get("/watch/reports/new").get_data(as_text=True)
    shown = {
        part: re.search(rf'name="occurred_at-{part}" type="text"[^>]* value="([^"]+)"', page).group(1)
        for part in ("day", "month", "year", "time")
    }
    london = ZoneInfo("Europe/London")
    shown_at = datetime.strptime("{day} {month} {year} {time}".format(**shown), "%d %m %Y %H:%M").replace(tzinfo=london)
    assert abs(shown_at - utcnow()) < timedelta(minutes=2)


def test_the_guard_shows_what_it_found_and_the_house_rules_before_anything_is_stored(world, client, login_as):
    login_as(world.member)
    page = client.post("/watch/reports/new", data=report_form(world, description=FLAGGED_TEXT))
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Before you send this report" in text
    assert '<mark class="app-flag-evidence">The man at number 12</mark>' in text
    assert '<mark class="app-flag-evidence">nonce</mark>' in text
    assert "The house rules" in text and "call 999" in text
    assert "Never confront anyone" in text
    assert db.session.query(Report).count() == 0

    sent = client.post(
        "/watch/reports/new",
        data=report_form(world, description=FLAGGED_TEXT, flags_seen=_flags_seen(text), send_anyway="y"),
    )
    assert sent.status_code == 302
    assert db.session.query(Report).one().flag_count == 3


def test_someone_pointed_at_by_their_house_name_is_flagged_with_advice_that_says_so(world, client, login_as):
    """The guard finds a named house ("the woman at Rowan Cottage") as it finds a numbered one, so
    its advice names both: a writer told only of house numbers would not see what to change."""
    login_as(world.member)
    description = "The woman at Rowan Cottage keeps leaving her bins out across the path every single week."
    page = client.post("/watch/reports/new", data=report_form(world, description=description))
    text = page.get_data(as_text=True)
    assert '<mark class="app-flag-evidence">Rowan Cottage</mark>' in text
    assert "no names, addresses (a house's number or name) or number plates" in text
    assert db.session.query(Report).count() == 0


def test_a_rephrased_report_is_sent_without_its_flags(world, client, login_as):
    login_as(world.member)
    first = client.post("/watch/reports/new", data=report_form(world, description=FLAGGED_TEXT))
    rephrased = "A man was shouting in the street near the junction at about 11pm."
    sent = client.post(
        "/watch/reports/new",
        data=report_form(world, description=rephrased, flags_seen=_flags_seen(first.get_data(as_text=True))),
    )
    assert sent.status_code == 302
    assert db.session.query(Report).one().flags == []


def test_danger_shows_999_and_crisis_advice_before_and_after_sending(world, client, login_as):
    login_as(world.member)
    words = "My neighbour said he wants to end it all and has pills with him."
    page = client.post("/watch/reports/new", data=report_form(world, description=words)).get_data(as_text=True)
    assert "Call 999 now" in page and "116 123" in page
    sent = client.post(
        "/watch/reports/new", data=report_form(world, description=words, flags_seen=_flags_seen(page), send_anyway="y")
    )
    after = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert "Call 999 now" in after and "116 123" in after
    assert db.session.query(Report).one().urgent


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"description": ""}, "Describe what happened"),
        ({"description": "x" * 20_000}, "What happened must be 5000 characters or fewer"),
        (moment_typed("occurred_at", utcnow() + timedelta(days=3)), "When it happened must be now or in the past"),
        (
            {"occurred_at-day": "next tuesday", "occurred_at-month": "", "occurred_at-year": ""},
            "When it happened must include a month and year",
        ),
        ({"occurred_at-day": "30", "occurred_at-month": "2", "occurred_at-year": ""}, "must include a year"),
        ({"occurred_at-day": "31", "occurred_at-month": "2", "occurred_at-year": "2026"}, "must be a real date"),
        ({"occurred_at-time": "25:00"}, "When it happened must be a real time, like 21:30"),
        ({"occurred_at-time": ""}, "When it happened must include a time"),
        ({"category": "gossip"}, "Choose what kind of thing happened"),
        ({"category": ""}, "Choose what kind of thing happened"),
        ({"map_point": "behind the church"}, "Enter the map point"),
    ],
)
def test_bad_input_on_the_report_form_gets_a_clear_message_and_stores_nothing(
    world, client, login_as, changes, message
):
    login_as(world.member)
    response = client.post("/watch/reports/new", data=report_form(world, **changes))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "govuk-error-summary" in page and message in page
    assert db.session.query(Report).count() == 0


def test_script_tags_in_a_report_are_shown_as_text_never_run(world, client, login_as):
    login_as(world.member)
    script = "<script>alert('x')</script>"
    client.post("/watch/reports/new", data=report_form(world, description=f"{script} near the shop", location=script))
    report = db.session.query(Report).one()
    for who in (world.member, world.officer):
        login_as(who)
        page = client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
        assert script not in page
    assert script not in client.get("/review").get_data(as_text=True)


def test_a_member_who_may_not_report_is_told_why(world, client, login_as):
    membership = world.member.membership_of(world.scheme.id)
    membership.status = MembershipStatus.SUSPENDED
    db.session.commit()
    login_as(world.member)
    page = client.get("/watch/reports/new")
    assert page.status_code == 403 and "You cannot send reports yet" in page.get_data(as_text=True)
    assert client.post("/watch/reports/new", data=report_form(world)).status_code == 403
    assert db.session.query(Report).count() == 0


def test_a_member_changes_their_report_and_answers_a_question_from_the_page(world, client, login_as):
    report = make_report(world.scheme, world.member)
    login_as(world.member)
    form = client.get(f"/watch/reports/{report.id}/correct").get_data(as_text=True)
    assert "Mill Lane" in form
    changed = report_form(world, description="They tried the handles of three cars, then left.")
    assert client.post(f"/watch/reports/{report.id}/correct", data=changed).status_code == 302
    decide(report, world.officer, "needs_more_information", message="What time was it, roughly?")
    db.session.expire_all()
    page = client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
    assert "The officer needs more information" in page and "What time was it, roughly?" in page
    answered = client.post(
        f"/watch/reports/{report.id}/correct", data=report_form(world, reply="About twenty past eleven.")
    )
    assert answered.status_code == 302
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.SUBMITTED


def test_a_member_withdraws_a_report_from_the_page(world, client, login_as):
    report = make_report(world.scheme, world.member)
    login_as(world.member)
    assert client.post(f"/watch/reports/{report.id}/withdraw", data={"reason": "Sorted out."}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.WITHDRAWN


# --- Isolation ---------------------------------------------------------------------------------


def test_nobody_but_the_reporter_and_the_areas_officers_can_open_a_report(world, client, login_as):
    report = make_report(world.scheme, world.member, DISTINCTIVE)
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    outsiders = [neighbour, make_coordinator(world.scheme), make_officer(make_area(world.force)), make_user()]
    for outsider in outsiders:
        login_as(outsider)
        for url in (f"/watch/reports/{report.id}", f"/watch/reports/{report.id}/correct"):
            response = client.get(url)
            assert response.status_code in (403, 404), (outsider, url)
            assert DISTINCTIVE not in response.get_data(as_text=True)
        assert client.get(f"/watch/reports/{report.id}").status_code == 404
    for insider in (world.member, world.officer):
        login_as(insider)
        assert DISTINCTIVE in client.get(f"/watch/reports/{report.id}").get_data(as_text=True)


def test_a_coordinator_does_not_see_a_report_even_after_it_is_decided(world, client, login_as):
    report = make_report(world.scheme, world.member, DISTINCTIVE)
    decide(report, world.officer)
    login_as(make_coordinator(world.scheme))
    assert client.get(f"/watch/reports/{report.id}").status_code == 404


def test_an_officer_cannot_decide_on_another_areas_report_from_the_page(world, client, login_as):
    report = make_report(world.scheme, world.member)
    login_as(make_officer(make_area(world.force)))
    response = client.post(
        f"/watch/reports/{report.id}/decide",
        data={"decision": "no_further_action", "reason": "Nothing to see here at all.", "message": "Closed."},
    )
    assert response.status_code == 404
    db.session.expire_all()
    assert db.session.get(Report, report.id).status == ReportStatus.SUBMITTED


# --- Review --------------------------------------------------------------------------------------


def test_the_officer_sees_flags_with_evidence_and_earlier_versions(world, client, login_as):
    report = make_report(world.scheme, world.member)
    services.correct_report(world.member, report, details(FLAGGED_TEXT), send_anyway=True)
    login_as(world.officer)
    page = client.get(f"/watch/reports/{report.id}").get_data(as_text=True)
    assert '<mark class="app-flag-evidence">nonce</mark>' in page
    assert "What version 1 said" in page and ORDINARY_TEXT in page
    assert "Is this an accusation or slur" in page
    queue = client.get("/review").get_data(as_text=True)
    row = queue[queue.index(f"/watch/reports/{report.id}") :]
    assert '<strong class="govuk-tag govuk-tag--orange">Accusation</strong>' in row


def test_the_decision_page_requires_each_flag_to_be_acknowledged(world, client, login_as, smtp):
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    login_as(world.officer)
    form = client.get(f"/watch/reports/{report.id}/decide").get_data(as_text=True)
    assert "I have weighed: Accusation or insult" in form
    data = {
        "decision": "no_further_action",
        "reason": "Neighbour dispute; reporter advised not to approach and given mediation details.",
        "message": "Thank you. We have given you the details of the council's mediation service.",
        "acknowledged_flags": ["accusation"],
    }
    refused = client.post(f"/watch/reports/{report.id}/decide", data=data)
    assert refused.status_code == 200 and "Acknowledge each flag" in refused.get_data(as_text=True)
    data["acknowledged_flags"] = ["identifies_person", "accusation", "confrontation"]
    assert client.post(f"/watch/reports/{report.id}/decide", data=data).status_code == 302
    assert "mediation service" in smtp.text(smtp.last_to(world.member.email))


def test_shared_and_published_summaries_never_show_the_reports_own_words(world, client, login_as):
    report = make_report(world.scheme, world.member, DISTINCTIVE)
    decide(report, world.officer, summary=SUMMARY)
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    login_as(neighbour)
    for url in ("/", f"/watch/schemes/{world.scheme.id}/summaries"):
        page = client.get(url).get_data(as_text=True)
        assert SUMMARY.we_did in page and DISTINCTIVE not in page
    client.post("/sign-out")
    for url in ("/watch/you-said-we-did", f"/watch/you-said-we-did/{world.area.id}"):
        page = client.get(url).get_data(as_text=True)
        assert world.area.name in page and DISTINCTIVE not in page and "tricycle" not in page
    assert SUMMARY.you_said in client.get(f"/watch/you-said-we-did/{world.area.id}").get_data(as_text=True)


def test_a_summary_shared_only_with_the_scheme_is_not_published(world, client):
    report = make_report(world.scheme, world.member, DISTINCTIVE)
    only_scheme = services.SummaryDetails(SUMMARY.you_said, SUMMARY.we_did, share_with_scheme=True)
    decide(report, world.officer, summary=only_scheme)
    assert SUMMARY.you_said not in client.get(f"/watch/you-said-we-did/{world.area.id}").get_data(as_text=True)


def test_only_active_members_and_the_areas_officers_read_a_schemes_summaries(world, client, login_as):
    url = f"/watch/schemes/{world.scheme.id}/summaries"
    for allowed in (world.member, world.officer):
        login_as(allowed)
        assert client.get(url).status_code == 200
    suspended = make_user()
    make_membership(suspended, world.scheme, status=MembershipStatus.SUSPENDED)
    for outsider in (suspended, make_user(), make_officer(make_area())):
        login_as(outsider)
        assert client.get(url).status_code == 404


def test_the_home_page_offers_reporting_and_shows_outcomes(world, client, login_as):
    report = make_report(world.scheme, world.member)
    decide(report, world.officer)
    login_as(world.member)
    home = client.get("/").get_data(as_text=True)
    assert "Report something" in home and "Your reports" in home
    assert "Outcomes of your reports" in home and f"/watch/reports/{report.id}" in home
