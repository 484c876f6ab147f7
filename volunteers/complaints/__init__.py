"""Complaints and conduct records: anyone complains about a volunteer's conduct or about how a
report, session or decision was handled; the force's admins investigate and record an outcome,
which goes on the volunteers' conduct records and, for a suspension or removal, takes effect at
once through the shared membership lifecycle.

The schemes describe what a complaint may be about through the `ComplaintSubjectKind`s they
register (`subjects.py`); this package never imports a scheme.
"""

from flask import Flask

from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install complaints: the public form, the admins' pages, rules, navigation, the member page's
    conduct record, the personal-data section, its scrutiny table and labels."""
    from volunteers.complaints import labels, personal_data, public_views, rules, scrutiny, sections, views

    install(
        app,
        Feature(
            name="complaints",
            blueprints=(public_views.bp, views.bp),
            rules=rules.RULES,
            nav_entries=sections.NAV_ENTRIES,
            personal_data={"complaints": personal_data.export_complaints},
            membership_sections=sections.MEMBERSHIP_SECTIONS,
            scrutiny_tables={"complaints": scrutiny.scrutiny_complaints},
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
        ),
        rest_api,
    )
