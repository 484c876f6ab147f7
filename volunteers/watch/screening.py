"""The guard wired to Neighbourhood Watch's tables: the area's recent reports as history.

The guard itself (`volunteers.guard`) is pure; this module gives it what it needs. Targets the guard
extracts are stored per report (`ReportTarget`), so the history for repeat targeting is one
indexed query over the area's reports in the window, never a re-reading of old texts.
"""

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from volunteers import guard
from volunteers.extensions import db
from volunteers.guard import Flag, GuardRules, PriorReport
from volunteers.watch.models import ReportTarget

# Flags the writer is not shown: repeat targeting is worked out from other members' reports, and
# telling a member that others reported the same house would leak what is private.
OFFICER_ONLY_KINDS = frozenset({"repeat_targeting"})


def report_text(description: str, reply: str = "") -> str:
    """The words screened for a report: what happened, and any answer to an officer's question."""
    return f"{description}\n\n{reply}" if reply else description


def writer_flags(rules: GuardRules, text: str, location: str) -> list[Flag]:
    """What the writer is shown before sending: the words alone, without anyone else's reports."""
    return shown_to_writer(guard.screen(text, location, rules=rules))


def shown_to_writer(flags: Iterable[Flag]) -> list[Flag]:
    """The flags of a screening that the writer may see: none worked out from others' reports."""
    return [flag for flag in flags if flag.kind not in OFFICER_ONLY_KINDS]


def visible_to_writer(flags: Iterable[dict]) -> list[dict]:
    return [flag for flag in flags if flag["kind"] not in OFFICER_ONLY_KINDS]


def digest(flags: Sequence[Flag]) -> str:
    """A short fingerprint of flags, so a page can tell "sent anyway, having seen these" apart
    from "sent anyway, having since written something else"."""
    canonical = json.dumps([flag.as_dict() for flag in flags], sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def history(
    area_id: int, keys: Iterable[str], since: datetime, until: datetime, exclude_report_id: int | None
) -> list[PriorReport]:
    """Earlier reports in the area that named any of these targets in the window, as the guard
    wants them; one query on the (area, key, time) index."""
    keys = sorted(set(keys))
    if not keys:
        return []
    query = sa.select(
        ReportTarget.report_id, ReportTarget.reporter_id, ReportTarget.reported_at, ReportTarget.key
    ).where(
        ReportTarget.area_id == area_id,
        ReportTarget.key.in_(keys),
        ReportTarget.reported_at >= since,
        ReportTarget.reported_at <= until,
    )
    if exclude_report_id is not None:
        query = query.where(ReportTarget.report_id != exclude_report_id)
    earlier: dict[int, tuple[int, datetime]] = {}
    named: dict[int, set[str]] = defaultdict(set)
    for report_id, reporter_id, reported_at, key in db.session.execute(query):
        earlier[report_id] = (reporter_id, reported_at)
        named[report_id].add(key)
    return [
        PriorReport(reported_at=reported_at, reporter_id=reporter_id, targets=frozenset(named[report_id]))
        for report_id, (reporter_id, reported_at) in earlier.items()
    ]


def screen_for_review(
    rules: GuardRules,
    text: str,
    location: str,
    *,
    area_id: int,
    reporter_id: int,
    now: datetime,
    exclude_report_id: int | None = None,
) -> tuple[list[Flag], frozenset[str]]:
    """Every flag, repeat targeting included, and the targets to store with the report."""
    since = now - timedelta(days=rules.repeat_window_days)
    return guard.screen_with_history(
        text,
        location,
        lambda targets: history(area_id, targets, since, now, exclude_report_id),
        reporter_id=reporter_id,
        now=now,
        rules=rules,
    )
