"""`flask speedwatch ...`: the commands a force runs from cron or once when it migrates."""

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from volunteers.speedwatch import importer, retention

speedwatch_cli = AppGroup("speedwatch", help="Community Speed Watch: retention of sightings and bulk import.")


# --- Retention ------------------------------------------------------------------------------------


@speedwatch_cli.command("retention")
@click.option("--dry-run", is_flag=True, help="Only say what would be deleted; change nothing.")
def retention_command(dry_run):
    """Delete sightings past each force's retention period (kept while a letter still needs them)
    and old idempotency records; safe to run from cron daily."""
    removed = retention.apply_retention(dry_run=dry_run)
    would = "would be " if dry_run else ""
    for counts in removed.by_force.values():
        click.echo(
            f"{counts.name}: {counts.sightings} sighting(s) {would}deleted, {counts.letters_cleared} letter(s) "
            f"{would}cleared of their plate, {counts.objections_cleared} decided objection(s) {would}cleared of "
            f"the driver's words, {counts.kept} kept for an open letter, "
            f"{counts.idempotency_records} idempotency record(s) {would}deleted."
        )
    click.echo(
        f"{'Dry run: ' if dry_run else ''}{removed.total('sightings')} sighting(s) {would}deleted in all, "
        f"{removed.total('kept')} kept for an open letter."
    )


# --- Import ---------------------------------------------------------------------------------------


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
