"""Finding people's names in a text, in six passes from the surest to the least sure.

Each pass marks the words it took, so a later pass cannot read them again: a title (Mr Patel),
an introducer (a lad called Jordan), a name beside a house (Dave from number 4), a name with where
the person works or lives (Sharon who works at the Co-op, kev from the garage), any run of
capitalised words that is not a place, a shop or a day (Dave Smith, but not Mill Lane), and last,
in a text whose writer never capitalises a name, a known first name and a surname in lower case
(darren hughes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from volunteers.guard.text import bare, is_capitalised

if TYPE_CHECKING:
    from volunteers.guard.rules import NameRules
    from volunteers.guard.targets import Scan

_FROM_NUMBER = re.compile(
    r" +(?:from|at|in|of) +(?:number|num\.?|no\.?|\#) ?\d{1,4}[a-z]?(?![\w:])"
    r"| +(?:from +)?next +door(?!\w)"
    r"| +(?:from +)?(?:across|over) +the +(?:road|street|way)(?!\w)",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 3
_ALWAYS_TITLES = ("mr", "mrs", "ms", "mx")


def find_names(scan: Scan) -> None:
    """Add each person the scan's text names to scan.found."""
    used = [False] * len(scan.tokens)
    _titled_names(scan, used)
    _introduced_names(scan, used)
    _names_beside_a_house(scan, used)
    _names_at_a_place(scan, used)
    _capitalised_names(scan, used)
    _lower_case_names(scan, used)


def _titled_names(scan: Scan, used: list[bool]) -> None:
    """Mr Patel, Mrs. Jane Smith."""
    tokens = scan.tokens
    count = len(tokens)
    for i in range(count - 1):
        if not _title_before_a_name(scan, i):
            continue
        last = i + 1
        if last + 1 < count and scan.gap(last + 1).strip(" ") == "" and _is_name_word(scan, last + 1):
            last += 1
        scan.add_person(i + 1, last, tokens[i][2].lower()).start = tokens[i][0]
        _mark(used, i, last)


def _title_before_a_name(scan: Scan, i: int) -> bool:
    """Token i is a title and the next token can be the name it goes with."""
    names = scan.rules.names
    word = scan.tokens[i][2]
    title = word.lower()
    if title not in names.titles or not (word[0].isupper() or title in _ALWAYS_TITLES):
        return False
    if not re.fullmatch(r"\.? +|\.", scan.gap(i + 1)):
        return False
    following = scan.tokens[i + 1][2]
    following_bare = bare(following)
    if not following.replace("'", "").replace("-", "").isalpha() or following_bare in scan.rules.common_words:
        return False
    return is_capitalised(following) or not (word[0].isupper() or following_bare in names.not_name_words)


def _introduced_names(scan: Scan, used: list[bool]) -> None:
    """A lad called Jordan, his name is Kyle Brown."""
    names = scan.rules.names
    tokens = scan.tokens
    count = len(tokens)
    lowered = [t[2].lower() for t in tokens]
    for i in range(count):
        for intro in names.introducers_by_first.get(lowered[i], ()):
            n = i + len(intro)
            if n >= count or lowered[i:n] != list(intro) or not _introduces_a_name(scan, i, intro, used):
                continue
            last = n + 1 if n + 1 < count and scan.gap(n + 1) == " " and _is_name_word(scan, n + 1) else n
            scan.add_person(n, last).start = tokens[i][0]
            _mark(used, i, last)


def _introduces_a_name(scan: Scan, i: int, intro: tuple[str, ...], used: list[bool]) -> bool:
    """The introducer at token i ("called", "his name is") is followed by an unused name word, and
    not preceded by a word that makes it about something else."""
    n = i + len(intro)
    if any(not scan.gap(i + k).isspace() for k in range(1, len(intro) + 1)) or used[n]:
        return False
    if not _is_name_word(scan, n):
        return False
    before = [scan.tokens[k][2].lower() for k in range(max(0, i - 3), i)]
    return not any(w in scan.rules.names.introducer_not_after for w in before)


def _names_beside_a_house(scan: Scan, used: list[bool]) -> None:
    """Dave from number 4, Dave Smith next door."""
    names = scan.rules.names
    tokens = scan.tokens
    for i in range(len(tokens)):
        if used[i] or not _is_name_word(scan, i) or bare(tokens[i][2]) in names.titles:
            continue
        m = _FROM_NUMBER.match(scan.text, tokens[i][1])
        if not m:
            continue
        first = i
        if i > 0 and not used[i - 1] and scan.gap(i) == " " and _is_name_word(scan, i - 1):
            first = i - 1
        scan.add_person(first, i).end = m.end()
        _mark(used, first, i)


def _names_at_a_place(scan: Scan, used: list[bool]) -> None:
    """Dave from the chippy, Sharon who works at the Co-op, kev off the market: a first name with
    where the person works or lives (identifies_person.name_places)."""
    names = scan.rules.names
    if names.name_places is None:
        return
    tokens = scan.tokens
    for i in range(len(tokens) - 1):
        if used[i] or used[i + 1] or scan.gap(i + 1) not in (" ", ", "):
            continue
        m = names.name_places.match_at(scan, i + 1)
        if not m:
            continue
        word = tokens[i][2]
        known = bare(word) in names.first_names
        if not (_is_name_word(scan, i) and bare(word) not in names.titles) and not (known and word.islower()):
            continue
        before = bare(tokens[i - 1][2]) if i > 0 else ""
        # "our Mam from the shop" is not a name; "our Shannon who works in the chippy" is.
        if not known and i and scan.gap(i).strip() == "" and before in names.name_not_after:
            continue
        # An unknown capitalised word starting a sentence ("Staff from the Co-op") is a name only
        # before "who works at ...", which says one person.
        if not known and _at_sentence_start(scan, i) and tokens[i + 1][2].lower() != "who":
            continue
        first = i
        if (
            i > 0
            and not used[i - 1]
            and scan.gap(i) == " "
            and is_capitalised(tokens[i - 1][2])
            and before not in names.name_not_after
        ):
            # "Dave Smith from the chippy" has a first name; "Trading Standards at the library"
            # is an organisation, and the pass for capitalised names judges the pair instead.
            if not (_is_name_word(scan, i - 1) and before in names.first_names):
                continue
            first = i - 1
        scan.add_person(first, i).end = m.end()
        _mark(used, first, i)


def _lower_case_names(scan: Scan, used: list[bool]) -> None:
    """darren hughes: a known first name and a word that can be a surname, in lower case, when the
    writer capitalises no name anywhere (otherwise a lower-case pair is not a name)."""
    names = scan.rules.names
    tokens = scan.tokens
    starts = [
        i
        for i in range(len(tokens) - 1)
        if not used[i]
        and tokens[i][2].islower()
        and tokens[i][2] in names.first_names
        and tokens[i][2] not in names.first_names_also_words
    ]
    if not starts or not _writes_names_in_lower_case(scan):
        return
    for i in starts:
        surname = tokens[i + 1][2]
        if used[i] or used[i + 1] or scan.gap(i + 1) != " " or not surname.islower():
            continue
        surname_bare = bare(surname)
        if len(surname_bare) < 3 or not surname_bare.replace("'", "").replace("-", "").isalpha():
            continue
        if (
            surname_bare in scan.rules.common_words
            or surname_bare in scan.rules.units
            or surname_bare in names.not_surnames
            or _is_thing_word(surname_bare, names)
        ):
            continue
        if i and bare(tokens[i - 1][2]) in names.name_not_after:
            continue
        scan.add_person(i, i + 1)
        _mark(used, i, i + 1)


def _writes_names_in_lower_case(scan: Scan) -> bool:
    """No word but "I" is capitalised except where a sentence starts."""
    for i, (_, _, word) in enumerate(scan.tokens):
        if word[:1].isupper() and any(c.islower() for c in word) and not _at_sentence_start(scan, i):
            if bare(word) not in ("i", "i'm", "i'll", "i've", "i'd", "im", "ive", "ill", "id"):
                return False
    return True


def _capitalised_names(scan: Scan, used: list[bool]) -> None:
    """Capitalised word pairs: Dave Smith, Wojciech Nowak (but not Mill Lane, Red Lion, Ford Focus)."""
    tokens = scan.tokens
    count = len(tokens)
    title_case = _in_title_case(scan)
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
            and re.fullmatch(r" +", scan.gap(j + 1))
        ):
            j += 1
        _name_run(scan, i, j, title_case)
        i = j + 1


def _in_title_case(scan: Scan) -> bool:
    """Most words start with a capital (Title Case Subject Lines), so capitals prove little."""
    alphabetic = [t for t in scan.tokens if t[2].isalpha()]
    return len(alphabetic) >= 6 and (
        sum(1 for t in alphabetic if t[2][0].isupper()) / len(alphabetic) >= scan.rules.title_case_ratio
    )


def _name_run(scan: Scan, first: int, last: int, title_case: bool) -> None:
    """The people named in a run of capitalised words, tokens first to last."""
    names = scan.rules.names
    run = range(first, last + 1)
    bares = {k: bare(scan.tokens[k][2]) for k in run}
    if any(_is_thing_word(b, names) for b in bares.values()):
        return
    previous = bare(scan.tokens[first - 1][2]) if first else ""
    if previous in names.official_titles and scan.gap(first).strip(" .") == "":
        return
    for segment in _segments(run, bares, scan.rules.common_words):
        segment = _from_a_first_name(segment, bares, names.first_names)
        if 2 <= len(segment) <= _MAX_NAME_WORDS and _segment_is_a_name(scan, segment, first, bares, title_case):
            scan.add_person(segment[0], segment[-1])


def _segments(run: range, bares: dict[int, str], common_words: frozenset[str]) -> list[list[int]]:
    """The run cut at ordinary words: "Dave And Sue Smith" gives [Dave], [Sue, Smith]."""
    segments: list[list[int]] = [[]]
    for k in run:
        if bares[k] in common_words:
            segments.append([])
        else:
            segments[-1].append(k)
    return segments


def _from_a_first_name(segment: list[int], bares: dict[int, str], first_names: frozenset[str]) -> list[int]:
    """ "Saw Gary Nixon...": a capitalised word before a known first name is not part of the name."""
    if segment and bares[segment[0]] not in first_names:
        later = next((i for i, k in enumerate(segment) if bares[k] in first_names), None)
        if later is not None and len(segment) - later >= 2:
            return segment[later:]
    return segment


def _segment_is_a_name(scan: Scan, segment: list[int], first: int, bares: dict[int, str], title_case: bool) -> bool:
    """A segment of the run starting at token `first` names a person: it starts with a known first
    name, or (outside Title Case) it neither starts a sentence nor follows a place preposition."""
    names = scan.rules.names
    start = segment[0]
    if bares[start] in names.first_names:
        return True
    if title_case:
        return False
    if start == first:
        at_start = _at_sentence_start(scan, start)
        before = bare(scan.tokens[first - 1][2]) if first else ""
    else:
        at_start = _at_sentence_start(scan, first)
        before = bares[start - 1]
    return not (at_start or before in names.place_prepositions)


def _at_sentence_start(scan: Scan, i: int) -> bool:
    return i == 0 or bool(re.search(r"[.!?:;\n\"]|(?:^|\s)[-*\u2022](?:\s|$)", scan.gap(i)))


def _is_name_word(scan: Scan, i: int) -> bool:
    """Token i could be part of a person's name (capitalised, not a place, shop or day)."""
    word = scan.tokens[i][2]
    word_bare = bare(word)
    return (
        is_capitalised(word)
        and word_bare not in scan.rules.common_words
        and not _is_thing_word(word_bare, scan.rules.names)
    )


def _is_thing_word(word_bare: str, names: NameRules) -> bool:
    """A word (or the plural of one) that names a place, a shop, a day or an identity, not a person."""
    return word_bare in names.not_name_words or (word_bare.endswith("s") and word_bare[:-1] in names.not_name_words)


def _mark(used: list[bool], first: int, last: int) -> None:
    for k in range(first, last + 1):
        used[k] = True
