"""What a complaint about Neighbourhood Watch may be about: a report, or an officer's decision on
one; described for the investigating admin by the shared `ComplaintSubjectKind` contract."""

from flask_babel import gettext as _

from volunteers.complaints.subjects import ComplaintSubjectKind, SubjectFacts, moment_fact
from volunteers.extensions import db
from volunteers.statuses import status_label
from volunteers.watch.labels import CATEGORY_LABELS, DECISION_LABELS
from volunteers.watch.models import Report, ReportDecision


def _report_facts(report: Report) -> list[tuple[str, str]]:
    return [
        (_("Scheme"), report.scheme.name),
        (_("Reported by"), report.reporter.display_name),
        (_("Category"), str(CATEGORY_LABELS[report.category])),
        (_("When"), moment_fact(report.occurred_at)),
        (_("Where"), report.location),
        (_("What happened"), report.description),
        (_("Status"), status_label(report.status.value)),
    ]


def describe_report(report_id: int) -> SubjectFacts | None:
    """A report as its reporter wrote it, and where it is in review."""
    report = db.session.get(Report, report_id)
    if report is None:
        return None
    title = _("Neighbourhood Watch report %(id)d", id=report.id)
    return SubjectFacts(report.force_id, report.area_id, title, _report_facts(report))


def describe_decision(decision_id: int) -> SubjectFacts | None:
    """An officer's decision on a report: what they decided, why, and on which report."""
    decision = db.session.get(ReportDecision, decision_id)
    if decision is None:
        return None
    report = decision.report
    facts = [
        (_("Decision"), str(DECISION_LABELS[decision.decision])),
        (_("What the reporter was told"), decision.message),
        (_("Reason"), decision.reason),
        (_("Decided by"), decision.decided_by.display_name),
        (_("Decided"), moment_fact(decision.decided_at)),
        *_report_facts(report),
    ]
    title = _("Decision on Neighbourhood Watch report %(id)d", id=report.id)
    return SubjectFacts(report.force_id, report.area_id, title, facts)


COMPLAINT_SUBJECTS = (
    ComplaintSubjectKind("watch_report", lambda: _("Neighbourhood Watch report"), describe_report),
    ComplaintSubjectKind("watch_report_decision", lambda: _("Decision on a report"), describe_decision),
)
