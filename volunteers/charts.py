"""Horizontal bar charts drawn on the server as SVG (`templates/_chart.html`), each shown with its
figures in a table beside it: the site statistics and the public transparency pages use them.

A bar whose figure is withheld (a small count shown as "fewer than 5") is drawn as a hatched
placeholder of one fixed width, so its length tells nothing about the count behind it.
"""

from dataclasses import dataclass

from flask_babel import gettext as _

# The drawing's own units: the SVG scales to the width of its column, down to a 360 px phone.
CHART_BAR_SPAN = 200
WITHHELD_BAR_WIDTH = 24


@dataclass(frozen=True)
class Bar:
    label: str
    shown: str
    width: float
    withheld: bool = False


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: what it shows (its title and description for screen readers) and its bars."""

    chart_id: str
    title: str
    description: str
    bars: list[Bar]


def bar_chart(chart_id: str, title: str, rows: list[tuple]) -> Chart:
    """Bars from rows (label, value, shown) or (label, value, shown, withheld), scaled to the largest
    value shown; a missing value draws no bar, a withheld one the placeholder."""
    rows = [(*row, False) if len(row) == 3 else tuple(row) for row in rows]
    largest = max((value for _label, value, _shown, withheld in rows if value and not withheld), default=0)
    bars = [
        Bar(label, shown, WITHHELD_BAR_WIDTH, withheld=True)
        if withheld
        else Bar(label, shown, (value / largest * CHART_BAR_SPAN) if largest and value else 0)
        for label, value, shown, withheld in rows
    ]
    return Chart(chart_id, title, _("The same figures are in the table below the chart."), bars)
