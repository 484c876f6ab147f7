"""Community Speed Watch in the officers' single review queue: submitted sessions, sites to assess,
and approved sites whose yearly review is due.

Each kind is a SELECT on its own (area, status, ...) index; the shared queue orders them with
every other kind and asks for the page's items only.
"""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask import url_for
from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from volunteers.extensions import db
from volunteers.local_time import at_local
from volunteers.models import Area, Force
from volunteers.review import QueueFilters, QueueItem, QueueKind
from volunteers.settings import settings_for
from volunteers.speedwatch.models import (
    Letter,
    Objection,
    ObjectionStatus,
    SessionStatus,
    Site,
    SiteStatus,
    SpeedwatchSession,
)

SESSIONS_KIND = "speedwatch_session"
SITES_KIND = "speedwatch_site"
SITE_REVIEWS_KIND = "speedwatch_site_review"
OBJECTIONS_KIND = "speedwatch_objection"


def _filtered_out(filters: QueueFilters) -> bool:
    """Speed Watch items have no category, guard flag or other status to filter by."""
    return bool(filters.category or filters.flag or filters.status)


def _columns(submitted_at):
    return (sa.literal(False).label("urgent"), sa.literal(False).label("flagged"), submitted_at.label("submitted_at"))


def submitted_sessions(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    if _filtered_out(filters):
        return None
    query = sa.select(SpeedwatchSession.id, *_columns(SpeedwatchSession.submitted_at)).where(
        SpeedwatchSession.area_id.in_(sorted(area_ids)), SpeedwatchSession.status == SessionStatus.SUBMITTED
    )
    if filters.scheme_id is not None:
        query = query.where(SpeedwatchSession.scheme_id == filters.scheme_id)
    return query


def session_items(session_ids: Sequence[int]) -> list[QueueItem]:
    sessions = db.session.scalars(
        sa.select(SpeedwatchSession)
        .where(SpeedwatchSession.id.in_(session_ids))
        .options(
            joinedload(SpeedwatchSession.site), joinedload(SpeedwatchSession.scheme), joinedload(SpeedwatchSession.area)
        )
    )
    return [
        QueueItem(
            kind=SESSIONS_KIND,
            kind_label=_("Speed Watch session"),
            id=session.id,
            title=_(
                "%(site)s on %(day)s",
                site=session.site.name,
                day=format_date(session.starts_at, "d MMMM yyyy"),
            ),
            url=url_for("speedwatch.review_session", session_id=session.id),
            area_id=session.area_id,
            area_name=session.area.name,
            scheme_id=session.scheme_id,
            scheme_name=session.scheme.name,
            submitted_at=session.submitted_at,
            status=session.status.value,
            notes=(ngettext("%(num)d sighting to review", "%(num)d sightings to review", session.sighting_count),),
        )
        for session in sessions
    ]


def proposed_sites(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    if _filtered_out(filters):
        return None
    query = sa.select(Site.id, *_columns(Site.proposed_at)).where(
        Site.area_id.in_(sorted(area_ids)), Site.status == SiteStatus.PROPOSED
    )
    if filters.scheme_id is not None:
        query = query.where(Site.scheme_id == filters.scheme_id)
    return query


def _review_cutoffs(area_ids: frozenset[int], today: date) -> dict[date, list[int]]:
    """Each force sets how long before an approval lapses its review is listed: the last approval
    date that is listed today, with the areas it applies to."""
    rows = db.session.execute(sa.select(Area.id, Force).join(Force).where(Area.id.in_(sorted(area_ids)))).all()
    cutoffs: dict[date, list[int]] = {}
    for area_id, force in rows:
        warning = int(settings_for(force).speedwatch_site_review_warning_days)
        cutoffs.setdefault(today + timedelta(days=warning), []).append(area_id)
    return cutoffs


def sites_due_review(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    """Approved sites whose approval lapses within the force's warning period (or already has)."""
    if _filtered_out(filters):
        return None
    cutoffs = _review_cutoffs(area_ids, date.today())
    if not cutoffs:
        return None
    due = sa.or_(
        *(sa.and_(Site.area_id.in_(areas), Site.approved_until <= cutoff) for cutoff, areas in cutoffs.items())
    )
    # Oldest first means the longest approved: the one lapsing soonest.
    query = sa.select(Site.id, *_columns(Site.updated_at)).where(Site.status == SiteStatus.APPROVED, due)
    if filters.scheme_id is not None:
        query = query.where(Site.scheme_id == filters.scheme_id)
    return query


def _site_items(kind: str, site_ids: Sequence[int]) -> list[QueueItem]:
    sites = db.session.scalars(
        sa.select(Site).where(Site.id.in_(site_ids)).options(joinedload(Site.scheme), joinedload(Site.area))
    )
    reviewing = kind == SITE_REVIEWS_KIND
    return [
        QueueItem(
            kind=kind,
            kind_label=_("Speed Watch site review") if reviewing else _("Speed Watch site to assess"),
            id=site.id,
            title=_("%(site)s (%(limit)d mph)", site=site.name, limit=site.speed_limit),
            url=url_for("speedwatch.assess_site", site_id=site.id),
            area_id=site.area_id,
            area_name=site.area.name,
            scheme_id=site.scheme_id,
            scheme_name=site.scheme.name,
            submitted_at=site.updated_at if reviewing else site.proposed_at,
            status=site.status.value,
            notes=(
                (_("Approval ends on %(day)s", day=format_date(site.approved_until, "d MMMM yyyy")),)
                if reviewing
                else ()
            ),
            due_at=_end_of(site.approved_until) if reviewing else None,
        )
        for site in sites
    ]


def _end_of(day: date) -> datetime:
    """The moment an approval ending on `day` lapses: local midnight that night."""
    return at_local(day + timedelta(days=1), time(0, 0))


SESSIONS = QueueKind(
    name=SESSIONS_KIND,
    label=lambda: _("Speed Watch sessions"),
    awaiting=submitted_sessions,
    items=session_items,
)
SITES = QueueKind(
    name=SITES_KIND,
    label=lambda: _("Speed Watch sites to assess"),
    awaiting=proposed_sites,
    items=lambda ids: _site_items(SITES_KIND, ids),
)
SITE_REVIEWS = QueueKind(
    name=SITE_REVIEWS_KIND,
    label=lambda: _("Speed Watch site reviews"),
    awaiting=sites_due_review,
    items=lambda ids: _site_items(SITE_REVIEWS_KIND, ids),
    # Each call reads the forces' warning periods; an area's sites due a review are few.
    each_area=False,
)


# --- Drivers' objections ------------------------------------------------------------------------


def pending_objections(area_ids: frozenset[int], filters: QueueFilters) -> sa.Select | None:
    """Objections awaiting a decision, on the (area, status, submitted) index."""
    if _filtered_out(filters):
        return None
    query = sa.select(Objection.id, *_columns(Objection.submitted_at)).where(
        Objection.area_id.in_(sorted(area_ids)), Objection.status == ObjectionStatus.PENDING
    )
    if filters.scheme_id is not None:
        query = query.where(
            sa.exists().where(
                Letter.id == Objection.letter_id, Site.id == Letter.site_id, Site.scheme_id == filters.scheme_id
            )
        )
    return query


def objection_items(objection_ids: Sequence[int]) -> list[QueueItem]:
    found = db.session.scalars(
        sa.select(Objection)
        .where(Objection.id.in_(objection_ids))
        .options(
            joinedload(Objection.area),
            joinedload(Objection.letter).joinedload(Letter.site).joinedload(Site.scheme),
        )
    )
    return [
        QueueItem(
            kind=OBJECTIONS_KIND,
            kind_label=_("Driver's objection"),
            id=objection.id,
            title=_(
                "Letter %(reference)s: %(site)s on %(day)s",
                reference=objection.letter.reference,
                site=objection.letter.site.name,
                day=format_date(objection.letter.observed_at, "d MMMM yyyy"),
            ),
            url=url_for("speedwatch_objections.decide_objection", objection_id=objection.id),
            area_id=objection.area_id,
            area_name=objection.area.name,
            scheme_id=objection.letter.site.scheme_id,
            scheme_name=objection.letter.site.scheme.name,
            submitted_at=objection.submitted_at,
            status=objection.status.value,
        )
        for objection in found
    ]


OBJECTIONS = QueueKind(
    name=OBJECTIONS_KIND,
    label=lambda: _("Drivers' objections"),
    awaiting=pending_objections,
    items=objection_items,
)
