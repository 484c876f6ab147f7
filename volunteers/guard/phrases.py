"""The phrase syntax of the rules file, compiled to regular expressions.

See PHRASE SYNTAX in rules.toml. Phrases compile without nested repeats (so no report can make
them backtrack badly), and are grouped by the words they can start with, so a text is only tried
where a phrase can start.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from volunteers.guard.schema import RuleError

if TYPE_CHECKING:
    from volunteers.guard.text import Text

_SEP = r"[\s\-]+"
_ANY_WORD = r"[\w'\-]+"
_NUMBER_REF = r"(?:number|num\.?|no\.?|nos\.?|\#|flat)\s?\d{1,4}[a-z]?(?![\w:])"


# The phrases compile to more patterns than the re module caches, so without a cache of our own
# every load_rules() (a force's file merged on top, the tests) would compile them all again.
_compile = functools.lru_cache(maxsize=4096)(re.compile)


class PhraseCompiler:
    """Turns the phrase syntax into regular expressions without nested repeats."""

    def __init__(self, classes: Mapping[str, list[str]], gap_words: int, negators: Sequence[str] = ()):
        self.classes = classes
        self.gap_words = gap_words
        # Every matcher this compiler builds, by the words it can start with (see PhraseIndex).
        self.index = PhraseIndex()
        self._class_cache: dict[tuple[str, bool], str] = {}
        # A gap ("...") never skips a negating word, so "we will NOT ... batter him" is no plan.
        words = sorted({n.lower() for n in negators if len(n.split()) == 1}, key=len, reverse=True)
        not_negator = "(?!(?:" + "|".join(self._literal(w, phrase_start=False) for w in words) + r")(?!\w))"
        self._gap_word = (not_negator if words else "") + r"\S+"

    def pattern(self, phrases: Sequence[str]) -> re.Pattern | None:
        """One compiled pattern matching any of the phrases.

        Phrases are merged word by word into a tree first, so phrases that share a start
        ("{who} {be} a dealer", "{who} {be} dealing") share its expansion in the pattern.
        """
        if not phrases:
            return None
        tree: dict = {}
        for phrase in set(phrases):
            self.phrase(phrase)  # validates, with the phrase in any error message
            node = tree
            for token in phrase.split():
                node = node.setdefault(token, {})
            node[None] = {}
        return _compile(self._tree(tree, lead=False) + r"(?!\w)", re.IGNORECASE)

    def _tree(self, node: dict, lead: bool) -> str:
        branches = []
        for token in sorted((t for t in node if t is not None), key=lambda t: (-len(t), t)):
            branches.append(self._token(token, lead, ()) + self._tree(node[token], True))
        if not branches:
            return ""
        if None in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def matcher(self, phrases: Sequence[str]) -> Matcher | None:
        """Phrases grouped by the words they can start with, so a text is only tried where a
        phrase can start (one alternation of hundreds of phrases tried at every word is slow)."""
        if not phrases:
            return None
        groups: dict[frozenset[tuple[str, bool]], list[str]] = {}
        anywhere: list[str] = []
        for phrase in sorted(set(phrases)):
            first = self._first_words(phrase.split()[0], ()) if phrase.split() else None
            if first is None:
                anywhere.append(phrase)
            else:
                groups.setdefault(frozenset(first), []).append(phrase)
        by_word: dict[str, list[re.Pattern]] = {}
        by_prefix: list[tuple[str, re.Pattern]] = []
        needs: dict[re.Pattern, tuple[str, ...]] = {}
        for first, group in groups.items():
            compiled = self.pattern(group)
            # Their first word is where the text is tried, so only the words after it tell.
            after_first = self._needed_words([" ".join(phrase.split()[1:]) for phrase in group])
            if after_first is not None and len(after_first) <= _MOST_NEEDED_WORDS:
                needs[compiled] = after_first
            for word, is_prefix in sorted(first):
                if is_prefix:
                    by_prefix.append((word, compiled))
                else:
                    by_word.setdefault(word, []).append(compiled)
        slow = self.pattern(anywhere)
        if slow is not None:
            slow = _compile(r"(?:(?<!\w)|(?='))" + slow.pattern, slow.flags)
        matcher = Matcher(
            by_word=MappingProxyType({w: tuple(p) for w, p in by_word.items()}),
            by_prefix=tuple(by_prefix),
            anywhere=slow,
            index=self.index,
            needs=MappingProxyType(needs),
            anywhere_needs=self._needed_words(anywhere) if anywhere else None,
        )
        self.index.add(matcher)
        return matcher

    def _needed_words(self, phrases: Sequence[str]) -> tuple[str, ...] | None:
        """Words, in lower case, one of which is in every text that one of the phrases matches, or
        None when some phrase has no such word (see Text.may_hold).

        None that holds another ("behind" holds "in"): a text holding the longer word holds the
        shorter, so the longer one says nothing more."""
        words: set[str] = set()
        for phrase in phrases:
            needs = self._sequence_needs(phrase.split(), ())
            if needs is None:
                return None
            words |= needs
        kept: list[str] = []
        for word in sorted(words, key=lambda w: (len(w), w)):
            if not any(shorter in word for shorter in kept):
                kept.append(word)
        return tuple(kept)

    def _sequence_needs(self, tokens: list[str], stack: tuple[str, ...]) -> set[str] | None:
        """The needed words of the token that needs the longest (the rarest, likely)."""
        best = None
        for tok in tokens:
            needs = self._token_needs(tok, stack)
            if needs is not None and (best is None or min(map(len, needs)) > min(map(len, best))):
                best = needs
        return best

    def _token_needs(self, tok: str, stack: tuple[str, ...]) -> set[str] | None:
        """Words one of which every match of the token contains: for a word, the longest run of
        it that compiles to exactly those characters (not an optional apostrophe or hyphen, not
        the `*` of a prefix); for a class, those of each of its entries."""
        if (len(tok) > 1 and tok.endswith("?")) or tok in ("...", "_", "{number}"):
            return None
        if tok.startswith("{") and tok.endswith("}"):
            name = tok[1:-1]
            if name in stack or not self.classes.get(name):
                return None
            needs: set[str] = set()
            for entry in self.classes[name]:
                found = self._sequence_needs(entry.split(), stack + (name,))
                if found is None:
                    return None
                needs |= found
            return needs
        needs = set()
        for alt in tok.split("|"):
            longest = max(re.split(r"['\-*]", alt), key=len)
            # Only plain ASCII, which IGNORECASE matches exactly as str.lower() says it does.
            if not (longest.isascii() and longest.isalnum()):
                return None
            needs.add(longest.lower())
        return needs

    def _first_words(self, tok: str, stack: tuple[str, ...]) -> set[tuple[str, bool]] | None:
        """The (word, is_prefix) a phrase token can start with, or None when any word can."""
        if tok == "_" or tok == "{number}":
            return None
        if tok.startswith("{") and tok.endswith("}"):
            return self._class_first_words(tok[1:-1], stack)
        return _literal_first_words(tok)

    def _class_first_words(self, name: str, stack: tuple[str, ...]) -> set[tuple[str, bool]] | None:
        if name in stack:
            return None
        words: set[tuple[str, bool]] = set()
        for entry in self.classes.get(name, []):
            parts = entry.split()
            found = self._first_words(parts[0], stack + (name,)) if parts else set()
            if found is None:
                return None
            words |= found
        return words

    def phrase(self, phrase: str) -> str:
        tokens = phrase.split()
        try:
            if not tokens:
                raise RuleError("is empty")
            if tokens[-1] == "...":
                raise RuleError("cannot end with ...")
            return self._sequence(tokens, lead=False, stack=())
        except RuleError as exc:
            raise RuleError(f"phrase {phrase!r} {exc}") from None

    def _sequence(self, tokens: list[str], lead: bool, stack: tuple[str, ...]) -> str:
        return "".join(self._token(tok, lead or i > 0, stack) for i, tok in enumerate(tokens))

    def _token(self, tok: str, lead: bool, stack: tuple[str, ...]) -> str:
        # `lead` is False only for the first word of a phrase: it gets a word boundary instead
        # of a separator.
        optional = len(tok) > 1 and tok.endswith("?")
        if optional:
            tok = tok[:-1]
            if not lead:
                raise RuleError("cannot start with an optional word")
        if tok == "...":
            if not lead:
                raise RuleError("cannot start with ...")
            # A gap may start straight after a comma ("his name, address and reg on Facebook").
            return rf"(?:[,;:]?\s+{self._gap_word}){{0,{self.gap_words}}}"
        if tok == "_":
            body = (_SEP if lead else r"(?<!\w)") + _ANY_WORD
        elif tok.startswith("{") and tok.endswith("}"):
            body = self._class(tok[1:-1], lead, stack)
        else:
            body = self._words(tok, lead)
        return f"(?:{body})?" if optional else body

    def _words(self, tok: str, lead: bool) -> str:
        """A literal word, or one of several (him|her|them)."""
        if "{" in tok or "}" in tok:
            raise RuleError(f"has {tok!r}: a {{class}} must stand alone as a word")
        alternatives = []
        for alt in tok.split("|"):
            if not alt:
                raise RuleError(f"has an empty alternative in {tok!r}")
            attach = alt.startswith("'")
            literal = self._literal(alt, phrase_start=not lead)
            if attach:
                alternatives.append(literal)
            else:
                alternatives.append((_SEP if lead else r"(?<!\w)") + literal)
        return "(?:" + "|".join(alternatives) + ")"

    def _class(self, name: str, lead: bool, stack: tuple[str, ...]) -> str:
        if name == "number":
            return "(?:" + (_SEP if lead else r"(?<![\w#])") + _NUMBER_REF + ")"
        if (name, lead) in self._class_cache:
            return self._class_cache[(name, lead)]
        if name not in self.classes:
            raise RuleError(f"uses unknown class {{{name}}}")
        if name in stack:
            raise RuleError(f"uses class {{{name}}}, which refers to itself")
        entries = [e.split() for e in self.classes[name] if e.split()]
        if not entries:
            raise RuleError(f"uses class {{{name}}}, which is empty")
        entries.sort(key=lambda words: -len(" ".join(words)))
        body = "(?:" + "|".join(self._sequence(e, lead, stack + (name,)) for e in entries) + ")"
        self._class_cache[(name, lead)] = body
        return body

    @staticmethod
    def _literal(word: str, phrase_start: bool) -> str:
        parts = []
        for i, ch in enumerate(word):
            if ch == "'" and word[i + 1 : i + 2] == "'":
                continue  # the first of two: the second is an apostrophe that must be there
            if ch == "'" and i and word[i - 1] == "'":
                parts.append("'")
            elif ch == "'":
                # An apostrophe is optional ("theyre"), except at the very start of a phrase,
                # where "'s" without it would match the end of any word.
                parts.append("'" if i == 0 and phrase_start else "'?")
            elif ch == "-" and 0 < i < len(word) - 1:
                parts.append(r"[\s\-]?")
            elif ch == "*":
                parts.append(r"\w*")
            else:
                parts.append(re.escape(ch))
        return "".join(parts)


def _literal_first_words(tok: str) -> set[tuple[str, bool]] | None:
    """The (word, is_prefix) a literal token (him|her|them, patrol*) can start with, or None when
    it attaches to the word before it or starts with something other than letters and digits."""
    words = set()
    for alt in tok.split("|"):
        if alt.startswith("'"):
            return None
        core, is_prefix = alt.lower(), False
        for mark in "*-":
            if mark in core:
                core, is_prefix = core.split(mark)[0], True
        core = core.replace("'", "")
        if not core.isalnum():
            return None
        words.add((core, is_prefix))
    return words


def terms_pattern(terms: Sequence[str], obfuscation: Mapping[str, str]) -> re.Pattern | None:
    """Terms match disguised: repeated letters, symbols for letters, separators, a plural."""
    if not terms:
        return None
    bodies = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        parts: list[str] = []
        for ch in term.lower():
            if ch.isspace() or ch in "-'._":
                if parts and not parts[-1].startswith("[\\s"):
                    parts.append(r"[\s'\-._]{0,3}")
                continue
            extra = obfuscation.get(ch, "")
            # The letter may repeat ("noooonce"); a symbol stands for exactly one letter, so a
            # run of symbols cannot be split many ways (which would backtrack badly).
            letter = re.escape(ch) + "+"
            parts.append(f"(?:{letter}|[{re.escape(extra)}])" if extra else letter)
        bodies.append("".join(parts))
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?:e?s)?(?!\w)", re.IGNORECASE)


# A pattern whose phrases need one of more words than this (a class of many) is tried without
# looking for them first: the looking would cost more than the try.
_MOST_NEEDED_WORDS = 8

# Words whose matchers a PhraseIndex remembers: a long report has many, and few are new.
_CACHED_WORDS = 20000


class PhraseIndex:
    """The matchers of one set of rules, looked up by the words they can start with.

    A report's words can start few of the rules' 170-odd matchers, so a text asks the index once
    which matchers its words can start, and where (Text.phrase_starts), instead of every matcher
    looking through the text's words itself. One index per PhraseCompiler, so per compiled rules:
    a matcher of one force's rules is never looked up in another's. Its only state after the rules
    are built is a cache of which matchers each word can start; filling it from several threads at
    once is harmless.
    """

    __slots__ = ("_by_word", "_by_prefix", "_prefixes", "_cache")

    def __init__(self) -> None:
        self._by_word: dict[str, list[Matcher]] = {}
        self._by_prefix: list[tuple[str, Matcher]] = []
        self._prefixes: tuple[str, ...] = ()
        self._cache: dict[str, tuple[Matcher, ...]] = {}

    def add(self, matcher: Matcher) -> None:
        for word in matcher.by_word:
            self._by_word.setdefault(word, []).append(matcher)
        self._by_prefix.extend((prefix, matcher) for prefix in matcher.prefixes)
        self._prefixes = tuple({prefix for prefix, _ in self._by_prefix})
        self._cache.clear()

    def _matchers_for(self, key: str) -> tuple[Matcher, ...]:
        matchers = self._cache.get(key)
        if matchers is None:
            found = dict.fromkeys(self._by_word.get(key, ()))
            if key.startswith(self._prefixes):
                found.update(dict.fromkeys(m for prefix, m in self._by_prefix if key.startswith(prefix)))
            matchers = tuple(found)
            if len(self._cache) > _CACHED_WORDS:
                self._cache.clear()
            self._cache[key] = matchers
        return matchers

    def starts(self, scan: Text) -> dict[Matcher, list[int]]:
        """For each matcher that can start somewhere in the text, the tokens it can start at (in
        no order, and a token twice when both its lookup forms can start it)."""
        starts: dict[Matcher, list[int]] = {}
        for key, where in scan.key_index.items():
            for matcher in self._matchers_for(key):
                if matcher in starts:
                    starts[matcher].extend(where)
                else:
                    starts[matcher] = list(where)
        return starts


class Matcher:
    """Compiled phrases, looked up by the word they can start with.

    Its only state after construction is a cache of which patterns can start at a given word
    (reports reuse their words); filling it from several threads at once is harmless.
    """

    __slots__ = ("by_word", "by_prefix", "anywhere", "needs", "anywhere_needs", "prefixes", "index", "_rank", "_cache")

    def __init__(
        self,
        by_word: Mapping[str, tuple[re.Pattern, ...]],
        by_prefix: tuple[tuple[str, re.Pattern], ...],
        anywhere: re.Pattern | None,
        index: PhraseIndex,
        needs: Mapping[re.Pattern, tuple[str, ...]] | None = None,
        anywhere_needs: tuple[str, ...] | None = None,
    ):
        self.by_word = by_word
        self.by_prefix = by_prefix
        self.anywhere = anywhere
        # Most tries of a pattern at a word fail, and a try costs more than the search for the
        # words its phrases need after their first ("{who} {be} dealing" needs "dealing"), done
        # once per text: a plain ASCII text without one of these words is not tried.
        self.needs = needs or {}
        # Searching a whole text for the phrases that can start at any word costs more than all
        # the rest of a matcher; when they all need some word ("{be} ... strung up" needs
        # "strung"), a plain ASCII text without one of these words is not searched.
        self.anywhere_needs = anywhere_needs
        self.prefixes = tuple({prefix for prefix, _ in by_prefix})
        # The index of the rules this matcher belongs to, which says where in a text it can start.
        self.index = index
        # Patterns are tried in the order they were built, the same in every process (a set's
        # order follows the process's hash seed, and the first pattern that matches is the evidence).
        every = [p for patterns in by_word.values() for p in patterns] + [p for _, p in by_prefix]
        self._rank = {pattern: rank for rank, pattern in enumerate(dict.fromkeys(every))}
        self._cache: dict[tuple[str, ...], tuple[tuple[re.Pattern, tuple[str, ...] | None], ...]] = {}

    def _patterns_for(self, keys: tuple[str, ...]) -> tuple[tuple[re.Pattern, tuple[str, ...] | None], ...]:
        """The patterns that can start at a word with these lookup forms, each with the words it
        needs (looked up here, once: hashing a pattern hashes all its compiled code)."""
        patterns = self._cache.get(keys)
        if patterns is None:
            found = {p for k in keys for p in self.by_word.get(k, ())}
            if any(k.startswith(self.prefixes) for k in keys):
                found.update(p for prefix, p in self.by_prefix if any(k.startswith(prefix) for k in keys))
            patterns = tuple((p, self.needs.get(p)) for p in sorted(found, key=self._rank.__getitem__))
            if len(self._cache) > 20000:
                self._cache.clear()
            self._cache[keys] = patterns
        return patterns

    def _patterns_in(self, scan: Text, keys: tuple[str, ...]) -> list[re.Pattern]:
        """The patterns that can start at a word with these lookup forms, less those that cannot
        match in the text for want of a word they need."""
        return [pattern for pattern, needed in self._patterns_for(keys) if scan.may_hold(needed)]

    def _anywhere_in(self, scan: Text) -> re.Pattern | None:
        """The pattern of the phrases that can start at any word, unless it cannot match in the
        text for want of a word it needs."""
        if self.anywhere is not None and scan.may_hold(self.anywhere_needs):
            return self.anywhere
        return None

    def may_match(self, scan: Text) -> bool:
        """Whether a phrase can start at one of the text's words, or there are phrases that can
        start at any word: a cheap first look, so the many matchers that cannot match a short
        text are passed over before anything is built for them."""
        return self.anywhere is not None or self in scan.phrase_starts(self.index)

    def spans(self, scan: Text) -> list[tuple[int, int]]:
        """Every match in the text, tried only at the words a phrase can start with."""
        found = []
        hits = scan.phrase_starts(self.index).get(self)
        if hits:
            text, keyed = scan.text, scan.keyed
            for i in sorted(set(hits)):
                start, keys = keyed[i]
                for pattern in self._patterns_in(scan, keys):
                    m = pattern.match(text, start)
                    if m:
                        found.append(m.span())
        anywhere = self._anywhere_in(scan)
        if anywhere is not None:
            found.extend(m.span() for m in anywhere.finditer(scan.text))
        return found

    def match_at(self, scan: Text, i: int) -> re.Match | None:
        """The first of the phrases that starts at token i, if any."""
        start, keys = scan.keyed[i]
        for pattern in self._patterns_in(scan, keys):
            m = pattern.match(scan.text, start)
            if m:
                return m
        anywhere = self._anywhere_in(scan)
        return anywhere.match(scan.text, start) if anywhere is not None else None

    def first(self, scan: Text, begin: int, end: int) -> tuple[int, int] | None:
        """The first of the phrases found between begin and end, if any."""
        anywhere = self._anywhere_in(scan)
        if anywhere is None and self not in scan.phrase_starts(self.index):
            return None
        text = scan.text
        low = bisect.bisect_left(scan.token_starts, begin)
        high = bisect.bisect_left(scan.token_starts, end)
        found = None
        for start, keys in scan.keyed[low:high]:
            for pattern in self._patterns_in(scan, keys):
                m = pattern.match(text, start, end)
                if m:
                    found = m.span()
                    break
            if found:
                break
        if anywhere is not None:
            m = anywhere.search(text, begin, found[0] if found else end)
            if m:
                found = m.span()
        return found
