"""Speed Watch letters: the wording of each stage (the force's own, or the default), a letter as a
print-ready PDF, batches of due letters for the force's own mail-merge, marking a batch sent, and
closing an enforcement referral.

The keeper's name and address are looked up by the force, outside this app. An officer may type
them into the print form for one letter: they go into that PDF and nowhere else, not a table, not
the audit record (which names the letter's reference only), not a log line.
"""

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import format_date, format_datetime, format_time
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from volunteers import audit, review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.local_time import formatted
from volunteers.models import Force, User
from volunteers.permissions import require
from volunteers.speedwatch.models import (
    KEEPER_MAX_CHARS,
    Letter,
    LetterBatch,
    LetterStage,
    LetterStatus,
    LetterTemplate,
    Sighting,
)
from volunteers.transaction import service
from volunteers.validation import Checker

# A referral is for enforcement or an officer's visit: there is no letter to print or mail-merge.
PRINTED_STAGES = (LetterStage.ADVISORY, LetterStage.WARNING)
SUBJECT_MAX_CHARS = 200
BODY_MAX_CHARS = 10_000
# The public page where a letter's recipient objects with its reference and plate.
OBJECTION_PATH = "/speedwatch/object"
BATCH_CSV_HEADER = ("reference", "plate", "stage", "site", "date", "time", "speed", "limit")

PLACEHOLDERS = {
    "registration": _l("the vehicle's registration"),
    "date": _l("the day it was seen, like 12 December 2026"),
    "time": _l("the time it was seen, like 14:05"),
    "site": _l("the name of the site"),
    "road": _l("the road"),
    "speed": _l("its speed in mph"),
    "limit": _l("the road's speed limit in mph"),
    "reference": _l("the letter's reference"),
    "objection_url": _l("the page where the driver can object"),
}

DEFAULT_WORDING = {
    LetterStage.ADVISORY: (
        _l("Community Speed Watch: advisory letter about vehicle {registration}"),
        _l(
            "On {date} at {time} your vehicle {registration} was seen by Community Speed Watch "
            "volunteers on {road} ({site}) travelling at {speed} mph where the limit is {limit} mph.\n\n"
            "This is an advisory letter. No further action is being taken, but please keep to the "
            "limit: the road is used by people who live there, children walking to school and "
            "cyclists.\n\n"
            "If you believe this letter is wrong, tell us at {objection_url} with the reference "
            "{reference} and the registration."
        ),
    ),
    LetterStage.WARNING: (
        _l("Community Speed Watch: warning letter about vehicle {registration}"),
        _l(
            "On {date} at {time} your vehicle {registration} was seen by Community Speed Watch "
            "volunteers on {road} ({site}) travelling at {speed} mph where the limit is {limit} mph.\n\n"
            "This is a warning letter: the vehicle has been seen speeding before in the last 12 "
            "months. If it is seen again, the police may take enforcement action or visit the "
            "registered keeper.\n\n"
            "If you believe this letter is wrong, tell us at {objection_url} with the reference "
            "{reference} and the registration."
        ),
    ),
}


@dataclass(frozen=True)
class Wording:
    subject: str
    body: str
    # True when the force wrote its own; False for the default wording.
    own: bool = False


@dataclass(frozen=True)
class Keeper:
    """The keeper's name and address as the officer typed them for one print: never stored."""

    name: str = ""
    address: str = ""


def placeholder_problems(text: str) -> list[str]:
    """What is wrong with the placeholders in a template's text: unknown names, stray braces."""
    try:
        parsed = list(string.Formatter().parse(text or ""))
    except ValueError:
        return [_("A brace is not closed: write placeholders like {registration}, and {{ or }} for a brace")]
    problems = []
    for _literal, name, format_spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or format_spec or conversion:
            problems.append(
                _(
                    "{%(name)s} is not a placeholder this letter can fill: use %(known)s",
                    name=name + (f"!{conversion}" if conversion else "") + (f":{format_spec}" if format_spec else ""),
                    known=", ".join("{" + known + "}" for known in PLACEHOLDERS),
                )
            )
    return problems


def fill(text: str, values: dict[str, str]) -> str:
    """A template's text with its placeholders filled; only known names ever reach `format_map`."""
    if placeholder_problems(text):
        raise Conflict(_("This letter's wording has a placeholder it cannot fill: an admin must correct it"))
    return text.format_map(values)


def template_of(force_id: int, stage: LetterStage) -> LetterTemplate | None:
    return db.session.scalar(
        sa.select(LetterTemplate).where(LetterTemplate.force_id == force_id, LetterTemplate.stage == stage)
    )


def wording_for(force_id: int, stage: LetterStage) -> Wording:
    """The force's own wording of a stage's letter, or the default when it has none."""
    own = template_of(force_id, stage)
    if own is not None:
        return Wording(own.subject, own.body, own=True)
    subject, body = DEFAULT_WORDING[stage]
    return Wording(str(subject), str(body))


@service
def save_template(actor: User, force: Force, stage: LetterStage, subject: str, body: str) -> LetterTemplate:
    """An admin words a stage's letter for their force; every placeholder must be one a letter fills."""
    require(actor, "speedwatch.letter_template.edit", force)
    check = Checker()
    if stage not in PRINTED_STAGES:
        check.add(None, _("A referral is not a letter: it has no wording"))
    subject = check.text(subject, "subject", limit=SUBJECT_MAX_CHARS, missing=_("Enter the letter's subject"))
    body = check.text(body, "body", limit=BODY_MAX_CHARS, missing=_("Enter the letter's text"))
    for field, text in (("subject", subject), ("body", body)):
        for problem in placeholder_problems(text):
            check.add(field, problem)
    check.done()
    template = template_of(force.id, stage)
    before = {"subject": template.subject, "body": template.body} if template else {"default": True}
    if template is None:
        template = LetterTemplate(force_id=force.id, stage=stage, subject=subject, body=body, updated_by_id=actor.id)
        db.session.add(template)
    template.subject, template.body = subject, body
    template.updated_by_id, template.updated_at = actor.id, utcnow()
    audit.record(
        actor,
        "speedwatch.letter_template.saved",
        template,
        before=before,
        after={"stage": stage.value, "subject": subject, "body": body},
    )
    return template


# ---------------------------------------------------------------------------------------------
# One letter


def objection_url() -> str:
    return current_app.config["PUBLIC_BASE_URL"] + OBJECTION_PATH


def facts_of(letter: Letter) -> dict[str, str]:
    """What a letter's placeholders are filled with, in local time."""
    return {
        "registration": letter.registration,
        "date": format_date(letter.observed_at, "d MMMM yyyy"),
        "time": format_time(letter.observed_at, "HH:mm"),
        "site": letter.site.name,
        "road": letter.site.road,
        "speed": str(letter.speed),
        "limit": str(letter.speed_limit),
        "reference": letter.reference,
        "objection_url": objection_url(),
    }


def sample_facts() -> dict[str, str]:
    """Made-up facts for an admin's preview of a template."""
    return {
        "registration": "AB12CDE",
        "date": "12 December 2026",
        "time": "14:05",
        "site": "Mill Lane by the school",
        "road": "Mill Lane",
        "speed": "41",
        "limit": "30",
        "reference": "CSW-7KQ3M9XD",
        "objection_url": objection_url(),
    }


@dataclass(frozen=True)
class Filled:
    """A letter's wording filled with its facts, and who it is addressed to, ready to draw."""

    letter: Letter
    subject: str
    paragraphs: list[str]
    keeper: Keeper


def paragraphs_of(text: str) -> list[str]:
    """A letter's text as paragraphs: a blank line between two."""
    return [paragraph.strip() for paragraph in text.replace("\r\n", "\n").split("\n\n") if paragraph.strip()]


def filled(letter: Letter, keeper: Keeper | None = None) -> Filled:
    wording = wording_for(letter.force_id, letter.stage)
    facts = facts_of(letter)
    return Filled(letter, fill(wording.subject, facts), paragraphs_of(fill(wording.body, facts)), keeper or Keeper())


def preview(subject: str, body: str) -> tuple[str, list[str]]:
    """A wording filled with made-up facts, for the admin to read before saving it."""
    facts = sample_facts()
    return fill(subject, facts), paragraphs_of(fill(body, facts))


def checked_keeper(name: str | None, address: str | None) -> Keeper:
    """The keeper's details as typed, within their limits; both may be left empty."""
    check = Checker()
    keeper = Keeper(
        check.text(name, "keeper_name", limit=KEEPER_MAX_CHARS),
        check.text(address, "keeper_address", limit=KEEPER_MAX_CHARS),
    )
    check.done()
    return keeper


def _refuse_unprintable(letter: Letter) -> None:
    if letter.stage not in PRINTED_STAGES:
        raise Conflict(_("A referral is for enforcement or an officer's visit: there is no letter to print"))
    if letter.status == LetterStatus.WITHDRAWN:
        raise Conflict(_("This letter was withdrawn: it must not be sent"))


def _refuse_every_fetch(url: str, *args, **kwargs):
    """A letter's HTML is drawn from our own template alone: WeasyPrint fetches nothing."""
    raise ValueError("letters fetch no resources")


def pdf_of(letters: Sequence[Filled]) -> bytes:
    """Print-ready A4 PDF of filled letters, one or more pages each, in order."""
    from weasyprint import HTML

    html = render_template("speedwatch/letters/letter_pdf.html", letters=letters, printed_at=utcnow())
    return HTML(string=html, url_fetcher=_refuse_every_fetch).write_pdf()


@service
def print_letter(actor: User, letter: Letter, keeper: Keeper | None = None) -> bytes:
    """An officer prints one letter, with the keeper's details they typed (never kept); the audit
    record names the letter's reference and nothing about the keeper."""
    require(actor, "speedwatch.letter.view", letter)
    _refuse_unprintable(letter)
    pdf = pdf_of([filled(letter, keeper)])
    audit.record(actor, "speedwatch.letter.printed", letter, after={"reference": letter.reference})
    return pdf


@service
def print_batch(actor: User, batch: LetterBatch) -> bytes:
    """Every letter of a batch that may still go out, in one PDF, addressed to the registered keeper."""
    require(actor, "speedwatch.letter_batch.view", batch)
    printable = [letter for letter in batch.letters if letter.status != LetterStatus.WITHDRAWN]
    if not printable:
        raise Conflict(_("Every letter of this batch was withdrawn: there is nothing to print"))
    pdf = pdf_of([filled(letter) for letter in printable])
    audit.record(
        actor,
        "speedwatch.letter_batch.printed",
        batch,
        after={"references": [letter.reference for letter in printable]},
    )
    return pdf


@service
def close_referral(actor: User, letter: Letter, reason: str, now: datetime | None = None) -> Letter:
    """An officer ends an enforcement referral (visited, enforced, or nothing to do), with a reason;
    until then it keeps its sighting from retention."""
    require(actor, "speedwatch.letter.manage", letter)
    check = Checker()
    reason = review.checked_reason(check, reason, 10)
    if letter.stage != LetterStage.REFERRAL:
        check.add(None, _("Only a referral is closed; a letter is sent or withdrawn"))
    elif not letter.is_open_referral:
        check.add(None, _("This referral is not open: it was closed or withdrawn already"))
    check.done()
    letter.closed_at = now or utcnow()
    audit.record(
        actor, "speedwatch.referral.closed", letter, reason=reason, after={"reference": letter.reference, "open": False}
    )
    return letter


# ---------------------------------------------------------------------------------------------
# Batches for the force's mail-merge


def due_for_batch(actor: User) -> sa.Select:
    """The due, unbatched letters (not referrals) of the officer's areas, oldest first."""
    return (
        sa.select(Letter)
        .where(
            Letter.area_id.in_(sorted(actor.officer_area_ids)),
            Letter.status == LetterStatus.DUE,
            Letter.batch_id.is_(None),
            Letter.stage.in_(PRINTED_STAGES),
        )
        .order_by(Letter.force_id, Letter.created_at, Letter.id)
    )


def count_due_for_batch(actor: User) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(due_for_batch(actor).order_by(None).subquery()))


@service
def make_batches(actor: User, now: datetime | None = None) -> list[LetterBatch]:
    """Gather the due letters of the officer's areas into a batch (one per force) for the mail-merge."""
    letters = db.session.scalars(due_for_batch(actor)).all()
    for letter in letters:
        require(actor, "speedwatch.letter.manage", letter)
    if not letters:
        raise Conflict(_("No letters are due in your areas: there is nothing to put in a batch"))
    by_force: dict[int, list[Letter]] = {}
    for letter in letters:
        by_force.setdefault(letter.force_id, []).append(letter)
    batches = []
    for force_id, grouped in by_force.items():
        batch = LetterBatch(force_id=force_id, created_by_id=actor.id, created_at=now or utcnow())
        db.session.add(batch)
        for letter in grouped:
            letter.batch = batch
        db.session.flush()
        by_stage = {stage.value: sum(1 for letter in grouped if letter.stage == stage) for stage in PRINTED_STAGES}
        audit.record(actor, "speedwatch.letter_batch.made", batch, after={"letters": len(grouped), **by_stage})
        batches.append(batch)
    return batches


def mail_merge_fields(letter: Letter) -> dict:
    """A letter's facts for the force's mail-merge, by BATCH_CSV_HEADER's names, in local time."""
    return {
        "reference": letter.reference,
        "plate": letter.registration,
        "stage": letter.stage.value,
        "site": letter.site.name,
        "date": formatted(letter.observed_at, "yyyy-MM-dd"),
        "time": formatted(letter.observed_at, "HH:mm"),
        "speed": letter.speed,
        "limit": letter.speed_limit,
    }


def batch_rows(letters: Iterable[Letter]) -> Iterable[tuple]:
    """The batch CSV's rows, in the columns of BATCH_CSV_HEADER."""
    for letter in letters:
        fields = mail_merge_fields(letter)
        yield tuple(fields[name] for name in BATCH_CSV_HEADER)


@service
def export_batch(actor: User, batch: LetterBatch) -> list[tuple]:
    """The rows of a batch's CSV for the force's mail-merge; handing plates out is audited."""
    require(actor, "speedwatch.letter_batch.view", batch)
    letters = [letter for letter in batch.letters if letter.status != LetterStatus.WITHDRAWN]
    audit.record(actor, "speedwatch.letter_batch.exported", batch, after={"letters": len(letters)})
    return list(batch_rows(letters))


@service
def mark_batch_sent(actor: User, batch: LetterBatch, now: datetime | None = None) -> LetterBatch:
    """An officer records that a batch's letters went out; once only, so the record says when."""
    require(actor, "speedwatch.letter_batch.manage", batch)
    now = now or utcnow()
    claimed = db.session.execute(
        sa.update(LetterBatch)
        .where(LetterBatch.id == batch.id, LetterBatch.sent_at.is_(None))
        .values(sent_at=now, sent_by_id=actor.id)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not claimed:
        db.session.refresh(batch)
        raise Conflict(
            _(
                "This batch was marked sent already, on %(when)s: its letters are recorded as sent",
                when=format_datetime(batch.sent_at, "d MMMM yyyy, HH:mm") if batch.sent_at else "",
            )
        )
    sent = withdrawn = 0
    for letter in batch.letters:
        if letter.status == LetterStatus.DUE:
            letter.status, letter.sent_at = LetterStatus.SENT, now
            sent += 1
        elif letter.status == LetterStatus.WITHDRAWN:
            withdrawn += 1
    db.session.refresh(batch, ["sent_at", "sent_by_id"])
    audit.record(actor, "speedwatch.letter_batch.sent", batch, after={"sent": sent, "withdrawn": withdrawn})
    return batch


# ---------------------------------------------------------------------------------------------
# Reading letters

# The list's filters: a letter's status, and "closed" for referrals an officer has ended (a closed
# referral is no longer "due").
LIST_STATUSES = ("due", "sent", "withdrawn", "closed")


def letters_visible_to(user: User, status: str | None = None, stage: LetterStage | None = None) -> sa.Select:
    """Letters of the user's areas (officers) and forces (admins), newest first, filtered."""
    query = sa.select(Letter).where(
        sa.or_(
            Letter.area_id.in_(sorted(user.officer_area_ids)),
            Letter.force_id.in_(sorted(user.admin_force_ids)),
        )
    )
    if status == "closed":
        query = query.where(Letter.closed_at.is_not(None))
    elif status == "due":
        query = query.where(Letter.status == LetterStatus.DUE, Letter.closed_at.is_(None))
    elif status in ("sent", "withdrawn"):
        query = query.where(Letter.status == LetterStatus(status))
    if stage is not None:
        query = query.where(Letter.stage == stage)
    return query.options(selectinload(Letter.site)).order_by(Letter.created_at.desc(), Letter.id.desc())


def letters_of_session(session) -> list[Letter]:
    """The letters a session's review led to, in the order of its sightings."""
    return db.session.scalars(
        sa.select(Letter)
        .join(Sighting, Sighting.id == Letter.sighting_id)
        .where(Sighting.session_id == session.id)
        .order_by(Sighting.observed_at, Letter.id)
    ).all()


def batches_visible_to(user: User) -> sa.Select:
    """Batches made of letters of the officer's areas only, or of the admin's forces, newest first."""
    of_my_areas = sa.select(Letter.batch_id).where(
        Letter.batch_id.is_not(None), Letter.area_id.in_(sorted(user.officer_area_ids))
    )
    outside_my_areas = sa.select(Letter.batch_id).where(
        Letter.batch_id.is_not(None), Letter.area_id.not_in(sorted(user.officer_area_ids))
    )
    mine = sa.and_(LetterBatch.id.in_(of_my_areas), LetterBatch.id.not_in(outside_my_areas))
    return (
        sa.select(LetterBatch)
        .where(sa.or_(mine, LetterBatch.force_id.in_(sorted(user.admin_force_ids))))
        .options(selectinload(LetterBatch.letters))
        .order_by(LetterBatch.created_at.desc(), LetterBatch.id.desc())
    )
