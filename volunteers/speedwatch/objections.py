"""Drivers' objections to Speed Watch letters: found with the letter's reference and its plate on a
public page, without an account; decided by an officer of the area.

* Finding a letter reveals nothing to someone guessing: a wrong pair, an unknown reference and a
  withdrawn letter are the same single query with the same empty answer (the page adds the same
  minimum time and a rate limit per address). What is shown once found is the sighting's date,
  time, site and speed and the letter's stage: nothing else about the vehicle, the volunteers or
  the plate's history.
* An objection is stored with its ground, the objector's explanation and, if they want to be told
  the outcome, an email address; its audit event says whether an address was given, never which.
* The officer's decision goes through the shared review step. Upheld: the sighting is voided and
  the plate's letters are recomputed (`escalation.recompute`), so an unsent letter is withdrawn or
  restaged; not upheld: the reason is required. The objector is emailed the outcome and the
  reason, and the address is then erased from the objection: it was kept only for that.
"""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from volunteers import audit, mail, review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.models import User
from volunteers.permissions import require
from volunteers.speedwatch import escalation, plates
from volunteers.speedwatch.models import (
    OBJECTION_MAX_CHARS,
    REGISTRATION_MAX_CHARS,
    Letter,
    LetterStage,
    LetterStatus,
    Objection,
    ObjectionDecision,
    ObjectionGround,
    ObjectionStatus,
    SightingStatus,
)
from volunteers.transaction import service
from volunteers.validation import Checker

# Letters that can be objected to: those going out or gone out. A withdrawn one is as unknown.
OBJECTABLE = (LetterStatus.DUE, LetterStatus.SENT)
# An officer explains a decision the objector did not want in a sentence or more.
REASON_MIN_CHARS = 10
OUTCOME_EMAIL = "speedwatch_objection_outcome"


def objection_url() -> str:
    """The address a letter prints for objecting to it: the public page, on PUBLIC_BASE_URL."""
    return mail.absolute_url("speedwatch_public.find_letter")


def _typed_plate(typed: str) -> str:
    """A registration as typed from a letter ("ab12 cde", "AB12-CDE") as letters store it."""
    return "".join(character for character in plates.normalise(typed or "") if character.isalnum())[
        :REGISTRATION_MAX_CHARS
    ]


def find_letter(reference: str, plate: str) -> Letter | None:
    """The letter with this reference and this plate, if it can be objected to; else None.

    One query, on the reference's unique index, whatever was typed: an unknown reference, a real
    reference with another plate and a withdrawn letter all take the same path to the same None.
    """
    return db.session.scalar(
        sa.select(Letter).where(
            Letter.reference == escalation.normalise_reference(reference),
            Letter.registration == _typed_plate(plate),
            Letter.status.in_(OBJECTABLE),
        )
    )


def objectable_letter(letter_id: int | None) -> Letter | None:
    """The letter found earlier in this visit (its id kept in the session), if still objectable."""
    if not isinstance(letter_id, int):
        return None
    letter = db.session.get(Letter, letter_id)
    return letter if letter is not None and letter.status in OBJECTABLE else None


@dataclass(frozen=True)
class LetterFacts:
    """All the objection page shows of a letter: when and where the vehicle was seen, how fast,
    and what the letter is."""

    observed_at: datetime
    site_name: str
    speed: int
    speed_limit: int
    stage: LetterStage


def facts_of(letter: Letter) -> LetterFacts:
    return LetterFacts(letter.observed_at, letter.site.name, letter.speed, letter.speed_limit, letter.stage)


def awaiting_decision(letter: Letter) -> bool:
    """Whether an objection to the letter already waits for an officer: the page says so at once."""
    return bool(_has(letter, ObjectionStatus.PENDING))


def _has(letter: Letter, status: ObjectionStatus) -> bool:
    return db.session.scalar(
        sa.select(sa.func.count(Objection.id)).where(Objection.letter_id == letter.id, Objection.status == status)
    )


@service
def submit_objection(letter: Letter, ground: str | None, explanation: str | None, email: str | None = "") -> Objection:
    """A letter's recipient says why it is wrong; one objection per letter awaits a decision at a time."""
    check = Checker()
    chosen = check.choice(ObjectionGround, ground, "ground", _("Choose why you think the letter is wrong"))
    explanation = check.text(
        explanation,
        "explanation",
        limit=OBJECTION_MAX_CHARS,
        missing=_("Explain why you think the letter is wrong"),
        too_long=_("Explain it in %(max)d characters or fewer", max=OBJECTION_MAX_CHARS),
    )
    contact = check.email(email, "email") if (email or "").strip() else ""
    check.done()
    # Two objections sent at once for one letter wait for each other here (PostgreSQL).
    db.session.execute(sa.select(Letter.id).where(Letter.id == letter.id).with_for_update())
    if letter.status not in OBJECTABLE:
        raise Conflict(_("This letter has been withdrawn: there is nothing to object to"))
    if _has(letter, ObjectionStatus.PENDING):
        raise Conflict(
            _("An objection to this letter is already waiting for an officer's decision: you need not send another")
        )
    if _has(letter, ObjectionStatus.UPHELD):
        raise Conflict(_("An objection to this letter was upheld and its sighting no longer counts"))
    objection = Objection(
        letter=letter,
        area_id=letter.area_id,
        ground=chosen,
        explanation=explanation,
        contact_email=contact,
        status=ObjectionStatus.PENDING,
        submitted_at=utcnow(),
    )
    db.session.add(objection)
    audit.record(
        None,
        "speedwatch.objection.submitted",
        objection,
        after={"letter_id": letter.id, "ground": chosen.value, "email_given": bool(contact)},
    )
    return objection


@service
def decide_objection(
    actor: User, objection: Objection, upheld: bool | None, reason: str | None, now: datetime | None = None
) -> ObjectionDecision:
    """An officer of the area upholds an objection (its sighting is voided and the plate's letters
    recomputed) or does not, with the reason the objector is told."""
    require(actor, "speedwatch.objection.decide", objection)
    now = now or utcnow()
    check = Checker()
    if upheld is None:
        check.add("decision", _("Choose whether to uphold the objection"))
    if upheld is False:
        reason = review.checked_reason(check, reason, REASON_MIN_CHARS)
    else:
        reason = check.text(reason, "reason", limit=review.REASON_MAX_CHARS)
    check.done()
    reason = reason or _("The objection is upheld: the sighting no longer counts.")
    letter = objection.letter
    voided = letter.sighting if upheld and letter.sighting is not None else None
    review.record_decision(
        actor,
        objection,
        ObjectionStatus.UPHELD if upheld else ObjectionStatus.NOT_UPHELD,
        event="speedwatch.objection.decided",
        reason=reason,
        after={"letter_id": letter.id, "voided_sighting_id": voided.id if voided else None},
        not_pending=_("This objection has already been decided"),
    )
    decision = ObjectionDecision(objection=objection, upheld=bool(upheld), reason=reason, decided_by_id=actor.id)
    db.session.add(decision)
    if upheld:
        _void(actor, objection, now)
    _tell_the_objector(objection, decision)
    return decision


def _void(actor: User, objection: Objection, now: datetime) -> None:
    """The sighting no longer counts: voided, and the plate's unsent letters put right."""
    letter = objection.letter
    because = _("An objection to letter %(reference)s was upheld", reference=letter.reference)
    sighting = letter.sighting
    if sighting is not None and sighting.status == SightingStatus.ACCEPTED:
        sighting.status = SightingStatus.VOIDED
    if sighting is None:
        letter.withdraw(because)  # retention has deleted the sighting: nothing left to recount
    db.session.flush()
    escalation.recompute(
        objection.area.force, letter.registration, actor, now, since=letter.observed_at, reason=because
    )


def _tell_the_objector(objection: Objection, decision: ObjectionDecision) -> None:
    """Email the outcome to the address the objector gave, then forget the address."""
    if not objection.contact_email:
        return
    letter = objection.letter
    mail.queue(
        OUTCOME_EMAIL,
        objection.contact_email,
        _("Your objection to Speed Watch letter %(reference)s", reference=letter.reference),
        reference=letter.reference,
        upheld=decision.upheld,
        reason=decision.reason,
        facts=facts_of(letter),
    )
    objection.contact_email = ""
