"""Helpers the onboarding tests share: invitation links from real emails, and complete answers."""

import sqlalchemy as sa

from tests.form_data import date_typed
from volunteers.extensions import db
from volunteers.models import AuditEvent

BASE_URL = "http://volunteers.test"
NEW_PASSWORD = "a fresh long password"


def invitation_path(smtp, email: str) -> str:
    """The path of the invitation link in the last email sent to `email`."""
    links = [link for link in smtp.links(smtp.last_to(email)) if "/invitation?link=" in link]
    assert len(links) == 1, links
    return links[0].replace(BASE_URL, "")


def application_form(**changes) -> dict:
    """What a person fills in to apply, as posted by the form; `changes` replace or remove (None) fields."""
    data = {
        "name": "Ada Applicant",
        "phone": "01632 960 123",
        "date_of_birth": "1990-04-01",
        "languages": "English, Polish",
        "accessibility_needs": "",
        "motivation": "I want to help my neighbours feel safe.",
        "agree_code": "y",
        "agree_data_use": "y",
        "password": NEW_PASSWORD,
        "confirm": NEW_PASSWORD,
    }
    data.update(changes)
    # The date of birth is typed in three boxes: give a date (or "YYYY-MM-DD") or what each box holds.
    born = data.pop("date_of_birth")
    if isinstance(born, dict):
        data.update({f"date_of_birth-{part}": value for part, value in born.items()})
    elif born is not None:
        data.update(date_typed("date_of_birth", born))
    return {name: value for name, value in data.items() if value is not None}


def events(action: str | None = None) -> list[AuditEvent]:
    """Audit events, oldest first, optionally of one action."""
    query = sa.select(AuditEvent).order_by(AuditEvent.seq)
    if action:
        query = query.where(AuditEvent.action == action)
    db.session.expire_all()
    return list(db.session.scalars(query))
