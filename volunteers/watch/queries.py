"""Reading Neighbourhood Watch data for pages and the API: each query is scoped to what the person
asking may see, so a page cannot show more than its rules allow by forgetting a filter."""

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import Area, Force, Membership, MembershipStatus, Scheme, SchemeKind, User
from volunteers.permissions import can
from volunteers.watch.models import (
    Alert,
    Report,
    ReportPhoto,
    ReportStatus,
    ReportTarget,
    WatchSummary,
    alert_scheme,
)


def watch_memberships(user: User) -> list[Membership]:
    """The user's memberships of watch schemes that have not ended."""
    return [m for m in user.memberships if m.scheme.kind == SchemeKind.WATCH and m.status != MembershipStatus.LEFT]


def schemes_to_report_to(user: User) -> list[Scheme]:
    return [m.scheme for m in watch_memberships(user) if can(user, "watch.report.submit", m.scheme)]


def reports_of(user: User) -> sa.Select:
    """A reporter's own reports, newest first, with what a page or the API shows of each."""
    return (
        sa.select(Report)
        .where(Report.reporter_id == user.id)
        .options(
            joinedload(Report.scheme),
            selectinload(Report.flags),
            selectinload(Report.photos),
            selectinload(Report.decisions),
        )
        .order_by(Report.submitted_at.desc(), Report.id.desc())
    )


def count_reports_of(user: User, statuses: tuple[ReportStatus, ...]) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(Report.id)).where(Report.reporter_id == user.id, Report.status.in_(statuses))
    )


def recently_decided_of(user: User, days: int = 30, limit: int = 5) -> list[Report]:
    since = utcnow() - timedelta(days=days)
    return list(
        db.session.scalars(
            sa.select(Report)
            .where(Report.reporter_id == user.id, Report.decided_at >= since)
            .order_by(Report.decided_at.desc())
            .limit(limit)
        )
    )


def pending_photos(user: User, ids) -> list[ReportPhoto]:
    """Photos the user chose on a form that has not been sent yet."""
    ids = [photo_id for photo_id in ids or () if isinstance(photo_id, int)]
    if not ids:
        return []
    return list(
        db.session.scalars(
            sa.select(ReportPhoto)
            .where(ReportPhoto.id.in_(ids), ReportPhoto.uploaded_by_id == user.id, ReportPhoto.report_id.is_(None))
            .order_by(ReportPhoto.id)
        )
    )


def _visible_to(viewer: User):
    return sa.or_(Report.area_id.in_(viewer.officer_area_ids), Report.reporter_id == viewer.id)


def earlier_reports_about_victim(report: Report, viewer: User, days: int) -> list[Report]:
    """The reports before this one about the same victim within `days`, that the viewer may see."""
    if not report.victim_key:
        return []
    since = report.submitted_at - timedelta(days=days)
    query = sa.select(Report).where(
        Report.victim_key == report.victim_key,
        Report.submitted_at >= since,
        Report.submitted_at <= report.submitted_at,
        Report.id != report.id,
        _visible_to(viewer),
    )
    if not report.victim_key.startswith("reporter:"):
        query = query.where(Report.area_id == report.area_id)
    return list(db.session.scalars(query.order_by(Report.submitted_at.desc()).limit(50)))


def reports_naming_the_same(report: Report, viewer: User, days: int) -> list[Report]:
    """Other reports in the area naming a house, person or plate this one names, within `days`
    either side: what an officer looks at when the guard says a household may be targeted."""
    keys = [target.key for target in report.targets]
    if not keys:
        return []
    window = timedelta(days=days)
    report_ids = (
        sa.select(ReportTarget.report_id)
        .where(
            ReportTarget.area_id == report.area_id,
            ReportTarget.key.in_(keys),
            ReportTarget.reported_at >= report.submitted_at - window,
            ReportTarget.reported_at <= report.submitted_at + window,
            ReportTarget.report_id != report.id,
        )
        .distinct()
    )
    return list(
        db.session.scalars(
            sa.select(Report)
            .where(Report.id.in_(report_ids), _visible_to(viewer))
            .order_by(Report.submitted_at.desc())
            .limit(50)
        )
    )


def active_scheme_ids(user: User) -> list[int]:
    return [m.scheme_id for m in user.memberships if m.status == MembershipStatus.ACTIVE]


def recent_alerts_for(user: User, days: int, limit: int = 5) -> list[Alert]:
    """Alerts sent lately to schemes the user is an active member of, newest first."""
    scheme_ids = active_scheme_ids(user)
    if not scheme_ids:
        return []
    since = utcnow() - timedelta(days=days)
    alert_ids = sa.select(alert_scheme.c.alert_id).where(alert_scheme.c.scheme_id.in_(scheme_ids))
    return list(
        db.session.scalars(
            sa.select(Alert)
            .where(Alert.id.in_(alert_ids), Alert.sent_at >= since)
            .options(joinedload(Alert.area))
            .order_by(Alert.sent_at.desc())
            .limit(limit)
        )
    )


def alerts_of_area(area: Area) -> sa.Select:
    return (
        sa.select(Alert)
        .where(Alert.area_id == area.id)
        .options(joinedload(Alert.sent_by), selectinload(Alert.schemes))
        .order_by(Alert.sent_at.desc(), Alert.id.desc())
    )


def summaries_for_scheme(scheme: Scheme) -> sa.Select:
    """What officers shared with a scheme's members, newest first."""
    return (
        sa.select(WatchSummary)
        .where(WatchSummary.scheme_id == scheme.id, WatchSummary.shared_with_scheme.is_(True))
        .order_by(WatchSummary.created_at.desc(), WatchSummary.id.desc())
    )


def recent_summaries_for(user: User, limit: int = 3) -> list[WatchSummary]:
    scheme_ids = active_scheme_ids(user)
    if not scheme_ids:
        return []
    return list(
        db.session.scalars(
            sa.select(WatchSummary)
            .where(WatchSummary.scheme_id.in_(scheme_ids), WatchSummary.shared_with_scheme.is_(True))
            .order_by(WatchSummary.created_at.desc(), WatchSummary.id.desc())
            .limit(limit)
        )
    )


def published_summaries(area: Area) -> sa.Select:
    """The area's "you said, we did" entries that officers chose to publish, newest first."""
    return (
        sa.select(WatchSummary)
        .where(WatchSummary.area_id == area.id, WatchSummary.published.is_(True))
        .order_by(WatchSummary.created_at.desc(), WatchSummary.id.desc())
    )


def areas_with_published_summaries() -> sa.Select:
    """The areas that have published entries, by force and name, for the public index."""
    published = sa.select(WatchSummary.area_id).where(WatchSummary.published.is_(True))
    return (
        sa.select(Area)
        .join(Force, Force.id == Area.force_id)
        .where(Area.id.in_(published))
        .options(joinedload(Area.force))
        .order_by(Force.name, Area.name, Area.id)
    )


def published_counts(area_ids: list[int]) -> dict[int, int]:
    if not area_ids:
        return {}
    rows = db.session.execute(
        sa.select(WatchSummary.area_id, sa.func.count(WatchSummary.id))
        .where(WatchSummary.area_id.in_(area_ids), WatchSummary.published.is_(True))
        .group_by(WatchSummary.area_id)
    )
    return {area_id: count for area_id, count in rows}
