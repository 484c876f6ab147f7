"""Demo Speed Watch data, so a newcomer sees the whole loop: an approved site and one awaiting the
officer, a calibrated device, three trained volunteers, a planned session, and a submitted one
awaiting review in which a plate seen earlier in the year will earn a warning letter."""

from datetime import date, time, timedelta

from volunteers.db_types import utcnow
from volunteers.demo import DemoWorld
from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.models import CheckKind, Membership, MembershipRole, MembershipStatus, SchemeKind, User, VettingCheck
from volunteers.settings import settings_for
from volunteers.speedwatch import services, tallies
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    LetterStatus,
    SessionStatus,
    Sighting,
    SightingStatus,
    SpeedwatchSession,
)
from volunteers.speedwatch.sightings import threshold_for
from volunteers.vetting import expiry_for

# A quiet residential road in the middle of England.
MILL_LANE = (52.6369, -1.1398)
REPEAT_PLATE = "AB12CDE"


def _third_volunteer(world: DemoWorld) -> User:
    """Sam, a trained Speed Watch member without a login of their own, so sessions have three."""
    scheme = world.schemes[SchemeKind.SPEEDWATCH]
    sam = User(email="sam@demo.test", name="Sam Speedwatch", date_of_birth=date(1972, 3, 9))
    membership = Membership(
        user=sam, scheme=scheme, role=MembershipRole.MEMBER, status=MembershipStatus.ACTIVE, activated_at=utcnow()
    )
    settings = settings_for(world.force)
    completed = date.today() - timedelta(days=30)
    for kind in (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT):
        detail = settings.code_of_conduct_version if kind == CheckKind.CODE_OF_CONDUCT else ""
        db.session.add(
            VettingCheck(
                membership=membership,
                kind=kind,
                completed_on=completed,
                expires_on=expiry_for(kind, completed, settings),
                detail=detail,
            )
        )
    db.session.add_all([sam, membership])
    db.session.commit()
    return sam


def _seen_earlier(site, months_ago: int = 4) -> None:
    """A session brought over from the force's previous system, in which the repeat plate was seen
    and sent an advisory letter."""
    day = date.today() - timedelta(days=30 * months_ago)
    starts_at = at_local(day, time(8, 30))
    session = SpeedwatchSession(
        force_id=site.scheme.force_id,
        scheme_id=site.scheme_id,
        area_id=site.area_id,
        site_id=site.id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        speed_limit=site.speed_limit,
        threshold=threshold_for(site.speed_limit, settings_for(site.scheme.area.force)),
        status=SessionStatus.REVIEWED,
        imported=True,
        sighting_count=1,
    )
    sighting = Sighting(
        session=session,
        observed_at=starts_at + timedelta(minutes=20),
        registration=REPEAT_PLATE,
        make="Ford",
        model="Fiesta",
        colour="red",
        speed=41,
        status=SightingStatus.ACCEPTED,
    )
    db.session.add_all([session, sighting])
    db.session.flush()
    db.session.add(
        Letter(
            reference="CSW-DEMQ4ADV",
            force_id=session.force_id,
            area_id=session.area_id,
            sighting_id=sighting.id,
            site_id=site.id,
            registration=REPEAT_PLATE,
            observed_at=sighting.observed_at,
            speed=sighting.speed,
            speed_limit=site.speed_limit,
            stage=LetterStage.ADVISORY,
            status=LetterStatus.SENT,
            sent_at=sighting.observed_at + timedelta(days=7),
        )
    )
    tallies.count_session(session)
    db.session.commit()


def seed_speedwatch_demo(world: DemoWorld) -> None:
    scheme = world.schemes[SchemeKind.SPEEDWATCH]
    coordinator = world.users["coordinator@demo.test"]
    volunteer = world.users["volunteer@demo.test"]
    officer = world.users["officer@demo.test"]
    sam = _third_volunteer(world)
    today = date.today()

    site = services.propose_site(
        coordinator,
        scheme,
        services.SiteDetails(
            name="Mill Lane by the primary school",
            road="Mill Lane",
            speed_limit=30,
            latitude=MILL_LANE[0],
            longitude=MILL_LANE[1],
            description="Northbound, 50 metres before the school crossing",
            visibility_notes="Straight road: drivers see the volunteers from 200 metres",
            standing_notes="The wide grass verge opposite the school gates, behind the railings",
        ),
    )
    services.assess_site(
        officer,
        site,
        services.Assessment(
            approve=True,
            visible_to_drivers=True,
            safe_standing_place=True,
            limit_signed=True,
            hazards="School run traffic from 08:30 to 09:00 and 15:00 to 15:30",
            reason="Clear sight lines both ways, a safe verge behind railings, the limit signed at both ends.",
        ),
    )
    services.propose_site(
        coordinator,
        scheme,
        services.SiteDetails(
            name="Station Road near the surgery",
            road="Station Road",
            speed_limit=30,
            latitude=MILL_LANE[0] + 0.004,
            longitude=MILL_LANE[1] + 0.006,
            standing_notes="The lay-by outside the surgery car park",
        ),
    )
    device = services.add_device(
        coordinator,
        scheme,
        services.DeviceDetails("RSG-20417", "Radar speed gun", today - timedelta(days=60), today + timedelta(days=305)),
    )
    _seen_earlier(site)

    crew = [coordinator, volunteer, sam]
    yesterday = at_local(today - timedelta(days=1), time(11, 0))
    session = services.book_session(
        coordinator,
        scheme,
        services.Booking(site, device, yesterday, yesterday + timedelta(minutes=90), crew),
        now=yesterday - timedelta(days=3),
    )
    services.start_session(volunteer, session, now=yesterday)
    for minutes, plate, make, colour, speed in (
        (6, "XY70ZZT", "Vauxhall", "silver", 38),
        (14, REPEAT_PLATE, "Ford", "red", 43),
        (23, "LM19KPR", "Toyota", "white", 36),
        (41, "DF66WXA", "BMW", "black", 47),
        (58, "PK21HJN", "Kia", "blue", 35),
    ):
        services.record_sighting(
            volunteer,
            session,
            {
                "registration": plate,
                "make": make,
                "colour": colour,
                "speed": speed,
                "direction": "north",
                "observed_at": yesterday + timedelta(minutes=minutes),
            },
        )
    services.submit_session(volunteer, session, now=yesterday + timedelta(minutes=90))

    tomorrow = at_local(today + timedelta(days=1), time(10, 30))
    services.book_session(
        coordinator, scheme, services.Booking(site, device, tomorrow, tomorrow + timedelta(minutes=90), crew)
    )
