"""Everything held about a person, gathered from every feature for their own download.

Each feature registers a function that returns, as plain JSON-able data, what it holds about one
user; shared code never needs to know the features.
"""

from collections.abc import Callable
from typing import Any

from volunteers.db_types import utcnow
from volunteers.models import User

_EXPORTERS: dict[str, Callable[[User], Any]] = {}


def personal_data_exporter(section: str) -> Callable:
    """Register the function that lists one feature's data about a user under `section`."""

    def register(export: Callable[[User], Any]) -> Callable[[User], Any]:
        if section in _EXPORTERS:
            raise ValueError(f"personal data section {section!r} registered twice")
        _EXPORTERS[section] = export
        return export

    return register


def export_for(user: User) -> dict:
    """The whole download for one user: their account and every registered feature's section."""
    return {
        "generated_at": utcnow().isoformat(),
        **{section: export(user) for section, export in sorted(_EXPORTERS.items())},
    }


@personal_data_exporter("account")
def _account(user: User) -> dict:
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
