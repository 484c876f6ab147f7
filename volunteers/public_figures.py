"""What a scheme contributes to the public transparency pages: its measures, and their figures
counted in SQL per area and month for one force.

Shared, so that a scheme can offer its figures without importing the transparency feature, and the
transparency feature can read them without importing a scheme. A scheme hands its
`FiguresProvider` to `registry.install` as `Feature(public_figures={kind: provider})`.

A provider answers `figures(force_id, since)` with `Figure` rows:

* additive measures (counts) per area and month; the totals over the force and over the twelve
  months are added up by the refresh, unless the provider gives them itself (a snapshot such as
  today's volunteers has only the "whole period" row, `month=None`);
* other measures (medians) in every combination it can work out: per area and for the force
  (`area_id=None`), per month and for the whole period (`month=None`).

Medians are computed from a histogram counted in SQL (`histogram_median`), which both databases
can do with GROUP BY, and are left out when fewer than five things lie behind them.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from flask_babel import LazyString

from volunteers.extensions import db

# Fewer than this many behind a median and it is not shown: it would describe one or two cases.
SMALLEST_MEDIAN_BASE = 5


@dataclass(frozen=True)
class Measure:
    """One figure a scheme publishes: `additive` counts add up over areas and months."""

    name: str
    label: LazyString | str
    additive: bool = True
    # Shown as a chart by month on the public pages (with the same figures in a table).
    charted: bool = False
    # The measure this one is a part of (an outcome of the reports received), so that a withheld
    # part cannot be worked out by subtracting the others from the whole.
    part_of: str | None = None


@dataclass(frozen=True)
class Figure:
    area_id: int | None
    month: date | None
    measure: str
    value: float
    scheme_kind: str


@dataclass(frozen=True)
class FiguresProvider:
    """A scheme's public figures: what it measures, in the order the pages show them, and how."""

    scheme_kind: str
    title: LazyString | str
    measures: tuple[Measure, ...]
    figures: Callable[[int, datetime], Iterable[Figure]]


def month_of(column) -> sa.ColumnElement[str]:
    """The UTC month of a stored time as 'YYYY-MM', on PostgreSQL and on SQLite."""
    if db.engine.dialect.name == "postgresql":
        return sa.func.to_char(sa.func.timezone("UTC", column), "YYYY-MM")
    return sa.func.strftime("%Y-%m", column)


def tenths_of_a_day_between(later, earlier) -> sa.ColumnElement[int]:
    """Whole tenths of a day from `earlier` to `later`: the histogram buckets of a median in days."""
    if db.engine.dialect.name == "postgresql":
        return sa.cast(sa.func.floor(sa.extract("epoch", later - earlier) / 8640), sa.Integer)
    return sa.cast((sa.func.julianday(later) - sa.func.julianday(earlier)) * 10, sa.Integer)


def month_start(text: str) -> date:
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def histogram_median(buckets: Iterable[tuple[object, int, int]]) -> dict[object, tuple[float, int]]:
    """Medians from histogram rows (key, bucket, how many), per key: (median bucket, how many in all).

    The median is the bucket holding the middle item (the lower middle of an even count); keys
    with fewer than SMALLEST_MEDIAN_BASE items are left out.
    """
    per_key: dict[object, list[tuple[int, int]]] = defaultdict(list)
    for key, bucket, count in buckets:
        per_key[key].append((bucket, count))
    medians = {}
    for key, rows in per_key.items():
        total = sum(count for _bucket, count in rows)
        if total < SMALLEST_MEDIAN_BASE:
            continue
        middle, seen = (total + 1) // 2, 0
        for bucket, count in sorted(rows):
            seen += count
            if seen >= middle:
                medians[key] = (bucket, total)
                break
    return medians


def keys_of(area_id: int, month: date) -> tuple[tuple, ...]:
    """Where one area's figure for one month also counts: the area over the period, the force that
    month, and the force over the period."""
    return ((area_id, month), (area_id, None), (None, month), (None, None))


def median_days_figures(rows: Iterable[tuple], measure: str, scheme_kind: str) -> Iterable[Figure]:
    """Median days per area and month, per area, per month and for the force, from histogram rows
    (area id, 'YYYY-MM', tenths of a day, how many) counted in SQL."""
    histogram: dict[tuple, Counter] = defaultdict(Counter)
    for area_id, month_text, tenths, count in rows:
        for key in keys_of(area_id, month_start(month_text)):
            histogram[key][tenths] += count
    flat = ((key, tenths, count) for key, buckets in histogram.items() for tenths, count in buckets.items())
    for (area_id, month), (tenths, _total) in histogram_median(flat).items():
        yield Figure(area_id, month, measure, tenths / 10, scheme_kind)
