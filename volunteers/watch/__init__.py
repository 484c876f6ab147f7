"""Neighbourhood Watch: members' reports, the guard that screens them, officers' review with reasons,
outcomes, redacted summaries and alerts.

Nothing a member reports is seen by anyone but the reporter and the officers of its area until an
officer has decided on it; what is shared afterwards is a summary the officer wrote, never the
report's own words.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install Neighbourhood Watch: pages, API, rules, its queue items, home sections, settings,
    the personal-data section, demo data and commands."""
    from volunteers.watch import (
        accountability,
        api,
        cli,
        complaint_subjects,
        demo,
        home,
        labels,
        personal_data,
        public_figures,
        queue,
        rules,
        settings,
        views,
    )

    install(
        app,
        Feature(
            name="watch",
            kind=SchemeKind.WATCH,
            blueprints=(views.bp,),
            api_blueprints=(api.blp,),
            rules=rules.RULES,
            queue_kinds=(queue.REPORTS,),
            home_sections=home.HOME_SECTIONS,
            nav_entries=home.NAV_ENTRIES,
            scheme_actions=home.SCHEME_ACTIONS,
            settings=settings.DEFAULTS,
            personal_data={"watch": personal_data.export_reports},
            demo=demo.seed_watch_demo,
            cli=cli.watch_cli,
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
            officer_figures={"watch": accountability.add_officer_figures},
            scrutiny_tables={"watch.decisions": accountability.scrutiny_decisions},
            complaint_subjects=complaint_subjects.COMPLAINT_SUBJECTS,
            public_figures={public_figures.KIND: public_figures.PROVIDER},
        ),
        rest_api,
    )
