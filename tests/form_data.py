"""Form data as a browser posts it, for tests that post forms without one."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/London")


def date_typed(name: str, day: date | str) -> dict[str, str]:
    """A date as typed in the day, month and year boxes of the date input called `name`."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return {f"{name}-day": str(day.day), f"{name}-month": str(day.month), f"{name}-year": str(day.year)}


def moment_typed(name: str, moment: datetime) -> dict[str, str]:
    """A moment as typed, in local time, in the date and time boxes of the input called `name`."""
    local = moment.astimezone(LOCAL_ZONE)
    return {**date_typed(name, local.date()), f"{name}-time": local.strftime("%H:%M")}


def fill_date(page, legend: str, day: date) -> None:
    """Type a date into the day, month and year boxes of the date input with this question."""
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))


def fill_moment(page, legend: str, moment: datetime) -> None:
    """Type a moment, in local time, into the date and time boxes of the input with this question."""
    local = moment.astimezone(LOCAL_ZONE)
    fill_date(page, legend, local.date())
    page.get_by_role("group", name=legend).get_by_label("Time").fill(local.strftime("%H:%M"))
