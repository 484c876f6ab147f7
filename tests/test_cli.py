"""Command-line tasks and the health check."""

import sqlalchemy as sa

from tests.conftest import _test_config
from tests.factories import PASSWORD, finish_enrolment, make_force
from volunteers import create_app
from volunteers.demo import DEMO_ACCOUNTS
from volunteers.extensions import db
from volunteers.models import ForceAdmin, Membership, MembershipStatus, OfficerAssignment, User
from volunteers.permissions import can


def run(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


def test_seed_demo_creates_a_login_for_every_role_with_the_given_password(app, client):
    result = run(app, "seed", "demo", "--password", "demo password 1")
    assert result.exit_code == 0, result.output
    assert "demo password 1" in result.output
    for email, _name, _role in DEMO_ACCOUNTS:
        assert email in result.output
        response = client.post("/sign-in", data={"email": email, "password": "demo password 1"})
        assert response.status_code == 302, email
        client.post("/sign-out")

    users = {u.email: u for u in db.session.scalars(sa.select(User))}
    assert users["admin@demo.test"].is_admin
    assert users["officer@demo.test"].is_officer
    assert users["coordinator@demo.test"].is_coordinator
    volunteer_schemes = [m.scheme for m in users["volunteer@demo.test"].memberships]
    assert len(volunteer_schemes) == 2
    assert all(can(users["volunteer@demo.test"], "scheme.submit", s) for s in volunteer_schemes)
    youth = users["youth@demo.test"].memberships[0]
    assert can(users["youth@demo.test"], "scheme.submit", youth.scheme)
    assert run(app, "audit", "verify").exit_code == 0


def test_seed_demo_without_a_password_prints_a_random_one(app):
    result = run(app, "seed", "demo")
    assert result.exit_code == 0
    assert "password: " in result.output


def test_seed_demo_if_empty_leaves_an_existing_database_alone(app):
    make_force()
    result = run(app, "seed", "demo", "--if-empty")
    assert result.exit_code == 0
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_seed_demo_twice_is_refused(app):
    assert run(app, "seed", "demo").exit_code == 0
    assert run(app, "seed", "demo").exit_code != 0


def test_create_admin_from_the_command_line(app, client):
    force = make_force(slug="kent")
    result = run(
        app,
        "users",
        "create-admin",
        "boss@force.example",
        "--name",
        "Bo Boss",
        "--force",
        "kent",
        "--password",
        PASSWORD,
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User).where(User.email == "boss@force.example"))
    assert [role.force_id for role in user.admin_roles] == [force.id]
    signed_in = client.post("/sign-in", data={"email": "boss@force.example", "password": PASSWORD})
    assert signed_in.headers["Location"] == "/sign-in/set-up-second-factor"


def test_create_admin_without_a_password_emails_a_set_up_link(app, client, smtp):
    make_force(slug="kent")
    result = run(app, "users", "create-admin", "boss@force.example", "--name", "Bo Boss", "--force", "kent")
    assert result.exit_code == 0, result.output
    link = [link for link in smtp.links(smtp.last_to("boss@force.example")) if "/set-up-account?link=" in link][0]
    path = link.replace("http://volunteers.test", "")
    response = client.post(path, data={"password": "my own new password", "confirm": "my own new password"})
    assert response.headers["Location"] == "/sign-in/set-up-second-factor"
    assert len(finish_enrolment(client)) == 10
    assert client.get("/admin/").status_code == 200


def test_create_admin_for_an_unknown_force_says_so(app):
    result = run(app, "users", "create-admin", "a@b.example", "--name", "A", "--force", "nowhere")
    assert result.exit_code != 0
    assert "No force with slug 'nowhere'" in result.output
    assert db.session.scalar(sa.select(sa.func.count(ForceAdmin.id))) == 0


def test_healthz_is_200_when_the_database_answers(app, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_does_not(smtp_server, tmp_path):
    unreachable = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    app = create_app(_test_config(unreachable, smtp_server.port))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"


def test_mail_deliver_sends_what_the_worker_was_left(app, smtp):
    from volunteers import mail

    app.config["MAIL_DELIVERY"] = "worker"
    mail.queue(
        "password_reset",
        "queued@example.test",
        "Reset your password",
        user=User(name="Q", email="queued@example.test"),
        link="http://x",
        hours=2,
    )
    db.session.commit()
    assert smtp.to("queued@example.test") == []
    result = run(app, "mail", "deliver")
    assert result.exit_code == 0 and "1 email(s) sent" in result.output
    assert len(smtp.to("queued@example.test")) == 1
    assert run(app, "mail", "deliver").output == ""


def test_demo_memberships_are_active(app):
    run(app, "seed", "demo")
    statuses = set(db.session.scalars(sa.select(Membership.status)))
    assert statuses == {MembershipStatus.ACTIVE}
    assert db.session.scalar(sa.select(sa.func.count(OfficerAssignment.id))) == 1
