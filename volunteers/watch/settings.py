"""The Neighbourhood Watch values a force may change, with their defaults.

Read them with `volunteers.settings.settings_for(force)`; a force overrides them in
`Force.settings`, a deployment in FORCE_SETTINGS_FILE. The guard's own word lists and repeat-targeting
thresholds live in its rules files: a force names extra ones in the shared `guard_rules_files`.
"""

DEFAULTS = {
    # Repeat victims: this many reports about the same victim within this many days.
    "watch_repeat_victim_reports": 3,
    "watch_repeat_victim_days": 365,
    # Reports: how long the text may be, and how long ago what happened may be.
    "watch_description_max_chars": 5000,
    "watch_report_max_age_days": 365,
    # A decision's reason must be at least this long: "ok" explains nothing.
    "watch_decision_reason_min_chars": 20,
    # Photos: how many per report, how large a file, how many pixels (decompression bombs),
    # and the longest side they are scaled down to when stored.
    "watch_photos_per_report": 3,
    "watch_photo_max_bytes": 8 * 1024 * 1024,
    "watch_photo_max_pixels": 40_000_000,
    "watch_photo_max_side": 2560,
    # Unattached uploads (chosen on a form that was never sent) are deleted after this many hours.
    "watch_pending_photo_hours": 24,
    # Alerts: how many days an alert stays on members' home pages.
    "watch_alert_home_days": 30,
}
