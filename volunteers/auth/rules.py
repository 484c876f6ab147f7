"""Who may act on someone else's sign-in: only an admin of a force the person works in, never on
their own account."""

from volunteers.models import User


def _forces_of(user: User) -> set[int]:
    """The forces whose areas or schemes a person belongs to, as an officer, admin or member."""
    forces = set(user.admin_force_ids)
    forces.update(assignment.area.force_id for assignment in user.officer_assignments)
    forces.update(membership.force_id for membership in user.memberships)
    return forces


def _reset_second_factor(actor: User, user: User) -> bool:
    """An admin resets a lost second factor for someone of their force, never for themself."""
    return actor.id != user.id and bool(actor.admin_force_ids & _forces_of(user))


RULES = {
    "user.reset_second_factor": _reset_second_factor,
}
