"""Every step of a complaint is exactly one audit event with its actor; a refused call leaves none,
and the events are in the complaint's force's chain."""

from dataclasses import replace

import pytest
import sqlalchemy as sa

from tests.factories import make_admin, make_force, make_member, make_scheme
from tests.watch.factories import make_report
from volunteers import audit
from volunteers.complaints import services
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import AuditEvent
from volunteers.permissions import PermissionDenied

REASON = "The volunteer broke the code of conduct by arguing with the driver."


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)))


@pytest.fixture
def investigated(world):
    scheme = make_scheme(world.area)
    volunteer = make_member(scheme)
    report = make_report(scheme, volunteer)
    complaint = services.submit_complaint(None, world.area.id, "conduct", "He shouted.", email="d@example.test")
    return complaint, volunteer, report


STEPS = {
    "complaints.assigned": lambda world, complaint, volunteer, report: services.assign(
        world.admin, complaint, world.other_admin.id
    ),
    "complaints.volunteer_added": lambda world, complaint, volunteer, report: services.add_volunteer(
        world.admin, complaint, volunteer.email
    ),
    "complaints.subject_added": lambda world, complaint, volunteer, report: services.add_subject(
        world.admin, complaint, "watch_report", report.id
    ),
    "complaints.outcome_recorded": lambda world, complaint, volunteer, report: services.record_outcome(
        world.admin, complaint, True, "advice", "He agrees he argued.", REASON
    ),
}


@pytest.mark.parametrize("action", sorted(STEPS))
def test_each_step_is_one_event_with_its_actor_in_the_forces_chain(world, investigated, action):
    complaint, volunteer, report = investigated
    STEPS[action](world, complaint, volunteer, report)
    [event] = _events(action)
    assert event.actor_id == world.admin.id and event.force_id == world.force.id
    assert (event.subject_type, event.subject_id) == ("complaint", str(complaint.id))
    assert audit.verify_chain()[1] is None


@pytest.mark.parametrize("action", sorted(STEPS))
def test_a_refused_step_leaves_no_event(world, investigated, action):
    complaint, volunteer, report = investigated
    outsider = make_admin(make_force())
    with pytest.raises(PermissionDenied):
        STEPS[action](replace(world, admin=outsider), complaint, volunteer, report)
    assert _events(action) == []


def test_removing_a_volunteer_or_subject_is_one_event_each(world, investigated):
    complaint, volunteer, report = investigated
    [link] = services.add_volunteer(world.admin, complaint, volunteer.email)
    subject = services.add_subject(world.admin, complaint, "watch_report", report.id)
    services.remove_volunteer(world.admin, link)
    services.remove_subject(world.admin, subject)
    assert len(_events("complaints.volunteer_removed")) == 1 and len(_events("complaints.subject_removed")) == 1
    assert complaint.volunteers == [] and complaint.subjects == []


def test_a_submission_refused_for_its_input_leaves_no_event_and_no_email(world, smtp):
    with pytest.raises(DomainError):
        services.submit_complaint(None, world.area.id, "conduct", "", email="d@example.test")
    assert _events("complaints.submitted") == [] and smtp.messages == []
