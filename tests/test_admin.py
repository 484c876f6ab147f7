"""A force's administration: areas, schemes and officers, each change audited."""

import sqlalchemy as sa

from tests.factories import finish_enrolment, make_admin, make_area, make_force, make_officer, make_user
from volunteers.extensions import db
from volunteers.models import AuditEvent, Scheme, SchemeKind, User


def _events(action):
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()


def test_an_admin_adds_an_officer_who_sets_up_their_account_from_the_email(app, client, login_as, smtp):
    force = make_force()
    north, south = make_area(force, "North"), make_area(force, "South")
    admin = login_as(make_admin(force))
    response = client.post(
        f"/admin/forces/{force.id}/officers/new",
        data={"name": "PC Pat Patrol", "email": "Pat.Patrol@Force.example", "areas": [north.id]},
    )
    assert response.status_code == 302

    officer = db.session.scalar(sa.select(User).where(User.email == "pat.patrol@force.example"))
    assert officer.officer_area_ids == {north.id}
    assert officer.password_hash is None
    assert [e.actor_id for e in _events("officer.created")] == [admin.id]

    link = next(
        link for link in smtp.links(smtp.last_to("pat.patrol@force.example")) if "/set-up-account?link=" in link
    )
    client.post("/sign-out")
    path = link.replace("http://volunteers.test", "")
    response = client.post(path, data={"password": "a long officer password", "confirm": "a long officer password"})
    assert response.headers["Location"] == "/sign-in/set-up-second-factor"
    finish_enrolment(client)
    assert client.get("/review").status_code == 200
    assert client.get(path, follow_redirects=True).status_code == 404
    assert south.id not in officer.officer_area_ids


def test_an_officer_cannot_be_added_twice_with_the_same_email(app, client, login_as):
    force = make_force()
    area = make_area(force)
    existing = make_user()
    login_as(make_admin(force))
    response = client.post(
        f"/admin/forces/{force.id}/officers/new", data={"name": "Copy", "email": existing.email, "areas": [area.id]}
    )
    assert response.status_code == 200
    assert b"already has an account" in response.data
    assert _events("officer.created") == []


def test_an_admin_cannot_give_an_officer_an_area_of_another_force(app, client, login_as):
    force, other = make_force(), make_force()
    make_area(force)
    foreign_area = make_area(other)
    login_as(make_admin(force))
    response = client.post(
        f"/admin/forces/{force.id}/officers/new",
        data={"name": "Pat", "email": "pat@force.example", "areas": [foreign_area.id]},
    )
    assert response.status_code == 200
    assert db.session.scalar(sa.select(User).where(User.email == "pat@force.example")) is None


def test_changing_an_officers_areas_is_audited_with_before_and_after(app, client, login_as):
    force = make_force()
    north, south = make_area(force), make_area(force)
    officer = make_officer(north)
    login_as(make_admin(force))
    response = client.post(f"/admin/forces/{force.id}/officers/{officer.id}", data={"areas": [south.id]})
    assert response.status_code == 302
    db.session.refresh(officer)
    assert officer.officer_area_ids == {south.id}
    (event,) = _events("officer.areas_changed")
    assert event.before == {"area_ids": [north.id]} and event.after == {"area_ids": [south.id]}


def test_an_admin_adds_areas_and_schemes(app, client, login_as):
    force = make_force()
    login_as(make_admin(force))
    assert client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Eastfield"}).status_code == 302
    assert client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Eastfield"}).status_code == 200
    db.session.expire_all()
    area = db.session.get(type(force), force.id).areas[0]
    response = client.post(
        f"/admin/forces/{force.id}/schemes/new",
        data={"name": "Eastfield Speed Watch", "kind": "speedwatch", "area": area.id},
    )
    assert response.status_code == 302
    scheme = db.session.scalar(sa.select(Scheme))
    assert (scheme.kind, scheme.area_id) == (SchemeKind.SPEEDWATCH, area.id)
    assert [e.action for e in db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq))] == [
        "area.created",
        "scheme.created",
    ]


def test_the_audit_trail_page_lists_and_filters_the_forces_events_and_exports_them(app, client, login_as):
    force = make_force()
    admin = login_as(make_admin(force))
    client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Eastfield"})
    client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Westfield"})

    def listed(query: str) -> str:
        page = client.get(f"/admin/forces/{force.id}/audit{query}").get_data(as_text=True)
        return page[page.index("<tbody") : page.index("</tbody>")]

    assert listed("?action=area.created").count("Area added") == 2
    assert listed("?action=area").count("Area added") == 2
    assert listed("?action=scheme").count("Area added") == 0
    assert "area.created" not in listed(""), "the trail shows what happened in words, not its code"
    csv_text = client.get(f"/admin/forces/{force.id}/audit.csv").get_data(as_text=True)
    assert csv_text.splitlines()[0].startswith("seq,occurred_at,actor_id,action")
    assert len(csv_text.splitlines()) == 3
    assert str(admin.id) in csv_text


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_defused():
    from volunteers.csv_export import cell

    assert cell('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert cell("+44 1234") == "'+44 1234"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("plain text") == "plain text"
    assert cell(None) == ""


def test_the_audit_trail_names_each_actor_as_they_were_called_when_they_acted(app, client, login_as):
    from volunteers.audit import verify_chain

    force = make_force()
    admin = login_as(make_admin(force, name="Alex Before"))
    client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Eastfield"})
    admin.name = "Alex After"
    db.session.commit()
    client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "Westfield"})
    page = client.get(f"/admin/forces/{force.id}/audit?action=area.created").get_data(as_text=True)
    rows = page[page.index("<tbody") : page.index("</tbody>")]
    assert rows.count("Alex Before") == 1 and rows.count("Alex After") == 1
    assert verify_chain()[1] is None
