"""The onboarding API: a scheme's members, invitations, vetting checks, suspensions and hours.

Every endpoint calls the same service as the pages, so the rules and the audit trail are shared.
Contact details appear only for callers who may see them (never a young person's to an officer).
"""

from datetime import date
from decimal import Decimal

from flask_login import current_user
from marshmallow import Schema, fields, validate

from volunteers import vetting
from volunteers.api import api_blueprint
from volunteers.errors import NotFound
from volunteers.hours import LOGGABLE_ACTIVITIES, HoursActivity, entries_for, log_hours
from volunteers.membership import invitations, lifecycle, queries, records, roles
from volunteers.models import (
    CHECK_DETAIL_MAX_CHARS,
    NAME_MAX_CHARS,
    REASON_MAX_CHARS,
    CheckKind,
    Membership,
    MembershipRole,
    Scheme,
)
from volunteers.permissions import can, permitted_or_404

blp = api_blueprint("api_membership", __name__, "Memberships, invitations, vetting checks and hours")


class ChecklistItemSchema(Schema):
    kind = fields.String()
    check_id = fields.Integer(
        allow_none=True, metadata={"description": "The check that counts for this item (to withdraw it)"}
    )
    state = fields.String(metadata={"description": "current, due_soon, expired, old_version or missing"})
    completed_on = fields.Date(allow_none=True)
    expires_on = fields.Date(allow_none=True)
    detail = fields.String(allow_none=True)
    recorded_by_id = fields.Integer(allow_none=True)


class MemberSchema(Schema):
    id = fields.Integer()
    user_id = fields.Integer()
    scheme_id = fields.Integer()
    name = fields.String()
    email = fields.String(metadata={"description": "Only for callers who may see contact details"})
    phone = fields.String(metadata={"description": "Only for callers who may see contact details"})
    role = fields.String()
    status = fields.String()
    status_reason = fields.String()
    status_changed_at = fields.DateTime()
    may_submit = fields.Boolean()
    checklist = fields.List(fields.Nested(ChecklistItemSchema))


class MemberQuerySchema(Schema):
    status = fields.String(load_default="", validate=validate.OneOf(queries.MEMBER_STATUS_FILTERS))
    attention = fields.String(load_default="", validate=validate.OneOf(queries.ATTENTION_FILTERS))


class InvitationRequestSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=NAME_MAX_CHARS))
    email = fields.Email(required=True, validate=validate.Length(max=254))


class CheckRequestSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf([kind.value for kind in CheckKind]))
    completed_on = fields.Date(required=True)
    detail = fields.String(load_default="", validate=validate.Length(max=CHECK_DETAIL_MAX_CHARS))


class ReasonSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=REASON_MAX_CHARS))


class DateOfBirthRequestSchema(Schema):
    date_of_birth = fields.Date(required=True)
    reason = fields.String(required=True, validate=validate.Length(min=1, max=REASON_MAX_CHARS))


class RoleRequestSchema(Schema):
    role = fields.String(required=True, validate=validate.OneOf([role.value for role in MembershipRole]))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=REASON_MAX_CHARS))


class HoursRequestSchema(Schema):
    worked_on = fields.Date(required=True)
    hours = fields.Float(
        required=True,
        validate=validate.Range(min=0.25, max=24),
        metadata={"description": "Hours worked, in quarters of an hour or finer (rounded to the minute)"},
    )
    activity = fields.String(
        required=True, validate=validate.OneOf([activity.value for activity in LOGGABLE_ACTIVITIES])
    )
    description = fields.String(load_default="", validate=validate.Length(max=200))


class HoursSchema(Schema):
    id = fields.Integer()
    worked_on = fields.Date()
    minutes = fields.Integer()
    activity = fields.String()
    description = fields.String()
    source = fields.String()
    voided_at = fields.DateTime(allow_none=True)


def _member(membership: Membership) -> dict:
    today = date.today()
    user = membership.user
    body = {
        "id": membership.id,
        "user_id": user.id,
        "scheme_id": membership.scheme_id,
        "name": queries.member_name(current_user, membership),
        "role": membership.role.value,
        "status": membership.status.value,
        "status_reason": membership.status_reason,
        "status_changed_at": membership.status_changed_at,
        "may_submit": vetting.is_cleared(membership, today),
        "checklist": [
            {
                "kind": item.kind.value,
                "check_id": item.check.id if item.check else None,
                "state": item.state.value,
                "completed_on": item.check.completed_on if item.check else None,
                "expires_on": item.expires_on,
                "detail": item.check.detail if item.check else None,
                "recorded_by_id": item.check.recorded_by_id if item.check else None,
            }
            for item in queries.member_row(membership, today).items
        ],
    }
    if can(current_user, "membership.view_contact", membership):
        body.update(email=user.email, phone=user.phone)
    return body


def _scheme(scheme_id: int, action: str) -> Scheme:
    return permitted_or_404(Scheme, scheme_id, action)


def _membership(membership_id: int, action: str = "membership.view") -> Membership:
    return permitted_or_404(Membership, membership_id, action)


@blp.route("/schemes/<int:scheme_id>/members")
@blp.arguments(MemberQuerySchema, location="query")
@blp.response(200, MemberSchema(many=True))
def list_members(args, scheme_id):
    """A scheme's members with their checklists (coordinators, admins and the area's officers)."""
    scheme = _scheme(scheme_id, "scheme.view_members")
    filters = queries.MemberFilters(status=args["status"], attention=args["attention"])
    return [_member(row.membership) for row in queries.member_rows(scheme, date.today(), filters)]


@blp.route("/schemes/<int:scheme_id>/invitations", methods=["POST"])
@blp.arguments(InvitationRequestSchema)
@blp.response(201, MemberSchema)
def create_invitation(args, scheme_id):
    """Invite someone by email to join the scheme as a member."""
    scheme = _scheme(scheme_id, "scheme.manage_members")
    membership = invitations.invite(current_user, scheme, args["email"], args["name"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>")
@blp.response(200, MemberSchema)
def get_membership(membership_id):
    """One membership with its checklist."""
    return _member(_membership(membership_id))


@blp.route("/memberships/<int:membership_id>/checks", methods=["POST"])
@blp.arguments(CheckRequestSchema)
@blp.response(201, MemberSchema)
def record_check(args, membership_id):
    """Record a vetting check; the membership becomes active when nothing is outstanding."""
    membership = _membership(membership_id, "membership.manage")
    lifecycle.record_check(current_user, membership, CheckKind(args["kind"]), args["completed_on"], args["detail"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/checks/<int:check_id>/withdrawal", methods=["POST"])
@blp.arguments(ReasonSchema)
@blp.response(200, MemberSchema)
def withdraw_check(args, membership_id, check_id):
    """Withdraw a check recorded by mistake, with a reason: it is kept, marked withdrawn, and no
    longer counts; an active member left without a required check goes back to vetting."""
    membership = _membership(membership_id, "membership.manage")
    check = next((check for check in membership.checks if check.id == check_id), None)
    if check is None:
        raise NotFound("No such check on this membership.")
    lifecycle.withdraw_check(current_user, check, args["reason"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/date-of-birth", methods=["POST"])
@blp.arguments(DateOfBirthRequestSchema)
@blp.response(200, MemberSchema)
def correct_date_of_birth(args, membership_id):
    """Correct the member's date of birth, with a reason; the checklist follows the corrected age."""
    membership = _membership(membership_id, "membership.manage")
    records.correct_date_of_birth(current_user, membership, args["date_of_birth"], args["reason"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/role", methods=["POST"])
@blp.arguments(RoleRequestSchema)
@blp.response(200, MemberSchema)
def change_role(args, membership_id):
    """Make the member a coordinator of their scheme, or remove the role (admins of the force,
    never for themself), with a reason."""
    membership = _membership(membership_id, "membership.change_role")
    roles.change_role(current_user, membership, MembershipRole(args["role"]), args["reason"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/suspension", methods=["POST"])
@blp.arguments(ReasonSchema)
@blp.response(200, MemberSchema)
def suspend(args, membership_id):
    """Suspend an active member at once, with a reason."""
    membership = _membership(membership_id, "membership.manage")
    lifecycle.suspend(current_user, membership, args["reason"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/reinstatement", methods=["POST"])
@blp.arguments(ReasonSchema)
@blp.response(200, MemberSchema)
def reinstate(args, membership_id):
    """Reinstate a suspended member, with a reason."""
    membership = _membership(membership_id, "membership.manage")
    lifecycle.reinstate(current_user, membership, args["reason"])
    return _member(membership)


@blp.route("/memberships/<int:membership_id>/hours")
@blp.response(200, HoursSchema(many=True))
def list_hours(membership_id):
    """The membership's most recent hours, voided entries included."""
    return entries_for(_membership(membership_id))


@blp.route("/memberships/<int:membership_id>/hours", methods=["POST"])
@blp.arguments(HoursRequestSchema)
@blp.response(201, HoursSchema)
def log_hours_for_membership(args, membership_id):
    """Log hours for an activity (the member themself when cleared, or their coordinator)."""
    membership = _membership(membership_id, "hours.log")
    minutes = round(Decimal(str(args["hours"])) * 60)
    entry = log_hours(
        current_user,
        membership,
        args["worked_on"],
        minutes,
        HoursActivity(args["activity"]),
        args["description"],
    )
    return entry
