"""What each audit action and each kind of subject is called on the audit pages, in words a person
reads ("Report decided", "Neighbourhood Watch report"), not the codes stored ("watch.report.decided").

The shared ones are here; each feature hands its own to `registry.install` (`audit_actions`,
`audit_subjects`). An action nobody named reads as its code in words, so nothing is ever hidden.
"""

from flask_babel import lazy_gettext as _l

from volunteers.registry import registries

SHARED_ACTIONS = {
    "admin.appointed": _l("Made an administrator"),
    "api_token.created": _l("API token created"),
    "api_token.revoked": _l("API token revoked"),
    "area.created": _l("Area added"),
    "demo.seeded": _l("Demo data created"),
    "equality.declared": _l("Equality monitoring answered"),
    "equality.withdrawn": _l("Equality monitoring answers deleted"),
    "force.created": _l("Force created"),
    "hours.logged": _l("Hours logged"),
    "hours.recorded": _l("Hours recorded"),
    "hours.corrected": _l("Hours corrected"),
    "hours.voided": _l("Hours removed from the totals"),
    "officer.created": _l("Officer added"),
    "officer.areas_changed": _l("Officer's areas changed"),
    "personal_data.downloaded": _l("Personal data downloaded"),
    "profile.updated": _l("Own details changed"),
    "scheme.created": _l("Scheme added"),
    "scheme.members_exported": _l("Member list downloaded"),
    "scheme.interest_closed": _l("Taken off the public join page"),
    "scheme.interest_opened": _l("Put back on the public join page"),
    "user.account_set_up": _l("Account set up"),
    "user.email_change_requested": _l("Asked to change email address"),
    "user.email_changed": _l("Email address changed"),
    "user.password_changed": _l("Password changed"),
    "user.password_reset": _l("Password reset with an emailed link"),
    "user.signed_out_everywhere": _l("Signed out everywhere"),
    "user.second_factor_enrolled": _l("Authenticator app set up"),
    "user.second_factor_reset": _l("Second factor reset by an administrator"),
    "user.second_factor_turned_off": _l("Authenticator app no longer used"),
    "user.recovery_code_used": _l("Signed in with a recovery code"),
    "user.recovery_codes_renewed": _l("New recovery codes"),
}

SHARED_SUBJECTS = {
    "force": _l("Force"),
    "area": _l("Area"),
    "scheme": _l("Scheme"),
    "user_account": _l("Person"),
    "membership": _l("Membership"),
    "api_token": _l("API token"),
    "volunteer_hours": _l("Hours"),
    "expression_of_interest": _l("Request to join"),
    "equality_declaration": _l("Equality monitoring answers"),
}


def _in_words(code: str) -> str:
    return code.replace(".", " ").replace("_", " ").capitalize()


def field_label(name: str) -> str:
    """A changed value's name (a key of an event's before and after) as words."""
    return _in_words(name)


def action_label(action: str) -> str:
    label = registries().audit_actions.get(action)
    return str(label) if label is not None else _in_words(action)


def subject_label(subject_type: str) -> str:
    label = registries().audit_subjects.get(subject_type)
    return str(label) if label is not None else _in_words(subject_type)


def known_actions() -> frozenset[str]:
    """The codes of every named action: a filter on one of them means that action exactly."""
    return registries().audit_actions.names()


def action_choices() -> list[tuple[str, str]]:
    """Every named action, for the audit page's filter, alphabetically by what it is called."""
    return sorted(((code, str(label)) for code, label in registries().audit_actions.items()), key=lambda c: c[1])


def subject_choices() -> list[tuple[str, str]]:
    return sorted(((code, str(label)) for code, label in registries().audit_subjects.items()), key=lambda c: c[1])
