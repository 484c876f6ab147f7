"""The targets a text names: houses, people and vehicle plates, as normalised keys.

"address:14 easington way", "person:dave smith", "plate:AB12CDE". The keys are what repeat
targeting counts (stored with each report), and the spans where they were found are the evidence
of an identifies_person flag. People's names are found by names.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from volunteers.guard.names import find_names
from volunteers.guard.rules import GuardRules, default_rules
from volunteers.guard.text import Spans, Text, bare

# How far after a pinned person (identifies_person.pinned_people) the street may start.
PINNED_STREET_CHARS = 30
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?", re.IGNORECASE)
_NUMBER_REF_RE = re.compile(
    r"(?<![\w#])(?P<word>number|num\.?|nos?\.?|\#|flat)\s?(?P<num>\d{1,4}[a-z]?)(?![\w:])",
    re.IGNORECASE,
)


@dataclass
class Found:
    """Something a scan found (a street, house, plate or person): where it is, and its key."""

    start: int
    end: int
    what: str  # address, street, number, reference, plate, person
    key: str | None = None
    number: str | None = None


class Scan(Text):
    """One piece of text (the report or its location) and what identifies people in it."""

    def __init__(self, original: str, rules: GuardRules):
        super().__init__(original, rules)
        self.found: list[Found] = []
        self.streets: list[Found] = []
        self._find_streets()
        self._find_named_houses()
        self._find_numbers()
        self._find_references()
        self._find_pinned_people()
        self._find_plates()
        find_names(self)

    def add_person(self, first: int, last: int, title: str = "") -> Found:
        """Tokens first to last name a person (after `title`, when there is one)."""
        _, end, word = self.tokens[last]
        if word.lower().endswith("'s"):
            end -= 2
        elif word.endswith("'"):
            end -= 1
        words = [bare(self.tokens[k][2]) for k in range(first, last + 1)]
        if title:
            words.insert(0, title)
        found = Found(self.tokens[first][0], end, "person", "person:" + " ".join(words))
        self.found.append(found)
        return found

    # -- streets, houses, plates ----------------------------------------------------------

    def _find_streets(self) -> None:
        plain = self.rules.common_words | self.rules.units
        street_ends: set[int] = set()
        for i, (_, end, word) in enumerate(self.tokens):
            if word.lower() not in self.rules.names.street_suffixes:
                continue
            j, words = self._street_words(i, plain, street_ends)
            if not words:
                continue
            street_ends.add(i)
            street_words = [self.tokens[k][2] for k in words] + [word]
            key = _street_key(street_words, self.rules)
            start = self.tokens[words[0]][0]
            self.streets.append(Found(start, end, "street", key))
            self._find_house_number(j, start, end, key)

    def _street_words(self, suffix: int, plain: frozenset[str], street_ends: set[int]) -> tuple[int, list[int]]:
        """The words (up to three) before a street suffix that name the street, and the token
        before them: "14 Easington Way" gives ([Easington], 14)."""
        j, words = suffix - 1, []
        while j >= 0 and len(words) < 3:
            candidate = self.tokens[j][2]
            if j in street_ends or not self.gap(j + 1).isspace() or "\n" in self.gap(j + 1):
                break
            if not candidate.replace("'", "").replace("-", "").isalpha():
                break
            if candidate.lower() in plain:
                if candidate == "The" and words:
                    words.insert(0, j)
                    j -= 1
                break
            words.insert(0, j)
            j -= 1
        return j, words

    def _find_house_number(self, j: int, start: int, end: int, key: str) -> None:
        """An address when token j, just before the street, is a house number ("no. 14")."""
        if j < 0 or not _HOUSE_NUMBER.fullmatch(self.tokens[j][2]):
            return
        if not re.fullmatch(r",? +", self.text[self.tokens[j][1] : start]):
            return
        number_start = self.tokens[j][0]
        if j >= 1 and self.tokens[j - 1][2].lower() in ("no", "number", "num", "nos"):
            if re.fullmatch(r"\.? ?", self.gap(j)):
                number_start = self.tokens[j - 1][0]
        number = self.tokens[j][2].lower()
        self.found.append(Found(number_start, end, "address", f"address:{number} {key}"))

    def _find_named_houses(self) -> None:
        """A house known by its name, with someone pinned to it ("the woman at Rowan Cottage"): up
        to three capitalised words before a capitalised house ending, not followed by a street
        ending ("Old Farm Lane" is a street) and not a business ("Wind Farm")."""
        names = self.rules.names
        for i, (_, end, word) in enumerate(self.tokens):
            if not word[:1].isupper() or word.lower() not in names.house_endings:
                continue
            if i + 1 < len(self.tokens) and self._continues_the_name(i):
                continue
            words = self._house_name_words(i)
            if not words or self.tokens[words[-1]][2].lower() in names.house_name_not_after:
                continue
            if not self._someone_at(words[0]):
                continue
            name = " ".join(self.tokens[k][2].lower() for k in [*words, i])
            self.found.append(Found(self.tokens[words[0]][0], end, "address", f"address:{name}"))

    def _continues_the_name(self, i: int) -> bool:
        """Whether the word after token i carries its name on: a street ending ("Old Farm Lane")
        or another capitalised word ("Holly Farm Shop", "Penrith Cottage Hospital")."""
        following = self.tokens[i + 1][2]
        if self.gap(i + 1) != " ":
            return False
        return following.lower() in self.rules.names.street_suffixes or following[:1].isupper()

    def _someone_at(self, name: int) -> bool:
        """Whether someone is pinned to the house named from token `name`: "the woman at",
        "him from", "the Johnstone boys in" just before it ("the" between them allowed)."""
        j = name - 1
        if j >= 0 and self.tokens[j][2].lower() == "the":
            j -= 1
        if j < 1 or self.tokens[j][2].lower() not in ("at", "from", "in"):
            return False
        return self.tokens[j - 1][2].lower() in self.rules.names.house_people

    def _house_name_words(self, ending: int) -> list[int]:
        """The capitalised words (up to three) just before a house ending, "The" left out."""
        words: list[int] = []
        j = ending - 1
        while j >= 0 and len(words) < 3:
            candidate = self.tokens[j][2]
            if candidate == "The" or not self.gap(j + 1).isspace() or "\n" in self.gap(j + 1):
                break
            if not (candidate[:1].isupper() and candidate.replace("'", "").replace("-", "").isalpha()):
                break
            words.insert(0, j)
            j -= 1
        return words

    def _addresses(self) -> list[Found]:
        return [f for f in self.found if f.what == "address"]

    def _find_numbers(self) -> None:
        names = self.rules.names
        addresses = Spans([(f.start, f.end) for f in self._addresses()])
        for m in _NUMBER_REF_RE.finditer(self.text):
            if addresses.overlaps(m.start(), m.end()):
                continue
            if self.next_word(m.end()) in names.number_not_followed_by:
                continue
            word = m.group("word")
            if word.lower() in ("no", "nos", "flat") and word[0].islower():
                if self.previous_word(m.start()) not in names.number_after_words:
                    continue
            self.found.append(Found(m.start(), m.end(), "number", number=m.group("num").lower()))

    def _find_references(self) -> None:
        address_at = {f.start: f for f in self._addresses()}
        for m in self.rules.names.reference.finditer(self.text):
            end = m.end()
            if not m.group("word"):
                address = address_at.get(m.start("num"))
                if address is not None:
                    end = address.end
                elif not self._bare_house_number(m):
                    continue
            self.found.append(Found(m.start(), end, "reference", number=m.group("num").lower()))

    def _find_pinned_people(self) -> None:
        """Someone pinned by where they work or live ("the lad who works the fryer at the chippy on
        Dock Street": identifies_person.pinned_people), when a named street follows within a few
        words. Without the street ("the woman from the Co-op") the place alone is not enough."""
        matcher = self.rules.names.pinned_people
        if matcher is None:
            return
        street_starts = sorted(f.start for f in self.streets)
        for start, end in matcher.spans(self):
            at = bisect.bisect_left(street_starts, end)
            if at < len(street_starts) and street_starts[at] - end <= PINNED_STREET_CHARS:
                self.found.append(Found(start, end, "reference"))

    def _bare_house_number(self, m: re.Match) -> bool:
        """Whether "the woman at 5" names a house (not "the lads at 5 o'clock", "a boy of 12")."""
        prep = m.group("prep").lower()
        if not (prep == "from" or prep.endswith("at")):
            return False
        if re.match(r"[\-/]|[.,:]\s?\d", self.text[m.end() : m.end() + 3]):
            return False
        return self.next_word(m.end()) not in self.rules.names.bare_number_not_followed_by

    def _find_plates(self) -> None:
        names = self.rules.names
        seen: set[int] = set()

        def add(start: int, end: int, candidate: str) -> None:
            plate = re.sub(r"\s+", "", candidate).upper()
            if plate in names.plates_never or seen.intersection(range(start, end)):
                return
            letters = re.findall(r"[A-Za-z]{2,}", candidate)
            if any(group.lower() in self.rules.common_words for group in letters):
                return
            seen.update(range(start, end))
            self.found.append(Found(start, end, "plate", f"plate:{plate}"))

        for pattern in names.plates:
            for m in pattern.finditer(self.text):
                add(m.start(), m.end(), m.group())
        if names.plate_context is not None:
            for m in names.plate_context.finditer(self.text):
                groups = m.group("plate").split()
                # "reg W 123 ABC was..." : drop trailing words until what is left can be a plate.
                while groups and (len("".join(groups)) > 8 or groups[-1].lower() in self.rules.common_words):
                    groups.pop()
                plate = " ".join(groups)
                if len(plate.replace(" ", "")) >= 2 and re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate):
                    start = m.start("plate")
                    add(start, start + len(plate), plate)


def _street_key(words: list[str], rules: GuardRules) -> str:
    cleaned = [re.sub(r"['.]", "", w.lower()) for w in words]
    cleaned[-1] = rules.names.street_abbreviations.get(cleaned[-1], cleaned[-1])
    return " ".join(cleaned)


def _resolve_numbers(scans: list[Scan]) -> None:
    """Give "number 14" a street: a nearby street in the text, else the location's, else none."""
    location_streets = [f for s in scans[1:] for f in s.streets]
    for index, scan in enumerate(scans):
        own = sorted(scan.streets, key=lambda f: f.start)
        own_starts = [f.start for f in own]
        others = location_streets if index == 0 else [f for f in scans[0].streets]
        for found in scan.found:
            if found.what not in ("number", "reference") or found.number is None:
                continue
            i = bisect.bisect_left(own_starts, found.start)
            close = own[max(0, i - 2) : i + 2]
            nearby = [f for f in close if abs(f.start - found.end) <= 60 or abs(found.start - f.end) <= 60]
            if nearby:
                street = min(nearby, key=lambda f: min(abs(f.start - found.end), abs(found.start - f.end)))
            elif others:
                street = others[0]
            elif own:
                street = own[0]
            else:
                street = None
            found.key = f"address:{found.number} {street.key}" if street else f"address:{found.number}"


def scan_report(text: str, location: str, rules: GuardRules) -> list[Scan]:
    """The report's text and its location, scanned, with each bare house number given a street."""
    scans = [Scan(text or "", rules), Scan(location or "", rules)]
    _resolve_numbers(scans)
    return scans


def ordered_targets(scans: list[Scan]) -> list[str]:
    """Each target key once, in the order the text (then the location) names them."""
    keys: list[str] = []
    for scan in scans:
        for found in sorted(scan.found, key=lambda f: f.start):
            if found.key and found.key not in keys:
                keys.append(found.key)
    return keys


def extract_targets(text: str, location: str = "", rules: GuardRules | None = None) -> frozenset[str]:
    """Normalised keys of the houses, plates and people a report names, for repeat targeting.

    "address:14 easington way", "plate:AB12CDE", "person:dave smith"; a bare "number 14" takes
    the street from the text or the location ("address:14" when there is none).
    """
    return frozenset(ordered_targets(scan_report(text, location, rules or default_rules())))
