"""Speed Watch letters in the JSON API, for a force's own system to pull the due letters of an
officer's areas into its mail-merge after its keeper look-up: the same facts as the batch CSV."""

from flask_login import current_user
from marshmallow import Schema, fields, validate

from volunteers.api import api_blueprint
from volunteers.extensions import db
from volunteers.permissions import Gate
from volunteers.speedwatch import letters
from volunteers.speedwatch.models import Letter, LetterStage

blp = api_blueprint(
    "api_speedwatch_letters",
    __name__,
    "Community Speed Watch letters, for the force's mail-merge",
    gate=Gate.OFFICER,
    url_prefix="/speedwatch",
)


class LetterListArgsSchema(Schema):
    status = fields.String(
        load_default="due",
        validate=validate.OneOf(letters.LIST_STATUSES),
        metadata={"description": "due (the default), sent, withdrawn, or closed (referrals an officer ended)"},
    )
    stage = fields.String(
        load_default=None,
        validate=validate.OneOf([stage.value for stage in LetterStage]),
        metadata={"description": "advisory, warning or referral; every stage when left out"},
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


class MailMergeLetterSchema(Schema):
    reference = fields.String(metadata={"description": "Printed on the letter; the driver objects with it"})
    plate = fields.String(metadata={"description": "The registration, upper case, no spaces"})
    stage = fields.String(metadata={"description": "advisory, warning or referral"})
    site = fields.String(metadata={"description": "The site's name"})
    date = fields.String(metadata={"description": "The local day the vehicle was seen, YYYY-MM-DD"})
    time = fields.String(metadata={"description": "The local time it was seen, HH:MM"})
    speed = fields.Integer(metadata={"description": "mph"})
    limit = fields.Integer(metadata={"description": "The road's limit, mph"})


class MailMergeLetterPageSchema(Schema):
    letters = fields.List(fields.Nested(MailMergeLetterSchema))
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


@blp.route("/letters", methods=["GET"])
@blp.arguments(LetterListArgsSchema, location="query")
@blp.response(200, MailMergeLetterPageSchema)
def list_letters(args):
    """Letters of your areas, oldest first: by default those due, for your mail-merge."""
    query = letters.letters_visible_to(
        current_user, args["status"], LetterStage(args["stage"]) if args["stage"] else None
    ).order_by(None)
    query = query.where(Letter.area_id.in_(sorted(current_user.officer_area_ids))).order_by(
        Letter.created_at, Letter.id
    )
    page = db.paginate(query, page=args["page"], per_page=args["per_page"], error_out=False)
    return {
        "letters": [letters.mail_merge_fields(letter) for letter in page.items],
        "page": page.page,
        "pages": page.pages,
        "total": page.total,
    }
