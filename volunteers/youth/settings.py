"""The Youth Commission values a force may change, with their defaults.

Read them with `volunteers.settings.settings_for(force)`; a force overrides them in
`Force.settings`, a deployment in FORCE_SETTINGS_FILE.
"""

DEFAULTS = {
    # Young people join between these ages (inclusive), on the day they apply.
    "youth_min_age": 14,
    "youth_max_age": 25,
    # Below this age a member needs a guardian's consent; from it, adults need a DBS check.
    "adult_age": 18,
    # The police respond to a commission's recommendation within this many days of its being sent.
    "youth_response_days": 28,
    # Reminders to the addressed officers, in days from the response deadline (before, on the day,
    # after); each is sent once per recommendation.
    "youth_response_reminder_days": [-7, 0, 7],
    # How long a guardian's link to consent (to joining, or to one event) works, in days.
    "youth_guardian_link_days": 14,
    # How long the link a guardian keeps to withdraw their consent works, in days: from 14 to 18.
    "youth_withdrawal_link_days": 1461,
}
