"""A force whose figures hold small counts (1 to 4) beside larger ones, with named people, report
texts and plates that no public page may show."""

from dataclasses import dataclass, field
from datetime import timedelta

from tests.factories import make_admin, make_area, make_force, make_member, make_membership, make_officer, make_scheme
from tests.speedwatch.factories import make_site
from volunteers.db_types import utcnow
from volunteers.equality import save_declaration
from volunteers.extensions import db
from volunteers.models import SchemeKind, User
from volunteers.speedwatch.escalation import new_reference
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    SessionStatus,
    Sighting,
    SightingStatus,
    SpeedwatchSession,
    Tally,
)
from volunteers.watch.models import Report, ReportCategory, ReportStatus

PLATES = ("AB12CDE", "XY70ZZT", "KT19RUN")
SECRET_TEXT = "Mr Grimshaw at number 12 keeps a white van outside"


@dataclass
class World:
    force: object
    small: object  # an area whose every count is from 1 to 4
    large: object  # an area with counts of 5 or more
    officer: User
    second_officer: User
    admin: User
    people: list[User] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)


def _report(scheme, reporter, status: ReportStatus, days_to_decide: float | None, age_days: int = 2) -> Report:
    submitted = utcnow() - timedelta(days=age_days)
    report = Report(
        scheme_id=scheme.id,
        area_id=scheme.area_id,
        reporter_id=reporter.id,
        category=ReportCategory.SUSPICIOUS_ACTIVITY,
        occurred_at=submitted - timedelta(hours=1),
        location="Elm Road",
        description=SECRET_TEXT,
        status=status,
        submitted_at=submitted,
        decided_at=submitted + timedelta(days=days_to_decide) if days_to_decide is not None else None,
    )
    db.session.add(report)
    return report


def _speedwatch(area, scheme, proposer: User, vehicles: int, plates) -> None:
    make_membership(proposer, scheme)
    site = make_site(scheme, name=f"{area.name} Road")
    db.session.flush()
    starts = utcnow().replace(microsecond=0) - timedelta(days=3)
    session = SpeedwatchSession(
        force_id=area.force_id,
        scheme_id=scheme.id,
        area_id=area.id,
        site_id=site.id,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=90),
        speed_limit=30,
        threshold=35,
        status=SessionStatus.REVIEWED,
        sighting_count=len(plates),
    )
    db.session.add(session)
    db.session.flush()
    db.session.add(Tally(session_id=session.id, weekday=1, hour=10, band=35, site_id=site.id, vehicles=vehicles))
    for minute, plate in enumerate(plates):
        observed = starts + timedelta(minutes=minute + 1)
        db.session.add(
            Sighting(
                observed_at=observed,
                session_id=session.id,
                speed=41,
                registration=plate,
                make="Ford",
                colour="red",
                status=SightingStatus.ACCEPTED,
            )
        )
        db.session.add(
            Letter(
                reference=new_reference(),
                force_id=area.force_id,
                area_id=area.id,
                site_id=site.id,
                registration=plate,
                observed_at=observed,
                speed=41,
                speed_limit=30,
                stage=LetterStage.ADVISORY,
            )
        )


def make_transparency_world() -> World:
    force = make_force("Northshire Constabulary", slug="northshire")
    small, large = make_area(force, "Eastgate"), make_area(force, "Westgate")
    small_watch, large_watch = make_scheme(small), make_scheme(large)
    officer = make_officer(small, large, name="Olive Officer", email="olive.officer@police.test")
    second = make_officer(small, large, name="Oscar Second", email="oscar.second@police.test")
    admin = make_admin(force, name="Ada Admin", email="ada.admin@police.test")
    people = [make_member(small_watch, name=f"Small Member {n}", email=f"small{n}@example.test") for n in "abc"]
    people += [make_member(large_watch, name=f"Large Member {n}", email=f"large{n}@example.test") for n in "abcdefg"]
    db.session.commit()
    for person in people[:3]:
        save_declaration(person, {"sex": "female", "ethnic_group": "asian"})
    for person in people[3:]:
        save_declaration(person, {"sex": "male", "ethnic_group": "white"})
    world = World(force, small, large, officer, second, admin, people)
    # Eastgate: three reports (two actioned, one awaiting); Westgate: six actioned, one rejected.
    world.reports += [_report(small_watch, people[0], ReportStatus.ACTIONED, 1.5) for _n in range(2)]
    world.reports.append(_report(small_watch, people[1], ReportStatus.SUBMITTED, None))
    world.reports += [_report(large_watch, people[3], ReportStatus.ACTIONED, days) for days in (1, 2, 2, 3, 4, 9)]
    world.reports.append(_report(large_watch, people[4], ReportStatus.REJECTED, 0.5))
    _speedwatch(small, make_scheme(small, SchemeKind.SPEEDWATCH), people[0], vehicles=3, plates=PLATES[:2])
    _speedwatch(large, make_scheme(large, SchemeKind.SPEEDWATCH), people[3], vehicles=12, plates=PLATES[2:])
    db.session.commit()
    return world


def everyone_named(world: World) -> list[str]:
    """Every name, email and plate stored for the world's people and vehicles."""
    users = [*world.people, world.officer, world.second_officer, world.admin]
    return [*(user.name for user in users), *(user.email for user in users), *PLATES, SECRET_TEXT, "Grimshaw"]
