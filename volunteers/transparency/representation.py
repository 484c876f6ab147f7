"""How an area's active volunteers, by what they chose to declare, compare with its population.

Counted in SQL per scheme kind and question; every count passes through `suppression.shown`, and a
share of the volunteers is given only beside a count that is shown.
"""

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import format_decimal
from flask_babel import gettext as _

from volunteers.equality import PREFER_NOT_TO_SAY, QUESTIONS, EqualityDeclaration
from volunteers.extensions import db
from volunteers.models import Area, Membership, MembershipStatus, Scheme
from volunteers.transparency.figures import KIND_TITLES
from volunteers.transparency.models import PopulationProfile
from volunteers.transparency.suppression import Shown, shown

NOT_ANSWERED = "not_answered"


@dataclass(frozen=True)
class AnswerComparison:
    label: str
    population: str
    volunteers: Shown
    volunteer_share: str


@dataclass(frozen=True)
class QuestionComparison:
    name: str
    text: str
    answers: list[AnswerComparison]


@dataclass(frozen=True)
class KindComparison:
    kind: str
    title: str
    volunteers: Shown
    questions: list[QuestionComparison]


def _percent(value: float | None) -> str:
    return _("%(share)s%%", share=format_decimal(value, format="#,##0.0")) if value is not None else _("not entered")


def _counts(area: Area, column) -> dict[tuple[str, str], int]:
    answer = sa.func.coalesce(column, NOT_ANSWERED)
    rows = db.session.execute(
        sa.select(Scheme.kind, answer, sa.func.count(sa.distinct(Membership.user_id)))
        .join(Membership, Membership.scheme_id == Scheme.id)
        .outerjoin(EqualityDeclaration, EqualityDeclaration.user_id == Membership.user_id)
        .where(Scheme.area_id == area.id, Membership.status == MembershipStatus.ACTIVE)
        .group_by(Scheme.kind, answer)
    )
    return {(str(kind), value): count for kind, value, count in rows}


def compare(area: Area, profile: PopulationProfile | None) -> list[KindComparison]:
    """Per scheme kind with active volunteers in the area: each question's answers, the area's share
    and the volunteers' count and share of those who gave an answer."""
    shares = profile.shares if profile is not None else {}
    per_question = {question.name: _counts(area, getattr(EqualityDeclaration, question.name)) for question in QUESTIONS}
    kinds = sorted({kind for counts in per_question.values() for kind, _answer in counts})
    result = []
    for kind in kinds:
        questions = []
        total = 0
        for question in QUESTIONS:
            counts = per_question[question.name]
            total = sum(count for (k, _answer), count in counts.items() if k == kind)
            declared = sum(
                count
                for (k, answer), count in counts.items()
                if k == kind and answer not in (NOT_ANSWERED, PREFER_NOT_TO_SAY)
            )
            answers = []
            for answer, label in (*question.choices, (NOT_ANSWERED, _("Not answered"))):
                count = shown(counts.get((kind, answer), 0))
                share = ""
                if answer not in (NOT_ANSWERED, PREFER_NOT_TO_SAY) and count.value and declared:
                    share = _percent(100 * count.value / declared)
                population = (
                    ""
                    if answer in (NOT_ANSWERED, PREFER_NOT_TO_SAY)
                    else _percent(shares.get(question.name, {}).get(answer))
                )
                answers.append(AnswerComparison(str(label), population, count, share))
            questions.append(QuestionComparison(question.name, str(question.text), answers))
        result.append(KindComparison(kind, str(KIND_TITLES.get(kind, kind)), shown(total), questions))
    return result
