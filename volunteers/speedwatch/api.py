"""Community Speed Watch in the JSON API, for a roadside app: a volunteer's sessions, starting and
submitting them, batches of sightings (stored once per Idempotency-Key), a check of a plate and a
speed that stores nothing, and an officer's review. The endpoints call the same services as the
pages, so the rules and the messages are the same.
"""

import hashlib
import json
from datetime import UTC, datetime

from flask import jsonify, request
from flask_babel import gettext as _
from flask_login import current_user
from marshmallow import Schema, fields, validate

from volunteers.api import api_blueprint
from volunteers.api.schemas import ErrorSchema
from volunteers.errors import DomainError, InvalidInput
from volunteers.models import SchemeKind
from volunteers.permissions import Gate, gate, permitted_or_404, require
from volunteers.settings import settings_for
from volunteers.speedwatch import queries, services
from volunteers.speedwatch.models import (
    COLOUR_MAX_CHARS,
    MAKE_MAX_CHARS,
    MODEL_MAX_CHARS,
    REGISTRATION_MAX_CHARS,
    Direction,
    RejectionReason,
    Sighting,
    SpeedwatchSession,
)
from volunteers.speedwatch.sightings import EntryRules, check_reading, threshold_for

blp = api_blueprint(
    "api_speedwatch",
    __name__,
    "Community Speed Watch sessions, sightings and officers' review",
    url_prefix="/speedwatch",
)
IDEMPOTENCY_KEY_MAX_CHARS = 100


class ReadingRefused(InvalidInput):
    """The check's answer when the plate or the speed breaks a rule. Nothing was asked to be stored,
    so it is not a refusal of a change (400) but a reading the rules cannot take: 422."""

    status = 422


class SiteSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    road = fields.String()
    speed_limit = fields.Integer()
    latitude = fields.Float()
    longitude = fields.Float()


class SessionSchema(Schema):
    id = fields.Integer()
    scheme_id = fields.Integer()
    site = fields.Nested(SiteSchema)
    starts_at = fields.DateTime()
    ends_at = fields.DateTime()
    speed_limit = fields.Integer()
    threshold = fields.Integer(metadata={"description": "The lowest speed recorded in this session (mph)"})
    status = fields.String(metadata={"description": "planned, running, submitted, reviewed or cancelled"})
    sighting_count = fields.Integer()
    volunteer_ids = fields.List(fields.Integer())


class SessionListSchema(Schema):
    sessions = fields.List(fields.Nested(SessionSchema))


class SightingSchema(Schema):
    id = fields.Integer()
    registration = fields.String()
    make = fields.String()
    model = fields.String(allow_none=True)
    colour = fields.String()
    speed = fields.Integer()
    direction = fields.String(allow_none=True)
    observed_at = fields.DateTime()
    status = fields.String()


class SightingListSchema(Schema):
    sightings = fields.List(fields.Nested(SightingSchema))


class EntrySchema(Schema):
    """One sighting as typed. Values are checked by the same rules as the pages, entry by entry, so
    one bad entry is reported without refusing the rest."""

    registration = fields.Raw(
        required=True, metadata={"description": "As typed; normalised and checked against UK formats"}
    )
    make = fields.Raw(required=True, metadata={"description": f"Up to {MAKE_MAX_CHARS} characters"})
    model = fields.Raw(load_default=None, metadata={"description": f"Optional, up to {MODEL_MAX_CHARS} characters"})
    colour = fields.Raw(required=True, metadata={"description": f"Up to {COLOUR_MAX_CHARS} characters"})
    speed = fields.Raw(required=True, metadata={"description": "Whole mph, at or above the session's threshold"})
    direction = fields.Raw(
        load_default=None, metadata={"description": "One of: " + ", ".join(direction.value for direction in Direction)}
    )
    observed_at = fields.Raw(
        required=True,
        metadata={"description": "When the vehicle passed (ISO 8601; without an offset, UTC)"},
    )


class BatchRequestSchema(Schema):
    sightings = fields.List(fields.Nested(EntrySchema), required=True, validate=validate.Length(min=1))


class RefusedEntrySchema(Schema):
    index = fields.Integer(metadata={"description": "The entry's position in the batch, from 0"})
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


class BatchResultSchema(Schema):
    stored = fields.List(fields.Nested(SightingSchema))
    refused = fields.List(fields.Nested(RefusedEntrySchema))


class SightingCheckRequestSchema(Schema):
    registration = fields.String(required=True, validate=validate.Length(max=4 * REGISTRATION_MAX_CHARS))
    speed = fields.Raw(required=True, metadata={"description": "Whole mph"})
    speed_limit = fields.Integer(required=True, strict=True, metadata={"description": "The site's limit (mph)"})


class CheckResultSchema(Schema):
    registration = fields.String(metadata={"description": "Normalised: upper case, no spaces"})
    speed = fields.Integer()
    speed_limit = fields.Integer()
    threshold = fields.Integer()


class SightingDecisionSchema(Schema):
    sighting_id = fields.Integer(required=True, strict=True)
    accept = fields.Boolean(required=True)
    reason = fields.String(
        load_default=None,
        validate=validate.OneOf([reason.value for reason in RejectionReason]),
        metadata={"description": "Why a sighting is rejected (required when accept is false)"},
    )


class ReviewRequestSchema(Schema):
    decisions = fields.List(fields.Nested(SightingDecisionSchema), required=True)
    note = fields.String(load_default="", metadata={"description": "Anything the record should say"})


class ReviewResultSchema(Schema):
    session = fields.Nested(SessionSchema)
    accepted = fields.Integer()
    rejected = fields.Integer()


def session_body(session: SpeedwatchSession) -> dict:
    return {
        "id": session.id,
        "scheme_id": session.scheme_id,
        "site": session.site,
        "starts_at": session.starts_at,
        "ends_at": session.ends_at,
        "speed_limit": session.speed_limit,
        "threshold": session.threshold,
        "status": session.status.value,
        "sighting_count": session.sighting_count,
        "volunteer_ids": sorted(session.volunteer_ids),
    }


def sighting_body(sighting: Sighting) -> dict:
    return {
        "id": sighting.id,
        "registration": sighting.registration,
        "make": sighting.make,
        "model": sighting.model,
        "colour": sighting.colour,
        "speed": sighting.speed,
        "direction": sighting.direction.value if sighting.direction else None,
        "observed_at": sighting.observed_at,
        "status": sighting.status.value,
    }


def _session(session_id: int, action: str = "speedwatch.session.view") -> SpeedwatchSession:
    """Someone else's session is a 404: ids of sessions one has no part in say nothing."""
    return permitted_or_404(SpeedwatchSession, session_id, action, hide_refusal=True)


def _parsed_time(value):
    """An ISO 8601 time as an aware datetime (UTC when it has no offset); anything else as it came,
    for the entry's check to refuse with its own message."""
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _entries(args: dict) -> list[dict]:
    return [{**entry, "observed_at": _parsed_time(entry.get("observed_at"))} for entry in args["sightings"]]


def _digest(session_id: int) -> str:
    body = request.get_json(silent=True)
    canonical = json.dumps({"session": session_id, "body": body}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > IDEMPOTENCY_KEY_MAX_CHARS:
        raise DomainError(
            _("The Idempotency-Key header must be %(max)d characters or fewer", max=IDEMPOTENCY_KEY_MAX_CHARS)
        )
    return key or None


def _answer(recorded: services.Recorded) -> services.BatchAnswer:
    """201 when anything was stored (with what was refused); 422 when every entry was refused."""
    body = {
        "stored": [SightingSchema().dump(sighting_body(sighting)) for sighting in recorded.stored],
        "refused": [{"index": refusal.line, "errors": refusal.as_dict()["errors"]} for refusal in recorded.refused],
    }
    return services.BatchAnswer(body, 201 if recorded.stored else 422)


@blp.route("/sessions", methods=["GET"])
@gate(Gate.VOLUNTEER)
@blp.response(200, SessionListSchema)
def my_sessions():
    """Your planned and running sessions, soonest first, then those submitted in the last month."""
    return {"sessions": [session_body(session) for session in queries.sessions_of_volunteer(current_user)]}


@blp.route("/sessions/<int:session_id>", methods=["GET"])
@blp.response(200, SessionSchema)
def get_session(session_id):
    return session_body(_session(session_id))


@blp.route("/sessions/<int:session_id>/start", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.response(200, SessionSchema)
def start(session_id):
    """Start a session you are booked on, on the day, from 15 minutes before it is due."""
    return session_body(services.start_session(current_user, _session(session_id)))


@blp.route("/sessions/<int:session_id>/sightings", methods=["GET"])
@blp.response(200, SightingListSchema)
def list_sightings(session_id):
    """The sightings of a session you are booked on (or, for officers, of your areas)."""
    session = _session(session_id, "speedwatch.session.view_sightings")
    return {"sightings": [sighting_body(sighting) for sighting in queries.sightings_in(session)]}


@blp.route("/sessions/<int:session_id>/sightings", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.arguments(BatchRequestSchema)
@blp.response(201, BatchResultSchema)
@blp.alt_response(422, schema=BatchResultSchema, description="Every entry was refused; nothing was stored")
@blp.alt_response(409, schema=ErrorSchema, description="The Idempotency-Key was used for a different batch")
@blp.doc(
    parameters=[
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "schema": {"type": "string", "maxLength": IDEMPOTENCY_KEY_MAX_CHARS},
            "description": "Send the same key when retrying a batch: it is stored once and the first answer "
            "is given again. The same key with a different batch is refused with 409.",
        }
    ]
)
def record_batch(args, session_id):
    """Record a batch of sightings in a running session: the good entries are stored and each
    refused one is answered with its index and its problems."""
    session = _session(session_id)
    entries, key = _entries(args), _idempotency_key()
    if key is None:
        result = _answer(
            services.record_sightings(current_user, session, entries, source="api", lines=range(len(entries)))
        )
        return _json(result)
    digest = _digest(session.id)
    return _json(services.record_batch_once(current_user, session, entries, key, digest, _answer))


def _json(result: services.BatchAnswer):
    """The answer as it was first given (and stored for retries), already in its JSON form."""
    response = jsonify(result.body)
    response.status_code = result.status
    return response


@blp.route("/sessions/<int:session_id>/submission", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.response(200, SessionSchema)
def submit(session_id):
    """Submit a running session for an officer's review; each volunteer's hours are recorded."""
    return session_body(services.submit_session(current_user, _session(session_id)))


def _force_for_check():
    memberships = [m for m in current_user.memberships if m.scheme.kind == SchemeKind.SPEEDWATCH]
    return memberships[0].scheme.area.force if memberships else None


@blp.route("/sightings/check", methods=["POST"])
@gate(Gate.VOLUNTEER)
@blp.arguments(SightingCheckRequestSchema)
@blp.response(200, CheckResultSchema)
def check(args):
    """Check a plate and a speed against a site's limit before queueing an entry. Nothing is stored."""
    require(current_user, "speedwatch.sighting.check")
    settings = settings_for(_force_for_check())
    limit = args["speed_limit"]
    allowed = sorted(int(value) for value in settings.speedwatch_speed_limits)
    if limit not in allowed:
        raise ReadingRefused(
            {
                "speed_limit": [
                    _(
                        "Speed Watch runs only on roads with limits of %(limits)s mph",
                        limits=", ".join(str(value) for value in allowed),
                    )
                ]
            }
        )
    threshold = threshold_for(limit, settings)
    rules = EntryRules.for_reading(limit, threshold, int(settings.speedwatch_max_speed))
    registration, speed, problems = check_reading(rules, args["registration"], args["speed"])
    if problems:
        errors: dict[str, list[str]] = {}
        for problem in problems:
            errors.setdefault(problem.field, []).append(problem.message)
        raise ReadingRefused(errors)
    return {"registration": registration, "speed": speed, "speed_limit": limit, "threshold": threshold}


@blp.route("/sessions/<int:session_id>/review", methods=["POST"])
@gate(Gate.OFFICER)
@blp.arguments(ReviewRequestSchema)
@blp.response(200, ReviewResultSchema)
def review(args, session_id):
    """Accept or reject every sighting of a submitted session in your area (rejections with a
    reason); accepted sightings escalate per plate across the force."""
    session = _session(session_id)
    decisions = {
        item["sighting_id"]: services.SightingDecision(
            item["accept"], RejectionReason(item["reason"]) if item["reason"] else None
        )
        for item in args["decisions"]
    }
    record = services.review_session(current_user, session, decisions, args["note"])
    return {"session": session_body(session), "accepted": record.accepted_count, "rejected": record.rejected_count}
