"""What Neighbourhood Watch's codes are called on pages and in emails, and what each flag means.

One place for the words, so the form, the report page, the queue and the emails say the same.
"""

import re

from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from volunteers.watch.models import Decision, RejectionGround, ReportCategory, VictimRole

CATEGORY_LABELS = {
    ReportCategory.SUSPICIOUS_ACTIVITY: _l("Suspicious activity"),
    ReportCategory.ANTI_SOCIAL_BEHAVIOUR: _l("Anti-social behaviour"),
    ReportCategory.VEHICLE_CRIME: _l("Vehicle crime"),
    ReportCategory.BURGLARY_CONCERN: _l("Burglary concern"),
    ReportCategory.ENVIRONMENTAL: _l("Environmental (fly-tipping, graffiti, lighting ...)"),
    ReportCategory.OTHER: _l("Something else"),
}

CATEGORY_HINTS = {
    ReportCategory.SUSPICIOUS_ACTIVITY: _l("Behaviour that worried you, such as someone trying door handles"),
    ReportCategory.ANTI_SOCIAL_BEHAVIOUR: _l("Noise, nuisance, intimidation or damage"),
    ReportCategory.VEHICLE_CRIME: _l("Vehicles broken into, damaged or stolen"),
    ReportCategory.BURGLARY_CONCERN: _l("Signs of a break-in, or homes left insecure"),
}

DECISION_LABELS = {
    Decision.ACTIONED: _l("Actioned"),
    Decision.REFERRED: _l("Referred to a partner"),
    Decision.NO_FURTHER_ACTION: _l("No further action"),
    Decision.NEEDS_MORE_INFORMATION: _l("Needs more information from the reporter"),
    Decision.REJECTED: _l("Rejected"),
}

DECISION_HINTS = {
    Decision.ACTIONED: _l("The police have acted or will act on it"),
    Decision.REFERRED: _l("Passed to the council, a housing provider, safeguarding or another partner"),
    Decision.NO_FURTHER_ACTION: _l("Noted, but nothing more will be done"),
    Decision.NEEDS_MORE_INFORMATION: _l("The report goes back to the reporter with your question"),
    Decision.REJECTED: _l("Malicious, discriminatory or unfounded"),
}

REJECTION_LABELS = {
    RejectionGround.MALICIOUS: _l("Malicious"),
    RejectionGround.DISCRIMINATORY: _l("Discriminatory"),
    RejectionGround.UNFOUNDED: _l("Unfounded"),
}

VICTIM_LABELS = {
    VictimRole.NONE: _l("No one in particular"),
    VictimRole.REPORTER: _l("Me or my household"),
    VictimRole.SOMEONE_ELSE: _l("Someone else, such as a neighbour"),
}

FLAG_LABELS = {
    "identifies_person": _l("Points to a particular person or home"),
    "accusation": _l("Accusation or insult"),
    "confrontation": _l("Confronting someone or taking matters into your own hands"),
    "identity_suspicion": _l("Suspicion based on who people are"),
    "repeat_targeting": _l("The same person, home or vehicle reported again and again"),
    "danger": _l("Someone may be in danger"),
}

# The same, short enough for a tag in the review queue.
FLAG_SHORT_LABELS = {
    "identifies_person": _l("Identifies someone"),
    "accusation": _l("Accusation"),
    "confrontation": _l("Confrontation"),
    "identity_suspicion": _l("Identity-based suspicion"),
    "repeat_targeting": _l("Repeat targeting"),
    "danger": _l("Danger"),
}

# Why each flag matters, said to the person who wrote the words.
FLAG_ADVICE = {
    "identifies_person": _l(
        "Do not identify people: no names, addresses (a house's number or name) or number plates. Describe what "
        "happened, and what people did and looked like. An officer can ask you for more if they need it."
    ),
    "accusation": _l(
        "Do not accuse or label anyone. Words like these can wrongly brand an innocent person and put them at risk. "
        "Say what you saw or heard."
    ),
    "confrontation": _l(
        "Never confront anyone, follow them or act yourself, alone or as a group. It puts you and others in danger. "
        "Leave it to the police."
    ),
    "identity_suspicion": _l(
        "Being a stranger, or of a nationality, ethnicity or religion, is not suspicious. Describe behaviour, not "
        "who people are."
    ),
    "repeat_targeting": _l(
        "Several reports naming one home, person or vehicle in a short time can mean that someone is being "
        "targeted by neighbours."
    ),
    "danger": _l(
        "If anyone is in danger now, call 999. This service is not watched around the clock, so do not wait "
        "for a reply here."
    ),
}

# What an officer should weigh for each flag before closing a report.
FLAG_OFFICER_NOTES = {
    "identifies_person": _l("Does the report single out a private individual, and is that justified?"),
    "accusation": _l("Is this an accusation or slur rather than an observation?"),
    "confrontation": _l("Does the reporter or the group intend to intervene? Consider advice or safeguarding."),
    "identity_suspicion": _l(
        "Is suspicion based on identity rather than behaviour? Consider rejecting as discriminatory."
    ),
    "repeat_targeting": _l("Is one household being turned into a target? Look at the earlier reports."),
    "danger": _l("Is anyone at immediate risk? Act on it first."),
}


def highlight(text: str, evidence: list[str]) -> Markup:
    """The text, escaped, with each piece of evidence marked where it occurs (any letter case)."""
    lowered = text.lower()
    spans = []
    for piece in {piece for piece in evidence if piece and piece.strip()}:
        needle, start = piece.lower(), 0
        while (found := lowered.find(needle, start)) != -1:
            spans.append((found, found + len(needle)))
            start = found + len(needle)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(Markup('<mark class="app-flag-evidence">%s</mark>') % text[start:end])
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def paragraphs(text: str, evidence: list[str]) -> list[Markup]:
    """Text split into paragraphs at blank lines, single line breaks kept, evidence marked."""
    return [
        Markup("<br>").join(highlight(line, evidence) for line in block.split("\n"))
        for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
        if block.strip()
    ]


AUDIT_ACTIONS = {
    "watch.report.submitted": _l("Report sent"),
    "watch.report.flagged": _l("Report flagged by the guard"),
    "watch.report.corrected": _l("Report corrected by its reporter"),
    "watch.report.replied": _l("Reporter answered the officer's question"),
    "watch.report.withdrawn": _l("Report withdrawn"),
    "watch.report.decided": _l("Report decided"),
    "watch.report.more_information_requested": _l("More information asked for"),
    "watch.report.marked_urgent": _l("Report marked urgent"),
    "watch.report.marked_not_urgent": _l("Report marked not urgent"),
    "watch.report.repeat_victim_marked": _l("Report marked as from a repeat victim"),
    "watch.report.repeat_victim_unmarked": _l("Repeat victim mark taken off a report"),
    "watch.summary.shared": _l("Summary shared"),
    "watch.summary.changed": _l("Summary changed"),
    "watch.summary.withdrawn": _l("Summary withdrawn"),
    "watch.alert.sent": _l("Alert sent"),
}

AUDIT_SUBJECTS = {
    "watch_report": _l("Neighbourhood Watch report"),
    "watch_summary": _l("Summary of a report"),
    "watch_alert": _l("Alert"),
}
