"""Complaints from receipt to outcome. Every change is one audited transaction.

* **Received** from anyone, signed in or not: about a volunteer's conduct or about how something
  was handled, in an area of a force. Contact details are optional; a complainant who leaves an
  email address is sent the reference at once and the outcome later. The audit event says whether
  contact details were left, never what they are.
* **Triage and investigation** by the force's admins: assigning it, naming the volunteers
  concerned (every membership the person holds in the force) and the subjects (a report, a
  session, a sighting, a decision). Reading a subject is itself audited.
* **Outcome**: findings, whether it is upheld, what is done and the reason, required. A suspension
  or removal acts at once through the shared membership lifecycle, so the permission layer stops
  the volunteer's submissions in every scheme from the next request.
"""

import logging
import secrets

from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.auth.services import find_user_by_email
from volunteers.complaints import queries
from volunteers.complaints.labels import OUTCOME_LABELS
from volunteers.complaints.models import (
    ACTING_OUTCOMES,
    DESCRIPTION_MAX_CHARS,
    FINDINGS_MAX_CHARS,
    HANDLING_REFERENCE_MAX_CHARS,
    LOCATION_MAX_CHARS,
    WHEN_MAX_CHARS,
    Complaint,
    ComplaintAbout,
    ComplaintOutcome,
    ComplaintStatus,
    ComplaintSubject,
    ComplaintVolunteer,
    Outcome,
)
from volunteers.complaints.subjects import DATABASE_INTEGER_MAX, SubjectFacts, subject_kinds
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.membership import lifecycle
from volunteers.models import NAME_MAX_CHARS, REASON_MAX_CHARS, Area, MembershipStatus, User
from volunteers.permissions import can, require
from volunteers.transaction import service
from volunteers.validation import Checker

log = logging.getLogger(__name__)

REFERENCE_PREFIX = "CMP-"
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
REFERENCE_RANDOM_CHARS = 8


def new_reference() -> str:
    """A reference a person can read out on the phone: no 0/O, 1/I/L, 2/Z, 5/S or 8/B to confuse."""
    return REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_RANDOM_CHARS))


def _checked_complaint(area_id, about, description, happened_when, location, handling_reference, name, email):
    check = Checker()
    area = db.session.get(Area, area_id) if isinstance(area_id, int) and 0 < area_id <= DATABASE_INTEGER_MAX else None
    if area is None:
        check.add("area", _("Choose the area it happened in"))
    chosen = check.choice(ComplaintAbout, about, "about", _("Choose what the complaint is about"))
    text = {
        "description": check.text(
            description,
            "description",
            limit=DESCRIPTION_MAX_CHARS,
            missing=_("Tell us what happened"),
        ),
        "happened_when": check.text(happened_when, "happened_when", limit=WHEN_MAX_CHARS),
        "location": check.text(location, "location", limit=LOCATION_MAX_CHARS),
        "handling_reference": check.text(handling_reference, "handling_reference", limit=HANDLING_REFERENCE_MAX_CHARS),
        "complainant_name": check.text(name, "name", limit=NAME_MAX_CHARS),
        "complainant_email": check.email(email, "email") if (email or "").strip() else "",
    }
    check.done()
    return area, chosen, text


def check_complaint(area_id, about, description, happened_when, location, handling_reference, name, email) -> None:
    """Refuse a complaint's details with every problem at once, changing nothing."""
    _checked_complaint(area_id, about, description, happened_when, location, handling_reference, name, email)


@service
def submit_complaint(
    user: User | None,
    area_id: int | None,
    about: str | None,
    description: str | None,
    happened_when: str | None = "",
    location: str | None = "",
    handling_reference: str | None = "",
    name: str | None = "",
    email: str | None = "",
) -> Complaint:
    """Anyone complains about a volunteer's conduct or how something was handled; signed in, the
    complaint is linked to their account (and is in their personal-data download)."""
    if user is not None:
        require(user, "complaints.submit")
    area, chosen, text = _checked_complaint(
        area_id, about, description, happened_when, location, handling_reference, name, email
    )
    complaint = Complaint(
        reference=new_reference(),
        force_id=area.force_id,
        area_id=area.id,
        about=chosen,
        complainant_id=user.id if user is not None else None,
        status=ComplaintStatus.RECEIVED,
        submitted_at=utcnow(),
        **text,
    )
    db.session.add(complaint)
    audit.record(
        user,
        "complaints.submitted",
        complaint,
        after={"about": chosen.value, "area_id": area.id, "contact_given": complaint.contact_given},
    )
    if complaint.contact_given:
        mail.queue(
            "complaints/received",
            complaint.complainant_email,
            _("We have received your complaint %(reference)s", reference=complaint.reference),
            complaint=complaint,
        )
    log.info("complaint %s received in force %s", complaint.id, complaint.force_id)
    return complaint


def _open_for_triage(actor: User, complaint: Complaint) -> None:
    require(actor, "complaints.triage", complaint)
    if not complaint.is_open:
        raise Conflict(_("This complaint is closed: its outcome has been recorded"))
    if complaint.status == ComplaintStatus.RECEIVED:
        complaint.status = ComplaintStatus.INVESTIGATING


@service
def assign(actor: User, complaint: Complaint, assignee_id: int | None) -> None:
    """An admin gives the complaint to an admin of its force to investigate."""
    _open_for_triage(actor, complaint)
    assignee = next((admin for admin in queries.admins_of(complaint.force_id) if admin.id == assignee_id), None)
    if assignee is None:
        check = Checker()
        check.add("assignee", _("Choose an administrator of this force"))
        check.done()
    before = complaint.assigned_to_id
    complaint.assigned_to = assignee
    audit.record(
        actor,
        "complaints.assigned",
        complaint,
        before={"assigned_to_id": before},
        after={"assigned_to_id": assignee.id},
    )


@service
def add_volunteer(actor: User, complaint: Complaint, email: str | None) -> list[ComplaintVolunteer]:
    """Name the volunteer the complaint is about: every membership they hold in the force, so an
    outcome acts on all their schemes at once."""
    _open_for_triage(actor, complaint)
    check = Checker()
    address = check.email(email, "email")
    check.done()
    person = find_user_by_email(address)
    memberships = queries.memberships_in_force(person, complaint.force_id) if person is not None else []
    if not memberships:
        check.add("email", _("No volunteer of this force has that email address"))
        check.done()
    named = {link.membership_id for link in complaint.volunteers}
    added = [ComplaintVolunteer(complaint=complaint, membership=m) for m in memberships if m.id not in named]
    if not added:
        raise Conflict(_("This volunteer is already named in the complaint"))
    db.session.add_all(added)
    audit.record(
        actor, "complaints.volunteer_added", complaint, after={"membership_ids": [link.membership.id for link in added]}
    )
    return added


@service
def remove_volunteer(actor: User, link: ComplaintVolunteer) -> None:
    """Take a membership named by mistake off the complaint."""
    complaint = link.complaint
    _open_for_triage(actor, complaint)
    membership_id = link.membership_id
    complaint.volunteers.remove(link)
    audit.record(actor, "complaints.volunteer_removed", complaint, after={"membership_id": membership_id})


@service
def add_subject(
    actor: User, complaint: Complaint, subject_type: str | None, subject_id: int | None
) -> ComplaintSubject:
    """Say which report, session, sighting or decision the complaint is about; it must be in the
    complaint's force."""
    _open_for_triage(actor, complaint)
    check = Checker()
    kind = subject_kinds().get(subject_type or "")
    if kind is None:
        check.add("subject_type", _("Choose what kind of thing it is"))
    if not isinstance(subject_id, int) or subject_id <= 0:
        check.add("subject_id", _("Enter its number, like 1234"))
    check.done()
    facts = kind.describe(subject_id) if subject_id <= kind.max_id else None
    if facts is None or facts.force_id != complaint.force_id:
        check.add("subject_id", _("There is no %(kind)s with that number in this force", kind=kind.label().lower()))
        check.done()
    if any(s.subject_type == kind.name and s.subject_id == subject_id for s in complaint.subjects):
        raise Conflict(_("This is already one of the complaint's subjects"))
    subject = ComplaintSubject(complaint=complaint, subject_type=kind.name, subject_id=subject_id)
    db.session.add(subject)
    audit.record(
        actor, "complaints.subject_added", complaint, after={"subject_type": kind.name, "subject_id": subject_id}
    )
    return subject


@service
def remove_subject(actor: User, subject: ComplaintSubject) -> None:
    """Take a subject added by mistake off the complaint."""
    complaint = subject.complaint
    _open_for_triage(actor, complaint)
    details = {"subject_type": subject.subject_type, "subject_id": subject.subject_id}
    complaint.subjects.remove(subject)
    audit.record(actor, "complaints.subject_removed", complaint, after=details)


@service
def open_complaint(actor: User, complaint: Complaint) -> Complaint:
    """An admin opens a complaint; when it shows the complainant's contact details, who saw them
    and when is audited, as every reading of what a complaint is about is."""
    require(actor, "complaints.view", complaint)
    if (complaint.complainant_name or complaint.complainant_email) and can(
        actor, "complaints.view_complainant", complaint
    ):
        audit.record(actor, "complaints.complainant_viewed", complaint)
    return complaint


@service
def view_subject(actor: User, subject: ComplaintSubject) -> SubjectFacts | None:
    """An investigator reads what the complaint is about; who read what, and when, is audited."""
    require(actor, "complaints.view_subject", subject)
    kind = subject_kinds().get(subject.subject_type)
    facts = kind.describe(subject.subject_id) if kind is not None else None
    audit.record(
        actor,
        "complaints.subject_viewed",
        subject.complaint,
        after={"subject_type": subject.subject_type, "subject_id": subject.subject_id, "found": facts is not None},
    )
    return facts if facts is not None and facts.force_id == subject.force_id else None


def _checked_outcome(complaint: Complaint, upheld, outcome, findings, reason):
    check = Checker()
    if upheld is None:
        check.add("upheld", _("Choose whether the complaint is upheld"))
    chosen = check.choice(Outcome, outcome, "outcome", _("Choose the outcome"))
    findings = check.text(findings, "findings", limit=FINDINGS_MAX_CHARS, missing=_("Record what you found"))
    reason = check.text(
        reason, "reason", limit=REASON_MAX_CHARS, missing=_("Give the reason for the outcome: the complainant reads it")
    )
    if chosen not in (None, Outcome.NO_ACTION) and upheld is False:
        check.add("outcome", _("Only an upheld complaint can lead to advice, a warning, a suspension or a removal"))
    if chosen in ACTING_OUTCOMES and not complaint.volunteers:
        check.add("outcome", _("Name the volunteer concerned before suspending or removing them"))
    check.done()
    return chosen, findings, reason


def check_outcome(complaint: Complaint, upheld, outcome, findings, reason) -> None:
    """Refuse an outcome's details with every problem at once, changing nothing."""
    _checked_outcome(complaint, upheld, outcome, findings, reason)


def _act_on(actor: User, complaint: Complaint, outcome: Outcome, reason: str) -> list[int]:
    """Suspend or end each membership concerned at once, through the shared lifecycle."""
    acted = []
    for link in complaint.volunteers:
        membership = link.membership
        if outcome == Outcome.SUSPENSION and membership.status == MembershipStatus.ACTIVE:
            lifecycle.suspend(actor, membership, reason)
            acted.append(membership.id)
        elif outcome == Outcome.REMOVAL and membership.status in lifecycle.ENDING.allowed_from:
            lifecycle.end_membership(actor, membership, reason)
            acted.append(membership.id)
    return acted


@service
def record_outcome(
    actor: User,
    complaint: Complaint,
    upheld: bool | None,
    outcome: str | None,
    findings: str | None,
    reason: str | None,
) -> ComplaintOutcome:
    """Close a complaint with findings, an outcome and its reason; a suspension or removal takes
    effect at once, and the complainant is emailed if they left an address."""
    require(actor, "complaints.decide", complaint)
    if not complaint.is_open:
        raise Conflict(_("This complaint's outcome has already been recorded"))
    chosen, findings, reason = _checked_outcome(complaint, upheld, outcome, findings, reason)
    acted = _act_on(actor, complaint, chosen, reason) if chosen in ACTING_OUTCOMES else []
    recorded = ComplaintOutcome(
        complaint=complaint, upheld=bool(upheld), outcome=chosen, findings=findings, reason=reason, decided_by=actor
    )
    db.session.add(recorded)
    before = complaint.status
    complaint.status, complaint.closed_at = ComplaintStatus.CLOSED, utcnow()
    audit.record(
        actor,
        "complaints.outcome_recorded",
        complaint,
        reason=reason,
        before={"status": before.value},
        after={
            "status": ComplaintStatus.CLOSED.value,
            "upheld": bool(upheld),
            "outcome": chosen.value,
            "membership_ids": [link.membership_id for link in complaint.volunteers],
            "memberships_acted_on": acted,
        },
    )
    if complaint.contact_given:
        mail.queue(
            "complaints/outcome",
            complaint.complainant_email,
            _("The outcome of your complaint %(reference)s", reference=complaint.reference),
            complaint=complaint,
            upheld=bool(upheld),
            outcome_label=str(OUTCOME_LABELS[chosen]),
            reason=reason,
        )
    log.info("complaint %s closed by user %s: %s", complaint.id, actor.id, chosen.value)
    return recorded
