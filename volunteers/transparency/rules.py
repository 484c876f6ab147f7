"""Who may write and approve "you said, we did" entries, and enter and read an area's population
profile and its comparison with the volunteers."""

from volunteers.permissions import is_admin_of, is_officer_of
from volunteers.transparency.models import EntryStatus


def _write_entry(user, area) -> bool:
    """The area's officers and the force's admins write entries for an area."""
    return is_officer_of(user, area.id) or is_admin_of(user, area.force_id)


def _decide_entry(user, entry) -> bool:
    """Another officer of the area approves an entry: nobody publishes their own words alone."""
    return (
        entry.status == EntryStatus.AWAITING_APPROVAL
        and is_officer_of(user, entry.area_id)
        and not entry.is_authored_by(user)
    )


def _view_entry(user, entry) -> bool:
    return is_officer_of(user, entry.area_id) or is_admin_of(user, entry.force_id)


def _administer_population(user, area) -> bool:
    """The force's admins enter an area's population and read how its volunteers compare."""
    return is_admin_of(user, area.force_id)


RULES = {
    "transparency.entry.write": _write_entry,
    "transparency.entry.decide": _decide_entry,
    "transparency.entry.view": _view_entry,
    "transparency.population.edit": _administer_population,
    "transparency.representation.view": _administer_population,
}
