from tests.speedwatch.factories import accept_all, submitted_session
from volunteers.speedwatch.models import LetterStage, SessionStatus


def test_a_session_runs_from_booking_to_letters(world):
    session = submitted_session(world)
    assert session.status == SessionStatus.SUBMITTED
    review = accept_all(world, session)
    assert review.accepted_count == 2
    second = submitted_session(world, plates=("AB12CDE",))
    accept_all(world, second)
    import sqlalchemy as sa

    from volunteers.extensions import db
    from volunteers.speedwatch.models import Letter

    stages = db.session.scalars(
        sa.select(Letter.stage).where(Letter.registration == "AB12CDE").order_by(Letter.id)
    ).all()
    assert stages == [LetterStage.ADVISORY, LetterStage.WARNING]
