"""A Youth Commission's recommendations to the police, from draft to implemented.

1. A member drafts one (title, detail, the consultations it rests on and approved quotes from
   them), addressed to the commission's area or to the whole force.
2. The facilitator approves it, which sends it, or returns it with a reason for the member to
   change. Sending sets the deadline: `youth_response_days` after the day it is sent.
3. The addressed police (the area's officers, or the force's admins for a force-wide one)
   respond through the shared review step: accepted, partly accepted or not accepted (a reason is
   required for the last two), with an action plan, its owner and a due date. `responded_at`
   decides whether the response was on time.
4. Progress updates follow until it is implemented or closed; the commission comments on the
   response.

Officers never see who in the commission wrote it: pages, emails and the API name the
commission ("a member of ..."), never a young person's name or contact details.
"""

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from volunteers import audit, mail, review
from volunteers.db_types import utcnow
from volunteers.errors import Conflict
from volunteers.extensions import db
from volunteers.local_time import at_local, local_date
from volunteers.models import Area, ForceAdmin, OfficerAssignment, Scheme, User
from volunteers.permissions import can, require
from volunteers.settings import settings_for
from volunteers.transaction import service
from volunteers.validation import Checker
from volunteers.youth.models import (
    DETAIL_MAX_CHARS,
    NOTE_MAX_CHARS,
    OUTCOMES_NEEDING_REASON,
    OWNER_MAX_CHARS,
    PROGRESS_STATUSES,
    TITLE_MAX_CHARS,
    Addressee,
    Consultation,
    ConsultationQuote,
    Recommendation,
    RecommendationResponse,
    RecommendationStatus,
    RecommendationUpdate,
    ResponseComment,
    ResponseOutcome,
)

# A reason is a sentence or more: the facilitator's for returning, the police's for not accepting.
REASON_MIN_CHARS = 10
SENT_EMAIL = "youth/recommendation_sent"
RESPONSE_EMAIL = "youth/recommendation_response"


def author_for_police(recommendation: Recommendation) -> str:
    """How a recommendation's author is named to the police: never the young person themself."""
    return _("A member of %(commission)s", commission=recommendation.scheme.name)


def commission_voice(user: User, scheme: Scheme) -> str:
    """How a member's or facilitator's comment is signed for the police."""
    membership = user.membership_of(scheme.id)
    if membership is not None and membership.is_acting_coordinator:
        return _("The facilitator of %(commission)s", commission=scheme.name)
    return _("A member of %(commission)s", commission=scheme.name)


def _checked_draft(
    check: Checker, scheme: Scheme, title, detail, addressee, consultation_ids, quote_ids
) -> tuple[str, str, Addressee | None, list[Consultation], list[ConsultationQuote]]:
    title = check.text(title, "title", limit=TITLE_MAX_CHARS, missing=_("Enter a title for the recommendation"))
    detail = check.text(detail, "detail", limit=DETAIL_MAX_CHARS, missing=_("Say what you recommend and why"))
    chosen = check.choice(
        Addressee, addressee, "addressee", _("Choose whether it is for your area's police or the whole force")
    )
    consultations = _own(check, scheme, Consultation, consultation_ids, "consultation_ids")
    quotes = _own(check, scheme, ConsultationQuote, quote_ids, "quote_ids")
    if any(not quote.is_usable for quote in quotes):
        check.add("quote_ids", _("Only quotes the facilitator has checked can be cited"))
    cited_from = {consultation.id for consultation in consultations}
    if any(quote.consultation_id not in cited_from for quote in quotes):
        check.add("quote_ids", _("Cite quotes only from the consultations you give as evidence"))
    return title, detail, chosen, consultations, quotes


def _own(check: Checker, scheme: Scheme, model, ids, field: str) -> list:
    """The commission's own consultations or quotes with these ids; anything else is refused."""
    wanted = []
    for value in ids or ():
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2**31:
            check.add(field, _("Choose from the list"))
            return []
        if value not in wanted:
            wanted.append(value)
    if not wanted:
        return []
    found = {obj.id: obj for obj in db.session.scalars(sa.select(model).where(model.id.in_(wanted)))}
    objects = [found.get(value) for value in wanted]
    if any(obj is None or obj.scheme_id != scheme.id for obj in objects):
        check.add(field, _("Choose from your commission's own consultations and checked quotes"))
        return []
    return objects


def _evidence(recommendation: Recommendation) -> dict:
    return {
        "consultation_ids": [consultation.id for consultation in recommendation.consultations],
        "quote_ids": [quote.id for quote in recommendation.quotes],
    }


@service
def draft_recommendation(
    actor: User, scheme: Scheme, title, detail, addressee, consultation_ids=(), quote_ids=()
) -> Recommendation:
    """A member drafts a recommendation; it goes to the facilitator to approve."""
    require(actor, "youth.recommendation.draft", scheme)
    check = Checker()
    title, detail, chosen, consultations, quotes = _checked_draft(
        check, scheme, title, detail, addressee, consultation_ids, quote_ids
    )
    check.done()
    recommendation = Recommendation(
        scheme=scheme,
        area_id=scheme.area_id,
        addressee=chosen,
        title=title,
        detail=detail,
        author_id=actor.id,
        status=RecommendationStatus.SUBMITTED,
        consultations=consultations,
        quotes=quotes,
    )
    db.session.add(recommendation)
    audit.record(
        actor,
        "youth.recommendation.drafted",
        recommendation,
        after={"status": "submitted", "addressee": chosen.value, **_evidence(recommendation)},
    )
    return recommendation


@service
def edit_recommendation(
    actor: User, recommendation: Recommendation, title, detail, addressee, consultation_ids=(), quote_ids=()
) -> Recommendation:
    """The author changes a recommendation not yet sent; a returned one goes back to the facilitator."""
    require(actor, "youth.recommendation.edit", recommendation)
    check = Checker()
    title, detail, chosen, consultations, quotes = _checked_draft(
        check, recommendation.scheme, title, detail, addressee, consultation_ids, quote_ids
    )
    check.done()
    before = {"status": recommendation.status.value, "addressee": recommendation.addressee.value}
    recommendation.title, recommendation.detail, recommendation.addressee = title, detail, chosen
    recommendation.consultations, recommendation.quotes = consultations, quotes
    if recommendation.status == RecommendationStatus.RETURNED:
        recommendation.status = RecommendationStatus.SUBMITTED
        recommendation.submitted_at = utcnow()
    audit.record(
        actor,
        "youth.recommendation.changed",
        recommendation,
        before=before,
        after={"status": recommendation.status.value, "addressee": chosen.value, **_evidence(recommendation)},
    )
    return recommendation


def deadline_after(sent_at: datetime, days: int) -> datetime:
    """The end (local midnight) of the day `days` days after the day it was sent."""
    last_day = local_date(sent_at) + timedelta(days=days)
    return at_local(last_day + timedelta(days=1), time(0, 0))


@service
def decide_recommendation(
    actor: User, recommendation: Recommendation, approve: bool | None, reason: str | None, now: datetime | None = None
) -> Recommendation:
    """The facilitator approves a recommendation, which sends it to the police with a deadline,
    or returns it to its author with a reason."""
    require(actor, "youth.recommendation.approve", recommendation)
    check = Checker()
    if approve is None:
        check.add("decision", _("Choose whether to send the recommendation or return it"))
    if approve is False:
        reason = review.checked_reason(check, reason, REASON_MIN_CHARS)
    else:
        reason = check.text(reason, "reason", limit=review.REASON_MAX_CHARS)
    check.done()
    now = now or utcnow()
    if approve:
        due = deadline_after(now, int(settings_for(recommendation.scheme.area.force).youth_response_days))
        review.record_decision(
            actor,
            recommendation,
            RecommendationStatus.SENT,
            event="youth.recommendation.sent",
            reason=reason,
            after={"response_due_at": due.isoformat()},
            not_pending=_("This recommendation is not awaiting the facilitator"),
        )
        recommendation.approved_by_id, recommendation.sent_at, recommendation.response_due_at = actor.id, now, due
        recommendation.returned_reason = ""
        _tell_the_police(recommendation)
    else:
        review.record_decision(
            actor,
            recommendation,
            RecommendationStatus.RETURNED,
            event="youth.recommendation.returned",
            reason=reason,
            not_pending=_("This recommendation is not awaiting the facilitator"),
        )
        recommendation.returned_reason = reason
    return recommendation


def addressed_police(recommendation: Recommendation) -> list[User]:
    """Who owes the response: the area's officers, or the force's admins for a force-wide one."""
    if recommendation.addressee == Addressee.FORCE:
        query = (
            sa.select(User)
            .join(ForceAdmin, ForceAdmin.user_id == User.id)
            .where(ForceAdmin.force_id == recommendation.force_id)
        )
    else:
        query = (
            sa.select(User)
            .join(OfficerAssignment, OfficerAssignment.user_id == User.id)
            .where(OfficerAssignment.area_id == recommendation.area_id)
        )
    return list(db.session.scalars(query.where(User.disabled_at.is_(None)).order_by(User.id)).unique())


def _tell_the_police(recommendation: Recommendation) -> None:
    link = mail.absolute_url("youth.recommendation", recommendation_id=recommendation.id)
    for officer in addressed_police(recommendation):
        mail.queue(
            SENT_EMAIL,
            officer.email,
            _("A recommendation from %(commission)s", commission=recommendation.scheme.name),
            recipient=officer,
            recommendation=recommendation,
            author=author_for_police(recommendation),
            last_day=last_day_to_respond(recommendation),
            link=link,
        )


def _checked_due_on(check: Checker, due_on, today: date) -> date | None:
    if due_on is None:
        check.add("due_on", _("Enter the date the action plan is due"))
    elif not isinstance(due_on, date) or isinstance(due_on, datetime):
        check.add("due_on", _("Enter the due date as a date"))
    elif due_on < today:
        check.add("due_on", _("The due date must be today or in the future"))
    return due_on


def _checked_response(check: Checker, outcome, reason, action_plan, owner, due_on, today: date) -> dict:
    chosen = check.choice(
        ResponseOutcome, outcome, "outcome", _("Choose whether you accept, partly accept or do not accept it")
    )
    if chosen in OUTCOMES_NEEDING_REASON:
        reason = review.checked_reason(check, reason, REASON_MIN_CHARS)
    else:
        reason = check.text(reason, "reason", limit=review.REASON_MAX_CHARS)
    # Nothing is planned for a recommendation not accepted, unless the police say otherwise.
    plan_needed = chosen is not None and chosen != ResponseOutcome.NOT_ACCEPTED
    action_plan = check.text(
        action_plan,
        "action_plan",
        limit=DETAIL_MAX_CHARS,
        missing=_("Say what the police will do") if plan_needed else None,
    )
    owner = check.text(
        owner,
        "owner",
        limit=OWNER_MAX_CHARS,
        missing=_("Say who owns the action plan (a name or a role)") if plan_needed else None,
    )
    if plan_needed or due_on is not None:
        due_on = _checked_due_on(check, due_on, today)
    return {"outcome": chosen, "reason": reason, "action_plan": action_plan, "owner": owner, "due_on": due_on}


def check_response(actor: User, recommendation: Recommendation, outcome, reason, action_plan, owner, due_on) -> None:
    """The response's checks alone, changing nothing: a page shows every problem at once."""
    require(actor, "youth.recommendation.respond", recommendation)
    check = Checker()
    _checked_response(check, outcome, reason, action_plan, owner, due_on, date.today())
    check.done()


@service
def respond(
    actor: User,
    recommendation: Recommendation,
    outcome,
    reason,
    action_plan,
    owner,
    due_on,
    now: datetime | None = None,
) -> RecommendationResponse:
    """The addressed police respond to a sent recommendation; after the deadline it counts as late."""
    require(actor, "youth.recommendation.respond", recommendation)
    now = now or utcnow()
    check = Checker()
    values = _checked_response(check, outcome, reason, action_plan, owner, due_on, local_date(now))
    check.done()
    on_time = recommendation.response_due_at is not None and now <= recommendation.response_due_at
    review.record_decision(
        actor,
        recommendation,
        RecommendationStatus.RESPONDED,
        event="youth.recommendation.responded",
        reason=values["reason"],
        after={
            "outcome": values["outcome"].value,
            "owner": values["owner"],
            "due_on": values["due_on"].isoformat() if values["due_on"] else None,
            "on_time": on_time,
        },
        not_pending=_("This recommendation is not awaiting a response"),
    )
    response = RecommendationResponse(recommendation=recommendation, decided_by_id=actor.id, decided_at=now, **values)
    db.session.add(response)
    recommendation.responded_at = now
    _tell_the_commission(recommendation, response)
    return response


def _commission_recipients(recommendation: Recommendation) -> list[User]:
    """The author and the commission's acting facilitators."""
    scheme = recommendation.scheme
    people = [recommendation.author]
    people += [m.user for m in scheme.memberships if m.is_acting_coordinator and m.user_id != recommendation.author_id]
    return [person for person in people if person.is_active]


def _tell_the_commission(recommendation: Recommendation, response: RecommendationResponse) -> None:
    link = mail.absolute_url("youth.recommendation", recommendation_id=recommendation.id)
    for person in _commission_recipients(recommendation):
        mail.queue(
            RESPONSE_EMAIL,
            person.email,
            _("The police have responded to “%(title)s”", title=recommendation.title),
            recipient=person,
            recommendation=recommendation,
            response=response,
            link=link,
        )


@service
def record_progress(actor: User, recommendation: Recommendation, status, note) -> RecommendationUpdate:
    """The addressed police report progress on their response, until implemented or closed."""
    require(actor, "youth.recommendation.update_progress", recommendation)
    check = Checker()
    chosen = check.choice(RecommendationStatus, status, "status", _("Choose where the action plan stands"))
    if chosen is not None and chosen not in PROGRESS_STATUSES:
        check.add("status", _("Choose where the action plan stands"))
    note = check.text(note, "note", limit=NOTE_MAX_CHARS, missing=_("Say what has happened since"))
    check.done()
    if recommendation.response is None:
        raise Conflict(_("Respond to the recommendation before reporting progress"))
    review.record_decision(
        actor,
        recommendation,
        chosen,
        event="youth.recommendation.progress",
        reason=note,
        not_pending=_("This recommendation is already implemented or closed"),
    )
    update = RecommendationUpdate(recommendation=recommendation, note=note, status=chosen, written_by_id=actor.id)
    db.session.add(update)
    return update


@service
def comment_on_response(actor: User, response: RecommendationResponse, text) -> ResponseComment:
    """A member or the facilitator says what the commission makes of the police's response."""
    recommendation = response.recommendation
    require(actor, "youth.recommendation.comment", recommendation)
    check = Checker()
    text = check.text(text, "text", limit=NOTE_MAX_CHARS, missing=_("Enter your comment"))
    check.done()
    comment = ResponseComment(response=response, text=text, author_id=actor.id)
    db.session.add(comment)
    audit.record(actor, "youth.response.commented", recommendation, after={"response_id": response.id})
    return comment


# --- Reading ---------------------------------------------------------------------------------


def _loaded(query: sa.Select) -> sa.Select:
    return query.options(
        selectinload(Recommendation.scheme).selectinload(Scheme.area).selectinload(Area.force),
        selectinload(Recommendation.consultations),
        selectinload(Recommendation.quotes),
        selectinload(Recommendation.responses).selectinload(RecommendationResponse.comments),
        selectinload(Recommendation.updates),
    )


def recommendations_of(scheme: Scheme) -> list[Recommendation]:
    """A commission's recommendations, newest first."""
    return list(
        db.session.scalars(
            _loaded(sa.select(Recommendation))
            .where(Recommendation.scheme_id == scheme.id)
            .order_by(Recommendation.created_at.desc(), Recommendation.id.desc())
        )
    )


def _police_sees(user: User):
    """Sent recommendations addressed to this officer's areas, or to (or in) this admin's forces."""
    sent = Recommendation.status.not_in((RecommendationStatus.SUBMITTED, RecommendationStatus.RETURNED))
    seen = []
    if user.officer_area_ids:
        seen.append(
            sa.and_(
                Recommendation.addressee == Addressee.AREA, Recommendation.area_id.in_(sorted(user.officer_area_ids))
            )
        )
    if user.admin_force_ids:
        in_force = sa.select(Area.id).where(Area.force_id.in_(sorted(user.admin_force_ids)))
        seen.append(Recommendation.area_id.in_(in_force))
    return sa.and_(sent, sa.or_(*seen)) if seen else None


def visible_to(user: User) -> list[Recommendation]:
    """Every recommendation the user may read: their commissions' own, and those sent to them."""
    commissions = sorted(m.scheme_id for m in user.memberships if can(user, "youth.commission.view", m.scheme))
    seen = [Recommendation.scheme_id.in_(commissions)] if commissions else []
    police = _police_sees(user)
    if police is not None:
        seen.append(police)
    if not seen:
        return []
    query = _loaded(sa.select(Recommendation)).where(sa.or_(*seen))
    return list(db.session.scalars(query.order_by(Recommendation.id.desc())))


def last_day_to_respond(recommendation: Recommendation) -> date | None:
    """The last day a response counts as on time (the deadline is the end of it)."""
    if recommendation.response_due_at is None:
        return None
    return local_date(recommendation.response_due_at) - timedelta(days=1)


def days_left(recommendation: Recommendation, today: date | None = None) -> int | None:
    """Days until the response is due (negative once overdue), while one is owed."""
    if not recommendation.awaits_response or recommendation.response_due_at is None:
        return None
    return (last_day_to_respond(recommendation) - (today or date.today())).days


def overdue_in(force_ids: Iterable[int], now: datetime | None = None) -> list[Recommendation]:
    """Recommendations in these forces still unanswered after their deadline, longest overdue first."""
    force_ids = sorted(force_ids)
    if not force_ids:
        return []
    query = (
        _loaded(sa.select(Recommendation))
        .join(Area, Area.id == Recommendation.area_id)
        .where(
            Area.force_id.in_(force_ids),
            Recommendation.status == RecommendationStatus.SENT,
            Recommendation.response_due_at < (now or utcnow()),
        )
        .order_by(Recommendation.response_due_at, Recommendation.id)
    )
    return list(db.session.scalars(query))


@dataclass(frozen=True)
class ResponseFigures:
    """How the police answer a set of recommendations: for the public pages and the admins.

    `due` counts those answered, plus those unanswered past their deadline: the ones whose answer
    could be judged on time or not. `share_on_time` is answered on time over `due`.
    """

    sent: int
    answered: int
    answered_on_time: int
    overdue: int
    median_days_to_answer: float | None

    @property
    def due(self) -> int:
        return self.answered + self.overdue

    @property
    def share_on_time(self) -> float | None:
        return self.answered_on_time / self.due if self.due else None


def response_figures(
    force_id: int | None = None, area_id: int | None = None, scheme_id: int | None = None, now: datetime | None = None
) -> ResponseFigures:
    """Share answered on time and median days to answer, for a force, an area or a commission."""
    now = now or utcnow()
    query = sa.select(Recommendation.sent_at, Recommendation.response_due_at, Recommendation.responded_at).where(
        Recommendation.sent_at.is_not(None)
    )
    if force_id is not None:
        query = query.join(Area, Area.id == Recommendation.area_id).where(Area.force_id == force_id)
    if area_id is not None:
        query = query.where(Recommendation.area_id == area_id)
    if scheme_id is not None:
        query = query.where(Recommendation.scheme_id == scheme_id)
    rows = db.session.execute(query).all()
    answered = [row for row in rows if row.responded_at is not None]
    on_time = sum(1 for row in answered if row.responded_at <= row.response_due_at)
    overdue = sum(1 for row in rows if row.responded_at is None and row.response_due_at < now)
    days = [(row.responded_at - row.sent_at).total_seconds() / 86400 for row in answered]
    return ResponseFigures(
        sent=len(rows),
        answered=len(answered),
        answered_on_time=on_time,
        overdue=overdue,
        median_days_to_answer=round(statistics.median(days), 1) if days else None,
    )
