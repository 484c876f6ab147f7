"""The one place a published figure becomes what people see: counts from 1 to 4 are withheld and
shown as "fewer than 5", on the pages, in the tables, on the charts and in the CSV and JSON
downloads alike, so that nobody can be picked out of a small total.

Every output path calls `shown(...)`; nothing formats a published count any other way.
"""

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


def shown(value: float | None, count: bool = True) -> Shown:
    """A count (or, with `count=False`, a figure that is not a count, such as a median in days)
    as it may be published."""
    if not count:
        if value is None:
            return Shown(None, _("not enough to show"))
        return Shown(round(value, 1), f"{value:,.1f}")
    number = int(value or 0)
    if 0 < number < SMALLEST_COUNT_SHOWN:
        return Shown(None, fewer_than(), withheld=True)
    # English and Welsh group digits alike: 1,234.
    return Shown(number, f"{number:,}")
