"""Who may do what with Neighbourhood Watch reports, summaries and alerts.

A report is private: only its reporter and the officers of its area see it. Coordinators and
other members never see a report, reviewed or not; what the scheme sees is the summary an officer
chose to share.
"""

from volunteers.models import MembershipStatus, SchemeKind, User
from volunteers.permissions import is_officer_of, may_submit_to


def is_active_member(user: User, scheme_id: int) -> bool:
    membership = user.membership_of(scheme_id)
    return membership is not None and membership.status == MembershipStatus.ACTIVE


def _submit_report(user: User, scheme) -> bool:
    """Only an active member of a watch scheme whose vetting is complete and in date may report."""
    return scheme.kind == SchemeKind.WATCH and may_submit_to(user, scheme.id)


def _view_report(user: User, report) -> bool:
    """The reporter and the officers of the report's area; nobody else in the scheme."""
    return report.reporter_id == user.id or is_officer_of(user, report.area_id)


def _correct_report(user: User, report) -> bool:
    """The reporter, while the report is open, and only while they may still submit."""
    return report.reporter_id == user.id and report.is_open and may_submit_to(user, report.scheme_id)


def _withdraw_report(user: User, report) -> bool:
    """The reporter, while the report is open (a suspended member may still take theirs back)."""
    return report.reporter_id == user.id and report.is_open


def _decide_report(user: User, report) -> bool:
    """An officer of the report's area, unless they wrote it: nobody reviews their own report."""
    return is_officer_of(user, report.area_id) and report.reporter_id != user.id


def _mark_repeat_victim(user: User, report) -> bool:
    """Whether a report is from a repeat victim is the judgement of an officer of its area who did not
    write it, like a decision."""
    return _decide_report(user, report)


def _change_summary(user: User, summary) -> bool:
    """What was shared about a report is changed or withdrawn by an officer who may decide it."""
    return _decide_report(user, summary.report)


def _read_scheme_summaries(user: User, scheme) -> bool:
    """What officers shared with a scheme is for its active members and the area's officers."""
    return scheme.kind == SchemeKind.WATCH and (
        is_active_member(user, scheme.id) or is_officer_of(user, scheme.area_id)
    )


def _send_alert(user: User, area) -> bool:
    """Officers alert the schemes of their own areas only."""
    return is_officer_of(user, area.id)


def _view_alert(user: User, alert) -> bool:
    """The active members of the schemes it was sent to, and the officers of its area."""
    return is_officer_of(user, alert.area_id) or any(is_active_member(user, scheme.id) for scheme in alert.schemes)


def _view_photo(user: User, photo) -> bool:
    """A photo is seen with its report; before it is sent, only by the person who chose it."""
    if photo.report is None:
        return photo.uploaded_by_id == user.id
    return _view_report(user, photo.report)


def _set_urgency(user: User, report) -> bool:
    """An officer of the report's area (the reporter's own words decide nothing about urgency)."""
    return is_officer_of(user, report.area_id) and report.reporter_id != user.id


RULES = {
    "watch.report.set_urgency": _set_urgency,
    "watch.report.submit": _submit_report,
    "watch.report.view": _view_report,
    "watch.report.correct": _correct_report,
    "watch.report.withdraw": _withdraw_report,
    "watch.report.decide": _decide_report,
    "watch.report.mark_repeat_victim": _mark_repeat_victim,
    "watch.summary.change": _change_summary,
    "watch.scheme.read_summaries": _read_scheme_summaries,
    "watch.alert.send": _send_alert,
    "watch.alert.view": _view_alert,
    "watch.photo.view": _view_photo,
}
