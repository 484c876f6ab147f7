"""Neighbourhood Watch commands: `flask watch check-rules` and `flask watch purge-photos`."""

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from volunteers import guard
from volunteers.extensions import db
from volunteers.models import Force
from volunteers.settings import settings_for
from volunteers.watch import services

watch_cli = AppGroup("watch", help="Neighbourhood Watch: the guard's rules and uploaded photos.")


@watch_cli.command("check-rules")
@click.option("--force", "force_slug", help="Only this force (default: every force).")
def check_rules_command(force_slug):
    """Load each force's guard rules files and report any that cannot be used."""
    query = sa.select(Force).order_by(Force.slug)
    if force_slug:
        query = query.where(Force.slug == force_slug)
    problems = 0
    for force in db.session.scalars(query):
        names = settings_for(force).guard_rules_files or []
        paths = guard.rule_file_paths(names)
        try:
            rules = guard.load_rules(*paths)
        except ValueError as error:
            problems += 1
            click.echo(f"{force.slug}: {error}", err=True)
            continue
        click.echo(f"{force.slug}: guard rules from {', '.join(rules.sources)}")
    if problems:
        raise click.ClickException(f"{problems} force(s) have guard rules that cannot be used")


@watch_cli.command("purge-photos")
@click.option("--hours", default=24, show_default=True, help="Delete unsent photos older than this.")
def purge_photos_command(hours):
    """Delete photos chosen on report forms that were never sent."""
    removed = services.purge_pending_photos(hours)
    click.echo(f"{removed} unsent photo(s) deleted.")
