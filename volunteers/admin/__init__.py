"""A force's administration: areas, schemes, officers and the audit trail."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    from volunteers.admin import views

    install(app, Feature(name="admin", blueprints=(views.bp,)), rest_api)
