"""Who may do what in Community Speed Watch.

Plates are personal data and the reason vigilantism starts, so they are the most guarded thing
here: a volunteer sees the sightings of their own sessions only, a coordinator none (they see
counts), and only the officers of the area see a plate's history. Nobody searches by plate.
Acting at the roadside (starting a session, recording, submitting) needs the volunteer to be
booked on the session and cleared to submit today, so a suspension stops them at once.
"""

from volunteers.models import SchemeKind, User
from volunteers.permissions import coordinates, is_admin_of, is_member, is_officer_of, may_submit_to
from volunteers.review import may_review


def _is_speedwatch(scheme) -> bool:
    return scheme.kind == SchemeKind.SPEEDWATCH


def _coordinate(user: User, scheme) -> bool:
    """The scheme's acting coordinators propose sites, keep its devices and book its sessions."""
    return _is_speedwatch(scheme) and coordinates(user, scheme.id)


def _view_scheme_sites(user: User, scheme) -> bool:
    return _is_speedwatch(scheme) and (
        is_member(user, scheme.id) or is_officer_of(user, scheme.area_id) or is_admin_of(user, scheme.force_id)
    )


def _view_site(user: User, site) -> bool:
    return _view_scheme_sites(user, site.scheme)


def _change_site(user: User, site) -> bool:
    return coordinates(user, site.scheme_id)


def _view_statistics(user: User, site) -> bool:
    """Counts only, no plates: the scheme's coordinators, the area's officers and the force's admins."""
    return coordinates(user, site.scheme_id) or is_officer_of(user, site.area_id) or is_admin_of(user, site.force_id)


def _manage_device(user: User, device) -> bool:
    return coordinates(user, device.scheme_id)


def _view_session(user: User, session) -> bool:
    """When and where: its volunteers, the scheme's members and coordinators, the area's officers."""
    return (
        user.id in session.volunteer_ids
        or is_member(user, session.scheme_id)
        or is_officer_of(user, session.area_id)
        or is_admin_of(user, session.force_id)
    )


def _view_sightings(user: User, session) -> bool:
    """The plates: the session's own volunteers and the area's officers, nobody else."""
    return user.id in session.volunteer_ids or is_officer_of(user, session.area_id)


def _manage_session(user: User, session) -> bool:
    """Change who is booked, or cancel: the scheme's coordinators."""
    return coordinates(user, session.scheme_id)


def _run_session(user: User, session) -> bool:
    """Start it, record sightings, submit it: a volunteer booked on it who may submit today."""
    return user.id in session.volunteer_ids and may_submit_to(user, session.scheme_id)


def _check_sighting(user: User, _subject=None) -> bool:
    """The API's check stores nothing: any member cleared to submit to a Speed Watch scheme."""
    return any(
        membership.scheme.kind == SchemeKind.SPEEDWATCH and may_submit_to(user, membership.scheme_id)
        for membership in user.memberships
    )


def _decide_objection(user: User, objection) -> bool:
    return is_officer_of(user, objection.area_id)


RULES = {
    "speedwatch.scheme.coordinate": _coordinate,
    "speedwatch.scheme.view_sites": _view_scheme_sites,
    "speedwatch.site.view": _view_site,
    "speedwatch.site.change": _change_site,
    "speedwatch.site.assess": may_review,
    "speedwatch.site.statistics": _view_statistics,
    "speedwatch.device.manage": _manage_device,
    "speedwatch.session.view": _view_session,
    "speedwatch.session.view_sightings": _view_sightings,
    "speedwatch.session.manage": _manage_session,
    "speedwatch.session.run": _run_session,
    "speedwatch.session.review": may_review,
    "speedwatch.sighting.check": _check_sighting,
    "speedwatch.objection.decide": _decide_objection,
}


# --- Letters ----------------------------------------------------------------------------------
# Letters are about plates: the officers of the letter's area and the admins of its force see
# them; only the officers act on them; only admins word them.


def _view_letter(user: User, letter) -> bool:
    return is_officer_of(user, letter.area_id) or is_admin_of(user, letter.force_id)


def _manage_letter(user: User, letter) -> bool:
    return is_officer_of(user, letter.area_id)


def _view_letter_batch(user: User, batch) -> bool:
    """A batch holds plates of every area it was made from: its force's admins, or an officer of all of them."""
    areas = {letter.area_id for letter in batch.letters}
    return is_admin_of(user, batch.force_id) or (bool(areas) and all(is_officer_of(user, area) for area in areas))


def _manage_letter_batch(user: User, batch) -> bool:
    areas = {letter.area_id for letter in batch.letters}
    return bool(areas) and all(is_officer_of(user, area) for area in areas)


def _edit_letter_templates(user: User, force) -> bool:
    return is_admin_of(user, force.id)


RULES |= {
    "speedwatch.letter.view": _view_letter,
    "speedwatch.letter.manage": _manage_letter,
    "speedwatch.letter_batch.view": _view_letter_batch,
    "speedwatch.letter_batch.manage": _manage_letter_batch,
    "speedwatch.letter_template.edit": _edit_letter_templates,
}
