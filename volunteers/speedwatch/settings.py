"""The Community Speed Watch values a force may change, with their defaults.

Read them with `volunteers.settings.settings_for(force)`; a force overrides them in
`Force.settings`, a deployment in FORCE_SETTINGS_FILE.
"""

DEFAULTS = {
    # Sessions run only on roads with these limits (mph).
    "speedwatch_speed_limits": [20, 30, 40],
    # The threshold is the limit plus this percentage plus this many mph (35 in a 30), rounded
    # "up", "down" or to the "nearest" whole mph.
    "speedwatch_threshold_percent": 10,
    "speedwatch_threshold_extra_mph": 2,
    "speedwatch_threshold_rounding": "up",
    # Anything faster is a mistake at a Speed Watch site, not a sighting.
    "speedwatch_max_speed": 150,
    # The same plate again within this many minutes of the same session is the same vehicle.
    "speedwatch_duplicate_minutes": 2,
    # Sessions: how long at most, how many trained volunteers at least, and the operators' ages.
    "speedwatch_session_max_minutes": 120,
    "speedwatch_min_volunteers": 3,
    "speedwatch_operator_min_age": 18,
    "speedwatch_operator_max_age": 80,
    # A session may be started this long before its booked start, and sightings entered this long
    # after its end (writing up the last few from the sheet).
    "speedwatch_start_early_minutes": 15,
    "speedwatch_entry_grace_minutes": 15,
    # An officer's approval of a site lasts this long; its review is listed this long before it lapses.
    "speedwatch_site_approval_days": 365,
    "speedwatch_site_review_warning_days": 30,
    # Escalation counts a plate's accepted sightings over this rolling window, across the force.
    "speedwatch_escalation_days": 365,
    # Sightings are deleted this long after their session (kept while an open referral or an
    # undecided objection needs them).
    "speedwatch_retention_days": 365,
    # A roadside app's batch is answered from its idempotency record for this many days, then the
    # record is deleted by retention (a retry comes within minutes).
    "speedwatch_idempotency_days": 7,
    # Uploads and API batches: how large a file, how many sightings at once.
    "speedwatch_upload_max_bytes": 2 * 1024 * 1024,
    "speedwatch_batch_max_sightings": 500,
}
