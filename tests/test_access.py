"""The permission layer: every route declares who may open it, and nobody sees across boundaries."""

import re

import pytest
from flask import Blueprint

from tests.factories import (
    make_admin,
    make_area,
    make_coordinator,
    make_force,
    make_member,
    make_membership,
    make_officer,
    make_scheme,
    make_user,
)
from volunteers import create_app
from volunteers.models import MembershipStatus, SchemeKind
from volunteers.permissions import Gate, can, gate_for, registered_actions

# The only endpoints anyone may open without signing in. Adding one is a decision: make it here.
PUBLIC_ENDPOINTS = {
    "static",
    "main.home",
    "main.healthz",
    "auth.sign_in",
    "auth.forgot_password",
    "auth.reset_password",
    "auth.set_up_account",
    # The second step of signing in, for someone whose password was right a moment ago.
    "auth.second_factor_code",
    "auth.recovery_code",
    "auth.set_up_second_factor",
    # The link confirming a new email address, sent to that address: the link itself is the proof.
    "auth.confirm_email_change",
    "api-docs.openapi_json",
    "api_accounts.create_token",
    # Onboarding: finding a scheme and asking to join, reading the code of conduct, and following an
    # invitation link (which itself decides who may use it).
    "membership.join",
    "membership.express_interest",
    "membership.code_of_conduct",
    "membership.accept_invitation",
    # Neighbourhood Watch's "you said, we did": officers' redacted summaries they chose to publish.
    "watch.you_said_we_did",
    "watch.you_said_we_did_area",
    # Speed Watch: a letter's recipient finds it by reference and plate and objects to it.
    "speedwatch_public.find_letter",
    "speedwatch_public.objection",
    # Youth Commissions: a guardian's links to consent to joining or to an event, and to withdraw
    # consent (each link itself decides what it may be used for).
    "youth_consent.answer",
    "youth_consent.answer_event",
    "youth_consent.withdraw",
    # Complaints about a volunteer or a decision, from anyone (rate-limited, with a honeypot).
    "complaints_public.complain",
    # Transparency: published figures (small counts withheld) and approved "you said, we did" entries.
    "transparency.index",
    "transparency.force_page",
    "transparency.area_page",
    "api_public.public_stats",
}


def test_every_route_declares_an_access_gate(app):
    undeclared = [rule.endpoint for rule in app.url_map.iter_rules() if gate_for(app, rule.endpoint) is None]
    assert undeclared == []


def test_only_the_allow_listed_endpoints_are_public(app):
    public = {rule.endpoint for rule in app.url_map.iter_rules() if gate_for(app, rule.endpoint) == Gate.PUBLIC}
    assert public == PUBLIC_ENDPOINTS


def test_a_route_without_a_declared_gate_is_refused_even_to_admins(database_url, smtp_server):
    from tests.conftest import _test_config

    app = create_app(_test_config(database_url, smtp_server.port))
    forgotten = Blueprint("forgotten", __name__)

    @forgotten.route("/forgotten")
    def no_gate_declared():
        return "secret"

    app.register_blueprint(forgotten)
    response = app.test_client().get("/forgotten")
    assert response.status_code == 403
    assert b"secret" not in response.data


# Public pages that need something in the session first: the second step of signing in sends a
# visitor without a pending sign-in back to sign in; a one-time link's page without its link says
# the link has expired.
NEEDS_A_PENDING_SIGN_IN = {"auth.second_factor_code", "auth.recovery_code", "auth.set_up_second_factor"}
NEEDS_A_LINK = {
    "auth.reset_password",
    "auth.set_up_account",
    "auth.confirm_email_change",
    "membership.accept_invitation",
    "youth_consent.answer",
    "youth_consent.answer_event",
    "youth_consent.withdraw",
}


# The objection form sends a visitor who has not found a letter yet back to find it.
NEEDS_A_FOUND_LETTER = {"speedwatch_public.objection"}
# The public stats API answers a request that names no force with the JSON error for a bad query.
NEEDS_A_QUERY = {"api_public.public_stats"}


def _public_answer(endpoint: str) -> int:
    if endpoint in NEEDS_A_PENDING_SIGN_IN | NEEDS_A_FOUND_LETTER:
        return 302
    if endpoint in NEEDS_A_QUERY:
        return 422
    return 404 if endpoint in NEEDS_A_LINK else 200


def _concrete_get_routes(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and rule.endpoint != "static":
            yield rule


def test_anonymous_visitors_are_sent_to_sign_in_from_every_private_page(app, client):
    for rule in _concrete_get_routes(app):
        response = client.get(rule.rule)
        if gate_for(app, rule.endpoint) == Gate.PUBLIC:
            assert response.status_code == _public_answer(rule.endpoint), rule.rule
        elif rule.rule.startswith("/api/"):
            assert response.status_code == 401, rule.rule
            assert response.is_json
        else:
            assert response.status_code == 302, rule.rule
            assert "/sign-in" in response.headers["Location"]


@pytest.mark.parametrize(
    ("role_gate", "make_person"),
    [
        (Gate.OFFICER, lambda: make_user()),
        (Gate.ADMIN, lambda: make_officer(make_area())),
        (Gate.COORDINATOR, lambda: make_member(make_scheme())),
        (Gate.VOLUNTEER, lambda: make_user()),
    ],
)
def test_role_gated_pages_refuse_people_without_the_role(app, client, login_as, api_token, role_gate, make_person):
    person = login_as(make_person())
    token = api_token(person)
    gated = [rule for rule in _concrete_get_routes(app) if gate_for(app, rule.endpoint) == role_gate]
    for rule in gated:
        headers = token if rule.rule.startswith("/api/") else {}
        assert client.get(rule.rule, headers=headers).status_code == 403, rule.rule


def test_every_page_opens_for_someone_allowed_to_see_it(app, client, login_as, api_token, everyone):
    login_as(everyone)
    token = api_token(everyone)
    signed_in_redirects = {"auth.sign_in", "accounts.set_up_second_factor"}
    for rule in _concrete_get_routes(app):
        response = client.get(rule.rule, headers=token if rule.rule.startswith("/api/") else {})
        expected = 302 if rule.endpoint in signed_in_redirects else _public_answer(rule.endpoint)
        assert response.status_code == expected, (rule.rule, response.status_code)


def test_unknown_actions_are_denied(app):
    admin = make_admin(make_force())
    assert "no.such.action" not in registered_actions()
    assert can(admin, "no.such.action", None) is False


# --- Isolation: an officer sees only their areas, a member only their schemes --------------------


@pytest.fixture
def two_areas(app):
    force = make_force()
    north, south = make_area(force, "North"), make_area(force, "South")
    return force, north, south


def test_an_officer_of_one_area_cannot_see_or_review_another_areas_objects(two_areas):
    _force, north, south = two_areas
    officer = make_officer(north)
    south_scheme = make_scheme(south)
    south_membership = make_membership(scheme=south_scheme)

    assert can(officer, "area.review", north)
    assert not can(officer, "area.review", south)
    assert not can(officer, "area.view", south)
    assert not can(officer, "scheme.view", south_scheme)
    assert not can(officer, "scheme.review", south_scheme)
    assert not can(officer, "membership.view", south_membership)


def test_a_member_of_one_scheme_cannot_see_another_schemes_objects(two_areas):
    _force, north, _south = two_areas
    watch = make_scheme(north, SchemeKind.WATCH)
    speedwatch = make_scheme(north, SchemeKind.SPEEDWATCH)
    member = make_member(watch)
    other_membership = make_membership(scheme=speedwatch)

    assert can(member, "scheme.view", watch)
    assert can(member, "scheme.submit", watch)
    assert not can(member, "scheme.view", speedwatch)
    assert not can(member, "scheme.submit", speedwatch)
    assert not can(member, "membership.view", other_membership)


def test_a_coordinator_manages_only_their_own_scheme(two_areas):
    _force, north, _south = two_areas
    mine, theirs = make_scheme(north), make_scheme(north)
    coordinator = make_coordinator(mine)
    assert can(coordinator, "scheme.manage_members", mine)
    assert not can(coordinator, "scheme.manage_members", theirs)
    assert not can(coordinator, "membership.manage", make_membership(scheme=theirs))


def test_an_admin_administers_only_their_own_force(app, client, login_as):
    mine, theirs = make_force(), make_force()
    admin = make_admin(mine)
    assert can(admin, "force.administer", mine)
    assert not can(admin, "force.administer", theirs)
    login_as(admin)
    assert client.get(f"/admin/forces/{mine.id}/audit").status_code == 200
    assert client.get(f"/admin/forces/{theirs.id}/audit").status_code == 403
    assert client.post(f"/admin/forces/{theirs.id}/areas/new", data={"name": "Sneaky"}).status_code == 403


def test_memberships_that_ended_or_were_suspended_give_no_rights(two_areas):
    _force, north, _south = two_areas
    scheme = make_scheme(north)
    suspended = make_membership(scheme=scheme, status=MembershipStatus.SUSPENDED)
    left = make_membership(scheme=scheme, status=MembershipStatus.LEFT)
    assert not can(suspended.user, "scheme.submit", scheme)
    assert not can(left.user, "scheme.view", scheme)
    assert not can(left.user, "scheme.submit", scheme)


def test_the_permission_matrix(two_areas):
    """Each role against each shared action, on objects of their own and of another area."""
    force, north, south = two_areas
    scheme, other_scheme = make_scheme(north), make_scheme(south)
    people = {
        "volunteer": make_member(scheme),
        "coordinator": make_coordinator(scheme),
        "officer": make_officer(north),
        "admin": make_admin(force),
        "stranger": make_user(),
    }
    expected = {
        ("scheme.view", "own"): {"volunteer", "coordinator", "officer", "admin"},
        ("scheme.submit", "own"): {"volunteer", "coordinator"},
        ("scheme.manage_members", "own"): {"coordinator", "admin"},
        ("scheme.review", "own"): {"officer"},
        ("scheme.view", "other"): {"admin"},
        ("scheme.submit", "other"): set(),
        ("scheme.manage_members", "other"): {"admin"},
        ("scheme.review", "other"): set(),
    }
    for (action, whose), allowed in expected.items():
        target = scheme if whose == "own" else other_scheme
        actual = {name for name, person in people.items() if can(person, action, target)}
        assert actual == allowed, (action, whose)


def test_templates_never_offer_links_to_undeclared_endpoints(app):
    """Every url_for in the templates names an endpoint that exists (a typo would be a 500)."""
    from pathlib import Path

    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    named = set()
    for template in Path(app.template_folder).rglob("*.html"):
        named |= set(re.findall(r"url_for\('([\w.\-]+)'", template.read_text()))
    assert named - endpoints == set()
