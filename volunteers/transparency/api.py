"""The public stats API: the same published figures as the transparency pages, as JSON or CSV,
without a token. Every figure goes through `suppression.shown`, as on the pages."""

from flask_babel import gettext as _
from marshmallow import RAISE, Schema, fields, validate

from volunteers.api import api_blueprint
from volunteers.csv_export import csv_response
from volunteers.errors import NotFound
from volunteers.permissions import Gate
from volunteers.transparency import figures, queries

blp = api_blueprint(
    "api_public",
    __name__,
    "Published figures for the public: counts under 5 are withheld and given as 'fewer than 5'",
    gate=Gate.PUBLIC,
    url_prefix="/public",
)
SLUG = validate.Length(min=1, max=80)


class StatsQuerySchema(Schema):
    class Meta:
        unknown = RAISE

    force = fields.String(required=True, validate=SLUG, metadata={"description": "The force's slug"})
    area = fields.String(validate=SLUG, metadata={"description": "An area's slug; without it, the whole force"})
    format = fields.String(
        load_default="json",
        validate=validate.OneOf(["json", "csv"]),
        metadata={"description": "json (the default) or csv"},
    )


class ShownSchema(Schema):
    value = fields.Float(
        allow_none=True, metadata={"description": "The figure; null when withheld or there is none to give"}
    )
    shown = fields.String(metadata={"description": "The figure as the pages show it, e.g. 'fewer than 5'"})
    withheld = fields.Boolean(
        metadata={
            "description": "True for a count from 1 to 4 ('fewer than 5'), and for a figure held back "
            "('withheld') so that such a count cannot be worked out by subtracting from a total"
        }
    )


class MonthSchema(ShownSchema):
    month = fields.String(metadata={"description": "YYYY-MM"})


class MeasureSchema(Schema):
    measure = fields.String()
    label = fields.String()
    period = fields.Nested(ShownSchema, metadata={"description": "Over the twelve months"})
    months = fields.List(fields.Nested(MonthSchema))


class SchemeFiguresSchema(Schema):
    kind = fields.String()
    title = fields.String()
    available = fields.Boolean(metadata={"description": "False until the scheme publishes figures"})
    measures = fields.List(fields.Nested(MeasureSchema))


class VolunteersSchema(ShownSchema):
    kind = fields.String()
    title = fields.String()


class PlaceSchema(Schema):
    slug = fields.String()
    name = fields.String()


class StatsSchema(Schema):
    force = fields.Nested(PlaceSchema)
    area = fields.Nested(PlaceSchema, allow_none=True)
    refreshed_at = fields.DateTime(allow_none=True)
    months = fields.List(fields.String(), metadata={"description": "The twelve months covered, YYYY-MM"})
    schemes = fields.List(fields.Nested(SchemeFiguresSchema))
    volunteers = fields.List(fields.Nested(VolunteersSchema), metadata={"description": "Active volunteers today"})


def _month(month) -> str:
    return month.strftime("%Y-%m")


def stats_body(found: figures.PublishedFigures) -> dict:
    place = lambda p: {"slug": p.slug, "name": p.name} if p is not None else None  # noqa: E731
    return {
        "force": place(found.force),
        "area": place(found.area),
        "refreshed_at": found.refreshed_at,
        "months": [_month(month) for month in found.months],
        "schemes": [
            {
                "kind": scheme.kind,
                "title": scheme.title,
                "available": scheme.available,
                "measures": [
                    {
                        "measure": item.measure.name,
                        "label": item.label,
                        "period": item.period.as_json(),
                        "months": [
                            {"month": _month(month), **value.as_json()}
                            for month, value in zip(found.months, item.months, strict=True)
                        ],
                    }
                    for item in scheme.measures
                ],
            }
            for scheme in found.schemes
        ],
        "volunteers": [{"kind": kind, "title": title, **value.as_json()} for kind, title, value in found.volunteers],
    }


def stats_csv(found: figures.PublishedFigures):
    rows = []
    for scheme in found.schemes:
        for item in scheme.measures:
            rows.append((scheme.kind, item.measure.name, item.label, "all", item.period.text))
            rows.extend(
                (scheme.kind, item.measure.name, item.label, _month(month), value.text)
                for month, value in zip(found.months, item.months, strict=True)
            )
    rows.extend((kind, "active_volunteers", title, "today", value.text) for kind, title, value in found.volunteers)
    name = "-".join(p.slug for p in (found.force, found.area) if p is not None)
    return csv_response(f"figures-{name}.csv", ("scheme_kind", "measure", "label", "month", "figure"), rows)


@blp.route("/stats")
@blp.arguments(StatsQuerySchema, location="query")
@blp.response(200, StatsSchema)
@blp.doc(security=[])
def public_stats(args):
    """The published figures of a force or one of its areas: the last twelve months, by month.

    With format=csv the same figures come as a CSV file (text/csv), one figure a line.
    """
    force = queries.force_by_slug(args["force"])
    if force is None:
        raise NotFound(_("There is no force with that name."))
    area = None
    if args.get("area"):
        area = queries.area_by_slug(force, args["area"])
        if area is None:
            raise NotFound(_("There is no area with that name in this force."))
    found = figures.published(force, area)
    if args["format"] == "csv":
        return stats_csv(found)
    return stats_body(found)
