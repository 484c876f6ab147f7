"""Who may do what with complaints and conduct records.

Complaints and the complainants' details are for the admins of the complaint's force only. A
volunteer's conduct record is for their coordinator, the officers of their area and the force's
admins: not for other volunteers, nor for anyone in another area.
"""

from volunteers.models import User
from volunteers.permissions import coordinates, is_admin_of, is_officer_of


def _submit(user: User, _obj) -> bool:
    """Anyone signed in may complain (the public form needs no account at all)."""
    return True


def _list(user: User, _obj) -> bool:
    """The complaints list shows each admin the complaints of their own forces."""
    return user.is_admin


def _handle(user: User, complaint) -> bool:
    """Triage, investigation and the outcome belong to the admins of the complaint's force."""
    return is_admin_of(user, complaint.force_id)


def _view_conduct(user: User, membership) -> bool:
    """The conduct record: the scheme's coordinator, the area's officers and the force's admins."""
    return (
        coordinates(user, membership.scheme_id)
        or is_officer_of(user, membership.area_id)
        or is_admin_of(user, membership.force_id)
    )


RULES = {
    "complaints.submit": _submit,
    "complaints.list": _list,
    "complaints.view": _handle,
    "complaints.view_complainant": _handle,
    "complaints.triage": _handle,
    "complaints.view_subject": _handle,
    "complaints.decide": _handle,
    "complaints.view_conduct": _view_conduct,
}
