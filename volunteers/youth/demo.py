"""Demo Youth Commission data, added to the base demo (volunteers/demo.py), which already makes the
Northgate Youth Commission, its facilitator (coordinator@demo.test, DBS in date) and Yusuf
(youth@demo.test), a 16-year-old member whose guardian's consent is recorded.

Here: the demo officer's DBS check, recorded by the demo admin, and Yusuf paired with the officer
for reverse mentoring, with two meetings logged and feedback from both sides on the first.
Each part of the scheme seeds its own demo data with a function in `DEMO_PARTS`, called in order.
"""

from collections.abc import Callable
from datetime import date, timedelta

from volunteers.db_types import utcnow
from volunteers.demo import DemoWorld
from volunteers.extensions import db
from volunteers.models import SchemeKind
from volunteers.youth import mentoring


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


# The other parts of the scheme (consultations, recommendations) add their seeders here.
DEMO_PARTS: tuple[Callable[[DemoWorld], None], ...] = (seed_mentoring,)


def seed_youth_demo(world: DemoWorld) -> None:
    """Every part of the Youth Commission's demo data, in order."""
    for seed in DEMO_PARTS:
        seed(world)
