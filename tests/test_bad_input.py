"""Bad input to any form gets a clear answer and a 4xx, never a server error."""

import re
import sys

import sqlalchemy as sa
from flask import url_for

from tests.factories import make_user
from volunteers.extensions import db

NASTY_VALUES = {
    "empty": "",
    "huge": "x" * 20_000,
    "script": "<script>alert('x')</script>",
    "nul": "before\x00after",
    "unicode": "\u202e\U0001f642" * 200,
    "huge number": "-99999999999999999999999",
    "sql": "'; DROP TABLE user_account; --",
}


def _form_posts(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/"):
            values = {name: ("not-a-real-secret" if name == "secret" else 1) for name in rule.arguments}
            yield rule, url_for(rule.endpoint, **values)


def _field_names(client, url):
    page = client.get(url).get_data(as_text=True)
    names = set(re.findall(r'name="([\w\-]+)"', page)) - {"csrf_token"}
    return names or {"name", "email", "password"}


def test_no_form_answers_bad_input_with_a_server_error(app, client, login_as, everyone):
    with app.test_request_context():
        targets = list(_form_posts(app))
    assert len(targets) >= 10
    for rule, url in targets:
        login_as(db.session.get(type(everyone), everyone.id))
        fields = _field_names(client, url) if "GET" in rule.methods else {"name", "email", "password"}
        for label, value in NASTY_VALUES.items():
            response = client.post(url, data={name: value for name in fields})
            assert response.status_code < 500, (rule.endpoint, label, response.status_code)
            if response.status_code == 200 and label == "script" and response.mimetype == "text/html":
                assert "<script>alert('x')</script>" not in response.get_data(as_text=True), rule.endpoint
            db.session.expire_all()


def test_a_script_typed_into_a_form_is_shown_as_text(app, client, login_as, everyone):
    force = everyone.admin_roles[0].force
    login_as(everyone)
    response = client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "<script>alert(1)</script>"})
    assert response.status_code == 302
    page = client.get("/admin/").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page


def test_nul_characters_are_dropped_not_stored_or_crashed_on(app, client, login_as, everyone):
    force = everyone.admin_roles[0].force
    login_as(everyone)
    response = client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Nul\x00field"})
    assert response.status_code == 302
    db.session.expire_all()
    assert "Nulfield" in [area.name for area in force.areas]


def test_an_oversized_field_is_refused_with_a_message_and_stores_nothing(app, client, login_as, everyone):
    force = everyone.admin_roles[0].force
    login_as(everyone)
    before = len(force.areas)
    response = client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "x" * 5000})
    assert response.status_code == 200
    assert b"govuk-error-summary" in response.data
    db.session.expire_all()
    assert len(force.areas) == before


def test_a_request_body_over_the_size_limit_is_a_413(app, client, login_as):
    login_as(make_user())
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post("/account/tokens", data={"token-name": "x" * 4096})
    assert response.status_code == 413


def test_every_form_derives_from_the_tidying_base_form(app):
    from flask_wtf import FlaskForm

    from volunteers.forms import Form

    forms = [
        cls
        for module_name, module in list(sys.modules.items())
        if module_name.startswith("volunteers.")
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, FlaskForm) and cls.__module__ == module_name
    ]
    assert forms
    assert [cls.__qualname__ for cls in forms if not issubclass(cls, Form)] == []


def test_two_requests_racing_on_a_unique_value_get_a_409_not_a_500(database_url, smtp_server):
    """The loser of a race on a unique constraint (two invitations to one new address) is told so."""
    from flask import Blueprint

    from tests.conftest import _test_config
    from volunteers import create_app
    from volunteers.models import User
    from volunteers.permissions import public

    app = create_app(_test_config(database_url, smtp_server.port))
    racing = Blueprint("racing", __name__)

    @racing.route("/race", methods=["POST"])
    @public
    def race():
        for _attempt in range(2):
            db.session.add(User(email="same@example.test", name="Same"))
            db.session.flush()
        return "stored twice"

    app.register_blueprint(racing)
    response = app.test_client().post("/race")
    assert response.status_code == 409
    assert b"at the same moment" in response.data
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0
