"""What an admin does with accountability figures: read them, and hand them to scrutiny."""

from datetime import datetime, timedelta

from volunteers import audit
from volunteers.accountability.officers import OfficerRecord, officer_figures
from volunteers.accountability.scrutiny import scrutiny_zip
from volunteers.db_types import utcnow
from volunteers.models import Area, Force, User
from volunteers.permissions import require
from volunteers.transaction import service

# The periods an admin may look back over, in days; the first is the default.
PERIODS = (365, 90, 30)


def period_start(days: int, now: datetime | None = None) -> datetime:
    """The start of a look-back period; an unknown length falls back to a year."""
    return (now or utcnow()) - timedelta(days=days if days in PERIODS else PERIODS[0])


def officer_accountability(actor: User, force: Force, since: datetime, area: Area | None = None) -> list[OfficerRecord]:
    """Per officer and area, what they reviewed and how soon: for the force's admins only."""
    require(actor, "force.administer", force)
    return officer_figures(force, since, [area] if area is not None else force.areas)


@service
def export_for_scrutiny(actor: User, force: Force, since: datetime) -> bytes:
    """The scrutiny panel's zip of decisions, complaints and response times; the export is audited."""
    require(actor, "force.administer", force)
    archive = scrutiny_zip(force, since)
    audit.record(actor, "accountability.scrutiny_exported", force, after={"since": since.date().isoformat()})
    return archive
