"""Every page fits a 360 px wide phone, for every role, with real content on it.

The pages are taken from the URL map (every GET route that is not the API or a static file), so
a new page is measured without anyone remembering to add it; a route with arguments is opened on
the sample objects below. Only answers that are not pages (downloads, photos) are left out, in
NOT_PAGES. A page fits when the document is no wider than the window and no element sticks out
of it, except inside a box that scrolls sideways, and such a box must be reachable by keyboard and
named so that everyone can scroll it.
"""

import io
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image

from tests.browser.test_accessibility import violations_on
from tests.conftest import open_sign_in_page
from tests.factories import (
    PASSWORD,
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
    record_check,
)
from tests.speedwatch.factories import (
    SpeedwatchWorld,
    accept_all,
    entry,
    make_device,
    make_site,
    next_weekday,
    running_session,
    submitted_session,
    window,
)
from tests.watch.factories import FLAGGED_TEXT, decide, details
from volunteers import hours
from volunteers.admin.services import create_officer
from volunteers.auth.services import create_api_token, request_email_change, request_password_reset
from volunteers.complaints import services as complaint_services
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership import invitations, joining
from volunteers.membership.models import ExpressionOfInterest
from volunteers.models import CheckKind, MembershipRole, MembershipStatus, SchemeKind
from volunteers.speedwatch import letters as speedwatch_letters
from volunteers.speedwatch import objections
from volunteers.speedwatch import services as speedwatch_services
from volunteers.transaction import transaction
from volunteers.transparency import services as transparency_services
from volunteers.watch import services as watch_services
from volunteers.youth import activities as youth_activities
from volunteers.youth import consent as youth_consent
from volunteers.youth import consultations as youth_consultations
from volunteers.youth import mentoring as youth_mentoring
from volunteers.youth import recommendations as youth_recommendations

PHONE = {"width": 360, "height": 740}
ROLES = ("anonymous", "volunteer", "coordinator", "officer", "admin")

# GET routes that answer with something other than a page: nothing to lay out.
NOT_PAGES = {
    "accounts.export": "the person's data as a JSON download",
    "admin.audit_csv": "a CSV download",
    "membership.export_members": "a CSV download",
    "watch.photo": "a photo",
    "main.healthz": "JSON for load balancers",
    "speedwatch.sheet_template": "a CSV download",
    "speedwatch_letters.letter_pdf": "a PDF download",
    "speedwatch_letters.batch_csv": "a CSV download",
    "speedwatch_letters.batch_pdf": "a PDF download",
}

# Long words that do not break by themselves (an email address, a pasted link), where people
# write them.
LONG_EMAIL = "bartholomew.fotheringham-wolstenholme@northgate-residents-association.example.test"
LONG_LINK = "https://northgate-residents-association.example.test/news/2026/11/suspicious-vans-on-mill-lane"
LONG_NAME = "Bartholomew Fotheringham-Wolstenholme"
LONG_REASON = (
    "Two earlier reports describe the same van on Mill Lane; the neighbourhood team has the registration "
    f"and will visit. The reporter also linked to {LONG_LINK}, which adds nothing we can use."
)

# What the browser measures: the document's width, every element that sticks out of the window
# (outermost only) and every sideways-scrolling box that a keyboard cannot reach or that has no name.
MEASURE = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
  }
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  // Visually hidden text (for screen readers) is clipped to nothing wherever it sits.
  const hidden = (el) => getComputedStyle(el).clipPath === "inset(50%)";
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  const reported = new Set();
  for (const el of document.body.querySelectorAll("*")) {
    if (reported.has(el.parentElement)) { reported.add(el); continue; }
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.left >= -0.5 && box.right <= width + 0.5) continue;
    let excused = false;
    for (let up = el; up && up !== document.body; up = up.parentElement) {
      if ((up !== el && scrolls(up)) || hidden(up)) { excused = true; break; }
    }
    if (excused) continue;
    reported.add(el);
    const text = (el.innerText || "").trim().slice(0, 40);
    problems.push(`${name(el)} reaches ${Math.round(box.right)}px` + (text ? ` ("${text}")` : ""));
  }
  for (const el of document.body.querySelectorAll("*")) {
    if (!scrolls(el) || el.scrollWidth <= el.clientWidth) continue;
    if (el.tabIndex < 0) problems.push(`${name(el)} scrolls sideways but a keyboard cannot reach it`);
    if (!el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby")) {
      problems.push(`${name(el)} scrolls sideways but has no name`);
    }
  }
  return problems;
}"""


@dataclass
class World:
    people: dict
    samples: dict  # URL parameter -> the values to open each route with
    by_endpoint: dict  # endpoint -> {parameter: values} where a route needs its own sample
    halfway: dict  # who is half-way through signing in, by what the second step asks of them


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 30)).save(out, "JPEG")
    return out.getvalue()


def _secret(smtp, address: str, page: str) -> str:
    """The secret of the one-time link to `page` in the last email to `address`."""
    link = next(link for link in smtp.links(smtp.last_to(address)) if page in link)
    return parse_qs(urlsplit(link).query).get("link", [link.rsplit("/", 1)[1]])[0]


@pytest.fixture
def world(app, smtp) -> World:
    """A force whose pages all have something on them: every kind of scheme, members with checks
    missing, expiring and done, hours, reports flagged, decided and questioned, summaries, alerts,
    people asking to join, open links and the audit trail all of that leaves."""
    today = date.today()
    force = make_force("Northgate and Upper Mill Lane Constabulary")
    area = make_area(force, "Northgate and Upper Mill Lane")
    watch = make_scheme(area, SchemeKind.WATCH, "Northgate and Upper Mill Lane Neighbourhood Watch")
    speedwatch = make_scheme(area, SchemeKind.SPEEDWATCH, "Northgate Community Speed Watch")
    youth = make_scheme(area, SchemeKind.YOUTH, "Northgate Youth Commission")
    admin = make_admin(force, name="Alex Admin")
    officer = make_officer(area, name="PC Olivia Officer")
    coordinator = make_coordinator(watch, name="Cora Coordinator")
    for scheme in (speedwatch, youth):
        make_membership(coordinator, scheme, role=MembershipRole.COORDINATOR)
    volunteer = make_user(email=LONG_EMAIL, name=LONG_NAME, phone="01632 960 123")
    membership = make_membership(volunteer, watch)
    make_membership(volunteer, speedwatch)
    roadside = _speedwatch_sessions(speedwatch, coordinator, volunteer, officer)

    # Members whose checks need attention, and one waiting to be vetted.
    expiring = make_membership(make_user(name="Eve Expiring"), watch, vetted=False)
    record_check(expiring, CheckKind.TRAINING, today - timedelta(days=710), today + timedelta(days=20))
    check = record_check(expiring, CheckKind.IDENTITY, detail=LONG_LINK)
    applicant = make_membership(make_user(name="Aled Applicant"), watch, status=MembershipStatus.VETTING, vetted=False)
    young = make_user(name="Young Person", date_of_birth=today.replace(year=today.year - 16))
    young_membership = make_membership(young, youth)
    mentoring = _mentoring(youth, young_membership, coordinator, officer, admin)
    commission = _youth_commission(youth, coordinator, young, officer)
    youth_event = youth_activities.create_event(
        coordinator,
        youth,
        youth_activities.EventDetails("ride_along", LONG_REASON[:200], utcnow() + timedelta(days=5), 150),
    )
    guardian_links = _guardian_links(smtp, youth, coordinator, youth_event)

    entry = hours.log_hours(volunteer, membership, today, 90, hours.HoursActivity.MEETING, "Residents' meeting")
    hours.log_hours(volunteer, membership, today - timedelta(days=3), 150, hours.HoursActivity.OTHER, LONG_LINK)

    [photo] = watch_services.store_photos(volunteer, watch, [watch_services.Upload("gate.jpg", io.BytesIO(_jpeg()))])
    flagged = watch_services.submit_report(
        volunteer, watch, details(FLAGGED_TEXT + " " + LONG_LINK), photo_ids=[photo.id], send_anyway=True
    )
    decided = watch_services.submit_report(volunteer, watch, details(location=LONG_LINK))
    decide(
        decided,
        officer,
        reason=LONG_REASON,
        summary=watch_services.SummaryDetails(
            you_said="Vans were seen parked late at night on a residential road.",
            we_did="The neighbourhood team visited and spoke to the owners.",
            share_with_scheme=True,
            publish=True,
        ),
    )
    questioned = watch_services.submit_report(volunteer, watch, details())
    decide(questioned, officer, "needs_more_information", message="What colour was the van, and which way did it go?")
    alert = watch_services.send_alert(officer, area, [watch], "Catalytic converter thefts", LONG_REASON)

    joining.express_interest(watch, "Priya Prospect", "priya.prospect@example.test", LONG_REASON)
    interest = db.session.query(ExpressionOfInterest).one()
    invitations.invite(coordinator, watch, "nia.newton@example.test", "Nia Newton")
    invitation = _secret(smtp, "nia.newton@example.test", "/invitation")
    create_officer(admin, force, "new.officer@example.test", "Neil Newofficer", [area])
    setup = _secret(smtp, "new.officer@example.test", "/set-up-account")
    create_api_token(volunteer, "The roadside app on my phone")
    request_password_reset(volunteer.email)
    reset = _secret(smtp, volunteer.email, "/reset-password")
    request_email_change(volunteer, "b.fotheringham-wolstenholme@example.test", PASSWORD)
    new_address = _secret(smtp, "b.fotheringham-wolstenholme@example.test", "/confirm-email")

    complaint = complaint_services.submit_complaint(
        None, area.id, "conduct", LONG_REASON, LONG_LINK, LONG_LINK, "CSW-7KQ3M9XD", LONG_NAME, LONG_EMAIL
    )
    complaint_services.add_volunteer(admin, complaint, volunteer.email)
    complaint_subject = complaint_services.add_subject(admin, complaint, "watch_report", flagged.id)
    closed = complaint_services.submit_complaint(None, area.id, "conduct", LONG_REASON)
    complaint_services.add_volunteer(admin, closed, volunteer.email)
    complaint_services.record_outcome(admin, closed, True, "advice", LONG_REASON, LONG_REASON + " " + LONG_LINK)

    you_said = transparency_services.write_entry(
        admin, area, "Residents raised vans parked late at night.", "The neighbourhood team visited the road."
    )
    return World(
        people={"volunteer": volunteer, "coordinator": coordinator, "officer": officer, "admin": admin},
        samples={
            "force_slug": [force.slug],
            "area_slug": [area.slug],
            "you_said_we_did_id": [you_said.id],
            "force_id": [force.id],
            "area_id": [area.id],
            "scheme_id": [watch.id, speedwatch.id],
            "membership_id": [membership.id, applicant.id],
            "report_id": [flagged.id, decided.id, questioned.id],
            "alert_id": [alert.id],
            "entry_id": [entry.id],
            "interest_id": [interest.id],
            "user_id": [officer.id],
            "check_id": [check.id],
            "summary_id": [decided.summary.id],
            "event_id": [youth_event.id],
            "complaint_id": [complaint.id, closed.id],
            "subject_id": [complaint_subject.id],
            **roadside,
            **mentoring,
            **commission,
        },
        # A one-time link is followed as emailed (?link=...) or in the older form (/<secret>); the
        # page keeps the secret in the session and shows itself without it.
        by_endpoint={
            "membership.accept_invitation": {"secret": [invitation], "link": [invitation]},
            "auth.set_up_account": {"secret": [setup], "link": [setup]},
            "auth.reset_password": {"secret": [reset], "link": [reset]},
            "auth.confirm_email_change": {"link": [new_address]},
            "youth_mentoring.scheme_pairings": {"scheme_id": [youth.id]},
            "youth_mentoring.pair": {"scheme_id": [youth.id]},
            **{endpoint: {"scheme_id": [youth.id]} for endpoint in YOUTH_SCHEME_PAGES},
            **guardian_links,
            "youth_consent.scheme_guardians": {"scheme_id": [youth.id]},
            "youth_consent.guardian": {"membership_id": [young_membership.id]},
            "youth_events.scheme_events": {"scheme_id": [youth.id]},
            "youth_events.create_event": {"scheme_id": [youth.id]},
            # One object's audit history, named in the query string.
            "admin.audit_history": {"subject_type": ["watch_report"], "subject_id": [str(decided.id)]},
        },
        halfway={
            "a code": officer,
            "an authenticator app to be set up": make_officer(area, second_factor_enrolled=False, name="Nadia New"),
        },
    )


def _mentoring(youth, young, coordinator, officer, admin) -> dict:
    """The young person paired with the officer (DBS recorded), one meeting logged with feedback."""
    youth_mentoring.record_officer_dbs(admin, officer, date.today(), "Certificate ending 4417")
    pairing = youth_mentoring.pair(coordinator, youth, young, officer)
    meeting = youth_mentoring.log_meeting(
        officer, pairing, youth_mentoring.MeetingDetails(date.today(), 90, "Stop and search, " + LONG_LINK)
    )
    youth_mentoring.give_feedback(officer, meeting, 4, "Useful to hear why young people avoid the town centre")
    return {"pairing_id": [pairing.id], "meeting_id": [meeting.id]}


YOUTH_SCHEME_PAGES = ("youth.commission", "youth.new_consultation", "youth.new_recommendation")


def _youth_commission(scheme, facilitator, young, officer) -> dict:
    """A consultation with a checked quote, a recommendation awaiting a response and one answered."""
    today = date.today()
    consultation = youth_consultations.record_consultation(
        facilitator,
        scheme,
        LONG_REASON[:200],
        today - timedelta(days=9),
        today,
        ["survey", "workshop"],
        120,
        LONG_REASON,
    )
    quote = youth_consultations.add_quote(young, consultation, "It is too dark to walk home from the bus stop")
    youth_consultations.approve_quote(facilitator, quote)
    evidence = {"consultation_ids": [consultation.id], "quote_ids": [quote.id]}
    waiting = youth_recommendations.draft_recommendation(
        young, scheme, "Better lighting between the bus station and the park", LONG_REASON, "area", **evidence
    )
    youth_recommendations.decide_recommendation(facilitator, waiting, True, "")
    answered = youth_recommendations.draft_recommendation(
        young, scheme, "A youth drop-in at the station", LONG_REASON, "area"
    )
    youth_recommendations.decide_recommendation(facilitator, answered, True, "")
    youth_recommendations.respond(
        officer,
        answered,
        "partly_accepted",
        LONG_REASON,
        LONG_REASON,
        "Neighbourhood Inspector",
        today + timedelta(days=60),
    )
    return {"consultation_id": [consultation.id], "recommendation_id": [waiting.id, answered.id]}


def _guardian_links(smtp, youth, facilitator, event) -> dict:
    """A guardian's open links to consent to joining and to withdraw, and another guardian's open
    link to consent to the event."""
    today = date.today()
    asked, consenting = (
        make_membership(make_user(name=name, date_of_birth=today.replace(year=today.year - 15)), youth, vetted=False)
        for name in ("Asha Applicant", "Ben Busy")
    )
    with transaction():
        youth_consent.ask_on_application(asked, "Gwen Fotheringham-Wolstenholme", "gwen.guardian@example.test")
        youth_consent.ask_on_application(consenting, "Gary Guardian", "gary.guardian@example.test")
    youth_consent.answer_request(_secret(smtp, "gary.guardian@example.test", "/youth/guardian/consent"), True)
    youth_activities.ask_event_consent(facilitator, event, consenting)
    return {
        "youth_consent.answer": {"link": [_secret(smtp, "gwen.guardian@example.test", "/youth/guardian/consent")]},
        "youth_consent.withdraw": {"link": [_secret(smtp, "gwen.guardian@example.test", "/youth/guardian/withdraw")]},
        "youth_consent.answer_event": {
            "link": [_secret(smtp, "gary.guardian@example.test", "/youth/guardian/event-consent")]
        },
    }


def _speedwatch_sessions(scheme, coordinator, volunteer, officer) -> dict:
    """A site, a device, a session running now with the volunteer on it, one awaiting review with a
    plate seen before at the same site, and the letters of the reviewed one, batched, one objected to."""
    crew = [volunteer, make_member(scheme, name="Sam Speedwatch"), make_member(scheme, name="Ruth Roadside")]
    site = make_site(scheme, name="Mill Lane by Northgate and Upper Mill Lane primary school")
    world = SpeedwatchWorld(None, None, scheme, coordinator, crew, officer, site, make_device(scheme))
    accept_all(world, submitted_session(world))
    waiting = submitted_session(world, **dict(zip(("starts_at", "ends_at"), window(next_weekday(8)), strict=True)))
    running = running_session(world, **dict(zip(("starts_at", "ends_at"), window(next_weekday(9)), strict=True)))
    speedwatch_services.record_sighting(volunteer, running, entry(running, "LM19 KPR"))
    [batch] = speedwatch_letters.make_batches(officer)
    objection = objections.submit_objection(
        batch.letters[0], "not_driving", "I sold the car the month before; its new keeper was driving it that day."
    )
    return {
        "site_id": [site.id],
        "device_id": [world.device.id],
        "session_id": [running.id, waiting.id],
        "letter_id": [batch.letters[0].id],
        "batch_id": [batch.id],
        "stage": ["warning"],
        "objection_id": [objection.id],
    }


def _pages(app, world: World) -> list[tuple[str, str]]:
    """(endpoint, path) for every page in the URL map, on every sample object its route takes."""
    adapter = app.url_map.bind("localhost")
    pages = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        if "GET" not in rule.methods or rule.endpoint == "static" or rule.rule.startswith("/api/"):
            continue
        if rule.endpoint in NOT_PAGES:
            continue
        own = world.by_endpoint.get(rule.endpoint, {})
        samples = {**world.samples, **own}
        missing = rule.arguments - set(samples)
        assert not missing, f"give {rule.endpoint} a sample for {sorted(missing)} in the world"
        # The route's arguments, and the endpoint's own samples that are not (a query string).
        names = sorted(rule.arguments | (set(own) - {"secret"}))
        combinations = [{}]
        for name in names:
            combinations = [{**chosen, name: value} for chosen in combinations for value in samples[name]]
        pages += [(rule.endpoint, adapter.build(rule.endpoint, values)) for values in combinations]
    return pages


def _password_given(page, live_server, user) -> None:
    """Half-way through signing in: the password accepted, the second step still to come."""
    open_sign_in_page(page, live_server)
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def _visits(world: World, pages):
    """(who, how they get there, the pages they open): every role on every page, and those half-way
    through signing in on the second step's pages (anywhere else they are anonymous)."""
    for role in ROLES:
        yield role, world.people.get(role), None, pages
    second_step = [(endpoint, path) for endpoint, path in pages if path.startswith("/sign-in/")]
    for asked, person in world.halfway.items():
        yield f"someone asked for {asked}", None, person, second_step


# Every page for every role: the run grows with each page added, beyond the suite's default limit.
@pytest.mark.timeout(300)
def test_every_page_fits_a_phone_for_every_role(app, page, live_server, sign_in_browser, world):
    pages = _pages(app, world)
    page.set_viewport_size(PHONE)
    too_wide, opened = [], set()
    for role, person, halfway, visited in _visits(world, pages):
        page.context.clear_cookies()
        if person is not None:
            sign_in_browser(person)
        if halfway is not None:
            _password_given(page, live_server, halfway)
        for endpoint, path in visited:
            response = page.goto(live_server(path))
            assert response.headers["content-type"].startswith("text/html"), (
                f"{path} is not a page: measure it or say why not in NOT_PAGES"
            )
            if response.status == 200:
                opened.add(endpoint)
            problems = page.evaluate(MEASURE)
            if problems:
                too_wide.append(f"{role} {path} ({response.status}): " + "; ".join(problems[:4]))
    assert too_wide == [], "pages wider than a phone:\n" + "\n".join(too_wide)
    # Every page was seen with something on it by someone: a new page needs its openers here.
    unopened = {endpoint for endpoint, _path in pages} - opened
    assert not unopened, f"no role could open these pages in the world: {sorted(unopened)}"


# The pages whose layout changed to fit a phone (tables that stack, long words that break), and
# who sees each with the most on it.
RELAID_PAGES = {
    "officer": [
        "main.review_queue",
        "watch.area_alerts",
        "membership.scheme_members",
        "speedwatch_letters.letters_list",
        "speedwatch_letters.letter",
        "speedwatch_letters.batch",
    ],
    "coordinator": ["membership.scheme_members", "membership.membership"],
    "admin": [
        "admin.overview",
        "admin.audit_trail",
        "admin.audit_history",
        "speedwatch_letters.templates",
        "speedwatch_letters.edit_template",
    ],
    "volunteer": ["main.home", "accounts.account", "watch.my_reports", "watch.report"],
}


@pytest.mark.parametrize("width", [360, 1280])
def test_the_pages_laid_out_for_a_phone_have_no_detectable_accessibility_failures(
    app, page, live_server, sign_in_browser, world, width
):
    page.set_viewport_size({**PHONE, "width": width})
    paths = {endpoint: path for endpoint, path in reversed(_pages(app, world))}
    for role, endpoints in RELAID_PAGES.items():
        page.context.clear_cookies()
        sign_in_browser(world.people[role])
        for endpoint in endpoints:
            assert page.goto(live_server(paths[endpoint])).status == 200, (role, endpoint)
            assert violations_on(page) == [], (role, endpoint)
