"""Automated WCAG 2.2 AA checks (axe-core) of the pages for putting a member's record right: a
withdrawn check, a corrected date of birth, a coordinator's role, and one's own email address."""

import pytest

from tests.browser.test_accessibility import violations_on
from tests.factories import make_admin, make_coordinator, make_membership, make_scheme
from volunteers import vetting
from volunteers.membership import lifecycle
from volunteers.models import CheckKind


@pytest.mark.parametrize("width", [360, 1280])
def test_record_pages_have_no_detectable_accessibility_failures(page, live_server, sign_in_browser, width):
    page.set_viewport_size({"width": width, "height": 900})
    scheme = make_scheme()
    coordinator = make_coordinator(scheme)
    member = make_membership(scheme=scheme)
    identity = vetting.latest_check(member, CheckKind.IDENTITY)
    lifecycle.withdraw_check(coordinator, vetting.latest_check(member, CheckKind.TRAINING), "Wrong person")
    pages_by_person = {
        coordinator: [
            f"/memberships/{member.id}",
            f"/checks/{identity.id}/withdraw",
            f"/memberships/{member.id}/date-of-birth",
        ],
        make_admin(scheme.area.force): [f"/memberships/{member.id}", f"/admin/memberships/{member.id}/role"],
        member.user: ["/account/", "/account/email"],
    }
    for person, paths in pages_by_person.items():
        sign_in_browser(person)
        for path in paths:
            assert page.goto(live_server(path)).status == 200, path
            assert violations_on(page) == [], path
        page.context.clear_cookies()
