"""A session's paper sheet typed into a spreadsheet and uploaded as CSV: read into entries for the
one validation path, with every line that cannot even be read reported with its number.

Columns: time, registration, make, model, colour, speed, direction (a header line first, in any
order, any case). A time is "14:05" on the session's day, or a full ISO 8601 date and time.
Excel saves CSV in Windows-1252 unless told otherwise, so a file that is not UTF-8 is read as that.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from flask_babel import gettext as _

from volunteers.local_time import at_local, local_zone
from volunteers.speedwatch.forms import parse_clock
from volunteers.speedwatch.sightings import Problem

COLUMNS = ("time", "registration", "make", "model", "colour", "speed", "direction")
REQUIRED = ("time", "registration", "make", "colour", "speed")
EXAMPLE_ROWS = (
    ("10:05", "AB12 CDE", "Ford", "Focus", "Blue", "38", "north"),
    ("10:07", "XY70 ZZT", "Vauxhall", "", "Silver", "41", "south"),
)


class SheetProblem(ValueError):
    """The file as a whole cannot be read (not CSV, no header, missing columns)."""


@dataclass(frozen=True)
class Sheet:
    entries: list[dict]
    # The line number in the file of each entry, and the lines refused before any check.
    lines: list[int]
    unreadable: list[tuple[int, list[Problem]]]


def template_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(EXAMPLE_ROWS)
    return out.getvalue()


def _decoded(raw: bytes) -> str:
    if b"\x00" in raw:
        raise SheetProblem(_("This is not a CSV file: save the sheet as CSV and upload it again"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _moment(typed: str, day: date) -> datetime | str:
    typed = (typed or "").strip()
    clock = parse_clock(typed)
    if clock is not None:
        return at_local(day, clock)
    try:
        moment = datetime.fromisoformat(typed)
    except ValueError:
        return typed
    return moment if moment.tzinfo else moment.replace(tzinfo=local_zone())


def read_sheet(raw: bytes, day: date) -> Sheet:
    """The entries of an uploaded sheet, each with its line number."""
    text = _decoded(raw)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise SheetProblem(_("The file is not a CSV file that can be read: %(problem)s", problem=str(error))) from None
    rows = [(number, row) for number, row in enumerate(rows, start=1) if any(cell.strip() for cell in row)]
    if not rows:
        raise SheetProblem(_("The file is empty"))
    header_line, header = rows[0]
    names = [cell.strip().lower() for cell in header]
    missing = [column for column in REQUIRED if column not in names]
    if missing:
        raise SheetProblem(
            _(
                "The first line must name the columns (%(columns)s); it lacks %(missing)s",
                columns=", ".join(COLUMNS),
                missing=", ".join(missing),
            )
        )
    entries, lines, unreadable = [], [], []
    for number, row in rows[1:]:
        if len(row) > len(names):
            unreadable.append((number, [Problem("line", _("This line has more cells than the header"))]))
            continue
        values = dict(zip(names, row, strict=False))
        entry = {column: values.get(column, "") for column in COLUMNS}
        entry["observed_at"] = _moment(entry.pop("time"), day)
        entries.append(entry)
        lines.append(number)
    return Sheet(entries, lines, unreadable)
