"""The onboarding values a force may change, with their defaults.

Read them with `volunteers.settings.settings_for(force)`; a force overrides them in
`Force.settings`, a deployment in FORCE_SETTINGS_FILE.
"""

DEFAULTS = {
    # `flask membership purge` deletes expressions of interest answered (or left unanswered) this
    # many days ago, and the accounts of people whose invitation was cancelled this many days ago
    # and who never set a password.
    "interest_retention_days": 180,
    "cancelled_invitation_retention_days": 180,
}
