"""A regex searched only in text that holds one of the words every match of it holds.

A case-insensitive pattern that opens with "\\b" and an alternation of words ("said", "told",
"announced", ...) gets no first-character skip from `re`: it is tried in full at every position
of the text it searches, which for a clause of news is most of its cost. `guard(pattern)` reads
from the parsed pattern a set of words one of which every match contains (in lower case), and
its `search` and `finditer` try the regex only where the text holds one: in text where `lower`
and the pattern's case-insensitivity agree (ASCII, or any without the four letters that fold
into ASCII ones: `FOLDS_TO_ASCII`), the text is searched for the words first; other text is
always searched. The answer is always the regex's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# The only characters outside ASCII that a case-insensitive pattern's ASCII letter matches
# ("İ" and "ı" are "i" to it, "ſ" is "s", the Kelvin sign "k"): in text without them, a match of
# the pattern's ASCII words is there in `lower`'s copy of the text too.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words (lower case, ASCII) one of which every match of `pattern` contains; None when the
    pattern's parts name no such words."""
    got = _required(P.parse(pattern.pattern, pattern.flags))
    if not got or any(not w.isascii() or not w for w in got):
        return None  # "ſ" folds into "s", "K" (Kelvin) into "k": no lower-case test
    return frozenset(w.lower() for w in got)


def _required(seq) -> set[str] | None:  # noqa: ANN001 - a parsed sequence of `re._parser`
    """The most selective set of strings one of which every match of `seq` holds."""
    found: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append({"".join(run)})
            run.clear()

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        got: set[str] | None = None
        if op is C.SUBPATTERN:
            got = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            got = _required(av)
        elif op is C.BRANCH:
            alternatives = [_required(a) for a in av[1]]
            if all(a for a in alternatives):
                got = set().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            got = _required(av[2])
        elif op is C.ASSERT and av[0] == 1:  # a look-ahead: still inside the searched text
            got = _required(av[1])
        # a look-behind may read before the search's start: no words from it
        if got:
            found.append(got)
    flush()
    if not found:
        return None
    return max(found, key=lambda s: (min(map(len, s)), -len(s)))


class Guarded:
    """`pattern` with its `search` and `finditer` tried only where its words are."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = required_words(pattern)

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        if self.words is None:
            return False
        span = text[pos:endpos]
        if not span.isascii() and any(map(span.__contains__, FOLDS_TO_ASCII)):
            return False
        low = span.lower()
        return not any(map(low.__contains__, self.words))  # a C loop

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._absent(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


def guard(pattern: str, flags: int = 0) -> Guarded:
    """`re.compile(pattern, flags)`, searched only where its words are."""
    return Guarded(re.compile(pattern, flags))
