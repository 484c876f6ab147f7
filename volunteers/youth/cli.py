"""`flask youth ...`: what the Youth Commissions are owed, for a force's admins at the command line.

Like the officers' pages, nothing here names a young person: a recommendation is known by its
commission, area and title.
"""

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from volunteers.extensions import db
from volunteers.models import Force
from volunteers.youth import recommendations

youth_cli = AppGroup("youth", help="Youth Commissions: overdue responses and how the police answer.")


def _forces(force_slug: str | None) -> list[Force]:
    query = sa.select(Force).order_by(Force.slug)
    if force_slug:
        query = query.where(Force.slug == force_slug)
    forces = db.session.scalars(query).all()
    if force_slug and not forces:
        raise click.ClickException(f"No force has the slug {force_slug!r}.")
    return forces


@youth_cli.command("overdue")
@click.option("--force", "force_slug", help="Only this force (default: every force).")
def overdue_command(force_slug):
    """List recommendations still unanswered after their deadline, longest overdue first."""
    for force in _forces(force_slug):
        overdue = recommendations.overdue_in([force.id])
        click.echo(f"{force.slug}: {len(overdue)} overdue response(s)")
        for recommendation in overdue:
            days = -recommendations.days_left(recommendation)
            click.echo(
                f"  {recommendation.scheme.name} | {recommendation.area.name} | {recommendation.title} | "
                f"{days} day(s) overdue"
            )


def _share(figures: recommendations.ResponseFigures) -> str:
    if figures.share_on_time is None:
        return "none due yet"
    return f"{figures.share_on_time:.0%} ({figures.answered_on_time} of {figures.due})"


@youth_cli.command("figures")
@click.option("--force", "force_slug", help="Only this force (default: every force).")
def figures_command(force_slug):
    """Print the share of responses made on time and the median days to answer, force by force."""
    for force in _forces(force_slug):
        figures = recommendations.response_figures(force_id=force.id)
        median = "none answered yet" if figures.median_days_to_answer is None else figures.median_days_to_answer
        click.echo(
            f"{force.slug}: {figures.sent} sent, {figures.answered} answered, {figures.overdue} overdue; "
            f"answered on time: {_share(figures)}; median days to answer: {median}"
        )
