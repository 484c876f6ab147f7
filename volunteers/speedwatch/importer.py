"""Bulk import of sightings from a force's previous Speed Watch system: `flask speedwatch import`.

The file is what such systems export, one row per sighting, a header line first (any order, any
case; Excel's Windows-1252 is read when the file is not UTF-8, as for a session's sheet):

    site,date,time,registration,make,model,colour,speed,direction
    12,2026-03-14,10:05,AB12 CDE,Ford,Focus,Blue,38,north

`site` is the id of the site in this app (create and approve the sites first), `date` is
2026-03-14 or 14/03/2026, `time` 10:05 local time; `model` and `direction` may be empty.

Why sessions are made per site and day: old systems keep a site, a date and a time for each
vehicle, rarely the session around it, and nothing this app counts depends on how a day is cut
into sessions. Escalation counts a plate's sightings across the force by time; the tallies count
by site, weekday, hour and speed band; the duplicate rule (the same plate within two minutes) is
as true of a day as of a session. So every site's sightings of a day go into one session, marked
`imported`, already reviewed (the old system's officers reviewed them and sent their letters),
its window the first to the last sighting. Its sightings are accepted: they count towards each
plate's next letter, which is the point of bringing them over; no letter is made for them.

Every row goes through the same checks as at the roadside (`sightings.check_entry` with the
site's limit and the force's threshold), the refused ones are written with their line number and
reason to FILE.refused.csv beside the file. A row already imported (the same plate at the same
site within the duplicate window) is refused as a duplicate, so running a file again stores
nothing twice, and a run that stopped part-way can simply be run again. A file that cannot be
read at all (not CSV, no header, missing columns, a cell beyond the CSV field limit) is refused
whole before anything is stored.

Built for millions of rows: the checks run in a tight loop, and the good rows go in chunks to
PostgreSQL's COPY on a connection of a writer thread, so the checks overlap the server's work
(on SQLite, batched inserts in the same transaction).
"""

import codecs
import csv
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import sqlalchemy as sa
from flask_babel import format_time
from flask_babel import gettext as _

from volunteers import audit
from volunteers.extensions import db
from volunteers.local_time import local_zone
from volunteers.models import Force
from volunteers.settings import settings_for
from volunteers.speedwatch import escalation, tallies
from volunteers.speedwatch.forms import parse_clock
from volunteers.speedwatch.models import SessionStatus, Sighting, SightingStatus, Site, SpeedwatchSession, Tally
from volunteers.speedwatch.sightings import CheckedSighting, EntryRules, SeenPlates, check_entry, threshold_for

COLUMNS = ("site", "date", "time", "registration", "make", "model", "colour", "speed", "direction")
REQUIRED = ("site", "date", "time", "registration", "make", "colour", "speed")
CHUNK_ROWS = 20_000
PROGRESS_ROWS = 10_000
SIGHTING_COLUMNS = (
    "observed_at",
    "session_id",
    "speed",
    "registration",
    "make",
    "model",
    "colour",
    "direction",
    "status",
)
ACCEPTED = SightingStatus.ACCEPTED.value


class ImportProblem(ValueError):
    """The file as a whole cannot be read; nothing was stored."""


@dataclass
class ImportSummary:
    rows: int = 0
    stored: int = 0
    refused: int = 0
    sessions_created: int = 0
    refused_path: Path | None = None
    reasons: dict[str, int] = field(default_factory=dict)


@dataclass
class _Target:
    """Where the rows of one site and day go, and the rules they are checked by."""

    session_id: int
    day: date
    rules: EntryRules
    seen: SeenPlates


def refused_path_for(path: Path) -> Path:
    return path.with_name(path.stem + ".refused.csv")


# --- Reading ---------------------------------------------------------------------------------------


def _encoding_of(path: Path) -> str:
    """UTF-8 when the whole file is, else Windows-1252 (as Excel saves CSV)."""
    decoder_ok = True
    with path.open("rb") as raw:
        # Incremental, so a huge file is never held whole in memory.
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        try:
            while block := raw.read(1 << 20):
                if b"\x00" in block:
                    raise ImportProblem(_("This is not a CSV file: save the sheet as CSV and import it again"))
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            decoder_ok = False
    return "utf-8-sig" if decoder_ok else "cp1252"


def _rows(path: Path, encoding: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each line with something in it; a line unreadable as CSV stops the file."""
    with path.open(encoding=encoding, errors="replace", newline="") as text:
        reader = csv.reader(text)
        line = 0
        try:
            for row in reader:
                line = reader.line_num
                if any(cell.strip() for cell in row):
                    yield line, row
        except csv.Error as error:
            raise ImportProblem(
                _("Line %(line)d is not CSV that can be read: %(problem)s", line=line + 1, problem=str(error))
            ) from None


def _header(rows: Iterator[tuple[int, list[str]]]) -> dict[str, int]:
    first = next(rows, None)
    if first is None:
        raise ImportProblem(_("The file is empty"))
    names = [cell.strip().lower() for cell in first[1]]
    missing = [column for column in REQUIRED if column not in names]
    if missing:
        raise ImportProblem(
            _(
                "The first line must name the columns (%(columns)s); it lacks %(missing)s",
                columns=", ".join(COLUMNS),
                missing=", ".join(missing),
            )
        )
    return {name: names.index(name) for name in COLUMNS if name in names}


def _day(typed: str) -> date | None:
    typed = typed.strip()
    try:
        if "/" in typed:
            day, month, year = (int(part) for part in typed.split("/"))
            return date(year, month, day)
        return date.fromisoformat(typed)
    except ValueError:
        return None


# --- Sessions ------------------------------------------------------------------------------------


def _day_window(day: date, zone) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)


def _targets(keys: set[tuple[str, str]], summary: ImportSummary) -> dict[tuple[str, str], "_Target | str"]:
    """For each (site, date) of the file: its imported session (found or made), or why its rows are refused."""
    zone = local_zone()
    site_ids = {int(site) for site, _day_text in keys if site.isdigit()}
    sites = {site.id: site for site in db.session.scalars(sa.select(Site).where(Site.id.in_(site_ids)))}
    days = {key: _day(key[1]) for key in keys}
    known_days = [day for day in days.values() if day is not None]
    existing: dict[tuple[int, date], SpeedwatchSession] = {}
    if sites and known_days:
        earliest, _end = _day_window(min(known_days), zone)
        _start, latest = _day_window(max(known_days), zone)
        for session in db.session.scalars(
            sa.select(SpeedwatchSession).where(
                SpeedwatchSession.site_id.in_(list(sites)),
                SpeedwatchSession.imported.is_(True),
                SpeedwatchSession.starts_at >= earliest,
                SpeedwatchSession.starts_at < latest,
            )
        ):
            existing.setdefault((session.site_id, session.starts_at.astimezone(zone).date()), session)
    settings_of: dict[int, object] = {}
    sessions: dict[tuple[str, str], SpeedwatchSession] = {}
    targets: dict[tuple[str, str], _Target | str] = {}
    for key in sorted(keys):
        site = sites.get(int(key[0])) if key[0].isdigit() else None
        day = days[key]
        if site is None:
            targets[key] = _("There is no site %(site)s: create it first and use its number", site=key[0][:20])
            continue
        if day is None:
            targets[key] = _("Enter the date like 2026-03-14 or 14/03/2026")
            continue
        force = site.scheme.area.force
        settings = settings_of.setdefault(force.id, settings_for(force))
        session = existing.get((site.id, day))
        if session is None:
            starts, ends = _day_window(day, zone)
            session = existing[(site.id, day)] = SpeedwatchSession(
                force_id=force.id,
                scheme_id=site.scheme_id,
                area_id=site.area_id,
                site_id=site.id,
                starts_at=starts,
                ends_at=ends,
                speed_limit=site.speed_limit,
                threshold=threshold_for(site.speed_limit, settings),
                status=SessionStatus.REVIEWED,
                imported=True,
            )
            db.session.add(session)
            summary.sessions_created += 1
        sessions[key] = session
    db.session.flush()
    seen: dict[int, SeenPlates] = {}
    earlier = [session.id for session in sessions.values()]
    for start in range(0, len(earlier), 5000):
        for registration, observed_at, session_id in db.session.execute(
            sa.select(Sighting.registration, Sighting.observed_at, Sighting.session_id).where(
                Sighting.session_id.in_(earlier[start : start + 5000])
            )
        ):
            seen.setdefault(session_id, SeenPlates()).add(registration, observed_at)
    for key, session in sessions.items():
        settings = settings_of[session.force_id]
        starts, ends = _day_window(days[key], zone)
        rules = EntryRules(
            speed_limit=session.speed_limit,
            threshold=session.threshold,
            max_speed=int(settings.speedwatch_max_speed),
            starts_at=starts,
            accepts_until=ends,
            duplicate_window=timedelta(minutes=int(settings.speedwatch_duplicate_minutes)),
        )
        targets[key] = _Target(session.id, days[key], rules, seen.setdefault(session.id, SeenPlates()))
    return targets


# --- Writing ---------------------------------------------------------------------------------------


class _CopyWriter:
    """COPY each chunk on a connection of its own, in a thread, while the next chunk is checked."""

    def __init__(self):
        self.connection = db.engine.raw_connection()
        self.chunks: queue.Queue = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        cursor = self.connection.driver_connection.cursor()
        try:
            while (chunk := self.chunks.get()) is not None:
                if self.error is None:
                    with cursor.copy(f"COPY speedwatch_sighting ({', '.join(SIGHTING_COLUMNS)}) FROM STDIN") as copy:
                        for row in chunk:
                            copy.write_row(row)
        except BaseException as error:  # noqa: BLE001 (handed to the main thread, which raises it)
            self.error = error
            while self.chunks.get() is not None:
                pass

    def write(self, chunk: list[tuple]) -> None:
        if self.error is not None:
            raise self.error
        self.chunks.put(chunk)

    def finish(self) -> None:
        self.chunks.put(None)
        self.thread.join()
        try:
            if self.error is not None:
                self.connection.rollback()
                raise self.error
            self.connection.commit()
        finally:
            self.connection.close()

    def abandon(self) -> None:
        if self.thread.is_alive():
            self.error = self.error or RuntimeError("import stopped")
            self.chunks.put(None)
            self.thread.join()
        self.connection.rollback()
        self.connection.close()


class _InsertWriter:
    """Batched inserts (SQLAlchemy Core, no ORM objects) in the import's own transaction."""

    def __init__(self):
        self.statement = sa.insert(Sighting.__table__)

    def write(self, chunk: list[tuple]) -> None:
        db.session.execute(self.statement, [dict(zip(SIGHTING_COLUMNS, row, strict=True)) for row in chunk])

    def finish(self) -> None:
        pass

    def abandon(self) -> None:
        pass


# --- The import ------------------------------------------------------------------------------------


def _when(moment: datetime) -> str:
    return format_time(moment, "HH:mm")


def import_sightings(
    path: Path, refused_path: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> ImportSummary:
    """Store a previous system's sightings with the roadside's checks; write the refused rows with reasons.

    `progress(rows, total)` is told every so many rows how many more were checked, and of how many.
    """
    path = Path(path)
    refused_path = refused_path or refused_path_for(path)
    encoding = _encoding_of(path)
    summary = ImportSummary(refused_path=refused_path)

    # First pass: the whole file is read as CSV, and its sites and days found, before anything is stored.
    rows = _rows(path, encoding)
    columns = _header(rows)
    site_at, day_at = columns["site"], columns["date"]
    keys, total = set(), 0
    for _line, row in rows:
        total += 1
        keys.add((row[site_at].strip() if len(row) > site_at else "", row[day_at].strip() if len(row) > day_at else ""))
    targets = _targets(keys, summary)
    db.session.commit()

    writer = _CopyWriter() if db.engine.dialect.name == "postgresql" else _InsertWriter()
    try:
        _load(path, encoding, columns, targets, writer, summary, progress, total)
        writer.finish()
    except BaseException:
        writer.abandon()
        db.session.rollback()
        raise
    _finish(targets, summary)
    return summary


def _load(path, encoding, columns, targets, writer, summary, progress, total) -> None:
    indexes = [columns.get(name) for name in COLUMNS]
    header_width = max(columns.values()) + 1
    zone, utc = local_zone(), UTC
    clocks: dict[str, time | None] = {}
    chunk: list[tuple] = []
    rows = _rows(path, encoding)
    next(rows)
    with Path(summary.refused_path).open("w", encoding="utf-8", newline="") as refused_file:
        refused = csv.writer(refused_file)
        refused.writerow(("line", "reason", *COLUMNS))
        reasons = summary.reasons

        def refuse(line: int, row: list[str], reason: str) -> None:
            summary.refused += 1
            reasons[reason] = reasons.get(reason, 0) + 1
            refused.writerow((line, reason, *(row[i] if i is not None and i < len(row) else "" for i in indexes)))

        for line, row in rows:
            summary.rows += 1
            if progress is not None and summary.rows % PROGRESS_ROWS == 0:
                progress(PROGRESS_ROWS, total)
            if len(row) < header_width:
                row = row + [""] * (header_width - len(row))
            elif len(row) > header_width and any(cell.strip() for cell in row[header_width:]):
                refuse(line, row, _("This line has more cells than the header"))
                continue
            site, day_text, clock_text, registration, make, model, colour, speed, direction = (
                row[i] if i is not None else "" for i in indexes
            )
            target = targets.get((site.strip(), day_text.strip()))
            if not isinstance(target, _Target):
                refuse(line, row, target or _("There is no site %(site)s", site=site[:20]))
                continue
            clock = clocks.get(clock_text)
            if clock is None and clock_text not in clocks:
                clock = clocks[clock_text] = parse_clock(clock_text)
            observed_at = datetime.combine(target.day, clock, tzinfo=zone) if clock is not None else clock_text
            checked = check_entry(
                target.rules,
                {
                    "registration": registration,
                    "make": make,
                    "model": model,
                    "colour": colour,
                    "speed": speed,
                    "direction": direction,
                    "observed_at": observed_at,
                },
                target.seen,
                when=_when,
            )
            if not isinstance(checked, CheckedSighting):
                refuse(line, row, "; ".join(problem.message for problem in checked))
                continue
            chunk.append(
                (
                    checked.observed_at.astimezone(utc),
                    target.session_id,
                    checked.speed,
                    checked.registration,
                    checked.make,
                    checked.model,
                    checked.colour,
                    checked.direction.value if checked.direction is not None else None,
                    ACCEPTED,
                )
            )
            if len(chunk) >= CHUNK_ROWS:
                writer.write(chunk)
                summary.stored += len(chunk)
                chunk = []
        if chunk:
            writer.write(chunk)
            summary.stored += len(chunk)
        if progress is not None:
            progress(summary.rows % PROGRESS_ROWS, total)


def _finish(targets: dict, summary: ImportSummary) -> None:
    """Each touched session's window, count and tallies as its sightings now stand; empty ones made
    by this run removed; one audit event."""
    session_ids = sorted({target.session_id for target in targets.values() if isinstance(target, _Target)})
    spans = {
        row.session_id: row
        for row in db.session.execute(
            sa.select(
                Sighting.session_id,
                sa.func.min(Sighting.observed_at).label("first"),
                sa.func.max(Sighting.observed_at).label("last"),
                sa.func.count().label("count"),
            )
            .where(Sighting.session_id.in_(session_ids))
            .group_by(Sighting.session_id)
        )
    }
    # The forces whose sites the file names, also when all their rows were refused.
    force_ids = db.session.scalars(
        sa.select(SpeedwatchSession.force_id).where(SpeedwatchSession.id.in_(session_ids)).distinct()
    ).all()
    empty = [session_id for session_id in session_ids if session_id not in spans]
    if empty:
        db.session.execute(sa.delete(SpeedwatchSession).where(SpeedwatchSession.id.in_(empty)))
    if spans:
        table = SpeedwatchSession.__table__
        db.session.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("session"))
            .values(
                starts_at=sa.bindparam("first", type_=table.c.starts_at.type),
                ends_at=sa.bindparam("last", type_=table.c.ends_at.type),
                sighting_count=sa.bindparam("count"),
            ),
            [
                {
                    "session": row.session_id,
                    "first": row.first,
                    "last": row.last + timedelta(minutes=1),
                    "count": row.count,
                }
                for row in spans.values()
            ],
        )
    _count_tallies(list(spans))
    forces = db.session.scalars(sa.select(Force).where(Force.id.in_(force_ids))).all()
    for force in forces:
        audit.record(
            None,
            "speedwatch.sightings.imported",
            force,
            after={"rows": summary.rows, "stored": summary.stored, "refused": summary.refused},
        )
    db.session.commit()


def _count_tallies(session_ids: list[int]) -> None:
    """The tallies of the imported sessions, as `tallies.count_session` counts them: in one statement
    on PostgreSQL (a migration touches thousands of sessions), session by session elsewhere."""
    if not session_ids:
        return
    if db.engine.dialect.name != "postgresql":
        for session in db.session.scalars(sa.select(SpeedwatchSession).where(SpeedwatchSession.id.in_(session_ids))):
            tallies.count_session(session)
        return
    db.session.execute(sa.delete(Tally).where(Tally.session_id.in_(session_ids)))
    by_force = db.session.execute(
        sa.select(SpeedwatchSession.force_id, sa.func.array_agg(SpeedwatchSession.id))
        .where(SpeedwatchSession.id.in_(session_ids))
        .group_by(SpeedwatchSession.force_id)
    ).all()
    for force_id, ids in by_force:
        window = escalation.window_of(db.session.get(Force, force_id))
        db.session.execute(
            sa.text(
                """
                INSERT INTO speedwatch_tally (session_id, weekday, hour, band, site_id, vehicles, repeats, top_speed)
                SELECT s.session_id,
                       extract(isodow FROM s.observed_at AT TIME ZONE :zone)::int,
                       extract(hour FROM s.observed_at AT TIME ZONE :zone)::int,
                       s.speed - s.speed % :band,
                       ss.site_id, count(*),
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM speedwatch_sighting e
                           JOIN speedwatch_session es ON es.id = e.session_id
                           WHERE e.registration = s.registration AND e.status = :accepted
                             AND es.force_id = :force AND e.observed_at > s.observed_at - :window
                             AND (e.observed_at, e.id) < (s.observed_at, s.id))),
                       max(s.speed)
                FROM speedwatch_sighting s JOIN speedwatch_session ss ON ss.id = s.session_id
                WHERE s.session_id = ANY(:ids) AND s.status = :accepted
                GROUP BY 1, 2, 3, 4, 5
                """
            ),
            {
                "zone": local_zone().key,
                "band": tallies.BAND_MPH,
                "accepted": ACCEPTED,
                "force": force_id,
                "window": window,
                "ids": list(ids),
            },
        )
