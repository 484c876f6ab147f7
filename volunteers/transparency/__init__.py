"""Public transparency: per force and per area, the last twelve months of what each scheme
publishes (reports and their outcomes, Speed Watch sessions and letters, youth recommendations),
volunteer numbers, officer-approved "you said, we did" entries, and how the volunteers compare with
the area's population.

Figures come from each scheme's registered provider (`Feature.public_figures`), are stored in a
summary table by `flask transparency refresh`, and reach the pages, the CSV and the stats API
through the one suppression function: no count from 1 to 4 is ever shown.
"""

from flask import Flask

from volunteers.registry import Feature, install

# Officers and admins write and approve "you said, we did" entries; admins reach the
# representation pages from there.
NAV_ORDER = 30


def init_app(app: Flask, rest_api) -> None:
    """Install the transparency pages, the public stats API, their rules, command and labels."""
    from flask_babel import gettext as _

    from volunteers.home import NavEntry
    from volunteers.transparency import api, cli, labels, models, rules, views  # noqa: F401 (models: the tables)

    install(
        app,
        Feature(
            name="transparency",
            blueprints=(views.bp, views.staff_bp),
            api_blueprints=(api.blp,),
            rules=rules.RULES,
            nav_entries=(
                NavEntry(
                    lambda: _("Transparency"),
                    "transparency_staff.entries",
                    NAV_ORDER,
                    lambda user: user.is_officer or user.is_admin,
                ),
            ),
            cli=cli.transparency_cli,
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
        ),
        rest_api,
    )
