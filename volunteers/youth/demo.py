"""Demo Youth Commission data, added to the base demo (volunteers/demo.py), which already makes the
Northgate Youth Commission, its facilitator (coordinator@demo.test, DBS in date) and Yusuf
(youth@demo.test), a 16-year-old member whose guardian's consent is recorded.

Here, each part of the scheme seeding its own demo data with a function in `DEMO_PARTS`, called
in order, all through the services:

* Yusuf's guardian, asked by the facilitator, consents through the emailed link, so the
  facilitator's guardians page shows the consent;
* a commission meeting last week, with his guardian's consent for it and his attendance recorded,
  so its hours appear among his hours;
* a consultation on stop and search with three quotes, two checked by the facilitator and one
  still awaiting the check;
* recommendations: one awaiting the demo officer's response, one answered with two progress
  updates and a comment from Yusuf, and one overdue (sent five weeks ago, still unanswered);
* the demo officer's DBS check, recorded by the demo admin, and Yusuf paired with the officer for
  reverse mentoring, with two meetings logged and feedback from both sides on the first.

Services stamp "now"; where one takes a `now` the seeder passes an earlier moment, and where one
does not, `_move_back` is the one place that rewrites timestamps to give the demo a history.
"""

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from volunteers.db_types import utcnow
from volunteers.demo import DemoWorld
from volunteers.extensions import db
from volunteers.models import Membership, OutboundEmail, SchemeKind
from volunteers.youth import activities, consultations, mentoring, recommendations
from volunteers.youth import consent as guardian_consent
from volunteers.youth.models import ConsultationMethod, EventKind, RecommendationStatus, ResponseOutcome

GUARDIAN = ("Samira Youth", "guardian@demo.test")


def _move_back(delta: timedelta, *stamps: tuple[object, str]) -> None:
    """The one place the demo rewrites timestamps: each (row, field) moves `delta` into the past,
    for services that stamp the present and take no `now` of their own."""
    for row, field in stamps:
        setattr(row, field, getattr(row, field) - delta)
    db.session.commit()


def _guardian_follows_link(template: str) -> str:
    """The secret of the link in the latest email of this kind to the demo guardian, as the
    guardian would find it in their inbox."""
    body = db.session.scalar(
        sa.select(OutboundEmail.body_text)
        .where(OutboundEmail.template == template, OutboundEmail.to_address == GUARDIAN[1])
        .order_by(OutboundEmail.id.desc())
        .limit(1)
    )
    return re.search(r"/youth/guardian/(?:event-)?consent\?link=([\w\-]+)", body).group(1)


def _youth_membership(world: DemoWorld) -> Membership:
    return world.users["youth@demo.test"].membership_of(world.schemes[SchemeKind.YOUTH].id)


def seed_guardian_consent(world: DemoWorld) -> None:
    """The facilitator asks Yusuf's guardian, who consents through the link in the email."""
    facilitator = world.users["coordinator@demo.test"]
    guardian_consent.ask_guardian(facilitator, _youth_membership(world), *GUARDIAN)
    guardian_consent.answer_request(_guardian_follows_link("youth/guardian_consent_request"), True)


def seed_event(world: DemoWorld) -> None:
    """A commission meeting last week: Yusuf's guardian consented to it and he attended, so its
    two hours are among his hours."""
    facilitator, membership = world.users["coordinator@demo.test"], _youth_membership(world)
    event = activities.create_event(
        facilitator,
        world.schemes[SchemeKind.YOUTH],
        activities.EventDetails(
            EventKind.MEETING,
            "Commission meeting: planning the stop and search survey",
            utcnow() + timedelta(days=1),
            120,
        ),
    )
    asked = activities.ask_event_consent(facilitator, event, membership)
    activities.answer_event_request(_guardian_follows_link("youth/guardian_event_request"), True)
    attendance = activities.register_attendee(facilitator, event, membership)
    # Asked and answered before the meeting, which then took place eight days ago.
    _move_back(
        timedelta(days=9),
        (event, "starts_at"),
        (event, "created_at"),
        (asked, "requested_at"),
        (asked, "answered_at"),
        (attendance, "registered_at"),
    )
    activities.record_attendance(facilitator, event, membership)


QUOTES = (
    "I get stopped walking home from college and nobody tells me why.",
    "If officers explained the reason first it would feel less like being picked on.",
    "Most of my friends would never report anything to the police.",
)


def seed_consultation(world: DemoWorld):
    """A survey and workshop on stop and search: two quotes checked by the facilitator, one waiting."""
    facilitator, youth = world.users["coordinator@demo.test"], world.users["youth@demo.test"]
    today = date.today()
    consultation = consultations.record_consultation(
        youth,
        world.schemes[SchemeKind.YOUTH],
        "How young people feel about stop and search",
        today - timedelta(days=80),
        today - timedelta(days=66),
        [ConsultationMethod.SURVEY.value, ConsultationMethod.WORKSHOP.value],
        46,
        "Not being told why; feeling singled out; not knowing your rights.",
    )
    quotes = [consultations.add_quote(youth, consultation, text) for text in QUOTES]
    for quote in quotes[:2]:
        consultations.approve_quote(facilitator, quote)
    return consultation, quotes[:2]


def _sent(world: DemoWorld, title: str, detail: str, sent_at: datetime, evidence=None):
    """A recommendation Yusuf drafted the day before the facilitator sent it to the Northgate police."""
    youth, facilitator = world.users["youth@demo.test"], world.users["coordinator@demo.test"]
    consultation, quotes = evidence or (None, [])
    recommendation = recommendations.draft_recommendation(
        youth,
        world.schemes[SchemeKind.YOUTH],
        title,
        detail,
        "area",
        [consultation.id] if consultation else [],
        [quote.id for quote in quotes],
    )
    _move_back(utcnow() - sent_at + timedelta(days=1), (recommendation, "created_at"), (recommendation, "submitted_at"))
    return recommendations.decide_recommendation(facilitator, recommendation, True, "", now=sent_at)


def seed_recommendations(world: DemoWorld) -> None:
    """One awaiting the officer's response, one answered with progress since, and one overdue."""
    officer, youth = world.users["officer@demo.test"], world.users["youth@demo.test"]
    evidence = seed_consultation(world)
    now = utcnow()
    _sent(
        world,
        "Explain the reason before every stop and search",
        "Officers should give the reason for a stop and search first, before asking any questions.",
        now - timedelta(days=6),
        evidence,
    )
    answered = _sent(
        world,
        "A card explaining your rights after a stop",
        "Hand every young person who is stopped a card with their rights and how to give feedback.",
        now - timedelta(days=60),
        evidence,
    )
    response = recommendations.respond(
        officer,
        answered,
        ResponseOutcome.ACCEPTED.value,
        "",
        "Print a rights card with the commission's wording and give it out at every stop.",
        "Northgate neighbourhood inspector",
        date.today() + timedelta(days=30),
        now=now - timedelta(days=41),
    )
    recommendations.record_progress(
        officer, answered, RecommendationStatus.IN_PROGRESS.value, "The commission's wording is with the printers."
    )
    recommendations.record_progress(
        officer, answered, RecommendationStatus.IN_PROGRESS.value, "Cards are in the patrol cars from Monday."
    )
    recommendations.comment_on_response(
        youth, response, "Thank you. We would like to see the card before it goes out to every station."
    )
    _sent(
        world,
        "Youth drop-in sessions at the station",
        "Hold a monthly drop-in where young people can meet their neighbourhood officers.",
        now - timedelta(days=35),
    )


def seed_mentoring(world: DemoWorld) -> None:
    """PC Olivia Officer mentors Yusuf: two meetings so far, the first with both sides' feedback."""
    admin, officer = world.users["admin@demo.test"], world.users["officer@demo.test"]
    facilitator, youth = world.users["coordinator@demo.test"], world.users["youth@demo.test"]
    today = date.today()
    mentoring.record_officer_dbs(admin, officer, today - timedelta(days=200), "Certificate ending 4417")
    pairing = mentoring.pair(facilitator, world.schemes[SchemeKind.YOUTH], youth.memberships[0], officer)
    pairing.paired_at = utcnow() - timedelta(days=45)  # paired some weeks ago, so meetings have a history
    db.session.commit()
    first = mentoring.log_meeting(
        youth,
        pairing,
        mentoring.MeetingDetails(today - timedelta(days=30), 60, "Stop and search: how it feels to be stopped"),
    )
    mentoring.log_meeting(
        officer,
        pairing,
        mentoring.MeetingDetails(today - timedelta(days=9), 90, "A shift at the station: what happens to a 999 call"),
    )
    mentoring.give_feedback(youth, first, 5, "PC Olivia listened properly and explained the rules on searches.")
    mentoring.give_feedback(
        officer, first, 4, "Useful to hear why young people avoid us in the town centre after dark."
    )


DEMO_PARTS: tuple[Callable[[DemoWorld], None], ...] = (
    seed_guardian_consent,
    seed_event,
    seed_recommendations,
    seed_mentoring,
)


def seed_youth_demo(world: DemoWorld) -> None:
    """Every part of the Youth Commission's demo data, in order."""
    for seed in DEMO_PARTS:
        seed(world)
