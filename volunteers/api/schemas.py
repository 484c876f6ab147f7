"""Marshmallow schemas shared by API endpoints: errors and the signed-in person."""

from marshmallow import Schema, fields, validate

from volunteers.auth.passwords import MAX_LENGTH as PASSWORD_MAX_LENGTH


class ErrorSchema(Schema):
    """The body of every error the API answers with (see volunteers/errors.py)."""

    code = fields.Integer(required=True, metadata={"description": "The HTTP status"})
    status = fields.String(required=True, metadata={"description": "The HTTP status's name"})
    message = fields.String(required=True, metadata={"description": "What went wrong, for a person to read"})
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={
            "description": "Present when problems belong to fields: each field (nested fields as "
            "'parent.child') with its problems"
        },
    )


class TokenRequestSchema(Schema):
    name = fields.String(
        load_default="API client",
        validate=validate.Length(min=1, max=100),
        metadata={"description": "A name to tell this token apart from your others"},
    )
    code = fields.String(
        load_default=None,
        validate=validate.Length(max=12),
        metadata={
            "description": "The code your authenticator app shows: required for officers, admins and anyone who "
            "signs in with a second factor"
        },
    )


class TokenSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    token = fields.String(metadata={"description": "Shown once: send it as 'Authorization: Bearer <token>'"})
    expires_at = fields.DateTime()


class MembershipSchema(Schema):
    id = fields.Integer()
    scheme_id = fields.Integer()
    scheme_name = fields.String(attribute="scheme.name")
    scheme_kind = fields.String(attribute="scheme.kind")
    area_id = fields.Integer()
    role = fields.String()
    status = fields.String()
    may_submit = fields.Boolean()


class AreaRefSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    force_id = fields.Integer()


class MeSchema(Schema):
    id = fields.Integer()
    email = fields.String()
    name = fields.String()
    roles = fields.List(fields.String())
    memberships = fields.List(fields.Nested(MembershipSchema))
    officer_areas = fields.List(fields.Nested(AreaRefSchema))
    admin_force_ids = fields.List(fields.Integer())


class EmailChangeRequestSchema(Schema):
    email = fields.String(
        required=True, validate=validate.Length(min=1, max=254), metadata={"description": "The new address"}
    )
    password = fields.String(
        required=True,
        validate=validate.Length(max=PASSWORD_MAX_LENGTH),
        metadata={"description": "Your current password"},
    )


class EmailChangeSentSchema(Schema):
    message = fields.String(metadata={"description": "What happens next"})
    expires_in_hours = fields.Integer(metadata={"description": "How long the link sent to the new address works"})
