"""Shared data: forces, areas, schemes, people, their memberships and roles, and the audit trail.

Every permission is derived from these rows: a user sees a thing only through a membership of its
scheme, an officer assignment to its area or an admin role in its force. There is no global
"see everything" flag.
"""

import enum
import functools
from datetime import date, datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from volunteers.db_types import UTCDateTime, enum_column, utcnow
from volunteers.extensions import db

# Limits of what people type, each defined once: the columns, the services, the forms and the API
# all read them from here.
EMAIL_MAX_CHARS = 254
NAME_MAX_CHARS = 200
PHONE_MAX_CHARS = 40
REASON_MAX_CHARS = 2000
CHECK_DETAIL_MAX_CHARS = 200


class SchemeKind(enum.StrEnum):
    WATCH = "watch"
    SPEEDWATCH = "speedwatch"
    YOUTH = "youth"


class MembershipStatus(enum.StrEnum):
    INVITED = "invited"
    APPLIED = "applied"
    VETTING = "vetting"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    LEFT = "left"


# The lifecycle as data: which status may follow which. Services refuse anything else.
# Someone who left (or whose invitation was cancelled) comes back only through a new invitation.
# An active member goes back to vetting only when a check their activation rested on is withdrawn
# as recorded by mistake (they were never fully vetted); a check that merely expires leaves them active.
MEMBERSHIP_TRANSITIONS: dict[MembershipStatus, frozenset[MembershipStatus]] = {
    MembershipStatus.INVITED: frozenset({MembershipStatus.APPLIED, MembershipStatus.LEFT}),
    MembershipStatus.APPLIED: frozenset({MembershipStatus.VETTING, MembershipStatus.LEFT}),
    MembershipStatus.VETTING: frozenset({MembershipStatus.ACTIVE, MembershipStatus.LEFT}),
    MembershipStatus.ACTIVE: frozenset({MembershipStatus.SUSPENDED, MembershipStatus.VETTING, MembershipStatus.LEFT}),
    MembershipStatus.SUSPENDED: frozenset({MembershipStatus.ACTIVE, MembershipStatus.LEFT}),
    MembershipStatus.LEFT: frozenset({MembershipStatus.INVITED}),
}


class MembershipRole(enum.StrEnum):
    MEMBER = "member"
    COORDINATOR = "coordinator"


class CheckKind(enum.StrEnum):
    IDENTITY = "identity"
    TRAINING = "training"
    CODE_OF_CONDUCT = "code_of_conduct"
    DBS = "dbs"
    GUARDIAN_CONSENT = "guardian_consent"


class Force(db.Model):
    __tablename__ = "force"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    # Overrides of the defaults in volunteers.settings (thresholds, deadlines, word lists ...).
    settings: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    areas: Mapped[list["Area"]] = relationship(back_populates="force", order_by="Area.name")

    @property
    def force_id(self) -> int:
        return self.id

    def __repr__(self) -> str:
        return f"<Force {self.slug}>"


class Area(db.Model):
    """A neighbourhood or beat, with the officers assigned to it."""

    __tablename__ = "area"
    __table_args__ = (sa.UniqueConstraint("force_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    slug: Mapped[str] = mapped_column(sa.String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    force: Mapped[Force] = relationship(back_populates="areas")
    schemes: Mapped[list["Scheme"]] = relationship(back_populates="area", order_by="Scheme.name")

    @property
    def area_id(self) -> int:
        return self.id

    def __repr__(self) -> str:
        return f"<Area {self.slug}>"


class Scheme(db.Model):
    """One Neighbourhood Watch, Speed Watch or Youth Commission scheme, in one area."""

    __tablename__ = "scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"), index=True)
    kind: Mapped[SchemeKind] = mapped_column(enum_column(SchemeKind))
    name: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    accepts_interest: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    area: Mapped[Area] = relationship(back_populates="schemes")
    memberships: Mapped[list["Membership"]] = relationship(back_populates="scheme")

    @property
    def scheme_id(self) -> int:
        return self.id

    @property
    def force_id(self) -> int:
        return self.area.force_id

    def __repr__(self) -> str:
        return f"<Scheme {self.id} {self.kind}>"


class User(UserMixin, db.Model):
    """One person with one login. Roles come from memberships and assignments, never a flag."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_CHARS), unique=True)
    name: Mapped[str] = mapped_column(sa.String(NAME_MAX_CHARS))
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    phone: Mapped[str] = mapped_column(sa.String(PHONE_MAX_CHARS), default="")
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    locale: Mapped[str] = mapped_column(sa.String(8), default="en")
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Changing it signs the user out everywhere: it is part of the id kept in session cookies.
    session_version: Mapped[int] = mapped_column(default=1)
    # The authenticator app's secret, encrypted (volunteers.auth.second_factor), once enrolled.
    totp_secret: Mapped[str | None] = mapped_column(sa.String(255))
    totp_enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last time step whose code was accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(sa.BigInteger)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list["Membership"]] = relationship(back_populates="user", foreign_keys="Membership.user_id")
    officer_assignments: Mapped[list["OfficerAssignment"]] = relationship(
        back_populates="user", foreign_keys="OfficerAssignment.user_id"
    )
    admin_roles: Mapped[list["ForceAdmin"]] = relationship(back_populates="user", foreign_keys="ForceAdmin.user_id")

    # The server-side session being started (volunteers.auth.sessions); never stored on the row.
    session_token = None

    def get_id(self) -> str:
        """What the session (and remember-me) cookie holds: who, which version, which session."""
        return f"{self.id}:{self.session_version}:{self.session_token or ''}"

    @property
    def requires_second_factor(self) -> bool:
        """Officers and admins see personal data and decide about people: they must use a second
        factor. Anyone who enrolled one uses it too."""
        return self.is_officer or self.is_admin or self.totp_enrolled_at is not None

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None

    @property
    def display_name(self) -> str:
        return self.name or self.email

    @property
    def first_name(self) -> str:
        return ((self.name or "").split() or [""])[0]

    @property
    def officer_area_ids(self) -> frozenset[int]:
        return frozenset(assignment.area_id for assignment in self.officer_assignments)

    @property
    def admin_force_ids(self) -> frozenset[int]:
        return frozenset(role.force_id for role in self.admin_roles)

    @property
    def is_officer(self) -> bool:
        return bool(self.officer_assignments)

    @property
    def is_admin(self) -> bool:
        return bool(self.admin_roles)

    @property
    def is_coordinator(self) -> bool:
        return any(m.is_acting_coordinator for m in self.memberships)

    @property
    def is_volunteer(self) -> bool:
        return any(m.status != MembershipStatus.LEFT for m in self.memberships)

    def membership_of(self, scheme_id: int) -> "Membership | None":
        return next((m for m in self.memberships if m.scheme_id == scheme_id), None)

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def __repr__(self) -> str:
        return f"<User {self.id}>"


class Membership(db.Model):
    """A person's place in one scheme, as a member or its coordinator, through its lifecycle."""

    __tablename__ = "membership"
    __table_args__ = (sa.UniqueConstraint("user_id", "scheme_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    scheme_id: Mapped[int] = mapped_column(sa.ForeignKey("scheme.id"), index=True)
    role: Mapped[MembershipRole] = mapped_column(enum_column(MembershipRole), default=MembershipRole.MEMBER)
    status: Mapped[MembershipStatus] = mapped_column(
        enum_column(MembershipStatus), default=MembershipStatus.INVITED, index=True
    )
    status_reason: Mapped[str] = mapped_column(sa.Text, default="")
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="memberships", foreign_keys=[user_id])
    scheme: Mapped[Scheme] = relationship(back_populates="memberships")
    checks: Mapped[list["VettingCheck"]] = relationship(
        back_populates="membership", order_by="VettingCheck.recorded_at"
    )

    @property
    def area(self) -> Area:
        return self.scheme.area

    @property
    def area_id(self) -> int:
        return self.scheme.area_id

    @property
    def force_id(self) -> int:
        return self.scheme.force_id

    @property
    def is_acting_coordinator(self) -> bool:
        return self.role == MembershipRole.COORDINATOR and self.status == MembershipStatus.ACTIVE

    def may_become(self, status: MembershipStatus) -> bool:
        return status in MEMBERSHIP_TRANSITIONS[self.status]

    def __repr__(self) -> str:
        return f"<Membership {self.id} {self.status}>"


class VettingCheck(db.Model):
    """One item of a membership's vetting checklist, as recorded by a coordinator on a date.

    Items are never edited or deleted: renewing one records a new row, and one recorded by mistake
    is withdrawn (kept, with who withdrew it, when and why, but no longer counted), so the history
    stays visible.
    """

    __tablename__ = "vetting_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    kind: Mapped[CheckKind] = mapped_column(enum_column(CheckKind))
    completed_on: Mapped[date] = mapped_column(sa.Date)
    # Indexed for the nightly reminders, which look for checks expiring soon.
    expires_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    # A reference, such as the code of conduct version or a DBS certificate's last digits.
    detail: Mapped[str] = mapped_column(sa.String(CHECK_DETAIL_MAX_CHARS), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    withdrawal_reason: Mapped[str] = mapped_column(sa.Text, default="")

    membership: Mapped[Membership] = relationship(back_populates="checks")
    recorded_by: Mapped[User | None] = relationship(foreign_keys=[recorded_by_id])
    withdrawn_by: Mapped[User | None] = relationship(foreign_keys=[withdrawn_by_id])

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def is_current_on(self, day: date) -> bool:
        return self.completed_on <= day and (self.expires_on is None or day <= self.expires_on)


class OfficerAssignment(db.Model):
    """An officer, PCSO or staff member assigned to review and act in one area."""

    __tablename__ = "officer_assignment"
    __table_args__ = (sa.UniqueConstraint("user_id", "area_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("area.id"), index=True)
    assigned_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="officer_assignments", foreign_keys=[user_id])
    area: Mapped[Area] = relationship()

    @property
    def force_id(self) -> int:
        return self.area.force_id


class ForceAdmin(db.Model):
    """A force volunteer manager: administers the areas, officers and schemes of one force."""

    __tablename__ = "force_admin"
    __table_args__ = (sa.UniqueConstraint("user_id", "force_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    force_id: Mapped[int] = mapped_column(sa.ForeignKey("force.id"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="admin_roles", foreign_keys=[user_id])
    force: Mapped[Force] = relationship()


class TokenPurpose(enum.StrEnum):
    PASSWORD_RESET = "password_reset"
    ACCOUNT_SETUP = "account_setup"
    INVITATION = "invitation"
    GUARDIAN_CONSENT = "guardian_consent"
    EMAIL_CHANGE = "email_change"
    GUARDIAN_WITHDRAWAL = "guardian_withdrawal"
    EVENT_CONSENT = "event_consent"


class OneTimeToken(db.Model):
    """A single-use, expiring link sent by email. Only a hash of the secret is stored."""

    __tablename__ = "one_time_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[TokenPurpose] = mapped_column(enum_column(TokenPurpose))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    email: Mapped[str] = mapped_column(sa.String(254))
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    membership_id: Mapped[int | None] = mapped_column(sa.ForeignKey("membership.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    membership: Mapped[Membership | None] = relationship()

    def is_usable_at(self, moment: datetime) -> bool:
        return self.used_at is None and self.cancelled_at is None and moment < self.expires_at


class UserSession(db.Model):
    """One signed-in browser. Its token is in the session cookie; only its hash is stored, and a
    session that has ended stops working, whatever copy of the cookie someone kept."""

    __tablename__ = "user_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class RecoveryCode(db.Model):
    """A single-use code for signing in without the authenticator app. Only its hash is kept."""

    __tablename__ = "recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    code_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApiToken(db.Model):
    """A bearer token a user made for their own client. Only a hash of the secret is stored."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    # The first characters of the token, shown so its owner can tell tokens apart.
    prefix: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()

    def is_usable_at(self, moment: datetime) -> bool:
        return self.revoked_at is None and moment < self.expires_at


class OutboundEmail(db.Model):
    """An email written in the same transaction as the change it reports (a transactional outbox).

    It is sent after the commit, or by `flask mail deliver` when delivery is left to a worker, so
    a rolled-back change never sends mail and a mail server outage loses nothing.
    """

    __tablename__ = "outbound_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    template: Mapped[str] = mapped_column(sa.String(100))
    to_address: Mapped[str] = mapped_column(sa.String(254))
    subject: Mapped[str] = mapped_column(sa.String(300))
    body_text: Mapped[str] = mapped_column(sa.Text)
    body_html: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(sa.String(500), default="")


class AuditEvent(db.Model):
    """One entry of the append-only accountability record, chained to the one before by hash.

    Each force's events form a chain of their own (`chain` is the force id; 0 holds events that
    belong to no force), so forces never wait for each other to record, and `seq` counts from 1
    within a chain.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        sa.UniqueConstraint("chain", "seq"),
        sa.Index("ix_audit_event_subject", "subject_type", "subject_id"),
        # The audit explorer pages a force's events newest first (keyset on occurred_at, id),
        # narrowed by one filter or another: an index for each, ending in the page's order.
        sa.Index("ix_audit_event_force_time", "force_id", "occurred_at", "id"),
        sa.Index("ix_audit_event_force_action_time", "force_id", "action", "occurred_at", "id"),
        sa.Index("ix_audit_event_force_actor_time", "force_id", "actor_id", "occurred_at", "id"),
        sa.Index("ix_audit_event_force_subject_time", "force_id", "subject_type", "occurred_at", "id"),
        sa.Index("ix_audit_event_force_area_time", "force_id", "area_id", "occurred_at", "id"),
        sa.Index("ix_audit_event_force_kind_time", "force_id", "scheme_kind", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[int] = mapped_column(sa.BigInteger)
    seq: Mapped[int] = mapped_column(sa.BigInteger)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    # The actor's name as it was when they acted, so the trail reads the same after a name change.
    actor_name: Mapped[str | None] = mapped_column(sa.String(NAME_MAX_CHARS))
    action: Mapped[str] = mapped_column(sa.String(80), index=True)
    subject_type: Mapped[str] = mapped_column(sa.String(60))
    subject_id: Mapped[str] = mapped_column(sa.String(60))
    force_id: Mapped[int | None] = mapped_column(sa.ForeignKey("force.id"))
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    before: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    after: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    previous_hash: Mapped[str] = mapped_column(sa.String(64))
    # The HMAC-SHA-256 of the event under the key `key_id` names (plain SHA-256 when it is None:
    # events recorded before the chain was keyed).
    hash: Mapped[str] = mapped_column(sa.String(64))
    key_id: Mapped[str | None] = mapped_column(sa.String(40))
    # Where the subject belongs, kept so the explorer can filter by them (covered by the MAC).
    area_id: Mapped[int | None] = mapped_column(sa.Integer)
    scheme_kind: Mapped[str | None] = mapped_column(sa.String(32))

    actor: Mapped[User | None] = relationship()


class AuditChainHead(db.Model):
    """The newest event of each chain: the row every writer of a chain takes (and holds locked
    until its transaction ends), so two writers never link to the same event, and what the next
    event links to, read in the same statement (`volunteers/audit.py`)."""

    __tablename__ = "audit_chain_head"

    chain: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(sa.BigInteger)
    hash: Mapped[str] = mapped_column(sa.String(64))


class AuditCheckKind(enum.StrEnum):
    VERIFY = "verify"
    ANCHOR = "anchor"


class AuditCheck(db.Model):
    """The outcome of one run of `flask audit verify` or `flask audit anchor`, for the audit page."""

    __tablename__ = "audit_check"
    __table_args__ = (sa.Index("ix_audit_check_kind_time", "kind", "ran_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AuditCheckKind] = mapped_column(enum_column(AuditCheckKind))
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    intact: Mapped[bool]
    chains: Mapped[int] = mapped_column(default=0)
    events: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    anchors: Mapped[int] = mapped_column(default=0)
    # The chain where verification found the first break, and what it found there.
    broken_chain: Mapped[int | None] = mapped_column(sa.BigInteger)
    detail: Mapped[str] = mapped_column(sa.Text, default="")


@functools.cache
def with_roles() -> tuple:
    """Loader options for a user with everything their permissions are derived from (memberships
    with their scheme, area, force and checks; officer areas; admin forces), in the same query.

    Every request asks these on its way in, so loading them lazily would cost a query each. The
    API's bearer cache compares exactly these rows before it reuses a graph
    (volunteers/auth/bearer_cache.py): a relationship added here goes into its fingerprint too.
    """
    membership = joinedload(User.memberships)
    return (
        membership.joinedload(Membership.scheme).joinedload(Scheme.area).joinedload(Area.force),
        membership.joinedload(Membership.checks),
        joinedload(User.officer_assignments).joinedload(OfficerAssignment.area).joinedload(Area.force),
        joinedload(User.admin_roles).joinedload(ForceAdmin.force),
    )
