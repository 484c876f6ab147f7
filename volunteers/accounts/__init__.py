"""A signed-in person's own account: details, memberships, data, password, sessions, API tokens."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    from volunteers.accounts import rules, views

    install(app, Feature(name="accounts", blueprints=(views.bp,), rules=rules.RULES), rest_api)
