"""`flask speedwatch ...`: the commands a force runs from cron or once when it migrates."""

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

speedwatch_cli = AppGroup("speedwatch", help="Community Speed Watch: retention of sightings and bulk import.")


@speedwatch_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(file):
    """Import sightings exported from a previous Speed Watch system.

    \b
    FILE is CSV, one sighting a line, a header line first:
      site,date,time,registration,make,model,colour,speed,direction
      12,2026-03-14,10:05,AB12 CDE,Ford,Focus,Blue,38,north
    site: the site's number in this app; date: 2026-03-14 or 14/03/2026;
    time: 10:05 local time; model and direction may be empty.

    Each site's sightings of a day become one imported, already reviewed
    session; the sightings count towards each plate's escalation. Every row
    is checked as at the roadside; refused rows go to FILE.refused.csv with
    their line number and reason. Running a file again stores nothing twice
    (a row already stored is refused as a duplicate).
    """
    from volunteers.speedwatch import importer

    bar = None

    def progress(rows: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="Checking and storing", file=sys.stderr)
            bar.__enter__()
        bar.update(rows)

    try:
        summary = importer.import_sightings(file, progress=progress)
    except importer.ImportProblem as problem:
        raise click.ClickException(f"{problem} (nothing was stored)") from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(
        f"{summary.rows} rows: {summary.stored} stored, {summary.refused} refused; "
        f"{summary.sessions_created} sessions made"
    )
    for reason, count in sorted(summary.reasons.items(), key=lambda item: -item[1])[:10]:
        click.echo(f"  {count} × {reason}")
    if summary.refused:
        click.echo(f"Refused rows, with line numbers and reasons: {summary.refused_path}")
