"""Youth Commissions: young people aged 14 to 25 who consult their peers and advise the police.

Safeguarding shapes every part of it: under-18s join only with a guardian's consent, adults who
work with the commission need an in-date DBS check, and officers never see a young person's
contact details.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install the Youth Commission scheme: its settings, its membership rules, reverse mentoring
    (pages, navigation, rules, audit labels), the personal-data section and demo data."""
    from volunteers.youth import (
        demo,
        membership,
        mentoring_labels,
        mentoring_rules,
        mentoring_views,
        personal_data,
        settings,
    )

    install(
        app,
        Feature(
            name="youth",
            kind=SchemeKind.YOUTH,
            blueprints=(mentoring_views.bp,),
            rules=mentoring_rules.RULES,
            nav_entries=mentoring_views.NAV_ENTRIES,
            settings=settings.DEFAULTS,
            personal_data={"youth": personal_data.export_youth},
            demo=demo.seed_youth_demo,
            membership_policy=membership.YouthMembershipPolicy(),
            audit_actions=mentoring_labels.AUDIT_ACTIONS,
            audit_subjects=mentoring_labels.AUDIT_SUBJECTS,
        ),
        rest_api,
    )
