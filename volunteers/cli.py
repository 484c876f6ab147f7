"""Command-line tasks: `flask seed demo`, `flask users create-admin`, `flask audit verify`, ..."""

import secrets
import sys
import time
from datetime import date

import click
import sqlalchemy as sa
from flask import Flask
from flask.cli import AppGroup

from volunteers import audit, audit_anchor, demo, mail, reminders
from volunteers.admin import services as admin_services
from volunteers.auth import second_factor
from volunteers.auth.passwords import password_problem
from volunteers.auth.services import find_user_by_email
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditCheckKind, Force

seed_cli = AppGroup("seed", help="Fill the database with example data.")
users_cli = AppGroup("users", help="Manage accounts.")
forces_cli = AppGroup("forces", help="Manage forces.")
audit_cli = AppGroup("audit", help="Check the accountability record.")
mail_cli = AppGroup("mail", help="Send what is waiting in the email outbox.")
reminders_cli = AppGroup("reminders", help="Email people about what is due or overdue.")


@seed_cli.command("demo")
@click.option("--password", help="Password for every demo account (default: a random one, printed).")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has a force.")
def seed_demo_command(password, if_empty):
    """Create a demo force with demo logins for every role."""
    from flask import current_app

    if current_app.config["VOLUNTEERS_ENV"] == "production":
        raise click.ClickException("The demo is not seeded in production.")
    if if_empty and db.session.scalar(sa.select(Force.id).limit(1)) is not None:
        click.echo("The database already has data; the demo was not seeded.")
        return
    if demo.demo_exists():
        raise click.ClickException("The demo force already exists.")
    password = password or secrets.token_urlsafe(9)
    problem = password_problem(password)
    if problem:
        raise click.ClickException(problem)
    demo.seed_demo(password)
    click.echo(f"Demo force created. Sign in with any of these (password: {password}):")
    for email, _name, role in demo.DEMO_ACCOUNTS:
        click.echo(f"  {email:<24} {role}")
    accounts = " and ".join(demo.SECOND_FACTOR_ACCOUNTS)
    click.echo(f"{accounts} also need a code: get one with `flask users totp-code EMAIL`.")


@forces_cli.command("create")
@click.argument("name")
@click.option("--slug", help="Short name used in URLs (default: from the name).")
def create_force_command(name, slug):
    """Create a force."""
    force = admin_services.create_force(name, slug)
    click.echo(f"Force {force.name!r} created with slug {force.slug!r}.")


@users_cli.command("create-admin")
@click.argument("email")
@click.option("--name", required=True, help="The admin's full name.")
@click.option("--force", "force_slug", required=True, help="Slug of the force they administer.")
@click.option("--password", help="Set this password now (otherwise an account set-up link is emailed).")
def create_admin_command(email, name, force_slug, password):
    """Make someone an admin of a force, creating their account if needed."""
    force = db.session.scalar(sa.select(Force).where(Force.slug == force_slug))
    if force is None:
        raise click.ClickException(f"No force with slug {force_slug!r}; create it with `flask forces create`.")
    try:
        user = admin_services.create_admin(force, email, name, password)
    except DomainError as error:
        raise click.ClickException(error.message) from error
    how = "with the password given" if password else "an account set-up link has been emailed"
    click.echo(f"{user.email} is now an admin of {force.name} ({how}).")


@users_cli.command("totp-code")
@click.argument("email")
def totp_code_command(email):
    """Show the code a demo account's authenticator app would show now (refused in production)."""
    from flask import current_app

    if current_app.config["VOLUNTEERS_ENV"] == "production":
        raise click.ClickException("Codes are shown only by the person's own authenticator app in production.")
    user = find_user_by_email(email)
    code = second_factor.current_code(user) if user is not None else None
    if code is None:
        raise click.ClickException(f"{email} has no authenticator app set up.")
    click.echo(code)


@audit_cli.command("verify")
@click.option(
    "--anchors",
    "anchor_file",
    type=click.Path(exists=True, dir_okay=False),
    help="An anchor file `flask audit anchor` wrote: every anchored event must still be there, unchanged.",
)
def verify_command(anchor_file):
    """Check every chain's MACs and links (and its anchors); exit 1 naming the first broken event."""
    try:
        anchors = list(audit_anchor.read_anchors(anchor_file)) if anchor_file else []
    except audit_anchor.AnchorFileError as error:
        raise click.ClickException(str(error)) from error
    found = audit.verify(anchors)
    audit_anchor.record_verification(found)
    if found.broken is not None:
        click.echo(f"Audit chain BROKEN at {found.broken} ({found.events} events before it are intact).", err=True)
        sys.exit(1)
    anchored = f", {found.anchors} of {len(anchors)} anchors matched" if anchor_file else ""
    click.echo(f"Audit chain intact: {found.events} events verified in {found.chains} chains{anchored}.")


@audit_cli.command("anchor")
def anchor_command():
    """Append every chain's head to AUDIT_ANCHOR_FILE and the log (and email it); run it from cron."""
    try:
        run = audit_anchor.anchor_heads()
    except OSError as error:
        audit_anchor.record_check(AuditCheckKind.ANCHOR, chains=0, events=0, failure=f"not written: {error.strerror}")
        raise click.ClickException(f"The anchors could not be written: {error}") from error
    emailed = f" and emailed to {run.emailed_to}" if run.emailed_to and run.heads else ""
    click.echo(f"{len(run.heads)} chain head(s) anchored in {run.path}{emailed}.")


@mail_cli.command("deliver")
@click.option("--loop", is_flag=True, help="Keep running, checking the outbox every few seconds (a worker).")
@click.option("--interval", default=5.0, show_default=True, help="Seconds between checks with --loop.")
def deliver_command(loop, interval):
    """Send the emails waiting in the outbox; purge sent ones after 30 days."""
    while True:
        sent = mail.deliver_pending()
        if sent:
            click.echo(f"{sent} email(s) sent.")
        mail.purge_sent()
        if not loop:
            return
        time.sleep(interval)


@reminders_cli.command("send")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up after an outage.",
)
def send_reminders_command(today):
    """Send every reminder that is due and not yet sent; safe to run from cron at any interval."""
    counts = reminders.send_all(today.date() if today else date.today())
    for job, count in counts.items():
        click.echo(f"{job}: {count} email(s) queued.")


def register_commands(app: Flask) -> None:
    for group in (seed_cli, users_cli, forces_cli, audit_cli, mail_cli, reminders_cli):
        app.cli.add_command(group)
