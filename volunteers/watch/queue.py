"""Neighbourhood Watch reports in the officers' single review queue.

One query per officer page: only the officer's areas, on the (area, status, submitted) index,
urgent first, then flagged, then oldest, with the scheme, area and flags loaded alongside.
"""

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy.orm import joinedload, selectinload

from volunteers.extensions import db
from volunteers.guard import FLAG_KINDS
from volunteers.review import FilterChoice, QueueFilters, QueueItem, queue_filter_choices, queue_provider
from volunteers.watch.labels import CATEGORY_LABELS, FLAG_LABELS, FLAG_SHORT_LABELS
from volunteers.watch.models import Report, ReportCategory, ReportFlag, ReportStatus

KIND = "watch_report"
# More than an officer can read in a sitting; the filters narrow it further.
QUEUE_LIMIT = 500
STATUS_LABELS = {
    ReportStatus.NEEDS_MORE_INFORMATION: lambda: _("Waiting for the reporter"),
    ReportStatus.ACTIONED: lambda: _("Actioned"),
    ReportStatus.REFERRED: lambda: _("Referred"),
    ReportStatus.NO_FURTHER_ACTION: lambda: _("No further action"),
    ReportStatus.REJECTED: lambda: _("Rejected"),
    ReportStatus.WITHDRAWN: lambda: _("Withdrawn"),
}


def _enum_or_none(enum_class, value):
    try:
        return enum_class(value)
    except ValueError:
        return None


def queue_query(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    """The reports an officer's queue shows, or None when a filter rules them all out."""
    status = _enum_or_none(ReportStatus, filters.status) if filters.status else ReportStatus.SUBMITTED
    if status is None:
        return None
    query = sa.select(Report).where(Report.area_id.in_(sorted(area_ids)), Report.status == status)
    if filters.scheme_id is not None:
        query = query.where(Report.scheme_id == filters.scheme_id)
    if filters.category:
        category = _enum_or_none(ReportCategory, filters.category)
        if category is None:
            return None
        query = query.where(Report.category == category)
    if filters.flag:
        if filters.flag not in FLAG_KINDS:
            return None
        query = query.where(sa.exists().where(ReportFlag.report_id == Report.id, ReportFlag.kind == filters.flag))
    unflagged_last = sa.case((Report.flag_count > 0, 0), else_=1)
    return (
        query.options(joinedload(Report.scheme), joinedload(Report.area), selectinload(Report.flags))
        .order_by(Report.urgent.desc(), unflagged_last, Report.submitted_at, Report.id)
        .limit(QUEUE_LIMIT)
    )


def _notes(report: Report) -> tuple[str, ...]:
    notes = []
    if report.is_repeat_victim:
        notes.append(
            ngettext(
                "Repeat victim: %(num)d report about them",
                "Repeat victim: %(num)d reports about them",
                report.victim_report_count,
            )
        )
    if report.version > 1:
        notes.append(_("Changed by the reporter (version %(number)d)", number=report.version))
    return tuple(notes)


@queue_provider(KIND, label=lambda: _("Neighbourhood Watch reports"))
def awaiting_review(area_ids: frozenset[int], filters: QueueFilters) -> list[QueueItem]:
    """Reports awaiting an officer in these areas (or, with a status filter, in that status)."""
    query = queue_query(area_ids, filters)
    if query is None:
        return []
    return [
        QueueItem(
            kind=KIND,
            kind_label=_("Neighbourhood Watch report"),
            id=report.id,
            title=f"{CATEGORY_LABELS[report.category]}: {report.location}",
            url=url_for("watch.report", report_id=report.id),
            area_id=report.area_id,
            area_name=report.area.name,
            scheme_id=report.scheme_id,
            scheme_name=report.scheme.name,
            submitted_at=report.submitted_at,
            status=report.status.value,
            urgent=report.urgent,
            flags=tuple(str(FLAG_SHORT_LABELS.get(flag.kind, flag.kind)) for flag in report.flags),
            category=str(CATEGORY_LABELS[report.category]),
            notes=_notes(report),
        )
        for report in db.session.scalars(query)
    ]


@queue_filter_choices("category")
def _categories():
    return [FilterChoice(category.value, str(label)) for category, label in CATEGORY_LABELS.items()]


@queue_filter_choices("flag")
def _flags():
    return [FilterChoice(kind, str(FLAG_LABELS[kind])) for kind in FLAG_KINDS]


@queue_filter_choices("status")
def _statuses():
    return [FilterChoice(status.value, label()) for status, label in STATUS_LABELS.items()]
