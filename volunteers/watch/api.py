"""Neighbourhood Watch in the JSON API: screening words, a member's own reports, and officers'
decisions. The endpoints call the same services as the pages, so the rules are the same."""

from datetime import UTC

from flask import current_app
from flask_babel import gettext as _
from flask_login import current_user
from flask_smorest.fields import Upload
from marshmallow import RAISE, Schema, fields, validate
from werkzeug.datastructures import FileStorage

from volunteers.api import api_blueprint
from volunteers.api.schemas import ErrorSchema
from volunteers.errors import DomainError, NotFound
from volunteers.extensions import db, limiter
from volunteers.guard import FLAG_KINDS
from volunteers.models import Scheme
from volunteers.permissions import Gate, gate, permitted_or_404
from volunteers.settings import settings_for
from volunteers.watch import queries, screening, services
from volunteers.watch.models import LOCATION_MAX_CHARS, Decision, RejectionGround, Report, ReportCategory, VictimRole

blp = api_blueprint("api_watch", __name__, "Neighbourhood Watch reports, screening and decisions", url_prefix="/watch")


class FlagSchema(Schema):
    kind = fields.String(metadata={"description": "One of: " + ", ".join(FLAG_KINDS)})
    evidence = fields.List(fields.String(), metadata={"description": "The words or facts that raised it"})


SCREEN_MAX_CHARS = 20_000


class ScreenRequestSchema(Schema):
    text = fields.String(
        required=True,
        validate=validate.Length(max=SCREEN_MAX_CHARS),
        metadata={"description": "The words to screen, as a member would write them"},
    )
    location = fields.String(
        load_default="",
        validate=validate.Length(max=LOCATION_MAX_CHARS),
        metadata={"description": "Where it happened (street, landmark)"},
    )


class ScreenResultSchema(Schema):
    flags = fields.List(fields.Nested(FlagSchema))


class FlagsFoundSchema(ErrorSchema):
    flags = fields.List(fields.Nested(FlagSchema), metadata={"description": "What the guard found"})


class ReportRequestSchema(Schema):
    scheme_id = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=2**31 - 1))
    category = fields.String(required=True, validate=validate.OneOf([c.value for c in ReportCategory]))
    occurred_at = fields.AwareDateTime(
        required=True, default_timezone=UTC, metadata={"description": "When it happened (ISO 8601)"}
    )
    location = fields.String(required=True)
    description = fields.String(required=True, metadata={"description": "What happened"})
    map_point = fields.String(
        load_default="", metadata={"description": "Latitude and longitude, or an OS grid reference"}
    )
    police_reference = fields.String(load_default="")
    victim = fields.String(load_default=VictimRole.NONE.value, validate=validate.OneOf([v.value for v in VictimRole]))
    repeat_victim = fields.Boolean(load_default=False, metadata={"description": "It has happened to them before"})
    send_anyway = fields.Boolean(
        load_default=False,
        metadata={"description": "Send even though the guard found something (call /watch/screen first)"},
    )
    photo_ids = fields.List(
        fields.Integer(strict=True, validate=validate.Range(min=1, max=2**31 - 1)),
        load_default=list,
        validate=validate.Length(max=20),
        metadata={
            "description": "Photos to attach, as returned by POST /watch/schemes/{scheme_id}/photos: your own, "
            "not yet sent with a report"
        },
    )


class PhotoUploadSchema(Schema):
    photos = fields.List(
        Upload(),
        required=True,
        metadata={"description": "One or more JPEG, PNG or WebP images, each in a part named 'photos'"},
    )


class PhotoSchema(Schema):
    id = fields.Integer(metadata={"description": "Give it in photo_ids when sending the report"})
    content_type = fields.String(metadata={"description": "image/jpeg or image/png, as stored"})
    width = fields.Integer()
    height = fields.Integer()
    size_bytes = fields.Integer()
    uploaded_at = fields.DateTime()


class PhotoUploadResultSchema(Schema):
    photos = fields.List(fields.Nested(PhotoSchema))
    keep_hours = fields.Integer(metadata={"description": "Photos not sent with a report are deleted after this"})


class DecisionOutSchema(Schema):
    decision = fields.String()
    message = fields.String()
    decided_at = fields.DateTime()
    reason = fields.String(metadata={"description": "Officers only"})
    referred_to = fields.String()
    rejection_ground = fields.String(allow_none=True)
    acknowledged_flags = fields.List(fields.String())


class ReportSchema(Schema):
    id = fields.Integer()
    scheme_id = fields.Integer()
    area_id = fields.Integer()
    status = fields.String()
    category = fields.String()
    occurred_at = fields.DateTime()
    location = fields.String()
    map_point = fields.String()
    description = fields.String()
    police_reference = fields.String()
    victim = fields.String()
    repeat_victim = fields.Boolean()
    urgent = fields.Boolean()
    version = fields.Integer()
    submitted_at = fields.DateTime()
    updated_at = fields.DateTime()
    photos = fields.Integer(metadata={"description": "How many photos are attached"})
    photo_ids = fields.List(fields.Integer(), metadata={"description": "The ids of the photos attached"})
    flags = fields.List(fields.Nested(FlagSchema))
    decisions = fields.List(fields.Nested(DecisionOutSchema))


class ReportPageArgsSchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class ReportPageSchema(Schema):
    reports = fields.List(fields.Nested(ReportSchema))
    page = fields.Integer()
    pages = fields.Integer()
    total = fields.Integer()


class SummaryRequestSchema(Schema):
    you_said = fields.String(load_default="")
    we_did = fields.String(load_default="")
    share_with_scheme = fields.Boolean(load_default=False)
    publish = fields.Boolean(load_default=False)


class DecisionRequestSchema(Schema):
    decision = fields.String(required=True, validate=validate.OneOf([d.value for d in Decision]))
    reason = fields.String(required=True, metadata={"description": "Why; if flagged, how each flag was weighed"})
    message = fields.String(required=True, metadata={"description": "The outcome (or question) for the reporter"})
    acknowledged_flags = fields.List(
        fields.String(), load_default=list, metadata={"description": "Each flag kind on the report, to close it"}
    )
    referred_to = fields.String(load_default="")
    rejection_ground = fields.String(
        load_default="", validate=validate.OneOf(["", *(g.value for g in RejectionGround)])
    )
    summary = fields.Nested(
        SummaryRequestSchema,
        metadata={"description": "A redacted summary to share or publish with a decision that closes the report"},
    )


class UrgencyRequestSchema(Schema):
    urgent = fields.Boolean(required=True, metadata={"description": "Whether the report cannot wait"})
    reason = fields.String(required=True, metadata={"description": "Why, for the audit trail"})


class SummaryChangeRequestSchema(SummaryRequestSchema):
    reason = fields.String(required=True, metadata={"description": "Why it changes, in a sentence or more"})


class SummaryWithdrawalRequestSchema(Schema):
    reason = fields.String(required=True, metadata={"description": "Why it is withdrawn, in a sentence or more"})


class SummaryVersionSchema(Schema):
    number = fields.Integer()
    change = fields.String(metadata={"description": "shared, changed or withdrawn"})
    you_said = fields.String()
    we_did = fields.String()
    shared_with_scheme = fields.Boolean()
    published = fields.Boolean()
    reason = fields.String()
    written_by_id = fields.Integer()
    written_at = fields.DateTime()


class SummarySchema(Schema):
    id = fields.Integer()
    report_id = fields.Integer()
    you_said = fields.String()
    we_did = fields.String()
    shared_with_scheme = fields.Boolean()
    published = fields.Boolean()
    version = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime(allow_none=True)
    withdrawn_at = fields.DateTime(allow_none=True)
    versions = fields.List(fields.Nested(SummaryVersionSchema), metadata={"description": "Oldest first"})


class RepeatVictimRequestSchema(Schema):
    repeat_victim = fields.Boolean(
        required=True, metadata={"description": "true to mark the report as from a repeat victim, false to unmark it"}
    )
    reason = fields.String(required=True, metadata={"description": "Why, in a sentence or more"})


def report_body(report: Report, viewer) -> dict:
    """A report as the viewer may see it: the reporter is not shown officer-only flags or reasons."""
    officer = report.reporter_id != viewer.id
    flags = [flag.as_dict() for flag in report.flags]
    return {
        "id": report.id,
        "scheme_id": report.scheme_id,
        "area_id": report.area_id,
        "status": report.status.value,
        "category": report.category.value,
        "occurred_at": report.occurred_at,
        "location": report.location,
        "map_point": report.map_point,
        "description": report.description,
        "police_reference": report.police_reference,
        "victim": report.victim.value,
        "repeat_victim": report.is_repeat_victim if officer else report.repeat_victim_declared,
        "urgent": report.urgent,
        "version": report.version,
        "submitted_at": report.submitted_at,
        "updated_at": report.updated_at,
        "photos": len(report.photos),
        "photo_ids": [photo.id for photo in report.photos],
        "flags": flags if officer else screening.visible_to_writer(flags),
        "decisions": [
            {
                "decision": decision.decision.value,
                "message": decision.message,
                "decided_at": decision.decided_at,
                **(
                    {
                        "reason": decision.reason,
                        "referred_to": decision.referred_to,
                        "rejection_ground": decision.rejection_ground.value if decision.rejection_ground else None,
                        "acknowledged_flags": decision.acknowledged_flags,
                    }
                    if officer
                    else {"referred_to": decision.referred_to}
                ),
            }
            for decision in report.decisions
        ],
    }


def _visible_report(report_id: int) -> Report:
    return permitted_or_404(Report, report_id, "watch.report.view", hide_refusal=True)


def _force_for_screening():
    """The force whose rules screen a member's words: that of their first watch scheme."""
    memberships = queries.watch_memberships(current_user)
    return memberships[0].scheme.area.force if memberships else None


def _screen_limit() -> str:
    return current_app.config["SCREEN_RATE_LIMIT"]


def _per_user() -> str:
    return f"user:{current_user.id}"


@blp.route("/screen", methods=["POST"])
@gate(Gate.VOLUNTEER)
@limiter.limit(_screen_limit, key_func=_per_user)
@blp.arguments(ScreenRequestSchema)
@blp.response(200, ScreenResultSchema)
def screen(args):
    """What the guard finds in some words, before they are sent. Nothing is stored."""
    flags = services.screen_words(_force_for_screening(), args["text"], args.get("location", ""))
    return {"flags": [flag.as_dict() for flag in flags]}


@blp.route("/reports", methods=["GET"])
@gate(Gate.VOLUNTEER)
@blp.arguments(ReportPageArgsSchema, location="query")
@blp.response(200, ReportPageSchema)
def list_reports(args):
    """Your own reports, newest first, with their status and what you were told."""
    page = db.paginate(queries.reports_of(current_user), page=args["page"], per_page=args["per_page"], error_out=False)
    return {
        "reports": [report_body(report, current_user) for report in page.items],
        "page": page.page,
        "pages": page.pages,
        "total": page.total,
    }


@blp.route("/reports", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.arguments(ReportRequestSchema)
@blp.response(201, ReportSchema)
@blp.alt_response(409, schema=FlagsFoundSchema, description="The guard found something: rephrase or send anyway")
def create_report(args):
    """Send a report for an officer's review. If the guard finds something, the answer is 409 with
    the flags: rephrase, or send again with send_anyway=true and the flags go with the report."""
    scheme = db.get_or_404(Scheme, args["scheme_id"], description="No such scheme.")
    details = services.ReportDetails(
        category=args["category"],
        occurred_at=args["occurred_at"],
        location=args["location"],
        description=args["description"],
        map_point=args["map_point"],
        police_reference=args["police_reference"],
        victim=args["victim"],
        repeat_victim=args["repeat_victim"],
    )
    report = services.submit_report(
        current_user, scheme, details, photo_ids=args["photo_ids"], send_anyway=args["send_anyway"]
    )
    return report_body(report, current_user)


@blp.route("/schemes/<int:scheme_id>/photos", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.arguments(PhotoUploadSchema, location="files", unknown=RAISE)
@blp.response(201, PhotoUploadResultSchema)
def upload_photos(args, scheme_id):
    """Upload photos for a report you are about to send to this scheme (multipart/form-data, parts
    named 'photos'). Each is checked to be an image and redrawn without its metadata (position,
    camera, time); the answer gives their ids for photo_ids. Until a report takes them they are
    yours alone, at most watch_photos_per_report of them at once, deleted after
    watch_pending_photo_hours."""
    scheme = permitted_or_404(Scheme, scheme_id, "watch.report.submit")
    uploads = [
        services.Upload(part.filename, part.stream)
        for part in args["photos"]
        if isinstance(part, FileStorage) and part.filename
    ]
    if not uploads:
        raise DomainError(_("Choose at least one photo"), "photos")
    stored = services.store_photos(
        current_user, scheme, uploads, already_chosen=services.pending_photo_count(current_user)
    )
    return {"photos": stored, "keep_hours": settings_for(scheme.area.force).watch_pending_photo_hours}


@blp.route("/reports/<int:report_id>", methods=["GET"])
@gate(Gate.SIGNED_IN)
@blp.response(200, ReportSchema)
def get_report(report_id):
    """One report: your own, or, for officers, one in their areas."""
    return report_body(_visible_report(report_id), current_user)


@blp.route("/reports/<int:report_id>/decision", methods=["POST"])
@gate(Gate.OFFICER)
@blp.arguments(DecisionRequestSchema)
@blp.response(200, ReportSchema)
def decide(args, report_id):
    """An officer's decision on a report in their area, with its reason and the reporter's outcome.
    Closing a flagged report needs every flag kind in acknowledged_flags."""
    report = _visible_report(report_id)
    details = services.DecisionDetails(
        decision=args["decision"],
        reason=args["reason"],
        message=args["message"],
        acknowledged_flags=args["acknowledged_flags"],
        referred_to=args["referred_to"],
        rejection_ground=args["rejection_ground"],
    )
    summary = services.SummaryDetails(**args["summary"]) if args.get("summary") else None
    services.decide_report(current_user, report, details, summary)
    return report_body(report, current_user)


@blp.route("/reports/<int:report_id>/urgency", methods=["POST"])
@gate(Gate.OFFICER)
@blp.arguments(UrgencyRequestSchema)
@blp.response(200, ReportSchema)
def set_urgency(args, report_id):
    """An officer marks a report in their area urgent (the area's officers are emailed) or not."""
    report = _visible_report(report_id)
    services.set_urgency(current_user, report, args["urgent"], args["reason"])
    return report_body(report, current_user)


@blp.route("/reports/<int:report_id>/repeat-victim", methods=["POST"])
@gate(Gate.OFFICER)
@blp.arguments(RepeatVictimRequestSchema)
@blp.response(200, ReportSchema)
def mark_repeat_victim(args, report_id):
    """An officer marks a report in their area as from a repeat victim, or unmarks it, with a reason;
    the mark overrides what the reporter said and the count of reports about the same victim."""
    report = _visible_report(report_id)
    services.mark_repeat_victim(current_user, report, args["repeat_victim"], args["reason"])
    return report_body(report, current_user)


def _summary_of(report_id: int):
    report = _visible_report(report_id)
    if report.summary is None:
        raise NotFound("This report has no summary.")
    return report.summary


@blp.route("/reports/<int:report_id>/summary", methods=["PUT"])
@gate(Gate.OFFICER)
@blp.arguments(SummaryChangeRequestSchema)
@blp.response(200, SummarySchema)
def change_summary(args, report_id):
    """Change the summary of a report already shared or published (or share a withdrawn one again),
    with a reason: the pages show the new text, and every earlier one is kept in versions."""
    summary = _summary_of(report_id)
    reason = args.pop("reason")
    return services.change_summary(current_user, summary, services.SummaryDetails(**args), reason)


@blp.route("/reports/<int:report_id>/summary/withdrawal", methods=["POST"])
@gate(Gate.OFFICER)
@blp.arguments(SummaryWithdrawalRequestSchema)
@blp.response(200, SummarySchema)
def withdraw_summary(args, report_id):
    """Withdraw a report's summary from the scheme's and the public pages, with a reason; its texts
    are kept in versions."""
    return services.withdraw_summary(current_user, _summary_of(report_id), args["reason"])
