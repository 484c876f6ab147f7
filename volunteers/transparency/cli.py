"""`flask transparency ...`: rebuilding the published figures, from cron."""

import click
from flask.cli import AppGroup

from volunteers.transparency import figures, queries

transparency_cli = AppGroup("transparency", help="The public transparency pages' figures.")


@transparency_cli.command("refresh")
@click.option("--force", "force_slug", default=None, help="Only this force (its slug); every force without it.")
def refresh_command(force_slug):
    """Work out every force's published figures for the last twelve months again; safe to run from
    cron as often as wanted: each run replaces what the last one wrote."""
    forces = queries.forces()
    if force_slug is not None:
        forces = [force for force in forces if force.slug == force_slug]
        if not forces:
            raise click.BadParameter(f"there is no force {force_slug!r}", param_hint="--force")
    for force in forces:
        click.echo(f"{force.name}: {figures.refresh_force(force)} figure(s)")
