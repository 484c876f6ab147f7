"""Complaints and conduct records: anyone complains about a volunteer's conduct or about how a
report, session or decision was handled; the force's admins investigate and record an outcome."""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install complaints: the public form, the admins' pages, rules, the member page's conduct
    record, the personal-data section and labels."""
    from volunteers.complaints import models  # noqa: F401

    install(app, Feature(name="complaints"), rest_api)
