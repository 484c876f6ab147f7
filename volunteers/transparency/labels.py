"""What the transparency feature's audit actions and subjects are called on the audit pages."""

from flask_babel import lazy_gettext as _l

AUDIT_ACTIONS = {
    "transparency.entry.written": _l("“You said, we did” entry written"),
    "transparency.entry.approved": _l("“You said, we did” entry approved for publication"),
    "transparency.entry.declined": _l("“You said, we did” entry declined"),
    "transparency.population.saved": _l("Area population profile saved"),
}
AUDIT_SUBJECTS = {
    "you_said_we_did": _l("“You said, we did” entry"),
    "area_population_profile": _l("Area population profile"),
}
ENTRY_STATUSES = {
    "awaiting_approval": _l("Awaiting approval"),
    "approved": _l("Published"),
    "declined": _l("Declined"),
}
