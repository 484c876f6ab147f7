"""The youth section of a person's download holds their mentoring, on either side of a pairing."""

import json
from datetime import date, timedelta

from tests.youth.mentoring_factories import make_youth_world, meeting_of, paired
from volunteers.youth import mentoring, personal_data


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
    assert {"mentoring_pairings", "officer_dbs_checks"} <= keys
