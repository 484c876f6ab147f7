"""Everything held about a person, gathered from every feature for their own download.

Each feature hands `registry.install` functions that return, as plain JSON-able data, what it
holds about one user, each under a section name; shared code never needs to know the features.
"""

from volunteers.db_types import utcnow
from volunteers.models import User
from volunteers.registry import registries


def export_for(user: User) -> dict:
    """The whole download for one user: their account and every registered feature's section."""
    return {
        "generated_at": utcnow().isoformat(),
        **{section: export(user) for section, export in sorted(registries().personal_data.items())},
    }


def export_account(user: User) -> dict:
    return {
        "email": user.email,
        "name": user.name,
        "phone": user.phone,
        "date_of_birth": user.date_of_birth.isoformat() if user.date_of_birth else None,
        "locale": user.locale,
        "created_at": user.created_at.isoformat(),
        "last_sign_in_at": user.last_sign_in_at.isoformat() if user.last_sign_in_at else None,
        "officer_area_ids": sorted(user.officer_area_ids),
        "admin_force_ids": sorted(user.admin_force_ids),
    }
