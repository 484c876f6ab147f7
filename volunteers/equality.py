"""Equality monitoring: optional, self-declared, stored apart from the profile, used only in totals.

A volunteer may answer any, all or none of the questions, each of which has "prefer not to say".
The answers sit in their own table, keyed by the person, and no page shows them to anyone but
that person: coordinators, officers and admins see only `summary(...)`, which counts answers
across the active members of a set of schemes and hides any count under five. The audit trail
records that someone changed their answers, never what they answered.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import Mapped, mapped_column

from volunteers import audit
from volunteers.db_types import UTCDateTime, utcnow
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import Membership, MembershipStatus, User
from volunteers.transaction import service

PREFER_NOT_TO_SAY = "prefer_not_to_say"
# Counts below this are reported as "fewer than 5", so that nobody can be picked out of a total.
SMALLEST_COUNT_SHOWN = 5


@dataclass(frozen=True)
class Question:
    name: str
    text: object
    choices: tuple[tuple[str, object], ...]

    @property
    def values(self) -> frozenset[str]:
        return frozenset(value for value, _label in self.choices)


def _with_prefer_not_to_say(*choices: tuple[str, object]) -> tuple[tuple[str, object], ...]:
    return (*choices, (PREFER_NOT_TO_SAY, _l("Prefer not to say")))


# The high-level categories of the 2021 census of England and Wales, so that scheme membership
# can later be compared with an area's population profile.
QUESTIONS = (
    Question(
        "age_band",
        _l("What is your age?"),
        _with_prefer_not_to_say(
            ("under_18", _l("Under 18")),
            ("18_24", _l("18 to 24")),
            ("25_34", _l("25 to 34")),
            ("35_44", _l("35 to 44")),
            ("45_54", _l("45 to 54")),
            ("55_64", _l("55 to 64")),
            ("65_74", _l("65 to 74")),
            ("75_plus", _l("75 or over")),
        ),
    ),
    Question("sex", _l("What is your sex?"), _with_prefer_not_to_say(("female", _l("Female")), ("male", _l("Male")))),
    Question(
        "gender_identity",
        _l("Is the gender you identify with the same as your sex registered at birth?"),
        _with_prefer_not_to_say(("yes", _l("Yes")), ("no", _l("No"))),
    ),
    Question(
        "ethnic_group",
        _l("What is your ethnic group?"),
        _with_prefer_not_to_say(
            ("asian", _l("Asian or Asian British")),
            ("black", _l("Black, Black British, Caribbean or African")),
            ("mixed", _l("Mixed or multiple ethnic groups")),
            ("white", _l("White")),
            ("other", _l("Another ethnic group")),
        ),
    ),
    Question(
        "religion",
        _l("What is your religion?"),
        _with_prefer_not_to_say(
            ("none", _l("No religion")),
            ("buddhist", _l("Buddhist")),
            ("christian", _l("Christian")),
            ("hindu", _l("Hindu")),
            ("jewish", _l("Jewish")),
            ("muslim", _l("Muslim")),
            ("sikh", _l("Sikh")),
            ("other", _l("Another religion")),
        ),
    ),
    Question(
        "disability",
        _l("Do you consider yourself to have a disability or a long-term health condition?"),
        _with_prefer_not_to_say(("yes", _l("Yes")), ("no", _l("No"))),
    ),
    Question(
        "sexual_orientation",
        _l("Which of these best describes your sexual orientation?"),
        _with_prefer_not_to_say(
            ("straight", _l("Straight or heterosexual")),
            ("gay_lesbian", _l("Gay or lesbian")),
            ("bisexual", _l("Bisexual")),
            ("other", _l("Another sexual orientation")),
        ),
    ),
)
QUESTION_NAMES = tuple(question.name for question in QUESTIONS)


class EqualityDeclaration(db.Model):
    """One person's answers; a question left unanswered is NULL."""

    __tablename__ = "equality_declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), unique=True)
    age_band: Mapped[str | None] = mapped_column(sa.String(40))
    sex: Mapped[str | None] = mapped_column(sa.String(40))
    gender_identity: Mapped[str | None] = mapped_column(sa.String(40))
    ethnic_group: Mapped[str | None] = mapped_column(sa.String(40))
    religion: Mapped[str | None] = mapped_column(sa.String(40))
    disability: Mapped[str | None] = mapped_column(sa.String(40))
    sexual_orientation: Mapped[str | None] = mapped_column(sa.String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def answers(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in QUESTION_NAMES}


def declaration_of(user: User) -> EqualityDeclaration | None:
    return db.session.scalar(sa.select(EqualityDeclaration).where(EqualityDeclaration.user_id == user.id))


@service
def save_declaration(user: User, answers: dict[str, str | None]) -> EqualityDeclaration:
    """Keep a person's own answers; anything not answered is stored as not answered."""
    cleaned = {}
    for question in QUESTIONS:
        value = answers.get(question.name) or None
        if value is not None and value not in question.values:
            raise DomainError(_("Choose one of the answers given"), field=question.name)
        cleaned[question.name] = value
    declaration = declaration_of(user) or EqualityDeclaration(user_id=user.id)
    for name, value in cleaned.items():
        setattr(declaration, name, value)
    declaration.updated_at = utcnow()
    db.session.add(declaration)
    # The event says that answers changed, not what they are.
    audit.record(user, "equality.declared", declaration)
    return declaration


@service
def withdraw_declaration(user: User) -> None:
    """Delete a person's answers altogether."""
    declaration = declaration_of(user)
    if declaration is None:
        return
    audit.record(user, "equality.withdrawn", declaration)
    db.session.delete(declaration)


def summary(scheme_ids: list[int]) -> dict[str, dict[str, int | None]]:
    """Answers counted across the active members of these schemes, question by question.

    A count under five is None ("fewer than 5"). Someone in two of the schemes counts once.
    Unanswered questions are counted as "not answered" so the totals add up.
    """
    if not scheme_ids:
        return {name: {} for name in QUESTION_NAMES}
    members = (
        sa.select(Membership.user_id)
        .where(Membership.scheme_id.in_(scheme_ids), Membership.status == MembershipStatus.ACTIVE)
        .distinct()
        .subquery()
    )
    rows = db.session.execute(
        sa.select(*(getattr(EqualityDeclaration, name) for name in QUESTION_NAMES))
        .select_from(members)
        .outerjoin(EqualityDeclaration, EqualityDeclaration.user_id == members.c.user_id)
    ).all()
    result = {}
    for index, name in enumerate(QUESTION_NAMES):
        counts = Counter(row[index] or "not_answered" for row in rows)
        result[name] = {answer: (count if count >= SMALLEST_COUNT_SHOWN else None) for answer, count in counts.items()}
    return result


def export_declaration(user: User) -> dict | None:
    declaration = declaration_of(user)
    if declaration is None:
        return None
    return {**declaration.answers(), "updated_at": declaration.updated_at.isoformat()}
