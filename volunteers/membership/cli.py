"""Onboarding commands: `flask membership purge`."""

import click
from flask.cli import AppGroup

from volunteers.membership import retention

membership_cli = AppGroup("membership", help="Onboarding: retention of expressions of interest and invitations.")


@membership_cli.command("purge")
def purge_command():
    """Delete expressions of interest and never-joined invitees past their force's retention period;
    safe to run from cron daily."""
    purged = retention.purge_expired_onboarding_data()
    click.echo(f"{purged.interests} expression(s) of interest and {purged.invitees} invited person(s) deleted.")
