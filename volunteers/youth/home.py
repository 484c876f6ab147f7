"""What Youth Commission consultations and recommendations add to home pages and navigation:
members see their commission and what awaits them, facilitators what awaits their check,
officers the recommendations awaiting their response, admins the force-wide ones and the overdue."""

import sqlalchemy as sa
from flask import url_for
from flask_babel import gettext as _
from flask_babel import ngettext

from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.home import HomeLink, HomeSection, NavEntry
from volunteers.models import Area, MembershipStatus, SchemeKind, User
from volunteers.permissions import coordinates
from volunteers.youth.models import (
    Addressee,
    Consultation,
    ConsultationQuote,
    QuoteStatus,
    Recommendation,
    RecommendationStatus,
)
from volunteers.youth.queue import RECOMMENDATIONS_KIND


def _commissions(user: User) -> list:
    return [
        m.scheme
        for m in user.memberships
        if m.scheme.kind == SchemeKind.YOUTH and m.status not in (MembershipStatus.LEFT, MembershipStatus.INVITED)
    ]


def _count(query) -> int:
    return int(db.session.scalar(query) or 0)


def _commission_sections(user: User) -> list[HomeSection]:
    links = []
    for scheme in _commissions(user):
        links.append(
            HomeLink(
                scheme.name,
                url_for("youth.commission", scheme_id=scheme.id),
                _("Consultations and recommendations"),
            )
        )
        if coordinates(user, scheme.id):
            waiting = _count(
                sa.select(sa.func.count(Recommendation.id)).where(
                    Recommendation.scheme_id == scheme.id, Recommendation.status == RecommendationStatus.SUBMITTED
                )
            )
            quotes = _count(
                sa.select(sa.func.count(ConsultationQuote.id))
                .join(Consultation, Consultation.id == ConsultationQuote.consultation_id)
                .where(Consultation.scheme_id == scheme.id, ConsultationQuote.status == QuoteStatus.PENDING)
            )
            links.append(
                HomeLink(
                    _("Awaiting your check in %(commission)s", commission=scheme.name),
                    url_for("youth.commission", scheme_id=scheme.id),
                    ngettext("%(num)d recommendation to approve", "%(num)d recommendations to approve", waiting)
                    + " · "
                    + ngettext("%(num)d quote to check", "%(num)d quotes to check", quotes),
                    count=waiting + quotes,
                )
            )
    if not links:
        return []
    return [HomeSection(_("Youth Commission"), 13, links=links)]


def _police_sections(user: User) -> list[HomeSection]:
    """Officers: recommendations to their areas awaiting a response; admins: force-wide ones and
    every overdue response in their forces."""
    links = []
    now = utcnow()
    if user.officer_area_ids:
        awaiting = sa.and_(
            Recommendation.area_id.in_(sorted(user.officer_area_ids)),
            Recommendation.addressee == Addressee.AREA,
            Recommendation.status == RecommendationStatus.SENT,
        )
        count = _count(sa.select(sa.func.count(Recommendation.id)).where(awaiting))
        late = _count(sa.select(sa.func.count(Recommendation.id)).where(awaiting, Recommendation.response_due_at < now))
        links.append(
            HomeLink(
                _("Youth Commission recommendations awaiting your response"),
                url_for("main.review_queue", kind=RECOMMENDATIONS_KIND),
                ngettext("%(num)d awaiting a response", "%(num)d awaiting a response", count)
                + (" · " + ngettext("%(num)d overdue", "%(num)d overdue", late) if late else ""),
                count=count,
            )
        )
    if user.admin_force_ids:
        in_forces = Recommendation.area_id.in_(
            sa.select(Area.id).where(Area.force_id.in_(sorted(user.admin_force_ids)))
        )
        sent = sa.and_(in_forces, Recommendation.status == RecommendationStatus.SENT)
        force_wide = _count(
            sa.select(sa.func.count(Recommendation.id)).where(sent, Recommendation.addressee == Addressee.FORCE)
        )
        late = _count(sa.select(sa.func.count(Recommendation.id)).where(sent, Recommendation.response_due_at < now))
        links.append(
            HomeLink(
                _("Overdue responses to Youth Commissions"),
                url_for("youth.overdue"),
                ngettext("%(num)d overdue", "%(num)d overdue", late)
                + " · "
                + ngettext(
                    "%(num)d force-wide recommendation awaiting a response",
                    "%(num)d force-wide recommendations awaiting a response",
                    force_wide,
                ),
                count=late + force_wide,
            )
        )
    if not links:
        return []
    return [HomeSection(_("Youth Commission recommendations"), 14, links=links)]


def _in_a_commission(user: User) -> bool:
    return bool(_commissions(user))


HOME_SECTIONS = {"youth.commission": _commission_sections, "youth.recommendations": _police_sections}
NAV_ENTRIES = (NavEntry(lambda: _("Youth Commission"), "youth.commissions", 13, _in_a_commission),)
