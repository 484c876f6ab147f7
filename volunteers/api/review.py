"""The officers' single review queue in the JSON API: everything awaiting them in their areas,
across the schemes, in the same order as the page (urgent, then flagged, then oldest)."""

from flask_login import current_user
from marshmallow import Schema, fields, validate

from volunteers import review
from volunteers.api import api_blueprint
from volunteers.permissions import Gate

blp = api_blueprint("api_review", __name__, "The officers' review queue", gate=Gate.OFFICER, url_prefix="/review")

_ID = validate.Range(min=1, max=2**31 - 1)


class QueueArgsSchema(Schema):
    area = fields.Integer(load_default=None, validate=_ID, metadata={"description": "Only this area of yours"})
    scheme = fields.Integer(load_default=None, validate=_ID)
    kind = fields.String(load_default=None, validate=validate.Length(max=40))
    category = fields.String(load_default=None, validate=validate.Length(max=40))
    flag = fields.String(load_default=None, validate=validate.Length(max=40))
    status = fields.String(load_default=None, validate=validate.Length(max=40))


class QueueItemSchema(Schema):
    kind = fields.String()
    kind_label = fields.String()
    id = fields.Integer()
    title = fields.String()
    url = fields.String(metadata={"description": "The item's page"})
    area_id = fields.Integer()
    area_name = fields.String()
    scheme_id = fields.Integer(allow_none=True)
    scheme_name = fields.String()
    submitted_at = fields.DateTime()
    age_seconds = fields.Integer()
    status = fields.String()
    urgent = fields.Boolean()
    flags = fields.List(fields.String())
    category = fields.String()
    notes = fields.List(fields.String())


class QueueSchema(Schema):
    items = fields.List(fields.Nested(QueueItemSchema))


@blp.route("/queue")
@blp.arguments(QueueArgsSchema, location="query")
@blp.response(200, QueueSchema)
def queue(args):
    """Everything awaiting you in your areas, most urgent and oldest first, each with its age."""
    filters = review.QueueFilters(
        area_id=args["area"],
        scheme_id=args["scheme"],
        kind=args["kind"] or None,
        category=args["category"] or None,
        flag=args["flag"] or None,
        status=args["status"] or None,
    )
    items = review.queue_for(current_user, filters)
    return {
        "items": [
            {
                **{name: getattr(item, name) for name in QueueItemSchema().fields if hasattr(item, name)},
                "age_seconds": int(item.age.total_seconds()),
            }
            for item in items
        ]
    }
