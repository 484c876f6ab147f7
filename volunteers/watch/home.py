"""What Neighbourhood Watch adds to people's home pages and navigation."""

from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext

from volunteers.home import HomeLink, HomeSection, NavEntry, SchemeAction
from volunteers.models import MembershipStatus, SchemeKind, User
from volunteers.permissions import can
from volunteers.settings import settings_for
from volunteers.watch import queries
from volunteers.watch.models import ReportStatus


def _active_in_a_watch_scheme(user: User) -> bool:
    """Active members see the link even when a check has lapsed: the page then says what to renew."""
    return any(m.status == MembershipStatus.ACTIVE for m in queries.watch_memberships(user))


NAV_ENTRIES = (
    NavEntry(lambda: _("Report something"), "watch.new_report", 10, _active_in_a_watch_scheme),
    NavEntry(lambda: _("Alerts"), "watch.alerts", 25, lambda user: user.is_officer),
)
SCHEME_ACTIONS = (SchemeAction(SchemeKind.WATCH, lambda: _("Report something"), "watch.new_report"),)


def _member_sections(user: User) -> list[HomeSection]:
    memberships = queries.watch_memberships(user)
    if not memberships:
        return []
    links = []
    if queries.schemes_to_report_to(user):
        links.append(
            HomeLink(
                _("Report something"),
                url_for("watch.new_report"),
                _("Tell an officer what you saw. In an emergency, call 999."),
            )
        )
    waiting = queries.count_reports_of(user, (ReportStatus.SUBMITTED,))
    asked = queries.count_reports_of(user, (ReportStatus.NEEDS_MORE_INFORMATION,))
    description = ngettext("%(num)d awaiting review", "%(num)d awaiting review", waiting)
    if asked:
        description += " · " + ngettext("%(num)d needs your answer", "%(num)d need your answer", asked)
    links.append(HomeLink(_("Your reports"), url_for("watch.my_reports"), description))
    for membership in memberships:
        if can(user, "watch.scheme.read_summaries", membership.scheme):
            links.append(
                HomeLink(
                    _("What officers have shared with %(scheme)s", scheme=membership.scheme.name),
                    url_for("watch.scheme_summaries", scheme_id=membership.scheme_id),
                )
            )
    sections = [HomeSection(_("Neighbourhood Watch"), 12, links=links)]
    decided = queries.recently_decided_of(user)
    if decided:
        sections.append(
            HomeSection(
                _("Outcomes of your reports"), 13, template="watch/_home_outcomes.html", context={"reports": decided}
            )
        )
    summaries = queries.recent_summaries_for(user)
    if summaries:
        sections.append(
            HomeSection(
                _("You said, we did"), 14, template="watch/_home_summaries.html", context={"summaries": summaries}
            )
        )
    return sections


def _alert_sections(user: User) -> list[HomeSection]:
    """Recent alerts for anyone in a scheme that was alerted; officers get the way to send one."""
    sections = []
    memberships = user.memberships
    if memberships:
        days = settings_for(memberships[0].scheme.area.force).watch_alert_home_days
        alerts = queries.recent_alerts_for(user, days)
        if alerts:
            sections.append(
                HomeSection(
                    _("Alerts from the police"), 8, template="watch/_home_alerts.html", context={"alerts": alerts}
                )
            )
    if user.is_officer:
        sections.append(
            HomeSection(
                _("Alerts"),
                30,
                links=[
                    HomeLink(
                        _("Send an alert or see past alerts"),
                        url_for("watch.alerts"),
                        _("Tell the schemes in your areas about a crime trend, an appeal or advice"),
                    )
                ],
            )
        )
    return sections


HOME_SECTIONS = {
    "watch.member": _member_sections,
    "watch.alerts": _alert_sections,
}
