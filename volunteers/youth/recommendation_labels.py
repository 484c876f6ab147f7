"""What consultations' and recommendations' statuses, choices, audit actions and subjects are called."""

from flask_babel import lazy_gettext as _l

from volunteers.youth.models import (
    Addressee,
    ConsultationMethod,
    QuoteStatus,
    RecommendationStatus,
    ResponseOutcome,
)

METHOD_LABELS = {
    ConsultationMethod.SURVEY: _l("Survey"),
    ConsultationMethod.WORKSHOP: _l("Workshop"),
    ConsultationMethod.FOCUS_GROUP: _l("Focus group"),
    ConsultationMethod.STREET_CONVERSATIONS: _l("Conversations in the street"),
    ConsultationMethod.ONLINE: _l("Online"),
    ConsultationMethod.OTHER: _l("Another way"),
}
QUOTE_STATUS_LABELS = {
    QuoteStatus.PENDING: _l("Awaiting the facilitator's check"),
    QuoteStatus.APPROVED: _l("Checked"),
    QuoteStatus.WITHDRAWN: _l("Withdrawn"),
}
ADDRESSEE_LABELS = {
    Addressee.AREA: _l("The police of our area"),
    Addressee.FORCE: _l("The whole force"),
}
RECOMMENDATION_STATUS_LABELS = {
    RecommendationStatus.SUBMITTED: _l("Awaiting the facilitator"),
    RecommendationStatus.RETURNED: _l("Returned for changes"),
    RecommendationStatus.SENT: _l("Awaiting the police's response"),
    RecommendationStatus.RESPONDED: _l("Responded"),
    RecommendationStatus.IN_PROGRESS: _l("In progress"),
    RecommendationStatus.IMPLEMENTED: _l("Implemented"),
    RecommendationStatus.CLOSED: _l("Closed"),
}
OUTCOME_LABELS = {
    ResponseOutcome.ACCEPTED: _l("Accepted"),
    ResponseOutcome.PARTLY_ACCEPTED: _l("Partly accepted"),
    ResponseOutcome.NOT_ACCEPTED: _l("Not accepted"),
}

AUDIT_ACTIONS = {
    "youth.consultation.recorded": _l("Youth consultation recorded"),
    "youth.quote.added": _l("Consultation quote added"),
    "youth.quote.approved": _l("Consultation quote checked by the facilitator"),
    "youth.quote.withdrawn": _l("Consultation quote withdrawn"),
    "youth.recommendation.drafted": _l("Youth recommendation drafted"),
    "youth.recommendation.changed": _l("Youth recommendation changed"),
    "youth.recommendation.sent": _l("Youth recommendation approved and sent"),
    "youth.recommendation.returned": _l("Youth recommendation returned for changes"),
    "youth.recommendation.responded": _l("Police response to a youth recommendation"),
    "youth.recommendation.progress": _l("Progress on a youth recommendation"),
    "youth.recommendation.reminded": _l("Reminder about a response sent"),
    "youth.response.commented": _l("Commission's comment on a response"),
}
AUDIT_SUBJECTS = {
    "youth_consultation": _l("Youth consultation"),
    "youth_consultation_quote": _l("Consultation quote"),
    "youth_recommendation": _l("Youth recommendation"),
}
