"""The home page each person lands on, the officers' review queue, and the health check."""

import logging

from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user

from volunteers import review
from volunteers.health import database_answers
from volunteers.home import sections_for
from volunteers.permissions import Gate, gate, public

log = logging.getLogger(__name__)

bp = Blueprint("main", __name__)

# Deeper than anyone reads; also keeps the OFFSET of the page's query within a database integer.
MAX_PAGE = 10_000


@bp.route("/")
@public
def home():
    if not current_user.is_authenticated:
        return render_template("main/home_public.html")
    return render_template("main/home.html", sections=sections_for(current_user))


def _int_arg(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() and len(value) < 10 else None


@bp.route("/review")
@gate(Gate.OFFICER)
def review_queue():
    filters = review.QueueFilters(
        area_id=_int_arg("area"),
        scheme_id=_int_arg("scheme"),
        kind=request.args.get("kind") or None,
        category=request.args.get("category") or None,
        flag=request.args.get("flag") or None,
        status=request.args.get("status") or None,
    )
    areas = sorted((assignment.area for assignment in current_user.officer_assignments), key=lambda a: a.name)
    return render_template(
        "main/review_queue.html",
        page=review.QueuePage(current_user, filters, page=min(_int_arg("page") or 1, MAX_PAGE)),
        filters=filters,
        filters_query={name: value for name, value in request.args.items() if name != "page" and value},
        kinds=review.kind_choices(),
        areas=areas,
        schemes=[scheme for area in areas for scheme in area.schemes],
        choices=review.filter_choices(),
    )


@bp.route("/healthz")
@public
def healthz():
    """For load balancers: 200 when the database answers, 503 when it does not."""
    if not database_answers():
        return jsonify(status="unavailable", database="unreachable"), 503
    return jsonify(status="ok", database="ok")
