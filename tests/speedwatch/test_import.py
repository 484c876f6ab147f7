"""`flask speedwatch import`: a previous system's sightings brought over with the roadside's checks,
the refused rows written with their line numbers and reasons, nothing stored twice on a second
run, and a file that cannot be read refused whole with nothing stored."""

import csv
from datetime import date, time, timedelta

import pytest
import sqlalchemy as sa

from tests.speedwatch.factories import (
    accept_all,
    cover,
    entry,
    next_weekday,
    running_session,
    sightings_of,
    submitted_session,
)
from volunteers.errors import InvalidInput
from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.models import AuditEvent
from volunteers.speedwatch import importer, services, tallies
from volunteers.speedwatch.models import (
    Letter,
    LetterStage,
    SessionStatus,
    Sighting,
    SightingStatus,
    SpeedwatchSession,
    Tally,
)

HEADER = "site,date,time,registration,make,model,colour,speed,direction\n"
DAY = date.today() - timedelta(days=60)


def write(tmp_path, text: str, name: str = "old-system.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(site_id: int, *lines: str, day: date = DAY) -> str:
    return HEADER + "".join(f"{site_id},{day.isoformat()},{line}\n" for line in lines)


def refused_rows(path) -> list[dict]:
    with importer.refused_path_for(path).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def imported_sessions() -> list[SpeedwatchSession]:
    db.session.expire_all()
    return db.session.scalars(sa.select(SpeedwatchSession).where(SpeedwatchSession.imported.is_(True))).all()


def test_good_rows_are_stored_accepted_in_a_reviewed_session_per_site_and_day(app, world, tmp_path):
    path = write(
        tmp_path,
        rows(world.site.id, "10:05,ab12 cde,ford,Focus,Blue,38,north", "10:40,XY70ZZT,Vauxhall,,Silver,41,southbound"),
    )

    summary = importer.import_sightings(path)

    assert (summary.rows, summary.stored, summary.refused, summary.sessions_created) == (2, 2, 0, 1)
    [session] = imported_sessions()
    assert session.status == SessionStatus.REVIEWED
    assert session.site_id == world.site.id and session.force_id == world.force.id
    assert session.starts_at == at_local(DAY, time(10, 5))
    assert session.ends_at == at_local(DAY, time(10, 41))
    assert session.sighting_count == 2
    stored = sightings_of(session)
    assert [(s.registration, s.make, s.model, s.colour, s.speed, s.direction.value) for s in stored] == [
        ("AB12CDE", "Ford", "Focus", "blue", 38, "north"),
        ("XY70ZZT", "Vauxhall", None, "silver", 41, "south"),
    ]
    assert {sighting.status for sighting in stored} == {SightingStatus.ACCEPTED}
    assert refused_rows(path) == []


def test_a_below_threshold_row_is_refused_with_the_roadsides_message(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,33,north", "10:07,XY70ZZT,Ford,,Red,36,"))
    session = running_session(world)
    with pytest.raises(InvalidInput) as roadside:
        services.check_sighting(session, entry(session, speed=33))

    summary = importer.import_sightings(path)

    [refused] = refused_rows(path)
    assert refused["line"] == "2"
    assert refused["reason"] == roadside.value.errors["speed"][0]
    assert refused["reason"] == "speed 33 is below the threshold of 35 for a 30 mph site"
    assert refused["registration"] == "AB12CDE" and refused["speed"] == "33"
    assert (summary.stored, summary.refused) == (1, 1)


def test_refused_rows_are_written_with_their_line_numbers_and_every_reason(app, world, tmp_path):
    text = (
        HEADER
        + f"{world.site.id},{DAY.isoformat()},10:05,AB12CDE,Ford,,Blue,38,north\n"
        + "\n"
        + f"{world.site.id},{DAY.isoformat()},10:06,NOT A PLATE,Ford,,Blue,190,north\n"
        + f"9999,{DAY.isoformat()},10:07,AB12CDF,Ford,,Blue,38,north\n"
        + f"{world.site.id},31/02/2026,10:08,AB12CDG,Ford,,Blue,38,north\n"
        + f"{world.site.id},{DAY.strftime('%d/%m/%Y')},25:00,AB12CDH,,,Blue,38,up\n"
        + f"{world.site.id},{DAY.isoformat()},10:09,AB12CDJ,Ford,,Blue,38,north,extra\n"
    )
    path = write(tmp_path, text)

    summary = importer.import_sightings(path)

    refused = {int(row["line"]): row["reason"] for row in refused_rows(path)}
    assert sorted(refused) == [4, 5, 6, 7, 8]
    assert "NOTAPLATE is not a UK registration" in refused[4] and "speed 190 is above 150 mph" in refused[4]
    assert refused[5] == "There is no site 9999: create it first and use its number"
    assert refused[6] == "Enter the date like 2026-03-14 or 14/03/2026"
    assert "Enter the time the vehicle passed" in refused[7]
    assert "Enter the make" in refused[7] and "Choose the direction" in refused[7]
    assert refused[8] == "This line has more cells than the header"
    assert (summary.rows, summary.stored, summary.refused) == (6, 1, 5)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Sighting)) == 1


def test_running_the_same_file_again_stores_nothing_twice(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,38,north", "10:30,XY70ZZT,Ford,,Red,40,"))
    importer.import_sightings(path)
    more = write(
        tmp_path,
        rows(
            world.site.id, "10:05,AB12CDE,Ford,,Blue,38,north", "11:15,XY70ZZT,Ford,,Red,44,", "10:30,XY70ZZT,F,,R,40,"
        ),
        name="again.csv",
    )

    summary = importer.import_sightings(more)

    assert (summary.stored, summary.refused, summary.sessions_created) == (1, 2, 0)
    reasons = [row["reason"] for row in refused_rows(more)]
    assert all("already recorded at" in reason and "is a duplicate" in reason for reason in reasons)
    [session] = imported_sessions()
    assert session.sighting_count == 3
    assert session.ends_at == at_local(DAY, time(11, 16))
    assert sum(tally.vehicles for tally in db.session.scalars(sa.select(Tally))) == 3


def test_the_duplicate_rule_applies_within_the_file(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,38,", "10:06,AB12 CDE,Ford,,Blue,39,"))

    summary = importer.import_sightings(path)

    assert (summary.stored, summary.refused) == (1, 1)
    assert "AB12CDE was already recorded at 10:05" in refused_rows(path)[0]["reason"]


def test_a_file_that_is_not_utf8_is_read_as_windows_1252(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Citroën,Saxo,Blue,38,north"), encoding="cp1252")

    importer.import_sightings(path)

    [sighting] = db.session.scalars(sa.select(Sighting)).all()
    assert sighting.make == "Citroën"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty"),
        (b"when,plate\n10:05,AB12CDE\n", "it lacks site, date, time, registration, make, colour, speed"),
        (b"PK\x03\x04\x00\x00binary", "This is not a CSV file"),
        (HEADER.encode() + b'1,2026-01-01,10:05,"AB12CDE' + b"x" * 200_000 + b'",Ford,,Blue,38,\n', "field larger"),
    ],
    ids=["empty", "missing-columns", "binary", "huge-cell"],
)
def test_a_file_that_cannot_be_read_is_refused_whole_and_nothing_is_stored(app, world, tmp_path, content, message):
    path = tmp_path / "broken.csv"
    good = f"{world.site.id},{DAY.isoformat()},10:05,AB12CDE,Ford,,Blue,38,north\n".encode()
    path.write_bytes(
        content if not content.startswith(HEADER.encode()) else HEADER.encode() + good + content[len(HEADER) :]
    )

    with pytest.raises(importer.ImportProblem) as refused:
        importer.import_sightings(path)

    assert message in str(refused.value)
    assert imported_sessions() == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Sighting)) == 0


def test_imported_sightings_count_towards_the_next_letter_and_the_tallies(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,38,north"))
    importer.import_sightings(path)
    cover(world, next_weekday())
    session = submitted_session(world, plates=("AB12CDE",))

    accept_all(world, session)

    [letter] = db.session.scalars(sa.select(Letter)).all()
    assert letter.stage == LetterStage.WARNING
    [imported] = imported_sessions()
    assert db.session.scalars(sa.select(Letter).where(Letter.site_id == imported.site_id)).all() == [letter]
    [tally] = db.session.scalars(sa.select(Tally).where(Tally.session_id == imported.id)).all()
    assert (tally.weekday, tally.hour, tally.band, tally.vehicles, tally.top_speed) == (DAY.isoweekday(), 10, 35, 1, 38)


def test_imported_tallies_are_those_the_review_counts(app, world, tmp_path):
    """On PostgreSQL the import counts in one statement; it must agree with `tallies.count_session`."""
    earlier = DAY - timedelta(days=10)
    importer.import_sightings(write(tmp_path, rows(world.site.id, "09:00,AB12CDE,Ford,,Blue,41,", day=earlier)))
    path = write(
        tmp_path,
        rows(
            world.site.id,
            "10:05,AB12CDE,Ford,,Blue,38,north",
            "10:15,XY70ZZT,Ford,,Blue,52,north",
            "10:20,XY70ZZT,Ford,,Blue,51,north",
            "14:59,AB12CDF,Ford,,Blue,36,north",
        ),
        name="day.csv",
    )
    importer.import_sightings(path)
    session = next(s for s in imported_sessions() if s.starts_at.date() != earlier)

    def current():
        db.session.expire_all()
        return sorted(
            (t.weekday, t.hour, t.band, t.vehicles, t.repeats, t.top_speed)
            for t in db.session.scalars(sa.select(Tally).where(Tally.session_id == session.id))
        )

    imported = current()
    tallies.count_session(session)
    db.session.commit()
    assert imported == current()
    assert (DAY.isoweekday(), 10, 35, 1, 1, 38) in imported
    assert (DAY.isoweekday(), 10, 50, 2, 1, 52) in imported


def test_the_import_is_audited_once_for_the_force(app, world, tmp_path):
    importer.import_sightings(write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,38,", "10:06,X,F,,B,9,")))

    [event] = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "speedwatch.sightings.imported"))
    assert event.actor_id is None
    assert event.after == {"rows": 2, "stored": 1, "refused": 1}


def test_a_file_refused_row_by_row_is_audited_and_leaves_no_empty_session(app, world, tmp_path):
    importer.import_sightings(write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,30,")))

    assert imported_sessions() == []
    [event] = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "speedwatch.sightings.imported"))
    assert event.after == {"rows": 1, "stored": 0, "refused": 1}


def test_the_command_prints_a_summary_and_where_the_refused_rows_are(app, world, tmp_path):
    path = write(tmp_path, rows(world.site.id, "10:05,AB12CDE,Ford,,Blue,38,", "10:06,XY70ZZT,Ford,,Blue,33,"))

    result = app.test_cli_runner().invoke(args=["speedwatch", "import", str(path)])

    assert result.exit_code == 0, result.output
    assert "2 rows: 1 stored, 1 refused; 1 sessions made" in result.output
    assert "1 × speed 33 is below the threshold of 35 for a 30 mph site" in result.output
    assert str(importer.refused_path_for(path)) in result.output


def test_the_command_refuses_a_broken_file_with_a_clear_error(app, world, tmp_path):
    path = write(tmp_path, "when,plate\n10:05,AB12CDE\n")

    result = app.test_cli_runner().invoke(args=["speedwatch", "import", str(path)])

    assert result.exit_code == 1
    assert "The first line must name the columns" in result.output and "nothing was stored" in result.output
    assert imported_sessions() == []
