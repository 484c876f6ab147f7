"""Youth Commission recommendations in the JSON API: the recommendations one may read (the
commission's own, for its members and facilitator; those sent to them, for the addressed police),
one recommendation, and the police's response and progress updates. The endpoints call the same
services as the pages. No answer carries a young person's name, contact details or date of birth:
the author is "a member of" the commission."""

from flask_login import current_user
from marshmallow import Schema, fields, validate

from volunteers.api import api_blueprint
from volunteers.db_types import utcnow
from volunteers.permissions import permitted_or_404
from volunteers.review import REASON_MAX_CHARS
from volunteers.youth import recommendations
from volunteers.youth.models import (
    DETAIL_MAX_CHARS,
    NOTE_MAX_CHARS,
    OWNER_MAX_CHARS,
    PROGRESS_STATUSES,
    Recommendation,
    ResponseOutcome,
)

blp = api_blueprint(
    "api_youth", __name__, "Youth Commission recommendations and the police's responses", url_prefix="/youth"
)


class EvidenceSchema(Schema):
    id = fields.Integer()
    topic = fields.String()
    young_people_reached = fields.Integer()


class ResponseSchema(Schema):
    id = fields.Integer()
    outcome = fields.String(metadata={"description": "accepted, partly_accepted or not_accepted"})
    reason = fields.String()
    action_plan = fields.String()
    owner = fields.String(metadata={"description": "Who owns the action plan: a name or a role"})
    due_on = fields.Date(allow_none=True)
    responded_at = fields.DateTime()
    on_time = fields.Boolean()


class UpdateSchema(Schema):
    status = fields.String()
    note = fields.String()
    written_at = fields.DateTime()


class RecommendationSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    detail = fields.String()
    commission = fields.String(metadata={"description": "The Youth Commission's name"})
    scheme_id = fields.Integer()
    area_id = fields.Integer()
    addressee = fields.String(metadata={"description": "area or force"})
    author = fields.String(metadata={"description": "Always 'A member of <commission>' to the police"})
    status = fields.String()
    sent_at = fields.DateTime(allow_none=True)
    response_due_at = fields.DateTime(allow_none=True, metadata={"description": "The end of the last day to respond"})
    days_left = fields.Integer(allow_none=True, metadata={"description": "Negative once overdue"})
    overdue = fields.Boolean()
    evidence = fields.List(fields.Nested(EvidenceSchema))
    quotes = fields.List(fields.String(), metadata={"description": "Checked, anonymous quotes it cites"})
    response = fields.Nested(ResponseSchema, allow_none=True)
    updates = fields.List(fields.Nested(UpdateSchema))


class RecommendationListSchema(Schema):
    recommendations = fields.List(fields.Nested(RecommendationSchema))


class ResponseRequestSchema(Schema):
    outcome = fields.String(required=True, validate=validate.OneOf([outcome.value for outcome in ResponseOutcome]))
    reason = fields.String(
        load_default="",
        validate=validate.Length(max=REASON_MAX_CHARS),
        metadata={"description": "Required unless the outcome is accepted"},
    )
    action_plan = fields.String(load_default="", validate=validate.Length(max=DETAIL_MAX_CHARS))
    owner = fields.String(load_default="", validate=validate.Length(max=OWNER_MAX_CHARS))
    due_on = fields.Date(load_default=None, metadata={"description": "Required unless the outcome is not_accepted"})


class ProgressRequestSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf([status.value for status in PROGRESS_STATUSES]))
    note = fields.String(required=True, validate=validate.Length(min=1, max=NOTE_MAX_CHARS))


def recommendation_body(recommendation: Recommendation) -> dict:
    """What anyone allowed to read it sees; the author is named only as a member of the commission."""
    response = recommendation.response
    return {
        "id": recommendation.id,
        "title": recommendation.title,
        "detail": recommendation.detail,
        "commission": recommendation.scheme.name,
        "scheme_id": recommendation.scheme_id,
        "area_id": recommendation.area_id,
        "addressee": recommendation.addressee.value,
        "author": recommendations.author_for_police(recommendation),
        "status": recommendation.status.value,
        "sent_at": recommendation.sent_at,
        "response_due_at": recommendation.response_due_at,
        "days_left": recommendations.days_left(recommendation),
        "overdue": recommendation.is_overdue_at(utcnow()),
        "evidence": [
            {"id": c.id, "topic": c.topic, "young_people_reached": c.young_people_reached}
            for c in recommendation.consultations
        ],
        "quotes": [quote.text for quote in recommendation.quotes if quote.is_usable],
        "response": None
        if response is None
        else {
            "id": response.id,
            "outcome": response.outcome.value,
            "reason": response.reason,
            "action_plan": response.action_plan,
            "owner": response.owner,
            "due_on": response.due_on,
            "responded_at": response.decided_at,
            "on_time": bool(recommendation.answered_on_time()),
        },
        "updates": [
            {"status": update.status.value, "note": update.note, "written_at": update.written_at}
            for update in recommendation.updates
        ],
    }


def _recommendation(recommendation_id: int, action: str = "youth.recommendation.view") -> Recommendation:
    """One not sent to you (or not yet sent) is a 404, like one that does not exist."""
    return permitted_or_404(Recommendation, recommendation_id, action, hide_refusal=True)


@blp.route("/recommendations", methods=["GET"])
@blp.response(200, RecommendationListSchema)
def list_recommendations():
    """Your commissions' recommendations, and those sent to you (officers: your areas; admins: your forces)."""
    return {"recommendations": [recommendation_body(r) for r in recommendations.visible_to(current_user)]}


@blp.route("/recommendations/<int:recommendation_id>", methods=["GET"])
@blp.response(200, RecommendationSchema)
def get_recommendation(recommendation_id):
    return recommendation_body(_recommendation(recommendation_id))


@blp.route("/recommendations/<int:recommendation_id>/response", methods=["POST"])
@blp.arguments(ResponseRequestSchema)
@blp.response(201, RecommendationSchema)
def respond(args, recommendation_id):
    """Respond to a recommendation sent to you; a reason is required unless you accept it in full.
    After the deadline the response is recorded and counted as late."""
    recommendation = _recommendation(recommendation_id)
    recommendations.respond(
        current_user,
        recommendation,
        args["outcome"],
        args["reason"],
        args["action_plan"],
        args["owner"],
        args["due_on"],
    )
    return recommendation_body(recommendation)


@blp.route("/recommendations/<int:recommendation_id>/progress", methods=["POST"])
@blp.arguments(ProgressRequestSchema)
@blp.response(201, RecommendationSchema)
def progress(args, recommendation_id):
    """Report progress on your response, until the recommendation is implemented or closed."""
    recommendation = _recommendation(recommendation_id)
    recommendations.record_progress(current_user, recommendation, args["status"], args["note"])
    return recommendation_body(recommendation)
