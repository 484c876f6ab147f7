"""Scheduled reminders: each feature registers a job, and `flask reminders send` runs them all.

A job must be safe to run from cron as often as anyone likes: it records what it sent, sends
each reminder once, and stays correct when two runs overlap. It returns how many emails it
queued.
"""

from collections.abc import Callable
from datetime import date

ReminderJob = Callable[[date], int]
_JOBS: dict[str, ReminderJob] = {}


def reminder_job(name: str) -> Callable[[ReminderJob], ReminderJob]:
    """Register one feature's reminder job under a name shown by the command."""

    def register(job: ReminderJob) -> ReminderJob:
        if name in _JOBS:
            raise ValueError(f"reminder job {name!r} registered twice")
        _JOBS[name] = job
        return job

    return register


def send_all(today: date) -> dict[str, int]:
    """Run every registered job for `today`; return how many emails each queued."""
    return {name: job(today) for name, job in sorted(_JOBS.items())}
