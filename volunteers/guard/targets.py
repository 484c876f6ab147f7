"""The targets a text names: houses, people and vehicle plates, as normalised keys.

"address:14 easington way", "person:dave smith", "plate:AB12CDE". The keys are what repeat
targeting counts (stored with each report), and the spans where they were found are the evidence
of an identifies_person flag.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from volunteers.guard.rules import GuardRules, default_rules
from volunteers.guard.text import Spans, Text, bare, is_capitalised

_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?", re.IGNORECASE)
_NUMBER_REF_RE = re.compile(
    r"(?<![\w#])(?P<word>number|num\.?|nos?\.?|\#|flat)\s?(?P<num>\d{1,4}[a-z]?)(?![\w:])",
    re.IGNORECASE,
)
_FROM_NUMBER = re.compile(
    r" +(?:from|at|in|of) +(?:number|num\.?|no\.?|\#) ?\d{1,4}[a-z]?(?![\w:])"
    r"| +(?:from +)?next +door(?!\w)"
    r"| +(?:from +)?(?:across|over) +the +(?:road|street|way)(?!\w)",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 3


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
        self._find_numbers()
        self._find_references()
        self._find_plates()
        self._find_names()

    # -- streets, houses, plates ----------------------------------------------------------

    def _find_streets(self) -> None:
        names = self.rules.names
        plain = self.rules.common_words | self.rules.units
        street_ends: set[int] = set()
        for i, (_, end, word) in enumerate(self.tokens):
            if word.lower() not in names.street_suffixes:
                continue
            j, words = i - 1, []
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
            if not words:
                continue
            street_ends.add(i)
            street_words = [self.tokens[k][2] for k in words] + [word]
            key = _street_key(street_words, self.rules)
            start = self.tokens[words[0]][0]
            self.streets.append(Found(start, end, "street", key))
            if j < 0 or not _HOUSE_NUMBER.fullmatch(self.tokens[j][2]):
                continue
            if not re.fullmatch(r",? +", self.text[self.tokens[j][1] : start]):
                continue
            number_start = self.tokens[j][0]
            if j >= 1 and self.tokens[j - 1][2].lower() in ("no", "number", "num", "nos"):
                if re.fullmatch(r"\.? ?", self.gap(j)):
                    number_start = self.tokens[j - 1][0]
            number = self.tokens[j][2].lower()
            self.found.append(Found(number_start, end, "address", f"address:{number} {key}"))

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

    # -- names -----------------------------------------------------------------------------

    def _sentence_start(self, i: int) -> bool:
        return i == 0 or bool(re.search(r"[.!?:;\n\"]|(?:^|\s)[-*\u2022](?:\s|$)", self.gap(i)))

    def _person(self, first: int, last: int, title: str = "") -> None:
        start, end, word = self.tokens[last]
        if word.lower().endswith("'s"):
            end -= 2
        elif word.endswith("'"):
            end -= 1
        words = [bare(self.tokens[k][2]) for k in range(first, last + 1)]
        if title:
            words.insert(0, title)
        self.found.append(Found(self.tokens[first][0], end, "person", "person:" + " ".join(words)))

    def _name_word(self, i: int) -> bool:
        """Token i could be part of a person's name (capitalised, not a place, shop or day)."""
        word = self.tokens[i][2]
        word_bare = bare(word)
        return (
            is_capitalised(word)
            and word_bare not in self.rules.names.not_name_words
            and word_bare not in self.rules.common_words
            and not (word_bare.endswith("s") and word_bare[:-1] in self.rules.names.not_name_words)
        )

    def _find_names(self) -> None:
        names = self.rules.names
        tokens = self.tokens
        count = len(tokens)
        used = [False] * count

        # Mr Patel, Mrs. Jane Smith
        for i in range(count - 1):
            word = tokens[i][2]
            title = word.lower()
            if title not in names.titles or not (word[0].isupper() or title in ("mr", "mrs", "ms", "mx")):
                continue
            if not re.fullmatch(r"\.? +|\.", self.gap(i + 1)):
                continue
            following = tokens[i + 1][2]
            following_bare = bare(following)
            if not following.replace("'", "").replace("-", "").isalpha() or following_bare in self.rules.common_words:
                continue
            if not is_capitalised(following) and (word[0].isupper() or following_bare in names.not_name_words):
                continue
            last = i + 1
            if last + 1 < count and self.gap(last + 1).strip(" ") == "" and self._name_word(last + 1):
                last += 1
            self._person(i + 1, last, title)
            self.found[-1].start = tokens[i][0]
            for k in range(i, last + 1):
                used[k] = True

        # a lad called Jordan, his name is Kyle Brown
        lowered = [t[2].lower() for t in tokens]
        for i in range(count):
            for intro in names.introducers_by_first.get(lowered[i], ()):
                n = i + len(intro)
                if n >= count or lowered[i:n] != list(intro):
                    continue
                if any(not self.gap(i + k).isspace() for k in range(1, len(intro) + 1)) or used[n]:
                    continue
                if not self._name_word(n):
                    continue
                before = [tokens[k][2].lower() for k in range(max(0, i - 3), i)]
                if any(w in names.introducer_not_after for w in before):
                    continue
                last = n + 1 if n + 1 < count and self.gap(n + 1) == " " and self._name_word(n + 1) else n
                self._person(n, last)
                self.found[-1].start = tokens[i][0]
                for k in range(i, last + 1):
                    used[k] = True

        # Dave from number 4, Dave Smith next door
        for i in range(count):
            if used[i] or not self._name_word(i) or bare(tokens[i][2]) in names.titles:
                continue
            m = _FROM_NUMBER.match(self.text, tokens[i][1])
            if not m:
                continue
            first = i
            if i > 0 and not used[i - 1] and self.gap(i) == " " and self._name_word(i - 1):
                first = i - 1
            self._person(first, i)
            self.found[-1].end = m.end()
            for k in range(first, i + 1):
                used[k] = True

        # Capitalised word pairs: Dave Smith, Wojciech Nowak (but not Mill Lane, Red Lion, Ford Focus)
        alphabetic = [t for t in tokens if t[2].isalpha()]
        title_case = len(alphabetic) >= 6 and (
            sum(1 for t in alphabetic if t[2][0].isupper()) / len(alphabetic) >= self.rules.title_case_ratio
        )
        i = 0
        while i < count:
            if used[i] or not is_capitalised(tokens[i][2]):
                i += 1
                continue
            j = i
            while (
                j + 1 < count
                and not used[j + 1]
                and is_capitalised(tokens[j + 1][2])
                and re.fullmatch(r" +", self.gap(j + 1))
            ):
                j += 1
            self._name_run(i, j, title_case)
            i = j + 1

    def _name_run(self, first: int, last: int, title_case: bool) -> None:
        names = self.rules.names
        run = range(first, last + 1)
        bares = {k: bare(self.tokens[k][2]) for k in run}
        if any(
            b in names.not_name_words or (b.endswith("s") and b[:-1] in names.not_name_words) for b in bares.values()
        ):
            return
        previous = bare(self.tokens[first - 1][2]) if first else ""
        if previous in names.official_titles and self.gap(first).strip(" .") == "":
            return
        segments: list[list[int]] = [[]]
        for k in run:
            if bares[k] in self.rules.common_words:
                segments.append([])
            else:
                segments[-1].append(k)
        for segment in segments:
            if segment and bares[segment[0]] not in names.first_names:
                # "Saw Gary Nixon...": a capitalised word before a known first name is not part of
                # the name.
                later = next((i for i, k in enumerate(segment) if bares[k] in names.first_names), None)
                if later is not None and len(segment) - later >= 2:
                    segment = segment[later:]
            if not 2 <= len(segment) <= _MAX_NAME_WORDS:
                continue
            start = segment[0]
            known_first = bares[start] in names.first_names
            if known_first:
                self._person(start, segment[-1])
                continue
            if title_case:
                continue
            if start == first:
                at_start = self._sentence_start(start)
                before = previous
            else:
                at_start = self._sentence_start(first)
                before = bares[start - 1]
            if at_start or before in names.place_prepositions:
                continue
            self._person(start, segment[-1])


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
