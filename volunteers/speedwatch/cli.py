"""`flask speedwatch ...`: the commands a force runs from cron or once when it migrates."""

import click
from flask.cli import AppGroup

from volunteers.speedwatch import retention

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
