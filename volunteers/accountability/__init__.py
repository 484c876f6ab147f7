"""Accountability that admins use: how each officer answers what volunteers submit, and the
export a police and crime commissioner's scrutiny panel is given.

Neither reads a scheme's tables: each scheme registers its contribution through the Feature's
`officer_figures` and `scrutiny_tables`, built on the shared queries in `officers.py` and
`scrutiny.py`.
"""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install the admins' officer accountability page and the scrutiny export."""
    from volunteers.accountability import views

    install(app, Feature(name="accountability", blueprints=(views.bp,)), rest_api)
