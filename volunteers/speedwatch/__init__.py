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
    """Install Community Speed Watch: pages, API, rules, its queue items, home sections, settings,
    the personal-data section, demo data, commands and labels."""
    from volunteers.speedwatch import (
        accountability,
        api,
        cli,
        complaint_subjects,
        demo,
        home,
        labels,
        letter_api,
        letter_views,
        objection_views,
        personal_data,
        public_figures,
        public_views,
        queue,
        rules,
        settings,
        statistics_views,
        views,
    )

    install(
        app,
        Feature(
            name="speedwatch",
            kind=SchemeKind.SPEEDWATCH,
            blueprints=(views.bp, public_views.bp, objection_views.bp, statistics_views.bp, letter_views.bp),
            api_blueprints=(api.blp, letter_api.blp),
            rules=rules.RULES,
            queue_kinds=(queue.SESSIONS, queue.SITES, queue.SITE_REVIEWS, queue.OBJECTIONS),
            home_sections=home.HOME_SECTIONS,
            nav_entries=home.NAV_ENTRIES,
            scheme_actions=home.SCHEME_ACTIONS,
            settings=settings.DEFAULTS,
            personal_data={"speedwatch": personal_data.export_speedwatch},
            demo=demo.seed_speedwatch_demo,
            cli=cli.speedwatch_cli,
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
            officer_figures={"speedwatch": accountability.add_officer_figures},
            scrutiny_tables={"speedwatch.decisions": accountability.scrutiny_decisions},
            complaint_subjects=complaint_subjects.COMPLAINT_SUBJECTS,
            public_figures={public_figures.KIND: public_figures.PROVIDER},
        ),
        rest_api,
    )
