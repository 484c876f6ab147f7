"""Taking out of a text what identifies someone, for words that leave the force (scrutiny panels).

What the guard finds as identifying (people's names, houses, streets with a number, plates) is
replaced, and so are email addresses and phone numbers, which the guard does not look for because
volunteers rarely write them. Redaction is a best effort on top of the officers' own care: their
reasons are written knowing they may be read outside the force.
"""

from __future__ import annotations

import re

from volunteers.guard.rules import GuardRules, default_rules
from volunteers.guard.targets import scan_report
from volunteers.guard.text import merge_spans

REDACTED = "[redacted]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?![\w])")


def redact(text: str, rules: GuardRules | None = None) -> str:
    """The text with every identifying span the guard finds, and every email and phone, replaced."""
    if not text:
        return ""
    (scan, _location) = scan_report(text, "", rules or default_rules())
    spans = [(found.start, found.end) for found in scan.found]
    spans += [match.span() for pattern in (_EMAIL, _PHONE) for match in pattern.finditer(text)]
    pieces, position = [], 0
    for start, end in merge_spans(spans):
        pieces += [text[position:start], REDACTED]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
