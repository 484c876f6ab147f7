"""What the transparency pages list: forces and areas by their public names, and entries."""

import sqlalchemy as sa
from sqlalchemy.orm import joinedload
from werkzeug.exceptions import NotFound

from volunteers.extensions import db
from volunteers.models import Area, Force, User
from volunteers.transparency.models import EntryStatus, YouSaidWeDid

PUBLISHED_SHOWN = 20


def forces() -> list[Force]:
    return list(db.session.scalars(sa.select(Force).order_by(Force.name)))


def force_by_slug(slug: str) -> Force | None:
    return db.session.scalar(sa.select(Force).where(Force.slug == slug))


def area_by_slug(force: Force, slug: str) -> Area | None:
    return db.session.scalar(sa.select(Area).where(Area.force_id == force.id, Area.slug == slug))


def place_or_404(force_slug: str, area_slug: str | None = None) -> tuple[Force, Area | None]:
    force = force_by_slug(force_slug)
    area = area_by_slug(force, area_slug) if force is not None and area_slug is not None else None
    if force is None or (area_slug is not None and area is None):
        raise NotFound()
    return force, area


def area_names(force: Force) -> list[tuple[str, str]]:
    """(slug, name) of every area of a force, for the links from its page."""
    return list(
        db.session.execute(sa.select(Area.slug, Area.name).where(Area.force_id == force.id).order_by(Area.name))
    )


def published_entries(force: Force, area: Area | None) -> list[YouSaidWeDid]:
    """The latest approved entries of an area, or of the whole force."""
    where = YouSaidWeDid.area_id == area.id if area is not None else YouSaidWeDid.force_id == force.id
    return list(
        db.session.scalars(
            sa.select(YouSaidWeDid)
            .options(joinedload(YouSaidWeDid.area))
            .where(where, YouSaidWeDid.status == EntryStatus.APPROVED)
            .order_by(YouSaidWeDid.decided_at.desc())
            .limit(PUBLISHED_SHOWN)
        )
    )


def writable_areas(user: User) -> list[Area]:
    """The areas someone may write entries for: those they are an officer of, and their forces' areas."""
    return list(
        db.session.scalars(
            sa.select(Area)
            .where(sa.or_(Area.id.in_(user.officer_area_ids), Area.force_id.in_(user.admin_force_ids)))
            .order_by(Area.name)
        )
    )


def awaiting_approval_by(user: User) -> list[YouSaidWeDid]:
    """Entries in an officer's areas that someone else wrote and nobody has decided yet."""
    return list(
        db.session.scalars(
            sa.select(YouSaidWeDid)
            .options(joinedload(YouSaidWeDid.area), joinedload(YouSaidWeDid.written_by))
            .where(
                YouSaidWeDid.area_id.in_(user.officer_area_ids),
                YouSaidWeDid.status == EntryStatus.AWAITING_APPROVAL,
                YouSaidWeDid.written_by_id != user.id,
            )
            .order_by(YouSaidWeDid.written_at)
        )
    )


def written_by(user: User) -> list[YouSaidWeDid]:
    return list(
        db.session.scalars(
            sa.select(YouSaidWeDid)
            .options(joinedload(YouSaidWeDid.area))
            .where(YouSaidWeDid.written_by_id == user.id)
            .order_by(YouSaidWeDid.written_at.desc())
            .limit(50)
        )
    )


def force_areas(force: Force) -> list[Area]:
    return list(db.session.scalars(sa.select(Area).where(Area.force_id == force.id).order_by(Area.name)))
