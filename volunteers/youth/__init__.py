"""Youth Commissions: young people aged 14 to 25 who consult their peers and advise the police.

Safeguarding shapes every part of it: under-18s join only with a guardian's consent, adults who
work with the commission need an in-date DBS check, and officers never see a young person's
contact details.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install the Youth Commission scheme: its membership rules and settings; guardians' consent
    and events; consultations and recommendations (pages, API, queue items, home sections,
    reminders); reverse mentoring; the personal-data section, demo data and audit labels."""
    from volunteers.youth import (
        accountability,
        activity_home,
        activity_views,
        ageing,
        api,
        cli,
        complaint_subjects,
        consent_views,
        demo,
        home,
        labels,
        membership,
        mentoring_labels,
        mentoring_rules,
        mentoring_views,
        overdue,
        personal_data,
        public_figures,
        queue,
        recommendation_labels,
        recommendation_rules,
        rules,
        settings,
        views,
    )

    install(
        app,
        Feature(
            name="youth",
            kind=SchemeKind.YOUTH,
            blueprints=(views.bp, consent_views.bp, activity_views.bp, mentoring_views.bp),
            api_blueprints=(api.blp,),
            rules={**rules.RULES, **recommendation_rules.RECOMMENDATION_RULES, **mentoring_rules.RULES},
            queue_kinds=(queue.RECOMMENDATIONS,),
            home_sections={**home.HOME_SECTIONS, **activity_home.HOME_SECTIONS},
            nav_entries=(*home.NAV_ENTRIES, *activity_home.NAV_ENTRIES, *mentoring_views.NAV_ENTRIES),
            settings=settings.DEFAULTS,
            personal_data={"youth": personal_data.export_youth},
            reminder_jobs={
                "youth.leaving_age": ageing.move_on_members_past_leaving_age,
                "youth_responses": overdue.send_response_reminders,
            },
            demo=demo.seed_youth_demo,
            cli=cli.youth_cli,
            membership_policy=membership.YouthMembershipPolicy(),
            audit_actions={
                **labels.AUDIT_ACTIONS,
                **recommendation_labels.AUDIT_ACTIONS,
                **mentoring_labels.AUDIT_ACTIONS,
            },
            audit_subjects={
                **labels.AUDIT_SUBJECTS,
                **recommendation_labels.AUDIT_SUBJECTS,
                **mentoring_labels.AUDIT_SUBJECTS,
            },
            officer_figures={"youth": accountability.add_officer_figures},
            scrutiny_tables={
                "youth.decisions": accountability.scrutiny_decisions,
                "youth.response_times": accountability.scrutiny_response_times,
            },
            complaint_subjects=complaint_subjects.COMPLAINT_SUBJECTS,
            public_figures={public_figures.KIND: public_figures.PROVIDER},
        ),
        rest_api,
    )
