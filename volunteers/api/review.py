"""The officers' single review queue in the JSON API: everything awaiting them in their areas,
across the schemes, in the same order as the page (urgent, then flagged, then oldest), a page at a
time, with the totals per kind."""

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
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10_000))
    per_page = fields.Integer(load_default=review.queue.PER_PAGE, validate=validate.Range(min=1, max=100))


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
    due_at = fields.DateTime(allow_none=True, metadata={"description": "When the police must have answered"})
    overdue = fields.Boolean()
    status = fields.String()
    urgent = fields.Boolean()
    flags = fields.List(fields.String())
    category = fields.String()
    notes = fields.List(fields.String())


class QueueSchema(Schema):
    items = fields.List(fields.Nested(QueueItemSchema))
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer(metadata={"description": "Items awaiting you, on every page"})
    urgent = fields.Integer(metadata={"description": "How many of them are urgent"})
    totals_by_kind = fields.Dict(keys=fields.String(), values=fields.Integer())
    capped_kinds = fields.List(
        fields.String(),
        metadata={"description": "Kinds with at least their total waiting: counting stops there (and so does total)"},
    )


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
    page = review.QueuePage(current_user, filters, page=args["page"], per_page=args["per_page"])
    return {
        "items": [
            {
                **{name: getattr(item, name) for name in QueueItemSchema().fields if hasattr(item, name)},
                "age_seconds": int(item.age.total_seconds()),
            }
            for item in page.items
        ],
        "page": page.page,
        "pages": page.pages,
        "total": page.total,
        "urgent": page.counts.urgent,
        "totals_by_kind": page.counts.by_kind,
        "capped_kinds": sorted(page.counts.capped),
    }
