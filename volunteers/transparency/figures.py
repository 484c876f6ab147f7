"""The published figures: rebuilt per force from every registered provider by the refresh, and read
back for the public pages and the stats API from the summary table alone.

The refresh asks each scheme's provider (`registry.Feature.public_figures`) for its counts over the
last twelve months, adds the totals over the force and over the period for additive measures, and
replaces the force's rows in one transaction: run twice, it leaves the same rows.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa
from flask_babel import format_date
from flask_babel import lazy_gettext as _l

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Area, Force, Membership, MembershipStatus, Scheme, SchemeKind
from volunteers.public_figures import Figure, FiguresProvider, Measure
from volunteers.registry import registries
from volunteers.transaction import transaction
from volunteers.transparency.models import FiguresRefresh, PublicFigure
from volunteers.transparency.suppression import Shown, complements, shown

MONTHS_SHOWN = 12
VOLUNTEERS = "volunteers"
VOLUNTEER_MEASURE = Measure("active_volunteers", _l("Active volunteers"))
KIND_TITLES = {
    SchemeKind.WATCH.value: _l("Neighbourhood Watch"),
    SchemeKind.SPEEDWATCH.value: _l("Community Speed Watch"),
    SchemeKind.YOUTH.value: _l("Youth Commissions"),
}


def first_month(today: date) -> date:
    """The first of the twelve months shown: the current month and the eleven before it."""
    index = today.year * 12 + today.month - 1 - (MONTHS_SHOWN - 1)
    return date(index // 12, index % 12 + 1, 1)


def months_from(first: date) -> list[date]:
    index = first.year * 12 + first.month - 1
    return [date((index + n) // 12, (index + n) % 12 + 1, 1) for n in range(MONTHS_SHOWN)]


def providers() -> dict[str, FiguresProvider]:
    return dict(registries().public_figures.items())


# --- The refresh ----------------------------------------------------------------------------------


def _active_volunteers(force_id: int, *columns) -> sa.Select:
    return (
        sa.select(*columns, sa.func.count(sa.distinct(Membership.user_id)))
        .join(Membership, Membership.scheme_id == Scheme.id)
        .join(Area, Area.id == Scheme.area_id)
        .where(Area.force_id == force_id, Membership.status == MembershipStatus.ACTIVE)
        .group_by(*columns)
    )


def _volunteer_figures(force_id: int) -> Iterator[Figure]:
    """Active memberships today, people counted once per scheme kind, per area and for the force."""
    for area_id, kind, count in db.session.execute(_active_volunteers(force_id, Scheme.area_id, Scheme.kind)):
        yield Figure(area_id, None, VOLUNTEER_MEASURE.name, count, str(kind))
    for kind, count in db.session.execute(_active_volunteers(force_id, Scheme.kind)):
        yield Figure(None, None, VOLUNTEER_MEASURE.name, count, str(kind))


def _with_totals(found: Iterable[Figure], additive: set[tuple[str, str]]) -> dict[tuple, float]:
    """The provider's figures keyed (kind, measure, area, month), with the sums it left to us:
    each area's whole period, then the force's months and whole period, for additive measures."""
    values = {(f.scheme_kind, f.measure, f.area_id, f.month): f.value for f in found}
    given = set(values)
    period: dict[tuple, float] = defaultdict(float)
    for (kind, measure, area_id, month), value in values.items():
        if (kind, measure) in additive and area_id is not None and month is not None:
            period[(kind, measure, area_id, None)] += value
    values.update({key: value for key, value in period.items() if key not in given})
    force: dict[tuple, float] = defaultdict(float)
    for (kind, measure, area_id, month), value in values.items():
        if (kind, measure) in additive and area_id is not None:
            force[(kind, measure, None, month)] += value
    values.update({key: value for key, value in force.items() if key not in given})
    return values


def refresh_force(force: Force, today: date | None = None) -> int:
    """Work out a force's published figures again and replace its rows; returns how many."""
    first = first_month(today or utcnow().date())
    since = datetime(first.year, first.month, 1, tzinfo=UTC)
    found: list[Figure] = list(_volunteer_figures(force.id))
    additive = {(kind.value, VOLUNTEER_MEASURE.name) for kind in SchemeKind}
    wholes: dict[tuple[str, str], str] = {}
    for provider in providers().values():
        found.extend(provider.figures(force.id, since))
        additive |= {(provider.scheme_kind, m.name) for m in provider.measures if m.additive}
        wholes |= {(provider.scheme_kind, m.name): m.part_of for m in provider.measures if m.part_of}
    values = _with_totals(found, additive)
    held_back = complements(values, additive, wholes)
    rows = [
        {
            "force_id": force.id,
            "scheme_kind": kind,
            "measure": measure,
            "area_id": area_id,
            "month": month,
            "value": value,
            "withheld": (kind, measure, area_id, month) in held_back,
        }
        for (kind, measure, area_id, month), value in values.items()
    ]
    with transaction():
        db.session.execute(sa.delete(PublicFigure).where(PublicFigure.force_id == force.id))
        if rows:
            db.session.execute(sa.insert(PublicFigure), rows)
        refresh = db.session.get(FiguresRefresh, force.id) or FiguresRefresh(force_id=force.id)
        refresh.refreshed_at, refresh.first_month = utcnow(), first
        db.session.add(refresh)
    return len(rows)


# --- Reading them back ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureFigures:
    measure: Measure
    label: str
    period: Shown
    months: list[Shown]


@dataclass(frozen=True)
class SchemeFigures:
    """One scheme kind's section: `available` is false until a provider for the kind is installed."""

    kind: str
    title: str
    available: bool
    measures: list[MeasureFigures]


@dataclass(frozen=True)
class PublishedFigures:
    force: Force
    area: Area | None
    refreshed_at: datetime | None
    months: list[date]
    month_labels: list[str]
    schemes: list[SchemeFigures]
    volunteers: list[tuple[str, str, Shown]]


def _shown(values: dict, held_back: set, key: tuple, count: bool) -> Shown:
    return shown(values.get(key), count=count, withheld=key in held_back)


def published(force: Force, area: Area | None) -> PublishedFigures:
    """Everything a transparency page or the stats API shows for a force or one of its areas:
    one indexed read of the summary table, every figure passed through `shown`."""
    refresh = db.session.get(FiguresRefresh, force.id)
    first = refresh.first_month if refresh else first_month(utcnow().date())
    place = PublicFigure.area_id == area.id if area is not None else PublicFigure.area_id.is_(None)
    rows = db.session.execute(
        sa.select(
            PublicFigure.scheme_kind,
            PublicFigure.measure,
            PublicFigure.month,
            PublicFigure.value,
            PublicFigure.withheld,
        ).where(PublicFigure.force_id == force.id, place)
    )
    values, held_back = {}, set()
    for kind, measure, month, value, withheld in rows:
        values[(kind, measure, month)] = value
        if withheld:
            held_back.add((kind, measure, month))
    months = months_from(first)
    found = providers()
    schemes = []
    for kind in SchemeKind:
        provider = found.get(kind.value)
        if provider is None:
            schemes.append(SchemeFigures(kind.value, str(KIND_TITLES[kind.value]), False, []))
            continue
        measures = [
            MeasureFigures(
                measure,
                str(measure.label),
                _shown(values, held_back, (kind.value, measure.name, None), measure.additive),
                [_shown(values, held_back, (kind.value, measure.name, month), measure.additive) for month in months],
            )
            for measure in provider.measures
        ]
        schemes.append(SchemeFigures(kind.value, str(provider.title), True, measures))
    volunteers = [
        (
            kind.value,
            str(KIND_TITLES[kind.value]),
            _shown(values, held_back, (kind.value, VOLUNTEER_MEASURE.name, None), True),
        )
        for kind in SchemeKind
    ]
    labels = [format_date(month, "MMM yyyy") for month in months]
    return PublishedFigures(force, area, refresh.refreshed_at if refresh else None, months, labels, schemes, volunteers)
