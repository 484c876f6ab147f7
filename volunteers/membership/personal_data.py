"""What onboarding holds about a person, for the download of everything held about them."""

import sqlalchemy as sa

from volunteers.extensions import db
from volunteers.membership.models import ExpressionOfInterest
from volunteers.membership.queries import application_of, profile_of
from volunteers.models import User


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def export_memberships(user: User) -> list[dict]:
    exported = []
    for membership in sorted(user.memberships, key=lambda m: m.id):
        application = application_of(membership)
        exported.append(
            {
                "scheme_id": membership.scheme_id,
                "scheme_name": membership.scheme.name,
                "role": membership.role.value,
                "status": membership.status.value,
                "status_reason": membership.status_reason,
                "status_changed_at": _iso(membership.status_changed_at),
                "activated_at": _iso(membership.activated_at),
                "created_at": _iso(membership.created_at),
                "vetting_checks": [
                    {
                        "kind": check.kind.value,
                        "completed_on": _iso(check.completed_on),
                        "expires_on": _iso(check.expires_on),
                        "detail": check.detail,
                        "recorded_by_id": check.recorded_by_id,
                        "recorded_at": _iso(check.recorded_at),
                        "withdrawn_at": _iso(check.withdrawn_at),
                        "withdrawal_reason": check.withdrawal_reason,
                    }
                    for check in membership.checks
                ],
                "application": None
                if application is None
                else {
                    "motivation": application.motivation,
                    "code_of_conduct_version": application.code_of_conduct_version,
                    "agreed_to_code_at": _iso(application.agreed_to_code_at),
                    "agreed_to_data_use_at": _iso(application.agreed_to_data_use_at),
                    "submitted_at": _iso(application.submitted_at),
                },
            }
        )
    return exported


def export_profile(user: User) -> dict | None:
    profile = profile_of(user)
    if profile is None:
        return None
    return {
        "languages": profile.languages,
        "accessibility_needs": profile.accessibility_needs,
        "updated_at": _iso(profile.updated_at),
    }


def export_interest(user: User) -> list[dict]:
    expressions = db.session.scalars(
        sa.select(ExpressionOfInterest)
        .where(ExpressionOfInterest.email == user.email)
        .order_by(ExpressionOfInterest.id)
    )
    return [
        {
            "scheme_id": interest.scheme_id,
            "name": interest.name,
            "email": interest.email,
            "message": interest.message,
            "status": interest.status.value,
            "created_at": _iso(interest.created_at),
            "decided_at": _iso(interest.decided_at),
            "decision_reason": interest.decision_reason,
        }
        for interest in expressions
    ]


SECTIONS = {
    "memberships": export_memberships,
    "volunteer_profile": export_profile,
    "expressions_of_interest": export_interest,
}
