"""What the Youth Commission safeguarding tests share: a commission with its facilitator, young
people of a given age, and the guardians' links from the emails they were sent."""

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.factories import make_coordinator, make_membership, make_scheme, make_user, record_check
from volunteers.models import CheckKind, Membership, MembershipStatus, SchemeKind
from volunteers.transaction import transaction
from volunteers.youth import consent

BASE_URL = "http://volunteers.test"
GUARDIAN = "pat.parent@example.test"


def born_years_ago(years: int, today: date | None = None) -> date:
    """A date of birth that makes someone exactly `years` old today (their birthday was yesterday)."""
    day = (today or date.today()) - timedelta(days=1)
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def commission():
    """A Youth Commission and its facilitator (an adult, DBS included in their vetting)."""
    scheme = make_scheme(kind=SchemeKind.YOUTH, name="Northgate Youth Commission")
    return scheme, make_coordinator(scheme, name="Fay Facilitator")


def young_applicant(scheme, age: int = 15, guardian: str = GUARDIAN) -> Membership:
    """An under-18 who has applied and named a guardian, who has been asked for consent; every
    other check is recorded, so the membership is being vetted."""
    user = make_user(name="Yasmin Young", date_of_birth=born_years_ago(age))
    membership = make_membership(user, scheme, status=MembershipStatus.VETTING, vetted=False)
    for kind in (CheckKind.IDENTITY, CheckKind.TRAINING, CheckKind.CODE_OF_CONDUCT):
        record_check(membership, kind)
    with transaction():
        consent.ask_on_application(membership, "Pat Parent", guardian)
    return membership


def link_path(smtp, address: str, page: str) -> str:
    """The path of the one link to `page` in the last email to `address`."""
    found = [link for link in smtp.links(smtp.last_to(address)) if page in link]
    assert len(found) == 1, found
    return found[0].replace(BASE_URL, "")


def secret_of(path: str) -> str:
    return parse_qs(urlsplit(path).query)["link"][0]


def consent_path(smtp, address: str = GUARDIAN) -> str:
    return link_path(smtp, address, "/youth/guardian/consent?")


def withdrawal_path(smtp, address: str = GUARDIAN) -> str:
    return link_path(smtp, address, "/youth/guardian/withdraw?")
