"""Community Speed Watch: approved sites, calibrated devices, sessions at the roadside, sightings,
officers' review, letters per plate, drivers' objections, statistics and retention.

Speed Watch is not enforcement: volunteers record, the police decide every consequence. Nothing
with a plate is ever public, a volunteer sees only their own sessions' sightings, and nobody
searches by plate.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install Community Speed Watch: its rules and settings."""
    from volunteers.speedwatch import labels, models, rules, settings  # noqa: F401 (models: the tables)

    install(
        app,
        Feature(
            name="speedwatch",
            kind=SchemeKind.SPEEDWATCH,
            rules=rules.RULES,
            settings=settings.DEFAULTS,
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
        ),
        rest_api,
    )
