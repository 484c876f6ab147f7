"""What Youth Commissions add to the shared membership rules: ages, DBS and guardian consent.

Members (the young people) must be within the force's ages when they apply. Under-18s need their
guardian's consent; adults in the commission (facilitators, and members of 18 or over) need an
in-date DBS check. A missing date of birth counts as adult, so the stricter check applies.
Officers never see any member's contact details or date of birth (volunteers/membership/rules.py);
the facilitator (coordinator) does. Only an adult may be made a facilitator.
"""

from datetime import date

from flask_babel import gettext as _

from volunteers import vetting
from volunteers.models import CheckKind, Membership, MembershipRole
from volunteers.settings import settings_for
from volunteers.vetting import MembershipPolicy
from volunteers.youth import consent


def is_young_person(membership: Membership) -> bool:
    """A member of the commission, as opposed to an adult who runs it."""
    return membership.role == MembershipRole.MEMBER


class YouthMembershipPolicy(MembershipPolicy):
    def extra_checks(self, membership: Membership, today: date) -> tuple[CheckKind, ...]:
        age = membership.user.age_on(today)
        if age is not None and age < settings_for(membership.scheme.area.force).adult_age:
            return (CheckKind.GUARDIAN_CONSENT,)
        return (CheckKind.DBS,)

    def applicant_age_problem(self, membership: Membership, age: int) -> str | None:
        if not is_young_person(membership):
            return None
        settings = settings_for(membership.scheme.area.force)
        youngest, oldest = int(settings.youth_min_age), int(settings.youth_max_age)
        if youngest <= age <= oldest:
            return None
        return _(
            "Youth Commission members are %(youngest)d to %(oldest)d years old. "
            "Talk to the coordinator about other ways to take part.",
            youngest=youngest,
            oldest=oldest,
        )

    def coordinator_problem(self, membership: Membership, today: date) -> str | None:
        """A facilitator is an adult who works with the young people, never one of them under age,
        and has an in-date DBS check before they are appointed."""
        age = membership.user.age_on(today)
        adult_age = int(settings_for(membership.scheme.area.force).adult_age)
        if age is None or age < adult_age:
            return _(
                "A Youth Commission's facilitator must be %(age)d or over, with a date of birth on record",
                age=adult_age,
            )
        dbs = next(item for item in vetting.checklist(membership, today) if item.kind == CheckKind.DBS)
        if dbs.blocks:
            return _("A Youth Commission's facilitator needs an in-date DBS check: record it first")
        return None

    def may_need_guardian(self, membership: Membership) -> bool:
        return is_young_person(membership)

    def needs_guardian(self, membership: Membership, age: int) -> bool:
        return is_young_person(membership) and age < int(settings_for(membership.scheme.area.force).adult_age)

    def name_without_contact(self, membership: Membership) -> str:
        """Officers know a young person by first name only, as their mentor does."""
        if is_young_person(membership):
            return membership.user.first_name
        return membership.user.display_name

    def applied(self, membership: Membership, guardian_name: str, guardian_email: str) -> None:
        """An under-18's guardian is asked for their consent as soon as the application is in."""
        if guardian_email:
            consent.ask_on_application(membership, guardian_name, guardian_email)
