"""Who may do what, decided in one place that no view can bypass.

Two layers:

* **Route gates** — every view declares who may open it (`@public`, `@gate(Gate.OFFICER)`, or a
  gate for its whole blueprint with `gate_blueprint`). A `before_request` hook denies any
  endpoint without a declared gate, so a forgotten declaration fails closed.
* **Action rules** — `can(user, "scheme.submit", scheme)` answers for one object from the user's
  memberships, officer assignments and admin roles. Each rule is one small function in a table
  keyed by action name: the shared ones are `SHARED_RULES` below, each feature hands its own table
  to `registry.install`. An unknown action is denied. Services call `require(...)`
  before changing anything, so the API, the pages and the command line share the same rules.
"""

import enum
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from flask import Blueprint, current_app, redirect, request, url_for
from flask_login import current_user
from werkzeug.exceptions import Forbidden, NotFound

from volunteers import vetting
from volunteers.errors import json_error
from volunteers.extensions import db
from volunteers.models import MembershipStatus, User
from volunteers.registry import registries

log = logging.getLogger(__name__)


class PermissionDenied(Forbidden):
    """Raised by `require`; shown as the 403 page, or a JSON 403 from the API."""

    def __init__(self, action: str):
        super().__init__(description="You do not have permission to do that.")
        self.action = action


# ---------------------------------------------------------------------------------------------
# Route gates
# ---------------------------------------------------------------------------------------------


class Gate(enum.StrEnum):
    PUBLIC = "public"
    SIGNED_IN = "signed_in"
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"
    OFFICER = "officer"
    ADMIN = "admin"


_GATE_CHECKS: dict[Gate, Callable[[User], bool]] = {
    Gate.SIGNED_IN: lambda user: True,
    Gate.VOLUNTEER: lambda user: user.is_volunteer,
    Gate.COORDINATOR: lambda user: user.is_coordinator,
    Gate.OFFICER: lambda user: user.is_officer,
    Gate.ADMIN: lambda user: user.is_admin,
}

# Endpoints made by libraries (static files, the OpenAPI document) whose views we cannot decorate.
LIBRARY_ENDPOINT_GATES: dict[str, Gate] = {"static": Gate.PUBLIC, "api-docs.openapi_json": Gate.PUBLIC}


def gate(required: Gate) -> Callable:
    """Declare who may open a view. Put it below the route decorator."""

    def declare(view: Callable) -> Callable:
        view.access_gate = required
        return view

    return declare


public = gate(Gate.PUBLIC)


def gate_blueprint(blueprint: Blueprint, required: Gate) -> None:
    """Declare one gate for every view of a blueprint that does not declare its own."""
    blueprint.access_gate = required


def gate_for(app, endpoint: str) -> Gate | None:
    """The gate declared for an endpoint, or None when nobody declared one."""
    if endpoint in LIBRARY_ENDPOINT_GATES:
        return LIBRARY_ENDPOINT_GATES[endpoint]
    view = app.view_functions.get(endpoint)
    declared = getattr(view, "access_gate", None) or getattr(getattr(view, "view_class", None), "access_gate", None)
    if declared is not None:
        return declared
    name = endpoint.rpartition(".")[0]
    while name:
        declared = getattr(app.blueprints.get(name), "access_gate", None)
        if declared is not None:
            return declared
        name = name.rpartition(".")[0]
    return None


def is_api_request() -> bool:
    return request.path.startswith("/api/")


def _refuse_anonymous():
    if is_api_request():
        return json_error(
            401, "A valid bearer token is required.", headers={"WWW-Authenticate": 'Bearer realm="volunteers"'}
        )
    return redirect(url_for("auth.sign_in", next=request.full_path if request.query_string else request.path))


def enforce_route_gate():
    """The app-wide `before_request` hook: deny by default, let through only what is declared."""
    if request.endpoint is None:
        return None  # no route matched: Flask answers 404 or 405 itself
    required = gate_for(current_app, request.endpoint)
    if required is None:
        log.error("endpoint %s has no declared access gate; denied", request.endpoint)
        raise Forbidden()
    if required == Gate.PUBLIC:
        return None
    if not current_user.is_authenticated:
        return _refuse_anonymous()
    if not _GATE_CHECKS[required](current_user):
        raise Forbidden()
    return None


# ---------------------------------------------------------------------------------------------
# Action rules
# ---------------------------------------------------------------------------------------------

ActionRule = Callable[[User, Any], bool]


def can(user, action: str, obj: Any = None) -> bool:
    """May this user do this action on this object? Unknown actions and anonymous users: no."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    decide = registries().rules.get(action)
    if decide is None:
        log.warning("no rule for action %s; denied", action)
        return False
    return bool(decide(user, obj))


def require(user, action: str, obj: Any = None) -> None:
    """Raise PermissionDenied unless `can(user, action, obj)`; services call it before any change."""
    if not can(user, action, obj):
        raise PermissionDenied(action)


def permitted_or_404(model, object_id: int, action: str, hide_refusal: bool = False):
    """Load an object for the signed-in user: 404 when it does not exist, 403 unless `action` is allowed.

    With `hide_refusal`, a refusal is a 404 as well, for objects whose very existence is private
    (someone else's report): the answer must not tell an id that exists from one that does not.
    """
    obj = db.get_or_404(model, object_id)
    if hide_refusal and not can(current_user, action, obj):
        raise NotFound()
    require(current_user, action, obj)
    return obj


def registered_actions() -> frozenset[str]:
    return registries().rules.names()


# Small predicates the rules are built from. Objects expose scheme_id / area_id / force_id.


def is_member(user: User, scheme_id: int) -> bool:
    """Belongs to the scheme in any status but `left`."""
    membership = user.membership_of(scheme_id)
    return membership is not None and membership.status != MembershipStatus.LEFT


def coordinates(user: User, scheme_id: int, today: date | None = None) -> bool:
    """An active coordinator of the scheme whose own vetting is in date: coordinating is acting too."""
    membership = user.membership_of(scheme_id)
    return (
        membership is not None
        and membership.is_acting_coordinator
        and vetting.is_cleared(membership, today or date.today())
    )


def is_officer_of(user: User, area_id: int) -> bool:
    return area_id in user.officer_area_ids


def is_admin_of(user: User, force_id: int) -> bool:
    return force_id in user.admin_force_ids


def may_submit_to(user: User, scheme_id: int, today: date | None = None) -> bool:
    """An active member of the scheme whose vetting is complete and in date."""
    return vetting.is_cleared(user.membership_of(scheme_id), today or date.today())


def _view_scheme(user: User, scheme) -> bool:
    return is_member(user, scheme.id) or is_officer_of(user, scheme.area_id) or is_admin_of(user, scheme.force_id)


def _submit_to_scheme(user: User, scheme) -> bool:
    return may_submit_to(user, scheme.id)


def _manage_members(user: User, scheme) -> bool:
    return coordinates(user, scheme.id) or is_admin_of(user, scheme.force_id)


def _review_scheme(user: User, scheme) -> bool:
    return is_officer_of(user, scheme.area_id)


def _view_area(user: User, area) -> bool:
    return is_officer_of(user, area.id) or is_admin_of(user, area.force_id)


def _review_area(user: User, area) -> bool:
    return is_officer_of(user, area.id)


def _administer_force(user: User, force) -> bool:
    return is_admin_of(user, force.id)


def _view_membership(user: User, membership) -> bool:
    return (
        membership.user_id == user.id
        or coordinates(user, membership.scheme_id)
        or is_officer_of(user, membership.area_id)
        or is_admin_of(user, membership.force_id)
    )


def _manage_membership(user: User, membership) -> bool:
    """Coordinators and admins manage memberships, never their own: nobody vets or reinstates themself."""
    return membership.user_id != user.id and (
        coordinates(user, membership.scheme_id) or is_admin_of(user, membership.force_id)
    )


SHARED_RULES: dict[str, ActionRule] = {
    "scheme.view": _view_scheme,
    "scheme.submit": _submit_to_scheme,
    "scheme.manage_members": _manage_members,
    "scheme.review": _review_scheme,
    "area.view": _view_area,
    "area.review": _review_area,
    "force.administer": _administer_force,
    "membership.view": _view_membership,
    "membership.manage": _manage_membership,
}
