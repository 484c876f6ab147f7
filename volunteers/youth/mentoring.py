"""Reverse mentoring: officers' DBS checks, pairing a commissioner with an officer, logging their
meetings (which count as the commissioner's hours), feedback from both sides, ending a pairing,
and the figures admins read per officer.

An officer mentors only with an in-date DBS check recorded by a force admin; the pairing is
refused otherwise, with the reason. Whatever the page or the download, an officer learns no more
of their mentee than a first name and the commission.
"""

import logging
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from volunteers import audit, guard, mail, vetting
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.hours import MAX_MINUTES_PER_ENTRY, HoursActivity, record_hours
from volunteers.models import (
    CHECK_DETAIL_MAX_CHARS,
    REASON_MAX_CHARS,
    Area,
    CheckKind,
    Force,
    Membership,
    MembershipStatus,
    OfficerAssignment,
    Scheme,
    SchemeKind,
    User,
)
from volunteers.permissions import can, require
from volunteers.settings import settings_for
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.youth.membership import is_young_person
from volunteers.youth.models import (
    FEEDBACK_COMMENT_MAX_CHARS,
    HIGHEST_RATING,
    LOWEST_RATING,
    MEETING_TOPIC_MAX_CHARS,
    MentoringFeedback,
    MentoringMeeting,
    MentoringPairing,
    MentoringSide,
    OfficerDbsCheck,
    PairingStatus,
)

log = logging.getLogger(__name__)

HOURS_SOURCE = "youth.mentoring"
# What the other side must never read in a comment: a private person named, accused or suspected.
FEEDBACK_FORBIDDEN_FLAGS = ("identifies_person", "accusation", "identity_suspicion")


def _day(value: date) -> str:
    return format_date(value, "d MMMM yyyy")


# --- Officers' DBS checks -----------------------------------------------------------------------


def latest_dbs(officer: User) -> OfficerDbsCheck | None:
    """The officer's most recently recorded DBS check: a renewal supersedes what came before."""
    return _latest_dbs_of([officer.id]).get(officer.id)


def dbs_problem(officer: User, today: date) -> str | None:
    """Why an officer may not mentor young people today, or None when their DBS check is in date."""
    check = latest_dbs(officer)
    if check is None:
        return _(
            "%(officer)s has no DBS check on record. A force admin must record one before they can mentor.",
            officer=officer.display_name,
        )
    if not check.is_current_on(today):
        return _(
            "%(officer)s's DBS check expired on %(date)s. A force admin must record its renewal "
            "before they can mentor.",
            officer=officer.display_name,
            date=_day(check.expires_on),
        )
    return None


def _force_recording(actor: User, officer: User) -> Force:
    """The force whose admin records the check: the first the officer serves in that the actor runs."""
    forces = sorted({a.area.force for a in officer.officer_assignments}, key=lambda force: force.id)
    return next(force for force in forces if force.id in actor.admin_force_ids)


@service
def record_officer_dbs(actor: User, officer: User, completed_on: date | None, detail: str = "") -> OfficerDbsCheck:
    """Record an officer's DBS check so they may mentor; it lasts as long as the force's DBS setting says."""
    require(actor, "youth.officer_dbs.record", officer)
    force = _force_recording(actor, officer)
    today = date.today()
    check = Checker()
    expires_on = None
    if completed_on is None:
        check.add("completed_on", _("Enter the date the check was done"))
    elif completed_on > today:
        check.add("completed_on", _("The date must be today or in the past"))
    else:
        expires_on = vetting.expiry_for(CheckKind.DBS, completed_on, settings_for(force))
        if expires_on < today:
            check.add(
                "completed_on",
                _(
                    "Done on that date, it expired on %(date)s. Record the renewed check instead.",
                    date=_day(expires_on),
                ),
            )
    detail = check.text(detail, "detail", limit=CHECK_DETAIL_MAX_CHARS)
    check.done()
    record = OfficerDbsCheck(
        user=officer, force=force, completed_on=completed_on, expires_on=expires_on, detail=detail, recorded_by=actor
    )
    db.session.add(record)
    audit.record(
        actor,
        "youth.officer_dbs.recorded",
        record,
        after={"officer_id": officer.id, "completed_on": completed_on, "expires_on": expires_on},
    )
    log.info("officer %s: DBS check recorded by user %s", officer.id, actor.id)
    return record


# --- Pairings -----------------------------------------------------------------------------------


def _checked_pairing(scheme: Scheme, membership: Membership | None, officer: User | None, today: date) -> None:
    check = Checker()
    if membership is None or membership.scheme_id != scheme.id or not is_young_person(membership):
        check.add("membership_id", _("Choose a young person from the commission"))
    elif not vetting.is_cleared(membership, today):
        check.add(
            "membership_id",
            _("Only an active member whose checks are all in date can be paired: look at their checklist first"),
        )
    if officer is None or not any(a.area.force_id == scheme.force_id for a in officer.officer_assignments):
        check.add("officer_id", _("Choose an officer of the force"))
    else:
        problem = dbs_problem(officer, today)
        if problem:
            check.add("officer_id", problem)
    check.done()


@service
def pair(actor: User, scheme: Scheme, membership: Membership | None, officer: User | None) -> MentoringPairing:
    """Pair a commissioner with an officer of the force whose DBS check is in date."""
    require(actor, "youth.mentoring.arrange", scheme)
    _checked_pairing(scheme, membership, officer, date.today())
    already = db.session.scalar(
        sa.select(MentoringPairing.id).where(
            MentoringPairing.membership_id == membership.id,
            MentoringPairing.officer_id == officer.id,
            MentoringPairing.status == PairingStatus.ACTIVE,
        )
    )
    if already is not None:
        raise Conflict(_("These two are already paired"))
    pairing = MentoringPairing(membership=membership, officer=officer, paired_by=actor)
    db.session.add(pairing)
    audit.record(
        actor, "youth.mentoring.paired", pairing, after={"membership_id": membership.id, "officer_id": officer.id}
    )
    _tell_both_sides(pairing)
    log.info("mentoring pairing %s made by user %s", pairing.id, actor.id)
    return pairing


def _tell_both_sides(pairing: MentoringPairing) -> None:
    """Each side learns who they are paired with; the officer, only the young person's first name."""
    link = mail.absolute_url("youth_mentoring.pairing", pairing_id=pairing.id)
    scheme = pairing.membership.scheme
    subject = _("Your reverse mentoring pairing in %(scheme)s", scheme=scheme.name)
    young, officer = pairing.commissioner, pairing.officer
    for to, greeting, other in (
        (young.email, pairing.commissioner_first_name, officer.display_name),
        (officer.email, officer.display_name, pairing.commissioner_first_name),
    ):
        mail.queue("youth_mentoring_paired", to, subject, greeting=greeting, other=other, scheme=scheme, link=link)


@service
def end_pairing(actor: User, pairing: MentoringPairing, reason: str) -> None:
    """End a pairing, saying why; its meetings and feedback stay on record."""
    require(actor, "youth.mentoring.view", pairing)
    if not pairing.is_active:
        raise Conflict(_("This pairing has already ended"))
    require(actor, "youth.mentoring.end", pairing)
    check = Checker()
    reason = check.text(reason, "reason", limit=REASON_MAX_CHARS, missing=_("Say why the pairing is ending"))
    check.done()
    pairing.status, pairing.ended_at, pairing.ended_by, pairing.end_reason = (
        PairingStatus.ENDED,
        utcnow(),
        actor,
        reason,
    )
    audit.record(
        actor,
        "youth.mentoring.ended",
        pairing,
        reason=reason,
        before={"status": PairingStatus.ACTIVE.value},
        after={"status": PairingStatus.ENDED.value},
    )


# --- Meetings and feedback ----------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDetails:
    met_on: date | None
    minutes: int | None
    topic: str


def _checked_meeting(pairing: MentoringPairing, details: MeetingDetails, today: date) -> str:
    check = Checker()
    if details.met_on is None:
        check.add("met_on", _("Enter the date you met"))
    elif details.met_on > today:
        check.add("met_on", _("The date must be today or in the past"))
    elif details.met_on < pairing.paired_at.date():
        check.add(
            "met_on",
            _("The date must be on or after the day you were paired, %(date)s", date=_day(pairing.paired_at.date())),
        )
    if details.minutes is None or not 0 < details.minutes <= MAX_MINUTES_PER_ENTRY:
        check.add("hours", _("Enter how long you met, between 0.25 and 24 hours"))
    topic = check.text(details.topic, "topic", limit=MEETING_TOPIC_MAX_CHARS, missing=_("Say what you talked about"))
    check.done()
    return topic


def check_meeting(pairing: MentoringPairing, details: MeetingDetails) -> None:
    """Refuse a meeting's details with every problem at once, changing nothing."""
    _checked_meeting(pairing, details, date.today())


@service
def log_meeting(actor: User, pairing: MentoringPairing, details: MeetingDetails) -> MentoringMeeting:
    """Log a meeting of a pairing; its time is recorded as the commissioner's volunteer hours."""
    require(actor, "youth.mentoring.log_meeting", pairing)
    topic = _checked_meeting(pairing, details, date.today())
    meeting = MentoringMeeting(
        pairing=pairing, met_on=details.met_on, minutes=details.minutes, topic=topic, logged_by=actor
    )
    db.session.add(meeting)
    audit.record(
        actor,
        "youth.mentoring.meeting_logged",
        meeting,
        after={"pairing_id": pairing.id, "met_on": details.met_on, "minutes": details.minutes},
    )
    record_hours(
        actor,
        pairing.membership,
        details.met_on,
        details.minutes,
        HoursActivity.YOUTH_ACTIVITY,
        source=HOURS_SOURCE,
        source_ref=str(meeting.id),
        description=_("Reverse mentoring: %(topic)s", topic=topic),
    )
    return meeting


def _checked_comment(check: Checker, meeting: MentoringMeeting, comment: str | None) -> str:
    """A comment the other side reads: short, and naming or accusing nobody."""
    comment = check.text(comment, "comment", limit=FEEDBACK_COMMENT_MAX_CHARS)
    if comment and not check.has("comment"):
        flags = guard.screen(comment, rules=guard.rules_for(meeting.pairing.membership.scheme.area.force))
        found = [words for flag in flags if flag.kind in FEEDBACK_FORBIDDEN_FLAGS for words in flag.evidence]
        if found:
            check.add(
                "comment",
                _(
                    "Feedback must not name or accuse anyone else. Remove: %(words)s",
                    words=", ".join(f'"{words}"' for words in found),
                ),
            )
    return comment


@service
def give_feedback(actor: User, meeting: MentoringMeeting, rating: int | None, comment: str = "") -> MentoringFeedback:
    """One side's rating of a meeting (1 to 5) and a short comment, given once."""
    require(actor, "youth.mentoring.give_feedback", meeting)
    side = meeting.pairing.side_of(actor)
    if meeting.feedback_from(side) is not None:
        raise Conflict(_("You have already given feedback on this meeting"))
    check = Checker()
    if rating is None or not LOWEST_RATING <= rating <= HIGHEST_RATING:
        check.add("rating", _("Choose a rating from %(low)d to %(high)d", low=LOWEST_RATING, high=HIGHEST_RATING))
    comment = _checked_comment(check, meeting, comment)
    check.done()
    feedback = MentoringFeedback(meeting=meeting, side=side, author=actor, rating=rating, comment=comment)
    db.session.add(feedback)
    audit.record(
        actor,
        "youth.mentoring.feedback_given",
        feedback,
        after={"meeting_id": meeting.id, "side": side.value, "rating": rating},
    )
    return feedback


# --- Reading ------------------------------------------------------------------------------------


def _with_people():
    return (
        selectinload(MentoringPairing.membership).joinedload(Membership.user),
        selectinload(MentoringPairing.membership).joinedload(Membership.scheme),
        selectinload(MentoringPairing.officer),
        selectinload(MentoringPairing.meetings).selectinload(MentoringMeeting.feedback),
    )


def pairings_of(user: User) -> list[MentoringPairing]:
    """The pairings a person is in, on either side, active ones first."""
    return db.session.scalars(
        sa.select(MentoringPairing)
        .join(Membership, Membership.id == MentoringPairing.membership_id)
        .where(sa.or_(Membership.user_id == user.id, MentoringPairing.officer_id == user.id))
        .order_by(MentoringPairing.status, MentoringPairing.paired_at.desc())
        .options(*_with_people())
    ).all()


def pairings_of_scheme(scheme: Scheme) -> list[MentoringPairing]:
    return db.session.scalars(
        sa.select(MentoringPairing)
        .join(Membership, Membership.id == MentoringPairing.membership_id)
        .where(Membership.scheme_id == scheme.id)
        .order_by(MentoringPairing.status, MentoringPairing.paired_at.desc())
        .options(*_with_people())
    ).all()


def commissioners_of(scheme: Scheme, today: date) -> list[Membership]:
    """The young people of a commission who may be paired today: active, with every check in date."""
    memberships = db.session.scalars(
        sa.select(Membership)
        .where(Membership.scheme_id == scheme.id, Membership.status == MembershipStatus.ACTIVE)
        .options(selectinload(Membership.user), selectinload(Membership.checks))
    ).all()
    cleared = [m for m in memberships if is_young_person(m) and vetting.is_cleared(m, today)]
    return sorted(cleared, key=lambda m: m.user.display_name)


def officers_of_force(force_id: int) -> list[User]:
    """Everyone assigned to an area of the force, by name."""
    return db.session.scalars(
        sa.select(User)
        .where(
            User.id.in_(
                sa.select(OfficerAssignment.user_id)
                .join(Area, Area.id == OfficerAssignment.area_id)
                .where(Area.force_id == force_id)
            )
        )
        .order_by(User.name, User.id)
    ).all()


@dataclass(frozen=True)
class OfficerFigures:
    """What an admin reads about one officer's mentoring: their DBS, pairings and mentees' ratings."""

    officer: User
    dbs: OfficerDbsCheck | None
    pairings: int
    active_pairings: int
    ratings: int
    average_rating: float | None

    def dbs_current_on(self, day: date) -> bool:
        return self.dbs is not None and self.dbs.is_current_on(day)


def officer_figures(force: Force) -> list[OfficerFigures]:
    """Per officer of the force: pairings (all and active) and the average rating mentees gave them."""
    officers = officers_of_force(force.id)
    in_force = (
        sa.select(Membership.id)
        .join(Scheme, Scheme.id == Membership.scheme_id)
        .join(Area, Area.id == Scheme.area_id)
        .where(Area.force_id == force.id)
    )
    pairings = {
        officer_id: (total, int(active or 0))
        for officer_id, total, active in db.session.execute(
            sa.select(
                MentoringPairing.officer_id,
                sa.func.count(),
                sa.func.sum(sa.case((MentoringPairing.status == PairingStatus.ACTIVE, 1), else_=0)),
            )
            .where(MentoringPairing.membership_id.in_(in_force))
            .group_by(MentoringPairing.officer_id)
        )
    }
    ratings = {
        officer_id: (count, float(average))
        for officer_id, count, average in db.session.execute(
            sa.select(MentoringPairing.officer_id, sa.func.count(), sa.func.avg(MentoringFeedback.rating))
            .join(MentoringMeeting, MentoringMeeting.pairing_id == MentoringPairing.id)
            .join(MentoringFeedback, MentoringFeedback.meeting_id == MentoringMeeting.id)
            .where(MentoringPairing.membership_id.in_(in_force), MentoringFeedback.side == MentoringSide.COMMISSIONER)
            .group_by(MentoringPairing.officer_id)
        )
    }
    latest = _latest_dbs_of([officer.id for officer in officers])
    return [
        OfficerFigures(
            officer=officer,
            dbs=latest.get(officer.id),
            pairings=pairings.get(officer.id, (0, 0))[0],
            active_pairings=pairings.get(officer.id, (0, 0))[1],
            ratings=ratings.get(officer.id, (0, None))[0],
            average_rating=ratings.get(officer.id, (0, None))[1],
        )
        for officer in officers
    ]


def _latest_dbs_of(officer_ids: list[int]) -> dict[int, OfficerDbsCheck]:
    """Each officer's most recently recorded DBS check, in one query."""
    latest: dict[int, OfficerDbsCheck] = {}
    for check in db.session.scalars(
        sa.select(OfficerDbsCheck)
        .where(OfficerDbsCheck.user_id.in_(officer_ids))
        .order_by(OfficerDbsCheck.recorded_at, OfficerDbsCheck.id)
    ):
        latest[check.user_id] = check
    return latest


def commissioner_name_for(viewer: User, pairing: MentoringPairing) -> str:
    """The young person's name as this viewer may read it: the officer (and anyone not running the
    commission) gets the first name only; the young person, the facilitator and admins the full name."""
    side = pairing.side_of(viewer)
    if (
        side == MentoringSide.OFFICER
        or side is None
        and not can(viewer, "youth.mentoring.arrange", pairing.membership.scheme)
    ):
        return pairing.commissioner_first_name
    return pairing.commissioner.name


def schemes_arranged_by(user: User) -> list[Scheme]:
    """The commissions a person may arrange pairings in: those they facilitate, and their forces' ones."""
    coordinated = [m.scheme_id for m in user.memberships]
    schemes = db.session.scalars(
        sa.select(Scheme)
        .join(Area, Area.id == Scheme.area_id)
        .where(
            Scheme.kind == SchemeKind.YOUTH,
            sa.or_(Area.force_id.in_(user.admin_force_ids), Scheme.id.in_(coordinated)),
        )
        .order_by(Scheme.name)
    ).all()
    return [scheme for scheme in schemes if can(user, "youth.mentoring.arrange", scheme)]
