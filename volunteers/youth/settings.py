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
}
