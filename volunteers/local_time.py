"""The zone people live in: times are stored in UTC and read, typed and shown in local time.

One place for it, so that a page, a service's message ("Sunset at Mill Lane on 12 December is
15:52") and a CSV sheet all agree on what "12 December" and "15:52" mean.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from flask import current_app


def local_zone() -> ZoneInfo:
    """The app's zone (BABEL_DEFAULT_TIMEZONE, Europe/London unless configured otherwise)."""
    return ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Europe/London"))


def local_date(moment: datetime) -> date:
    return moment.astimezone(local_zone()).date()


def at_local(day: date, clock: time) -> datetime:
    """A local date and time as an aware datetime (in the local zone; store it as it is: UTC on save)."""
    return datetime.combine(day, clock, tzinfo=local_zone())
