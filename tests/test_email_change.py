"""A person changes their own email address: a single-use, expiring link goes to the new address,
the change happens only when it is followed, and the old address is told."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.factories import PASSWORD, make_user
from tests.membership.helpers import BASE_URL, events
from volunteers.auth import services
from volunteers.db_types import utcnow
from volunteers.errors import Conflict, DomainError, NotFound
from volunteers.extensions import db
from volunteers.models import OneTimeToken, TokenPurpose, User

NEW = "ada.new@example.test"


@pytest.fixture
def ada(app):
    return make_user(email="ada@example.test", name="Ada Lovelace")


def confirm_path(smtp, address: str = NEW) -> str:
    [link] = [link for link in smtp.links(smtp.last_to(address)) if "/confirm-email?" in link]
    return link.replace(BASE_URL, "")


def _email_of(user_id: int) -> str:
    db.session.expire_all()
    return db.session.get(User, user_id).email


def test_the_address_changes_only_when_the_link_sent_to_it_is_followed(client, login_as, ada, smtp):
    login_as(ada)
    assert client.get("/account/email").status_code == 200
    response = client.post("/account/email", data={"email": " Ada.New@Example.TEST ", "current_password": PASSWORD})
    assert response.status_code == 302
    assert _email_of(ada.id) == "ada@example.test"
    assert smtp.to("ada@example.test") == []
    path = confirm_path(smtp)

    opened = client.get(path)
    assert opened.status_code == 302 and "link=" not in opened.headers["Location"]
    page = client.get(opened.headers["Location"])
    assert page.status_code == 200 and NEW in page.get_data(as_text=True)
    assert _email_of(ada.id) == "ada@example.test"
    response = client.post("/confirm-email", follow_redirects=True)
    assert "Your email address has been changed" in response.get_data(as_text=True)
    assert _email_of(ada.id) == NEW

    notice = smtp.text(smtp.last_to("ada@example.test"))
    assert "a***@example.test" in notice and NEW not in notice
    assert client.get(path, follow_redirects=True).status_code == 404
    assert client.post(path).status_code == 404


def test_after_the_change_one_signs_in_with_the_new_address_only(client, ada, smtp):
    services.request_email_change(ada, NEW, PASSWORD)
    client.post(confirm_path(smtp))
    assert client.post("/sign-in", data={"email": NEW, "password": PASSWORD}).status_code == 302
    client.post("/sign-out")
    refused = client.post("/sign-in", data={"email": "ada@example.test", "password": PASSWORD})
    assert refused.status_code == 200 and b"Enter a correct email address and password" in refused.data


def test_a_reset_link_sent_to_the_old_address_stops_working(client, ada, smtp):
    services.request_password_reset("ada@example.test")
    [reset] = [link for link in smtp.links(smtp.last_to("ada@example.test")) if "/reset-password?" in link]
    services.request_email_change(ada, NEW, PASSWORD)
    client.post(confirm_path(smtp))
    assert client.get(reset.replace(BASE_URL, ""), follow_redirects=True).status_code == 404


def test_every_problem_is_said_at_once_and_a_taken_address_without_saying_whose(client, login_as, ada):
    make_user(email="taken@example.test", name="Bea Secret")
    login_as(ada)
    response = client.post("/account/email", data={"email": "taken@example.test", "current_password": "wrong"})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Another account already uses this email address" in text
    assert "Your current password is not correct" in text
    assert "Bea Secret" not in text
    with pytest.raises(DomainError) as same:
        services.request_email_change(ada, "ADA@example.test", PASSWORD)
    assert same.value.errors == {"email": ["That is already your email address"]}
    with pytest.raises(DomainError) as malformed:
        services.request_email_change(ada, "not an address", PASSWORD)
    assert list(malformed.value.errors) == ["email"]
    db.session.rollback()
    assert events() == []
    assert db.session.scalars(sa.select(OneTimeToken)).all() == []


def test_an_expired_link_does_nothing(client, ada, smtp):
    services.request_email_change(ada, NEW, PASSWORD)
    token = db.session.scalar(sa.select(OneTimeToken).where(OneTimeToken.purpose == TokenPurpose.EMAIL_CHANGE))
    token.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    path = confirm_path(smtp)
    assert client.get(path, follow_redirects=True).status_code == 404
    assert client.post(path).status_code == 404
    assert _email_of(ada.id) == "ada@example.test"


def test_asking_again_cancels_the_earlier_link(client, ada, smtp):
    services.request_email_change(ada, NEW, PASSWORD)
    first = confirm_path(smtp)
    services.request_email_change(ada, "ada.other@example.test", PASSWORD)
    assert client.post(first).status_code == 404
    assert client.post(confirm_path(smtp, "ada.other@example.test")).status_code == 302
    assert _email_of(ada.id) == "ada.other@example.test"


def test_an_address_taken_after_the_link_was_sent_is_refused_when_it_is_followed(client, ada, smtp):
    services.request_email_change(ada, NEW, PASSWORD)
    make_user(email=NEW)
    path = confirm_path(smtp)
    with pytest.raises(Conflict):
        services.confirm_email_change(path.split("link=", 1)[1])
    db.session.rollback()
    assert _email_of(ada.id) == "ada@example.test"
    refused = client.post(path)
    assert refused.status_code == 400 and "Another account now uses this email address" in refused.get_data(
        as_text=True
    )


def test_each_step_writes_one_event_and_refusals_none(ada, smtp):
    with pytest.raises(DomainError):
        services.request_email_change(ada, NEW, "not my password")
    with pytest.raises(NotFound):
        services.confirm_email_change("not-a-link")
    db.session.rollback()
    assert events() == []
    services.request_email_change(ada, NEW, PASSWORD)
    assert [(e.actor_id, e.action) for e in events()] == [(ada.id, "user.email_change_requested")]
    services.confirm_email_change(confirm_path(smtp).split("link=", 1)[1])
    recorded = events()
    assert [(e.actor_id, e.action) for e in recorded] == [
        (ada.id, "user.email_change_requested"),
        (ada.id, "user.email_changed"),
    ]
    assert all("example.test" not in str(e.before) + str(e.after) + e.reason for e in recorded)


def test_the_api_asks_for_the_change_and_the_link_confirms_it(client, api_token, ada, smtp):
    headers = api_token(ada)
    wrong = client.post("/api/v1/me/email", json={"email": NEW, "password": "nope"}, headers=headers)
    assert wrong.status_code == 400 and wrong.get_json()["errors"] == {
        "current_password": ["Your current password is not correct"]
    }
    response = client.post("/api/v1/me/email", json={"email": NEW, "password": PASSWORD}, headers=headers)
    assert response.status_code == 202 and response.get_json()["expires_in_hours"] == 24
    assert _email_of(ada.id) == "ada@example.test"
    client.post(confirm_path(smtp))
    assert _email_of(ada.id) == NEW
