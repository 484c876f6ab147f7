"""Demo Neighbourhood Watch data, so a newcomer sees the whole loop: a flagged report awaiting the
officer, a decided one whose summary was shared and published, an ordinary one waiting, an alert."""

from datetime import timedelta

from volunteers.db_types import utcnow
from volunteers.demo import DemoWorld
from volunteers.models import SchemeKind
from volunteers.watch import services


def seed_watch_demo(world: DemoWorld) -> None:
    """Reports from the demo volunteer through the real services, so flags and audit are genuine."""
    scheme = world.schemes[SchemeKind.WATCH]
    volunteer = world.users["volunteer@demo.test"]
    officer = world.users["officer@demo.test"]
    now = utcnow()

    def report(text, location, category, hours_ago, **fields):
        sent = now - timedelta(hours=hours_ago)
        details = services.ReportDetails(
            category=category,
            occurred_at=sent - timedelta(hours=1),
            location=location,
            description=text,
            **fields,
        )
        return services.submit_report(volunteer, scheme, details, send_anyway=True, now=sent)

    mirrors = report(
        "Three parked cars had their wing mirrors snapped off overnight. There was broken glass on the "
        "pavement by the bus stop this morning.",
        "Mill Lane, near the bus stop",
        "vehicle_crime",
        hours_ago=70,
        victim="reporter",
    )
    services.decide_report(
        officer,
        mirrors,
        services.DecisionDetails(
            decision="actioned",
            reason="Third report of vehicle damage in the area this month; added to the evening patrol plan.",
            message="Thank you. We have added Mill Lane to the evening patrols for the next two weeks and logged "
            "the damage as crime reference 42/12345/26.",
        ),
        services.SummaryDetails(
            you_said="Members told us that cars parked on a residential street were damaged overnight.",
            we_did="We added the street to evening patrols for two weeks and gave crime prevention advice.",
            share_with_scheme=True,
            publish=True,
        ),
        now=now - timedelta(hours=50),
    )
    report(
        "Mattresses, paint tins and a broken fridge dumped behind the garages again.",
        "Elm Road garages",
        "environmental",
        hours_ago=30,
    )
    report(
        "Around 11pm the man at number 12 Easington Way was shouting in the street again. Someone needs "
        "to go round there and sort him out before it gets worse.",
        "Easington Way",
        "anti_social_behaviour",
        hours_ago=5,
    )
    services.send_alert(
        officer,
        world.areas["northgate"],
        [scheme],
        "Catalytic converter thefts",
        "There have been several thefts of catalytic converters from cars parked on driveways in Northgate "
        "this month, mostly between midnight and 4am.\n\nPark close to a wall or fence where you can, and "
        "call 999 if you see it happening. Please do not approach anyone.",
    )
