"""Youth Commissions: young people aged 14 to 25 who consult their peers and advise the police.

Safeguarding shapes every part of it: under-18s join only with a guardian's consent, adults who
work with the commission need an in-date DBS check, and officers never see a young person's
contact details.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install the Youth Commission scheme: its settings, its membership rules, guardians' consent
    and events (pages, rules, home sections, the leaving-age job, labels)."""
    from volunteers.youth import (
        activity_home,
        activity_views,
        ageing,
        consent_views,
        labels,
        membership,
        rules,
        settings,
    )

    install(
        app,
        Feature(
            name="youth",
            kind=SchemeKind.YOUTH,
            blueprints=(consent_views.bp, activity_views.bp),
            rules=rules.RULES,
            home_sections=activity_home.HOME_SECTIONS,
            nav_entries=activity_home.NAV_ENTRIES,
            settings=settings.DEFAULTS,
            reminder_jobs={"youth.leaving_age": ageing.move_on_members_past_leaving_age},
            membership_policy=membership.YouthMembershipPolicy(),
            audit_actions=labels.AUDIT_ACTIONS,
            audit_subjects=labels.AUDIT_SUBJECTS,
        ),
        rest_api,
    )
