"""A Youth Commission's consultations: what it asked, how, how many young people it reached, the
themes it heard and anonymous quotes.

Quotes are young people's own words, so they are screened by the shared guard for names and
other identifying details as they are added, and none is used (cited in a recommendation or shown
to the police or the public) until the facilitator has checked it. The facilitator may redact a
quote while checking it; words the guard still finds identifying must be removed, or the
facilitator must confirm that they identify nobody.
"""

from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from volunteers import audit, guard
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.models import Scheme, User
from volunteers.permissions import require
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.youth.models import (
    QUOTE_MAX_CHARS,
    REACHED_MAX,
    THEMES_MAX_CHARS,
    TOPIC_MAX_CHARS,
    Consultation,
    ConsultationMethod,
    ConsultationQuote,
    QuoteStatus,
)

# The guard's flags that say a quote could identify someone.
IDENTIFYING_KINDS = frozenset({"identifies_person"})


def screen_quote(scheme: Scheme, text: str) -> list[dict]:
    """The guard's flags on a quote, with the words that raised each, by the force's own rules."""
    rules = guard.rules_for(scheme.area.force)
    return [flag.as_dict() for flag in guard.screen(text, rules=rules)]


def identifying_words(flags: list[dict]) -> list[str]:
    return [words for flag in flags if flag["kind"] in IDENTIFYING_KINDS for words in flag["evidence"]]


def _checked_consultation(
    check: Checker,
    topic: str | None,
    starts_on: date | None,
    ends_on: date | None,
    methods,
    reached,
    themes: str | None,
) -> dict:
    values = {
        "topic": check.text(topic, "topic", limit=TOPIC_MAX_CHARS, missing=_("Enter what the consultation was about")),
        "themes": check.text(themes, "themes", limit=THEMES_MAX_CHARS),
    }
    if starts_on is None:
        check.add("starts_on", _("Enter the date the consultation started"))
    if ends_on is None:
        check.add("ends_on", _("Enter the date the consultation ended"))
    if starts_on and ends_on and ends_on < starts_on:
        check.add("ends_on", _("The end date must be the same as or after the start date"))
    chosen = []
    for value in methods or ():
        method = check.choice(ConsultationMethod, value, "methods", _("Choose how you consulted from the list"))
        if method is not None and method.value not in chosen:
            chosen.append(method.value)
    if not methods:
        check.add("methods", _("Choose at least one way you consulted young people"))
    if not isinstance(reached, int) or isinstance(reached, bool) or not 1 <= reached <= REACHED_MAX:
        check.add(
            "young_people_reached",
            _("Enter how many young people you reached, a whole number from 1 to %(max)d", max=REACHED_MAX),
        )
    return {**values, "starts_on": starts_on, "ends_on": ends_on, "methods": chosen, "young_people_reached": reached}


@service
def record_consultation(
    actor: User,
    scheme: Scheme,
    topic: str | None,
    starts_on: date | None,
    ends_on: date | None,
    methods,
    young_people_reached,
    themes: str | None = "",
) -> Consultation:
    """A commission records a consultation it ran, as evidence for its recommendations."""
    require(actor, "youth.consultation.record", scheme)
    check = Checker()
    values = _checked_consultation(check, topic, starts_on, ends_on, methods, young_people_reached, themes)
    check.done()
    consultation = Consultation(scheme=scheme, area_id=scheme.area_id, recorded_by_id=actor.id, **values)
    db.session.add(consultation)
    audit.record(
        actor,
        "youth.consultation.recorded",
        consultation,
        after={key: value for key, value in values.items() if key != "themes"},
    )
    return consultation


@service
def add_quote(actor: User, consultation: Consultation, text: str | None) -> ConsultationQuote:
    """Keep something a young person said; the guard screens it and the facilitator checks it."""
    require(actor, "youth.consultation.add_quote", consultation)
    check = Checker()
    text = check.text(
        text,
        "text",
        limit=QUOTE_MAX_CHARS,
        missing=_("Enter the quote"),
        too_long=_("A quote must be %(max)d characters or fewer", max=QUOTE_MAX_CHARS),
    )
    check.done()
    flags = screen_quote(consultation.scheme, text)
    quote = ConsultationQuote(consultation=consultation, text=text, flags=flags, added_by_id=actor.id)
    db.session.add(quote)
    audit.record(
        actor,
        "youth.quote.added",
        quote,
        after={"consultation_id": consultation.id, "flags": [flag["kind"] for flag in flags]},
    )
    return quote


@service
def approve_quote(
    actor: User, quote: ConsultationQuote, text: str | None = None, confirmed_anonymous: bool = False
) -> ConsultationQuote:
    """The facilitator checks a quote (redacting it if need be) so that it may be used."""
    require(actor, "youth.quote.check", quote)
    if quote.status != QuoteStatus.PENDING:
        raise Conflict(_("This quote has already been checked"))
    check = Checker()
    checked_text = check.text(
        quote.text if text is None else text,
        "text",
        limit=QUOTE_MAX_CHARS,
        missing=_("Enter the quote"),
        too_long=_("A quote must be %(max)d characters or fewer", max=QUOTE_MAX_CHARS),
    )
    flags = screen_quote(quote.consultation.scheme, checked_text) if checked_text else []
    found = identifying_words(flags)
    if found and not confirmed_anonymous:
        check.add(
            "text",
            _(
                "Remove the names or identifying details (%(words)s), or confirm that they identify nobody",
                words=", ".join(f"“{words}”" for words in found),
            ),
        )
    check.done()
    before = {"status": quote.status.value, "redacted": False}
    redacted = checked_text != quote.text
    quote.text, quote.flags = checked_text, flags
    quote.status, quote.checked_by_id, quote.checked_at = QuoteStatus.APPROVED, actor.id, utcnow()
    audit.record(
        actor,
        "youth.quote.approved",
        quote,
        before=before,
        after={"status": quote.status.value, "redacted": redacted, "confirmed_anonymous": bool(found)},
    )
    return quote


@service
def withdraw_quote(actor: User, quote: ConsultationQuote, reason: str | None) -> ConsultationQuote:
    """The facilitator keeps a quote from ever being used (it cannot be made anonymous, say)."""
    require(actor, "youth.quote.check", quote)
    if quote.status == QuoteStatus.WITHDRAWN:
        raise Conflict(_("This quote has already been withdrawn"))
    check = Checker()
    reason = check.text(reason, "reason", limit=QUOTE_MAX_CHARS, missing=_("Give the reason for withdrawing it"))
    check.done()
    before = {"status": quote.status.value}
    quote.status, quote.checked_by_id, quote.checked_at = QuoteStatus.WITHDRAWN, actor.id, utcnow()
    audit.record(actor, "youth.quote.withdrawn", quote, reason=reason, before=before, after={"status": "withdrawn"})
    return quote


def usable_quotes(consultation: Consultation) -> list[ConsultationQuote]:
    """The quotes that may be shown or cited anywhere: those the facilitator approved."""
    return consultation.approved_quotes


def consultations_of(scheme: Scheme) -> list[Consultation]:
    """A commission's consultations, latest first, with their quotes."""
    return list(
        db.session.scalars(
            sa.select(Consultation)
            .where(Consultation.scheme_id == scheme.id)
            .options(selectinload(Consultation.quotes))
            .order_by(Consultation.starts_on.desc(), Consultation.id.desc())
        )
    )
