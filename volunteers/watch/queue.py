"""Neighbourhood Watch reports in the officers' single review queue.

Reports awaiting review in the officer's areas, on the (area, status, urgent, flagged, submitted,
id) index, so that the queue reads an area's first reports in its order (urgent, then flagged,
then oldest) without sorting them all; it orders them with every other kind and asks for the
page's reports only, loaded with their scheme, area and flags in one go.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy.orm import joinedload, selectinload

from volunteers.extensions import db
from volunteers.guard import FLAG_KINDS
from volunteers.review import FilterChoice, QueueFilters, QueueItem, QueueKind
from volunteers.watch.labels import CATEGORY_LABELS, FLAG_LABELS, FLAG_SHORT_LABELS
from volunteers.watch.models import REPORT_FLAGGED, Report, ReportCategory, ReportFlag, ReportStatus

KIND = "watch_report"
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


def awaiting_review(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    """Reports awaiting an officer in these areas (or, with a status filter, in that status);
    None when a filter rules them all out."""
    status = _enum_or_none(ReportStatus, filters.status) if filters.status else ReportStatus.SUBMITTED
    if status is None:
        return None
    query = sa.select(
        Report.id,
        Report.submitted_at,
        Report.urgent.label("urgent"),
        REPORT_FLAGGED.label("flagged"),
    ).where(Report.area_id.in_(sorted(area_ids)), Report.status == status)
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
    return query


def _notes(report: Report) -> tuple[str, ...]:
    notes = []
    if report.repeat_victim_marked:
        notes.append(_("Repeat victim: marked by an officer"))
    elif report.is_repeat_victim:
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


def queue_items(report_ids: Sequence[int]) -> list[QueueItem]:
    """The page's reports as queue items, with their scheme, area and flags, in one query each."""
    reports = db.session.scalars(
        sa.select(Report)
        .where(Report.id.in_(report_ids))
        .options(joinedload(Report.scheme), joinedload(Report.area), selectinload(Report.flags))
    )
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
        for report in reports
    ]


def _categories():
    return [FilterChoice(category.value, str(label)) for category, label in CATEGORY_LABELS.items()]


def _flags():
    return [FilterChoice(kind, str(FLAG_LABELS[kind])) for kind in FLAG_KINDS]


def _statuses():
    return [FilterChoice(status.value, label()) for status, label in STATUS_LABELS.items()]


REPORTS = QueueKind(
    name=KIND,
    label=lambda: _("Neighbourhood Watch reports"),
    awaiting=awaiting_review,
    items=queue_items,
    filter_choices={"category": _categories, "flag": _flags, "status": _statuses},
)
