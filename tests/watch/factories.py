"""Factories for Neighbourhood Watch tests: a watch world, reports sent through the real service."""

from dataclasses import dataclass
from datetime import timedelta

from tests.factories import make_area, make_force, make_member, make_officer, make_scheme
from volunteers.db_types import utcnow
from volunteers.models import Area, Force, Scheme, SchemeKind, User
from volunteers.watch import services
from volunteers.watch.models import Report

ORDINARY_TEXT = "Two people were trying car door handles along the road, then walked off towards the park."
FLAGGED_TEXT = "The man at number 12 is a nonce and we should go round there and sort him out."


@dataclass
class WatchWorld:
    force: Force
    area: Area
    scheme: Scheme
    member: User
    officer: User


def make_watch_world(**member_fields) -> WatchWorld:
    """A force with one area, its watch scheme, a cleared member and the area's officer."""
    force = make_force()
    area = make_area(force)
    scheme = make_scheme(area, SchemeKind.WATCH)
    return WatchWorld(force, area, scheme, make_member(scheme, **member_fields), make_officer(area))


def details(text: str = ORDINARY_TEXT, **fields) -> services.ReportDetails:
    values = {
        "category": "suspicious_activity",
        "occurred_at": utcnow() - timedelta(hours=2),
        "location": "Mill Lane, by the post box",
        "description": text,
    }
    values.update(fields)
    return services.ReportDetails(**values)


def make_report(scheme: Scheme, reporter: User, text: str = ORDINARY_TEXT, now=None, **fields) -> Report:
    """A report sent by `reporter` through the service, flags and all (sent anyway if flagged)."""
    return services.submit_report(reporter, scheme, details(text, **fields), send_anyway=True, now=now)


def decide(report: Report, officer: User, decision: str = "actioned", summary=None, **fields) -> None:
    values = {
        "decision": decision,
        "reason": "Patrols were already planned for that road; the report adds detail.",
        "message": "Thank you. Officers will patrol the road at night this week.",
        "acknowledged_flags": report.flag_kinds(),
    }
    values.update(fields)
    services.decide_report(officer, report, services.DecisionDetails(**values), summary)
