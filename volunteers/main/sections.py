"""The home page sections and navigation links that every role shares.

A volunteer's own schemes are listed by the membership package (volunteers/membership/sections.py).
"""

from flask import url_for
from flask_babel import format_decimal
from flask_babel import gettext as _

from volunteers import review
from volunteers.home import HomeLink, HomeSection, NavEntry

NAV_ENTRIES = (
    NavEntry(lambda: _("Home"), "main.home", 0, lambda user: True),
    NavEntry(lambda: _("Review queue"), "main.review_queue", 20, lambda user: user.is_officer),
    NavEntry(lambda: _("Administration"), "admin.overview", 40, lambda user: user.is_admin),
    NavEntry(lambda: _("Your account"), "accounts.account", 90, lambda user: True),
)


# How many urgent items an officer's home page lists before pointing to the queue.
URGENT_SHOWN = 5


def _officer_sections(user) -> list[HomeSection]:
    """What awaits an officer, urgent items first (listed, with how long they have waited)."""
    if not user.is_officer:
        return []
    counts = review.queue_counts(user)
    described = (
        _("Everything awaiting you in your areas: %(num)s or more", num=format_decimal(counts.total))
        if counts.capped
        else _("Everything awaiting you in your areas")
    )
    link = HomeLink(_("Review queue"), url_for("main.review_queue"), described, counts.total)
    intro = _("%(count)d urgent", count=counts.urgent) if counts.urgent else ""
    urgent = []
    if counts.urgent:
        first = review.QueuePage(user, review.QueueFilters(), page=1, per_page=min(counts.urgent, URGENT_SHOWN))
        urgent = [item for item in first.items if item.urgent]
    return [
        HomeSection(
            _("Awaiting your review"),
            5,
            intro=intro,
            links=[link],
            template="main/_home_urgent.html" if urgent else None,
            context={"items": urgent, "more": counts.urgent - len(urgent)},
        )
    ]


def _admin_sections(user) -> list[HomeSection]:
    if not user.is_admin:
        return []
    return [
        HomeSection(
            _("Administration"),
            50,
            links=[
                HomeLink(_("Areas, schemes and officers"), url_for("admin.overview")),
                *(
                    HomeLink(
                        _("Audit trail: %(force)s", force=role.force.name),
                        url_for("admin.audit_trail", force_id=role.force_id),
                    )
                    for role in user.admin_roles
                ),
            ],
        )
    ]


def _account_section(user) -> list[HomeSection]:
    return [
        HomeSection(
            _("Your account"),
            90,
            links=[HomeLink(_("Password, sessions and API tokens"), url_for("accounts.account"))],
        )
    ]


HOME_SECTIONS = {
    "main.officer": _officer_sections,
    "main.admin": _admin_sections,
    "main.account": _account_section,
}
