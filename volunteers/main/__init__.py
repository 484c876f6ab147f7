"""The home page each person lands on, the officers' review queue, and the health check."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    from volunteers.main import sections, views

    install(
        app,
        Feature(
            name="main",
            blueprints=(views.bp,),
            home_sections=sections.HOME_SECTIONS,
            nav_entries=sections.NAV_ENTRIES,
        ),
        rest_api,
    )
