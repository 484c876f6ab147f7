"""Changes to the transparency data: "you said, we did" entries written and approved, and areas'
population profiles. Each is one transaction with one audit event."""

from flask_babel import gettext as _

from volunteers import audit, guard
from volunteers.db_types import utcnow
from volunteers.equality import PREFER_NOT_TO_SAY, QUESTIONS
from volunteers.extensions import db
from volunteers.models import REASON_MAX_CHARS, Area, User
from volunteers.permissions import require
from volunteers.transaction import service
from volunteers.transparency.models import (
    ENTRY_PART_MAX_CHARS,
    SOURCE_MAX_CHARS,
    EntryStatus,
    PopulationProfile,
    YouSaidWeDid,
)
from volunteers.validation import Checker

# A profile's shares of one question may come to a little over 100 from rounding in the census tables.
ROUNDING_ALLOWANCE = 0.5


def _screened(check: Checker, field: str, text: str, area: Area) -> None:
    """Words for the public must not point at or accuse anyone: the guard's findings refuse them."""
    found = [evidence for flag in guard.screen(text, rules=guard.rules_for(area.force)) for evidence in flag.evidence]
    if found:
        check.add(
            field,
            _(
                "Words for the public must not identify or accuse anyone. Remove: %(words)s",
                words=", ".join(f'"{word}"' for word in found),
            ),
        )


def check_entry(area: Area, you_said: str, we_did: str) -> tuple[str, str]:
    """The entry's two parts, refused with every problem at once."""
    check = Checker()
    parts = {}
    for field, text, missing in (
        ("you_said", you_said, _("Write what people raised")),
        ("we_did", we_did, _("Write what the police did")),
    ):
        parts[field] = check.text(text, field, limit=ENTRY_PART_MAX_CHARS, missing=missing)
        if parts[field] and not check.has(field):
            _screened(check, field, parts[field], area)
    check.done()
    return parts["you_said"], parts["we_did"]


@service
def write_entry(actor: User, area: Area, you_said: str, we_did: str) -> YouSaidWeDid:
    """Write a "you said, we did" entry for an area; it waits for another officer's approval."""
    require(actor, "transparency.entry.write", area)
    you_said, we_did = check_entry(area, you_said, we_did)
    entry = YouSaidWeDid(force_id=area.force_id, area=area, you_said=you_said, we_did=we_did, written_by=actor)
    db.session.add(entry)
    audit.record(actor, "transparency.entry.written", entry, after={"area_id": area.id})
    return entry


@service
def decide_entry(actor: User, entry: YouSaidWeDid, approve: bool, reason: str) -> YouSaidWeDid:
    """Approve an entry for publication, or decline it with a reason the writer reads."""
    require(actor, "transparency.entry.decide", entry)
    check = Checker()
    reason = check.text(
        reason, "reason", limit=REASON_MAX_CHARS, missing=None if approve else _("Say why the entry is declined")
    )
    check.done()
    entry.status = EntryStatus.APPROVED if approve else EntryStatus.DECLINED
    entry.decided_by, entry.decided_at, entry.decision_reason = actor, utcnow(), reason
    action = "transparency.entry.approved" if approve else "transparency.entry.declined"
    audit.record(actor, action, entry, reason=reason)
    return entry


def profile_of(area: Area) -> PopulationProfile | None:
    return db.session.query(PopulationProfile).filter_by(area_id=area.id).one_or_none()


def field_name(question: str, answer: str) -> str:
    return f"{question}__{answer}"


def check_profile(source: str, shares: dict[str, float | None]) -> tuple[str, dict[str, dict[str, float]]]:
    """The profile's shares by question, each from 0 to 100 and adding up to no more than 100."""
    check = Checker()
    source = check.text(source, "source", limit=SOURCE_MAX_CHARS, missing=_("Say where the figures come from"))
    profile: dict[str, dict[str, float]] = {}
    for question in QUESTIONS:
        given = {}
        for answer, _label in question.choices:
            if answer == PREFER_NOT_TO_SAY:
                continue
            value = shares.get(field_name(question.name, answer))
            if value is None:
                continue
            if not 0 <= value <= 100:
                check.add(field_name(question.name, answer), _("Enter a percentage from 0 to 100"))
                continue
            given[answer] = round(float(value), 1)
        if sum(given.values()) > 100 + ROUNDING_ALLOWANCE:
            first = next(answer for answer, _label in question.choices)
            check.add(
                field_name(question.name, first), _("The percentages for one question must add up to 100 or less")
            )
        if given:
            profile[question.name] = given
    check.done()
    return source, profile


@service
def save_profile(actor: User, area: Area, source: str, shares: dict[str, float | None]) -> PopulationProfile:
    """Keep an area's population profile, entered from the census, for the representation page."""
    require(actor, "transparency.population.edit", area)
    source, profile_shares = check_profile(source, shares)
    profile = profile_of(area) or PopulationProfile(area=area, force_id=area.force_id)
    before = {"source": profile.source, "shares": profile.shares} if profile.id else None
    profile.source, profile.shares, profile.updated_by_id, profile.updated_at = (
        source,
        profile_shares,
        actor.id,
        utcnow(),
    )
    db.session.add(profile)
    audit.record(
        actor,
        "transparency.population.saved",
        profile,
        before=before,
        after={"source": source, "shares": profile_shares},
    )
    return profile
