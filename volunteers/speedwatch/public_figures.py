"""Community Speed Watch's figures for the public transparency pages: sessions held, vehicles
recorded over the threshold and letters by stage, per area and month, counted in SQL.

The vehicles come from the tallies written at review, never from the sightings: no plate is read,
and the figures survive retention."""

from collections.abc import Iterator
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from volunteers.extensions import db
from volunteers.models import SchemeKind
from volunteers.public_figures import Figure, FiguresProvider, Measure, month_of, month_start
from volunteers.speedwatch.models import Letter, LetterStage, LetterStatus, SessionStatus, SpeedwatchSession, Tally

KIND = SchemeKind.SPEEDWATCH.value
LETTER_MEASURES = {
    LetterStage.ADVISORY: "letters_advisory",
    LetterStage.WARNING: "letters_warning",
    LetterStage.REFERRAL: "letters_referral",
}
MEASURES = (
    Measure("sessions_held", _l("Sessions held and reviewed"), charted=True),
    Measure("vehicles_over_threshold", _l("Vehicles recorded over the threshold and accepted"), charted=True),
    Measure("letters_advisory", _l("Advisory letters (first sighting)")),
    Measure("letters_warning", _l("Warning letters (second sighting)")),
    Measure("letters_referral", _l("Referred for enforcement (third sighting or more)")),
)


def _sessions(force_id: int, since: datetime) -> Iterator[Figure]:
    month = month_of(SpeedwatchSession.starts_at)
    held = (
        sa.select(SpeedwatchSession.area_id, month, sa.func.count())
        .where(
            SpeedwatchSession.force_id == force_id,
            SpeedwatchSession.ends_at >= since,
            SpeedwatchSession.starts_at >= since,
            SpeedwatchSession.status == SessionStatus.REVIEWED,
        )
        .group_by(SpeedwatchSession.area_id, month)
    )
    for area_id, month_text, count in db.session.execute(held):
        yield Figure(area_id, month_start(month_text), "sessions_held", count, KIND)
    vehicles = (
        sa.select(SpeedwatchSession.area_id, month, sa.func.sum(Tally.vehicles))
        .join(Tally, Tally.session_id == SpeedwatchSession.id)
        .where(
            SpeedwatchSession.force_id == force_id,
            SpeedwatchSession.ends_at >= since,
            SpeedwatchSession.starts_at >= since,
        )
        .group_by(SpeedwatchSession.area_id, month)
    )
    for area_id, month_text, count in db.session.execute(vehicles):
        yield Figure(area_id, month_start(month_text), "vehicles_over_threshold", count, KIND)


def _letters(force_id: int, since: datetime) -> Iterator[Figure]:
    month = month_of(Letter.created_at)
    rows = db.session.execute(
        sa.select(Letter.area_id, month, Letter.stage, sa.func.count())
        .where(Letter.force_id == force_id, Letter.created_at >= since, Letter.status != LetterStatus.WITHDRAWN)
        .group_by(Letter.area_id, month, Letter.stage)
    )
    for area_id, month_text, stage, count in rows:
        yield Figure(area_id, month_start(month_text), LETTER_MEASURES[LetterStage(stage)], count, KIND)


def figures(force_id: int, since: datetime) -> Iterator[Figure]:
    """Every Speed Watch figure of a force's areas from `since` on."""
    yield from _sessions(force_id, since)
    yield from _letters(force_id, since)


PROVIDER = FiguresProvider(KIND, _l("Community Speed Watch"), MEASURES, figures)
