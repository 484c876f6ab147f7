"""Neighbourhood Watch: members' reports, the guard that screens them, officers' review with reasons,
outcomes, redacted summaries and alerts.

Nothing a member reports is seen by anyone but the reporter and the officers of its area until an
officer has decided on it; what is shared afterwards is a summary the officer wrote, never the
report's own words.
"""
