"""Onboarding: invitations, expressions of interest, applications, vetting and the membership lifecycle."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    from volunteers.membership import (
        api,
        cli,
        labels,
        personal_data,
        queries,
        reminders,
        rules,
        sections,
        settings,
        views,
    )

    install(
        app,
        Feature(
            name="membership",
            blueprints=(views.bp,),
            api_blueprints=(api.blp,),
            rules=rules.RULES,
            home_sections=sections.HOME_SECTIONS,
            nav_entries=sections.NAV_ENTRIES,
            personal_data=personal_data.SECTIONS,
            settings=settings.DEFAULTS,
            reminder_jobs={"vetting": reminders.send_vetting_reminders},
            audit_actions=labels.AUDIT_ACTIONS,
            cli=cli.membership_cli,
        ),
        rest_api,
    )
    app.jinja_env.globals["member_name"] = queries.member_name
