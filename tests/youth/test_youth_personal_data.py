"""The youth section of a person's download: their mentoring, on either side of a pairing; their
guardian's consents (with the guardian's details), event consents and attendance; the quotes they
added, the recommendations they drafted and their comments; and nobody else's."""

import json
from datetime import date, timedelta

import sqlalchemy as sa

from tests.factories import make_membership, make_user
from tests.youth.mentoring_factories import make_youth_world, meeting_of, paired
from tests.youth.safeguarding import born_years_ago, young_applicant
from volunteers.extensions import db
from volunteers.models import User
from volunteers.youth import consultations, mentoring, personal_data, recommendations


def _download(client) -> dict:
    response = client.get("/account/export.json")
    assert response.status_code == 200
    return json.loads(response.get_data(as_text=True))


def test_the_download_holds_the_commissioners_pairings_meetings_and_feedback(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    meeting = meeting_of(pairing, world.commissioner, minutes=45, topic="Stop and search")
    mentoring.give_feedback(world.commissioner, meeting, 5, "Really listened")
    mentoring.give_feedback(world.officer, meeting, 4, "Learnt a lot")
    login_as(world.commissioner)

    [held] = _download(client)["youth"]["mentoring_pairings"]
    assert (held["id"], held["your_side"], held["with"]) == (pairing.id, "commissioner", "PC Owen Officer")
    [met] = held["meetings"]
    assert (met["topic"], met["minutes"], met["logged_by_you"]) == ("Stop and search", 45, True)
    assert met["feedback_you_gave"]["rating"] == 5 and met["feedback_you_gave"]["comment"] == "Really listened"
    assert met["feedback_you_were_given"]["comment"] == "Learnt a lot"


def test_the_officers_download_holds_their_dbs_check_and_knows_the_mentee_by_first_name(app, client, login_as):
    world = make_youth_world()
    pairing = paired(world)
    mentoring.end_pairing(world.officer, pairing, "Moved to another station")
    login_as(world.officer)

    section = _download(client)["youth"]
    [held] = section["mentoring_pairings"]
    assert (held["your_side"], held["with"], held["status"]) == ("officer", "Yasmin", "ended")
    assert held["end_reason"] == "Moved to another station"
    [check] = section["officer_dbs_checks"]
    assert check["completed_on"] == (date.today() - timedelta(days=30)).isoformat()
    assert "yasmin@example.test" not in json.dumps(section)


def test_the_section_is_built_from_every_collector(app):
    world = make_youth_world()
    keys = set(personal_data.export_youth(world.commissioner))
    assert keys == {key for collect in personal_data.COLLECTORS for key in collect(world.commissioner)}
    assert {
        "mentoring_pairings",
        "officer_dbs_checks",
        "guardian_consents",
        "event_consents",
        "event_attendance",
        "consultation_quotes",
        "recommendations_drafted",
        "response_comments",
    } <= keys


# --- Guardians' consent, events, quotes and recommendations, from the demo ----------------------


def _demo(app) -> dict[str, User]:
    result = app.test_cli_runner().invoke(args=["seed", "demo", "--password", "demo password 1"])
    assert result.exit_code == 0, result.output
    return {user.email: user for user in db.session.scalars(sa.select(User))}


def _other_young_member(scheme) -> User:
    """Zara, another member of the demo commission, with a quote and a recommendation of her own."""
    zara = make_user(email="zara@example.test", name="Zara Other", date_of_birth=born_years_ago(17))
    make_membership(zara, scheme)
    [consultation] = consultations.consultations_of(scheme)
    consultations.add_quote(zara, consultation, "Buses stop running before the youth club closes.")
    recommendations.draft_recommendation(zara, scheme, "Later buses", "Ask for a later bus from the club.", "area")
    return zara


def test_the_young_members_download_holds_their_consents_events_quotes_recommendations_and_comments(
    app, client, login_as
):
    users = _demo(app)
    yusuf = users["youth@demo.test"]
    scheme = yusuf.memberships[0].scheme
    _other_young_member(scheme)
    young_applicant(scheme, guardian="other.guardian@example.test")
    login_as(yusuf)

    section = _download(client)["youth"]
    [consent] = section["guardian_consents"]
    assert (consent["guardian_name"], consent["guardian_email"], consent["status"]) == (
        "Samira Youth",
        "guardian@demo.test",
        "consented",
    )
    [event_consent] = section["event_consents"]
    assert event_consent["kind"] == "meeting" and event_consent["status"] == "consented"
    [attended] = section["event_attendance"]
    assert attended["event_id"] == event_consent["event_id"] and attended["attended_at"] is not None
    quotes = section["consultation_quotes"]
    assert len(quotes) == 3 and sorted(quote["status"] for quote in quotes) == ["approved", "approved", "pending"]
    assert len(section["recommendations_drafted"]) == 3
    assert {r["status"] for r in section["recommendations_drafted"]} == {"sent", "in_progress"}
    [comment] = section["response_comments"]
    assert comment["text"].startswith("Thank you.")
    assert len(section["mentoring_pairings"]) == 1

    held = json.dumps(section)
    assert "other.guardian@example.test" not in held and "Pat Parent" not in held
    assert "Buses stop running" not in held and "Later buses" not in held


def test_another_members_download_holds_only_their_own_youth_records(app, client, login_as):
    users = _demo(app)
    zara = _other_young_member(users["youth@demo.test"].memberships[0].scheme)
    login_as(zara)

    section = _download(client)["youth"]
    assert [quote["text"] for quote in section["consultation_quotes"]] == [
        "Buses stop running before the youth club closes."
    ]
    assert [r["title"] for r in section["recommendations_drafted"]] == ["Later buses"]
    assert section["guardian_consents"] == section["event_consents"] == section["event_attendance"] == []
    assert section["response_comments"] == [] and section["mentoring_pairings"] == []
    assert "guardian@demo.test" not in json.dumps(section) and "Samira" not in json.dumps(section)
