"""Signing in and out, a second factor, passwords, recovery links and API tokens."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    from volunteers.auth import bearer_cache, rules, views

    bearer_cache.init_app(app)
    install(app, Feature(name="auth", blueprints=(views.bp,), rules=rules.RULES), rest_api)
