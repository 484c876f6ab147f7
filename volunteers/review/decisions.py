"""The review step every scheme shares: pending → decided, with a reason, by whom, when.

A scheme's service calls it in this order, inside its own transaction:

1. `require(actor, "<scheme>.<thing>.decide", subject)`: the scheme's rule, built on
   `may_review` (an officer of the subject's area who did not write it);
2. `checked_reason(check, ...)` while it checks the rest of the officer's input, so every problem
   is reported at once;
3. `record_decision(...)`: refuses a step the subject's lifecycle does not allow, moves it on,
   and writes the one audit event of the decision.

A subject is any model with `area_id`, a `status` enum, `may_become(status)` and
`is_authored_by(user)`. Each scheme keeps its decisions in a table of its own built on
`DecisionRecord`, so every decision records what, why, who and when the same way.
"""

import enum
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from volunteers import audit
from volunteers.db_types import UTCDateTime, utcnow
from volunteers.errors import Conflict
from volunteers.models import User
from volunteers.permissions import is_officer_of
from volunteers.validation import Checker

REASON_MAX_CHARS = 5000
# "ok" or "seen" explains nothing: a reason is a sentence.
REASON_MIN_WORDS = 3


def may_review(user: User, subject) -> bool:
    """An officer of the subject's area, unless they wrote it: nobody reviews their own submission."""
    return is_officer_of(user, subject.area_id) and not subject.is_authored_by(user)


def checked_reason(check: Checker, reason: str | None, min_chars: int, field: str = "reason") -> str:
    """The reason for a decision: required, and explained in a sentence or more."""
    reason = check.text(
        reason,
        field,
        limit=REASON_MAX_CHARS,
        missing=_("Give the reason for your decision"),
        too_long=_("The reason must be %(max)d characters or fewer", max=REASON_MAX_CHARS),
    )
    if reason and (len(reason) < min_chars or len(reason.split()) < REASON_MIN_WORDS):
        check.add(field, _("Explain your reason in a sentence or more (at least %(min)d characters)", min=min_chars))
    return reason


def record_decision(
    actor: User,
    subject,
    to_status: enum.Enum,
    *,
    event: str,
    reason: str,
    after: dict | None = None,
    not_pending: str | None = None,
) -> None:
    """Move a pending subject to its decided status and write the decision's audit event.

    The subject's own allowed transitions decide whether the step is possible; the caller's
    transaction commits it.
    """
    if not subject.may_become(to_status):
        raise Conflict(not_pending or _("This is not awaiting review"))
    before = {"status": subject.status.value}
    subject.status = to_status
    audit.record(
        actor, event, subject, reason=reason, before=before, after={"status": to_status.value, **(after or {})}
    )


class DecisionRecord:
    """The columns every scheme's decision table shares: the reason, who decided and when."""

    reason: Mapped[str] = mapped_column(sa.Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @declared_attr
    def decided_by_id(cls) -> Mapped[int]:  # noqa: N805 (SQLAlchemy passes the class)
        return mapped_column(sa.ForeignKey("user_account.id"))

    @declared_attr
    def decided_by(cls) -> Mapped[User]:  # noqa: N805
        return relationship(foreign_keys=lambda: [cls.decided_by_id])
