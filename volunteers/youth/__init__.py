"""Youth Commissions: young people aged 14 to 25 who consult their peers and advise the police.

Safeguarding shapes every part of it: under-18s join only with a guardian's consent, adults who
work with the commission need an in-date DBS check, and officers never see a young person's
contact details.
"""

from flask import Flask

from volunteers.models import SchemeKind
from volunteers.registry import Feature, install


def init_app(app: Flask, rest_api) -> None:
    """Install the Youth Commission scheme: its settings and its membership rules."""
    from volunteers.youth import membership, models, settings  # noqa: F401 (models: their tables)

    install(
        app,
        Feature(
            name="youth",
            kind=SchemeKind.YOUTH,
            settings=settings.DEFAULTS,
            membership_policy=membership.YouthMembershipPolicy(),
        ),
        rest_api,
    )
