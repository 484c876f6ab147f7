"""Scheduled reminders: each feature hands `registry.install` its jobs, and `flask reminders send`
runs them all.

A job must be safe to run from cron as often as anyone likes: it records what it sent, sends
each reminder once, and stays correct when two runs overlap. It returns how many emails it
queued.
"""

from collections.abc import Callable
from datetime import date

from volunteers.registry import registries

ReminderJob = Callable[[date], int]


def send_all(today: date) -> dict[str, int]:
    """Run every registered job for `today`; return how many emails each queued."""
    return {name: job(today) for name, job in sorted(registries().reminder_jobs.items())}
