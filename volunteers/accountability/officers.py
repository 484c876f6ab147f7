"""Officer accountability: per officer and area, how many reviews, how soon, which decisions.

Receptiveness is measured, not assumed. Each scheme's provider (registered as the Feature's
`officer_figures`) adds what its officers decided to an `OfficerFigures`, mostly through
`add_decisions` and `add_first_decision_waits`, which work on any decision table built on
`volunteers.review.DecisionRecord`.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from volunteers.extensions import db
from volunteers.models import Area, Force, OfficerAssignment, User
from volunteers.registry import registries


@dataclass
class OfficerRecord:
    """What one officer did in one area over the period."""

    officer_id: int
    area_id: int
    reviews: int = 0
    decisions: Counter = field(default_factory=Counter)
    # Seconds from submission to the first decision, for each item this officer decided first.
    first_decision_waits: list[float] = field(default_factory=list)
    flagged_closed: int = 0
    flagged_closed_with_reasons: int = 0
    objections_decided: int = 0
    objections_upheld: int = 0
    overdue_responses: int = 0
    officer: User | None = None
    area: Area | None = None

    @property
    def median_first_decision(self) -> timedelta | None:
        if not self.first_decision_waits:
            return None
        return timedelta(seconds=median(self.first_decision_waits))


@dataclass
class OfficerFigures:
    """The figures providers add to: one force, the areas asked about, since a moment."""

    force: Force
    area_ids: tuple[int, ...]
    since: datetime
    records: dict[tuple[int, int], OfficerRecord] = field(default_factory=dict)

    def at(self, officer_id: int, area_id: int) -> OfficerRecord:
        key = (officer_id, area_id)
        if key not in self.records:
            self.records[key] = OfficerRecord(officer_id, area_id)
        return self.records[key]

    def add_decisions(self, decision_model, subject_model, subject_fk, label_of, outcome_column=None) -> list:
        """Count decisions made since the start, by officer, area and outcome; each is a review.

        Returns the rows counted, (officer id, area id, outcome, count), for a provider's own figures.
        """
        outcome = outcome_column if outcome_column is not None else sa.null()
        grouped = [decision_model.decided_by_id, subject_model.area_id]
        query = (
            sa.select(*grouped, outcome, sa.func.count())
            .join(subject_model, subject_model.id == subject_fk)
            .where(subject_model.area_id.in_(self.area_ids), decision_model.decided_at >= self.since)
            .group_by(*grouped, *([outcome_column] if outcome_column is not None else []))
        )
        rows = db.session.execute(query).all()
        for officer_id, area_id, value, count in rows:
            record = self.at(officer_id, area_id)
            record.reviews += count
            record.decisions[str(label_of(value))] += count
        return rows

    def add_first_decision_waits(self, decision_model, subject_model, subject_fk, submitted_column) -> None:
        """The wait from submission to each item's first decision, for the officer who made it."""
        earlier = aliased(decision_model)
        no_earlier_decision = ~sa.exists().where(
            getattr(earlier, subject_fk.key) == subject_fk, earlier.id < decision_model.id
        )
        query = (
            sa.select(decision_model.decided_by_id, subject_model.area_id, submitted_column, decision_model.decided_at)
            .join(subject_model, subject_model.id == subject_fk)
            .where(
                subject_model.area_id.in_(self.area_ids),
                decision_model.decided_at >= self.since,
                submitted_column.is_not(None),
                no_earlier_decision,
            )
        )
        for officer_id, area_id, submitted_at, decided_at in db.session.execute(query):
            wait = (decided_at - submitted_at).total_seconds()
            self.at(officer_id, area_id).first_decision_waits.append(max(wait, 0.0))


def officer_figures(force: Force, since: datetime, areas: Iterable[Area]) -> list[OfficerRecord]:
    """Every scheme's figures for the officers of these areas, by officer name then area name.

    An officer assigned to an area is listed even when they decided nothing there: silence is a
    figure too.
    """
    areas = {area.id: area for area in areas}
    figures = OfficerFigures(force, tuple(areas), since)
    if areas:
        for provider in registries().officer_figures.values():
            provider(figures)
        assigned = sa.select(OfficerAssignment.user_id, OfficerAssignment.area_id).where(
            OfficerAssignment.area_id.in_(areas)
        )
        for officer_id, area_id in db.session.execute(assigned):
            figures.at(officer_id, area_id)
    officers = _users({officer_id for officer_id, _area in figures.records})
    for record in figures.records.values():
        record.officer, record.area = officers.get(record.officer_id), areas[record.area_id]
    return sorted(
        figures.records.values(),
        key=lambda record: (record.officer.name.casefold() if record.officer else "", record.area.name),
    )


def _users(ids: set[int]) -> dict[int, User]:
    if not ids:
        return {}
    return {user.id: user for user in db.session.scalars(sa.select(User).where(User.id.in_(ids)))}
