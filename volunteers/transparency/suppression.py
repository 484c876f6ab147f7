"""The one place a published figure becomes what people see: counts from 1 to 4 are withheld and
shown as "fewer than 5", on the pages, in the tables, on the charts and in the CSV and JSON
downloads alike, so that nobody can be picked out of a small total. So that none of them can be
worked out by subtracting the others from a total either, the refresh also withholds the figures
`complements` chooses, shown as "withheld".

Every output path calls `shown(...)`; nothing formats a published count any other way.
"""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from flask import g
from flask_babel import get_locale
from flask_babel import gettext as _

from volunteers.equality import SMALLEST_COUNT_SHOWN


@dataclass(frozen=True)
class Shown:
    """A figure as published: `value` is None when it is withheld or there is none to give."""

    value: float | None
    text: str
    withheld: bool = False

    def as_json(self) -> dict:
        return {"value": self.value, "shown": self.text, "withheld": self.withheld}


def fewer_than() -> str:
    """The words for a withheld count, translated once a request (a page shows hundreds)."""
    key = f"transparency_fewer_than_{get_locale()}"
    if key not in g:
        setattr(g, key, _("fewer than %(count)d", count=SMALLEST_COUNT_SHOWN))
    return getattr(g, key)


def shown(value: float | None, count: bool = True, withheld: bool = False) -> Shown:
    """A count (or, with `count=False`, a figure that is not a count, such as a median in days)
    as it may be published; `withheld` marks a figure held back so that a smaller one cannot be
    worked out from it (see `complements`)."""
    if withheld:
        return Shown(None, _("withheld"), withheld=True)
    if not count:
        if value is None:
            return Shown(None, _("not enough to show"))
        return Shown(round(value, 1), f"{value:,.1f}")
    number = int(value or 0)
    if 0 < number < SMALLEST_COUNT_SHOWN:
        return Shown(None, fewer_than(), withheld=True)
    # English and Welsh group digits alike: 1,234.
    return Shown(number, f"{number:,}")


def complements(values: Mapping[tuple, float], additive: set[tuple[str, str]], wholes: Mapping[tuple, str]) -> set:
    """The figures to withhold besides the small counts themselves, so that no small count can be
    worked out by subtraction.

    `values` is keyed (kind, measure, area id or None for the force, month or None for the whole
    period). Each line of figures that add up to a published whole (a row's months and its period,
    a column's areas and the force, the parts of a measure declared in `wholes` as
    {(kind, part): whole}) must not hold exactly one withheld figure: when it does, the smallest
    other figure above zero is withheld too, or the whole when there is none. Repeated until no
    line changes, since withholding in one line can leave another with one.
    """
    withheld = {
        key for key, value in values.items() if (key[0], key[1]) in additive and 0 < value < SMALLEST_COUNT_SHOWN
    }
    lines = _lines(values, additive, wholes)
    changed = True
    while changed:
        changed = False
        for whole, parts in lines:
            hidden = [part for part in parts if part in withheld]
            if len(hidden) != 1 or whole in withheld or not values.get(whole):
                continue
            others = [part for part in parts if part not in withheld and values.get(part)]
            withheld.add(min(others, key=lambda part: values[part]) if others else whole)
            changed = True
    return withheld - {key for key, value in values.items() if 0 < value < SMALLEST_COUNT_SHOWN}


def _lines(values: Mapping[tuple, float], additive: set[tuple[str, str]], wholes: Mapping[tuple, str]) -> list:
    """Each (whole, its parts) that a reader could subtract along."""
    by_row, by_column, by_whole = defaultdict(list), defaultdict(list), defaultdict(list)
    for key in values:
        kind, measure, area_id, month = key
        if (kind, measure) not in additive:
            continue
        if month is not None:
            by_row[(kind, measure, area_id, None)].append(key)
        if area_id is not None:
            by_column[(kind, measure, None, month)].append(key)
        whole = wholes.get((kind, measure))
        if whole is not None:
            by_whole[(kind, whole, area_id, month)].append(key)
    return [(whole, parts) for lines in (by_row, by_column, by_whole) for whole, parts in lines.items()]
