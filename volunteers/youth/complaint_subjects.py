"""What a complaint about a Youth Commission may be about: how the police handled one of its
recommendations. The young author is never named to the investigator: the commission is."""

from flask_babel import gettext as _

from volunteers.complaints.subjects import ComplaintSubjectKind, SubjectFacts, moment_fact
from volunteers.extensions import db
from volunteers.youth.models import Recommendation
from volunteers.youth.recommendation_labels import OUTCOME_LABELS, RECOMMENDATION_STATUS_LABELS


def describe_recommendation(recommendation_id: int) -> SubjectFacts | None:
    """A recommendation as sent, and the police's response to it if there is one."""
    recommendation = db.session.get(Recommendation, recommendation_id)
    if recommendation is None:
        return None
    facts = [
        (_("Commission"), recommendation.scheme.name),
        (_("Recommendation"), recommendation.title),
        (_("Detail"), recommendation.detail),
        (_("Sent"), moment_fact(recommendation.sent_at)),
        (_("Response due"), moment_fact(recommendation.response_due_at)),
        (_("Status"), str(RECOMMENDATION_STATUS_LABELS[recommendation.status])),
    ]
    response = recommendation.response
    if response is not None:
        facts += [
            (_("Response"), str(OUTCOME_LABELS[response.outcome])),
            (_("Reason"), response.reason),
            (_("Action plan"), response.action_plan),
            (_("Responded by"), response.decided_by.display_name),
            (_("Responded"), moment_fact(response.decided_at)),
        ]
    title = _("Youth Commission recommendation %(id)d", id=recommendation.id)
    return SubjectFacts(recommendation.force_id, recommendation.area_id, title, facts)


COMPLAINT_SUBJECTS = (
    ComplaintSubjectKind("youth_recommendation", lambda: _("Youth Commission recommendation"), describe_recommendation),
)
