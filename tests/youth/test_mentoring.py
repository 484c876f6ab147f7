"""Reverse mentoring's services: DBS checks gate pairing, only the pair give feedback, meetings
count as the commissioner's hours, and the admins' per-officer figures."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_area, make_force, make_member, make_officer
from tests.youth.mentoring_factories import expired_dbs, make_youth_world, meeting_of, paired
from volunteers.errors import Conflict, InvalidInput
from volunteers.extensions import db
from volunteers.hours import HoursActivity, VolunteerHours
from volunteers.models import AuditEvent, MembershipStatus, OfficerAssignment
from volunteers.permissions import PermissionDenied
from volunteers.youth import mentoring
from volunteers.youth.models import MentoringPairing, MentoringSide, PairingStatus


def _events(action: str) -> list[AuditEvent]:
    return db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()


def _pair(world, officer=None):
    return mentoring.pair(world.facilitator, world.scheme, world.commissioner.memberships[0], officer or world.officer)


def test_an_officer_without_a_dbs_check_cannot_be_paired(app):
    world = make_youth_world()
    with pytest.raises(InvalidInput) as refused:
        _pair(world)
    assert "no DBS check on record" in refused.value.errors["officer_id"][0]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(MentoringPairing)) == 0
    assert _events("youth.mentoring.paired") == []


def test_an_officer_whose_dbs_check_expired_cannot_be_paired(app):
    world = make_youth_world()
    check = expired_dbs(world.officer, world.force, world.admin)
    with pytest.raises(InvalidInput) as refused:
        _pair(world)
    assert "DBS check expired on" in refused.value.errors["officer_id"][0]
    assert str(check.expires_on.year) in refused.value.errors["officer_id"][0]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(MentoringPairing)) == 0


def test_a_renewed_dbs_check_lets_the_officer_be_paired_and_the_pairing_is_audited(app):
    world = make_youth_world()
    expired_dbs(world.officer, world.force, world.admin)
    mentoring.record_officer_dbs(world.admin, world.officer, date.today() - timedelta(days=3), "ending 1234")
    pairing = _pair(world)
    assert pairing.is_active and pairing.officer_id == world.officer.id
    [event] = _events("youth.mentoring.paired")
    assert event.actor_id == world.facilitator.id and event.subject_id == str(pairing.id)


def test_an_officer_of_another_force_cannot_be_paired(app):
    world = make_youth_world()
    other_force = make_force()
    stranger = make_officer(make_area(other_force))
    mentoring.record_officer_dbs(make_admin(other_force), stranger, date.today() - timedelta(days=3))
    with pytest.raises(InvalidInput) as refused:
        _pair(world, stranger)
    assert "officer_id" in refused.value.errors


def test_only_the_facilitator_or_an_admin_arranges_pairings(app):
    world = make_youth_world()
    mentoring.record_officer_dbs(world.admin, world.officer, date.today())
    for outsider in (world.commissioner, world.officer, make_member(world.scheme)):
        with pytest.raises(PermissionDenied):
            mentoring.pair(outsider, world.scheme, world.commissioner.memberships[0], world.officer)
    assert mentoring.pair(world.admin, world.scheme, world.commissioner.memberships[0], world.officer).is_active


def test_only_an_admin_of_the_officers_force_records_their_dbs_check_never_their_own(app):
    world = make_youth_world()
    admin_officer = make_admin(world.force)
    db.session.add(OfficerAssignment(user=admin_officer, area=world.area))
    db.session.commit()
    for refused_by, officer in (
        (world.facilitator, world.officer),
        (make_admin(make_force()), world.officer),
        (admin_officer, admin_officer),
    ):
        with pytest.raises(PermissionDenied):
            mentoring.record_officer_dbs(refused_by, officer, date.today())
    check = mentoring.record_officer_dbs(world.admin, world.officer, date.today() - timedelta(days=10), "4417")
    assert check.expires_on == check.completed_on + timedelta(days=1095)
    [event] = _events("youth.officer_dbs.recorded")
    assert event.actor_id == world.admin.id and event.force_id == world.force.id


def test_a_dbs_check_already_out_of_date_when_recorded_is_refused(app):
    world = make_youth_world()
    with pytest.raises(InvalidInput) as refused:
        mentoring.record_officer_dbs(world.admin, world.officer, date.today() - timedelta(days=1200))
    assert "completed_on" in refused.value.errors
    assert _events("youth.officer_dbs.recorded") == []


def test_only_the_two_people_in_a_pairing_give_feedback_once_each(app):
    world = make_youth_world()
    pairing = paired(world)
    meeting = meeting_of(pairing, world.commissioner)
    for outsider in (world.facilitator, world.admin, make_member(world.scheme), make_officer(world.area)):
        with pytest.raises(PermissionDenied):
            mentoring.give_feedback(outsider, meeting, 5, "")
    young = mentoring.give_feedback(world.commissioner, meeting, 5, "Really helpful")
    officer = mentoring.give_feedback(world.officer, meeting, 3, "")
    assert (young.side, officer.side) == (MentoringSide.COMMISSIONER, MentoringSide.OFFICER)
    with pytest.raises(Conflict):
        mentoring.give_feedback(world.commissioner, meeting, 4, "")
    assert len(_events("youth.mentoring.feedback_given")) == 2


def test_a_rating_outside_one_to_five_is_refused(app):
    world = make_youth_world()
    meeting = meeting_of(paired(world), world.officer)
    for rating in (0, 6, None):
        with pytest.raises(InvalidInput) as refused:
            mentoring.give_feedback(world.commissioner, meeting, rating, "")
        assert "rating" in refused.value.errors


def test_a_feedback_comment_naming_and_accusing_someone_is_refused_with_the_words(app):
    world = make_youth_world()
    meeting = meeting_of(paired(world), world.officer)
    with pytest.raises(InvalidInput) as refused:
        mentoring.give_feedback(world.officer, meeting, 4, "John Smith at number 12 is a drug dealer")
    assert "John Smith" in refused.value.errors["comment"][0]
    assert meeting.feedback == []


def test_a_logged_meeting_records_the_commissioners_hours(app):
    world = make_youth_world()
    pairing = paired(world)
    meeting = meeting_of(pairing, world.officer, minutes=90, topic="Knife crime in the town centre")
    [entry] = db.session.scalars(sa.select(VolunteerHours)).all()
    assert entry.membership_id == world.commissioner.memberships[0].id
    assert (entry.source, entry.source_ref) == ("youth.mentoring", str(meeting.id))
    assert (entry.minutes, entry.worked_on, entry.activity) == (90, date.today(), HoursActivity.YOUTH_ACTIVITY)
    assert len(_events("youth.mentoring.meeting_logged")) == 1


def test_no_meeting_is_logged_while_the_young_person_is_suspended(app):
    world = make_youth_world()
    pairing = paired(world)
    membership = world.commissioner.memberships[0]
    membership.status = MembershipStatus.SUSPENDED
    db.session.commit()
    for side in (world.commissioner, world.officer):
        with pytest.raises(PermissionDenied):
            meeting_of(pairing, side)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(VolunteerHours)) == 0


def test_a_meeting_in_the_future_or_without_a_topic_is_refused_with_every_problem(app):
    world = make_youth_world()
    pairing = paired(world)
    with pytest.raises(InvalidInput) as refused:
        mentoring.log_meeting(
            world.commissioner, pairing, mentoring.MeetingDetails(date.today() + timedelta(days=1), 0, "")
        )
    assert set(refused.value.errors) == {"met_on", "hours", "topic"}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(VolunteerHours)) == 0


def test_an_ended_pairing_keeps_its_reason_and_takes_no_more_meetings(app):
    world = make_youth_world()
    pairing = paired(world)
    with pytest.raises(InvalidInput):
        mentoring.end_pairing(world.commissioner, pairing, "  ")
    mentoring.end_pairing(world.commissioner, pairing, "Exams this term")
    assert (pairing.status, pairing.end_reason) == (PairingStatus.ENDED, "Exams this term")
    with pytest.raises(PermissionDenied):
        meeting_of(pairing, world.officer)
    with pytest.raises(Conflict):
        mentoring.end_pairing(world.facilitator, pairing, "Again")
    [event] = _events("youth.mentoring.ended")
    assert event.reason == "Exams this term"


def test_the_admins_per_officer_figures_count_pairings_and_average_the_mentees_ratings(app):
    world = make_youth_world()
    second_young = make_member(world.scheme, date_of_birth=date.today().replace(year=date.today().year - 17))
    other_officer = make_officer(world.area)
    first = paired(world)
    second = mentoring.pair(world.facilitator, world.scheme, second_young.memberships[0], world.officer)
    third = paired(world, other_officer)
    for pairing, young, ratings in ((first, world.commissioner, (5, 4)), (second, second_young, (3,))):
        for rating in ratings:
            meeting = meeting_of(pairing, world.officer)
            mentoring.give_feedback(young, meeting, rating, "")
            mentoring.give_feedback(world.officer, meeting, 1, "")  # the officer's own ratings never count
    mentoring.end_pairing(world.admin, second, "The young person moved away")
    mentoring.end_pairing(world.admin, third, "Changed shifts")

    figures = {row.officer.id: row for row in mentoring.officer_figures(world.force)}
    mine = figures[world.officer.id]
    assert (mine.pairings, mine.active_pairings, mine.ratings) == (2, 1, 3)
    assert mine.average_rating == pytest.approx(4.0)
    theirs = figures[other_officer.id]
    assert (theirs.pairings, theirs.active_pairings, theirs.ratings, theirs.average_rating) == (1, 0, 0, None)


def test_both_sides_are_told_of_a_pairing_and_the_officer_reads_only_the_first_name(app, smtp):
    world = make_youth_world()
    pairing = paired(world)
    young = smtp.text(smtp.last_to(world.commissioner.email))
    assert "PC Owen Officer" in young
    to_officer = smtp.last_to(world.officer.email)
    text = smtp.text(to_officer)
    assert "Yasmin" in text and world.scheme.name in text
    assert f"/youth/mentoring/pairings/{pairing.id}" in " ".join(smtp.links(to_officer))
    whole = " ".join(part.get_payload(decode=True).decode() for part in to_officer.walk() if not part.is_multipart())
    assert "Yasmin" in whole
    for secret in ("Quayle-Hart", world.commissioner.email, "900123", world.commissioner.date_of_birth.isoformat()):
        assert secret not in whole
