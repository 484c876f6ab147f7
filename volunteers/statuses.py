"""How statuses read and what colour their tag is, on every page that shows one.

Labels are translated when shown (for the reader's language); a status not listed here reads as
its name in words, in a grey tag. Schemes add their statuses here as they add them.
"""

from flask_babel import lazy_gettext as _l

STATUS_LABELS = {
    "draft": _l("Draft"),
    "pending": _l("Pending"),
    "submitted": _l("Submitted"),
    "open": _l("Open"),
    "awaiting_response": _l("Awaiting response"),
    "active": _l("Active"),
    "accepted": _l("Accepted"),
    "partly_accepted": _l("Partly accepted"),
    "actioned": _l("Actioned"),
    "approved": _l("Approved"),
    "upheld": _l("Upheld"),
    "implemented": _l("Implemented"),
    "completed": _l("Completed"),
    "current": _l("Current"),
    "referred": _l("Referred"),
    "suspended": _l("Suspended"),
    "rejected": _l("Rejected"),
    "not_accepted": _l("Not accepted"),
    "overdue": _l("Overdue"),
    "urgent": _l("Urgent"),
    "expired": _l("Expired"),
    "vetting": _l("Vetting"),
    "applied": _l("Applied"),
    "needs_more_information": _l("Needs more information"),
    "due_soon": _l("Due soon"),
    "invited": _l("Invited"),
    "left": _l("Left"),
    "withdrawn": _l("Withdrawn"),
    "closed": _l("Closed"),
    "no_further_action": _l("No further action"),
    "dismissed": _l("Dismissed"),
    "proposed": _l("Awaiting assessment"),
    "declined": _l("Declined"),
    "planned": _l("Planned"),
    "running": _l("Running"),
    "reviewed": _l("Reviewed"),
    "cancelled": _l("Cancelled"),
    "recorded": _l("Awaiting review"),
    "voided": _l("Voided"),
    "due": _l("Due"),
    "sent": _l("Sent"),
    # A guardian's consent (Youth Commissions).
    "requested": _l("Asked, no answer yet"),
    "consented": _l("Consented"),
    "refused": _l("Did not consent"),
    "not_asked": _l("Not asked yet"),
}

STATUS_COLOURS = {
    "draft": "grey",
    "pending": "blue",
    "submitted": "blue",
    "open": "blue",
    "awaiting_response": "blue",
    "active": "green",
    "accepted": "green",
    "partly_accepted": "turquoise",
    "actioned": "green",
    "approved": "green",
    "upheld": "green",
    "implemented": "green",
    "completed": "green",
    "current": "green",
    "referred": "purple",
    "suspended": "red",
    "rejected": "red",
    "not_accepted": "red",
    "overdue": "red",
    "urgent": "red",
    "expired": "red",
    "vetting": "yellow",
    "applied": "yellow",
    "needs_more_information": "yellow",
    "due_soon": "yellow",
    "invited": "grey",
    "left": "grey",
    "withdrawn": "grey",
    "closed": "grey",
    "no_further_action": "grey",
    "dismissed": "grey",
    "proposed": "blue",
    "declined": "red",
    "planned": "blue",
    "running": "turquoise",
    "reviewed": "green",
    "cancelled": "grey",
    "recorded": "blue",
    "voided": "grey",
    "due": "yellow",
    "sent": "green",
    "requested": "yellow",
    "consented": "green",
    "refused": "red",
    "not_asked": "grey",
}


def status_label(key: str) -> str:
    label = STATUS_LABELS.get(key)
    return str(label) if label is not None else key.replace("_", " ").capitalize()


def status_colour(key: str) -> str:
    return STATUS_COLOURS.get(key, "grey")
