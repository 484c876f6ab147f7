"""UK vehicle registrations: normalised (upper case, no spaces) and checked against the formats in
use on British and Northern Irish roads.

* current (since 2001): two letters, two digits, three letters: AB12 CDE
* prefix (1983–2001): a letter, one to three digits, three letters: A123 BCD
* suffix (1963–1983): three letters, one to three digits, a letter: ABC 123D
* dateless (before 1963): one to three letters and one to four digits, either way round: AB 1234, 1234 AB
* Northern Ireland: three letters including I or Z, then one to four digits: AIZ 1234

Cherished and dateless numbers are real plates, so "A 1" is accepted; anything else is refused.
"""

import re
import string

# Northern Ireland's before dateless, which its pattern also matches, so that `format_of` names it.
_FORMATS = {
    "current": r"[A-Z]{2}[0-9]{2}[A-Z]{3}",
    "prefix": r"[A-Z][0-9]{1,3}[A-Z]{3}",
    "suffix": r"[A-Z]{3}[0-9]{1,3}[A-Z]",
    "northern_ireland": r"(?=[A-Z]{0,2}[IZ])[A-Z]{3}[0-9]{1,4}",
    "dateless": r"[A-Z]{1,3}[0-9]{1,4}|[0-9]{1,4}[A-Z]{1,3}",
}
_ANY_FORMAT = re.compile("|".join(f"(?:{pattern})" for pattern in _FORMATS.values()))
_FORMAT_PATTERNS = {name: re.compile(pattern) for name, pattern in _FORMATS.items()}
_SPACES = re.compile(r"\s+")
# Only a-z are upper-cased: str.upper() would turn look-alikes into plate letters ("ı" → "I",
# "ſ" → "S", "ß" → "SS").
_ASCII_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)
LONGEST = 7


def normalise(registration: str) -> str:
    """Upper case without spaces: "ab12 cde" → "AB12CDE"."""
    return _SPACES.sub("", registration).translate(_ASCII_UPPER)


def is_uk_registration(normalised: str) -> bool:
    return len(normalised) <= LONGEST and _ANY_FORMAT.fullmatch(normalised) is not None


def format_of(normalised: str) -> str | None:
    """Which format a normalised registration is in ("current", "prefix", ...), or None."""
    return next((name for name, pattern in _FORMAT_PATTERNS.items() if pattern.fullmatch(normalised)), None)


def displayed(normalised: str) -> str:
    """As printed on a plate: a space before the last three characters of current and prefix
    plates, after the letters of the others ("AB12CDE" → "AB12 CDE", "ABC123D" → "ABC 123D")."""
    kind = format_of(normalised)
    if kind in ("current", "prefix"):
        return f"{normalised[:-3]} {normalised[-3:]}"
    split = re.match(r"([A-Z]+)([0-9]+[A-Z]?)$|([0-9]+)([A-Z]+)$", normalised)
    if split is None:
        return normalised
    head, tail = (split.group(1), split.group(2)) if split.group(1) else (split.group(3), split.group(4))
    return f"{head} {tail}"
