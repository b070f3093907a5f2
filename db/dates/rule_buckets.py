"""Which rules can match at a trigger, from the characters after it: `scan` tries only those.
82 rules start with "the" and 46 with a digit, and at most places one or none of them matches.

A rule is read from its parsed regex (the parse its `re.compile` made: no second parse) as a
walk of the characters a match may take over a "shape" of the text at the trigger: the word, or
a run of k digits, then the character right after it ("24" and "t": "24th"; "10" and ":"), or
whitespace and the next word's first character ("the" and " s": "the summer"), and where that
leaves four rules or more, its second ("the" and " su"). The walk errs towards trying a rule:
what it does not follow (a back-reference, a look-behind, a negated set, a letter outside ASCII
that may fold into one of ASCII) lets the rule through, as does a match that may end inside the
shape. Exact: a rule left out cannot match where the text has that shape. Text outside ASCII
there, and a trigger of fewer than four rules, tries them all.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .rules.table import APOSTROPHE, DIGIT

# the characters a table is kept for (in lower case; text with another one tries every rule):
# right after a trigger (a digit's run: "24th", "10:30"), and a word's first after whitespace
AFTER_TOKEN = frozenset(string.ascii_lowercase + ",.:;/-–—'’)")
AFTER_WORD = frozenset(string.ascii_lowercase + string.digits + "'’")
SECOND = AFTER_TOKEN | AFTER_WORD  # a next word's second character
MAX_DIGITS = 5  # a run of this many digits or more is one table
MIN_RULES = 4  # a trigger with fewer rules tries them all
_ASCII_DIGITS = "0123456789"
# every whitespace character (all of them are below U+3001)
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_DIGITS = frozenset(string.digits)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ONE_CHARACTER = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY, C.RANGE)
_CATEGORIES = {
    C.CATEGORY_DIGIT: str.isdecimal,
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
}
Shape = list[tuple[frozenset[str], bool]]  # (the characters a place may hold, repeated or not)


class _GiveUp(Exception):
    """A construct the walk does not follow: the rule goes in every bucket."""


def _matching(op: Any, av: Any, chars: frozenset[str]) -> frozenset[str]:
    """The characters of `chars` a one-character item may match in some case (all where
    unsure)."""
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return chars
        return frozenset().union(*(_matching(o, a, chars) for o, a in av))
    key = (op, av, chars)
    got = _MATCHING.get(key)
    if got is None:
        got = _MATCHING[key] = frozenset(c for c in chars if _may_match(op, av, c))
    return got


_MATCHING: dict[tuple[Any, Any, frozenset[str]], frozenset[str]] = {}


def _may_match(op: Any, av: Any, c: str) -> bool:
    """Whether a one-character item (not a set) may match `c` in some case (True if unsure)."""
    if op is C.LITERAL:  # (a letter outside ASCII may fold into one of ASCII: "K", "ſ")
        lit = chr(av)
        return not lit.isascii() or c in (lit, lit.lower(), lit.upper())
    if op is C.RANGE:
        lo, hi = av
        return hi > 127 or any(lo <= ord(x) <= hi for x in (c, c.lower(), c.upper()))
    if op is C.CATEGORY:
        test = _CATEGORIES.get(av)
        return test is None or test(c)
    return True  # NOT_LITERAL, ANY, a negated category


class _Walk:
    """A walk of a parsed pattern over `shape`: its states are the places of the shape a match
    may have reached (a repeated place may be passed: `closure`); `firsts` gathers the
    characters of `after` a match may take right after the shape."""

    def __init__(self, shape: Shape, after: frozenset[str]) -> None:
        self.shape, self.after = shape, after
        self.firsts: set[str] = set()

    def closure(self, states: set[int]) -> set[int]:
        out = set(states)
        for s in sorted(states):
            while s < len(self.shape) and self.shape[s][1]:  # a repeated place may be done
                s += 1
                out.add(s)
        return out

    def consume(self, op: Any, av: Any, states: set[int]) -> set[int]:
        out: set[int] = set()
        n = len(self.shape)
        for s in states:
            if s == n:
                self.firsts |= _matching(op, av, self.after)
            elif _matching(op, av, self.shape[s][0]):
                out.add(s if self.shape[s][1] else s + 1)
        return self.closure(out)

    def run(self, items: Any, states: set[int]) -> set[int]:
        for op, av in items:
            if not states:
                break
            if op in _ONE_CHARACTER:
                states = self.consume(op, av, states)
            elif op is C.SUBPATTERN:
                states = self.run(av[3], states)
            elif op is C.ATOMIC_GROUP:
                states = self.run(av, states)
            elif op is C.BRANCH:
                states = set().union(*(self.run(b, states) for b in av[1]))
            elif op in _REPEATS:
                states = self._repeat(av, states)
            elif op is C.ASSERT_NOT and av[0] == 1:  # a look-ahead: "(?!\\w)"
                states = {s for s in states if not self._surely_next(av[1], s)}
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # no character taken: every place goes on (erring towards a match)
            else:  # a back-reference, a conditional group
                raise _GiveUp
        return states

    def _surely_next(self, items: Any, s: int) -> bool:
        """Whether the look-ahead `items` surely matches at place `s` of the shape: one word
        or digit category, and every character the place may hold is in it."""
        if s >= len(self.shape) or len(items) != 1:
            return False
        op, av = items[0]
        if op is C.IN and len(av) == 1:
            op, av = av[0]
        test = _CATEGORIES.get(av) if op is C.CATEGORY else None
        return test is not None and av != C.CATEGORY_SPACE and all(map(test, self.shape[s][0]))

    def _repeat(self, av: Any, states: set[int]) -> set[int]:
        low, high, sub = av
        seen: set[int] = set()
        cur = set(states)
        for k in range(low + len(self.shape) + 2):
            if k >= low:
                if cur <= seen:
                    return seen
                seen |= cur
            if k >= high:
                return seen
            cur = self.run(sub, cur)
        raise _GiveUp


def first_chars(parsed: Any, shape: Shape, after: frozenset[str]) -> set[str] | None:
    """The characters of `after` that may follow a text of `shape` in a match of `parsed`
    (a `re._parser` parse) begun at it (all of them where a match may end right after the
    shape); None where a match may end inside it, or the walk gave up."""
    walk = _Walk(shape, after)
    try:
        ends = walk.run(parsed, walk.closure({0}))
    except _GiveUp:
        return None
    if ends - {len(shape)}:
        return None
    return set(after) if ends else walk.firsts


def compile_parsed(pattern: str) -> tuple[re.Pattern[str], Any]:
    """`re.compile(pattern)` and the parse it compiled (kept from its own call of the parser:
    parsing the rules a second time would add a fifth to the start-up)."""
    kept: list[Any] = []
    parse = _parser.parse

    def keep(*args: Any, **kwargs: Any) -> Any:
        kept.append(parse(*args, **kwargs))
        return kept[-1]

    _parser.parse = keep
    try:
        compiled = re.compile(pattern)
    finally:
        _parser.parse = parse
    return compiled, kept[0] if kept else parse(pattern)  # (none kept: from `re`'s cache)


class Buckets:
    """A grammar's rules by trigger and what follows it: the rules `scan` tries at a trigger.
    Each trigger's table is made the first time the trigger is met (two walks of each of its
    rules: made for all at start-up, the tables took a sixth of it)."""

    __slots__ = ("_by_start", "_parsed", "_tables")

    def __init__(self, by_start: dict[str, list[int]], parsed: list[Any]) -> None:
        self._by_start, self._parsed = by_start, parsed
        # (trigger, digits, the next word's first character or "") -> a table
        self._tables: dict[tuple[str, int, str], dict[str, list[int]]] = {}

    def rules(self, key: str, text: str, begin: int, end: int) -> Sequence[int]:
        """The rules (of `by_start[key]`, in their order) that may match at the trigger
        text[begin:end]: `key` is its word in lower case, or DIGIT (a run of digits opens
        there), or APOSTROPHE."""
        every = self._by_start.get(key, ())
        if len(every) < MIN_RULES or key == APOSTROPHE:
            return every
        if key == DIGIT:
            digits = text[begin : begin + 8]  # (a run of 8 or more: any character after it)
            end = begin + len(digits) - len(digits.lstrip(_ASCII_DIGITS))
            if end == begin:
                return every  # a digit outside ASCII
            run = min(end - begin, MAX_DIGITS)
        elif text[begin:end].isascii():
            run = 0
        else:
            return every
        after = text[end : end + 2]
        if after[:1].isspace():  # the next word's first two characters
            after = " " + text[end : end + 40].lstrip()[:2]
        if not after.isascii():
            return every
        after = after.lower()
        first = self._tables.get((key, run, ""))
        if first is None:
            first = self._tables[key, run, ""] = self._table(key, run, "", every)
        got = first.get(after[:1] if after[:1] != " " else after[:2], every)
        if after[:1] != " " or len(got) < MIN_RULES or len(after) < 3:
            return got
        second = self._tables.get((key, run, after[1]))  # "the s": "the summer", "the 1990s"
        if second is None:
            second = self._tables[key, run, after[1]] = self._table(key, run, after[1], got)
        return second.get(after[2], got)

    def _table(
        self, key: str, run: int, opening: str, every: Sequence[int]
    ) -> dict[str, list[int]]:
        """The rules of `every` that may match, by the characters after the trigger: `key`, or
        a run of `run` digits (`MAX_DIGITS` or more). Without `opening`, for each character of
        `AFTER_TOKEN` right after it and for " " and each of `AFTER_WORD` (whitespace and the
        next word's first character); with it, for each of `SECOND` after whitespace and
        `opening`."""
        if run:
            head: Shape = [(_DIGITS, False)] * run
            head += [(_DIGITS, True)] if run == MAX_DIGITS else []
        else:
            head = [(frozenset(c), False) for c in key]
        spaces: Shape = [(_SPACES, False), (_SPACES, True)]
        if opening:
            shapes = [(head + spaces + [(frozenset(opening), False)], SECOND, "")]
        else:
            shapes = [(head, AFTER_TOKEN, ""), (head + spaces, AFTER_WORD, " ")]
        out: dict[str, list[int]] = {}
        for shape, after, space in shapes:
            firsts = [first_chars(self._parsed[ri], shape, after) for ri in every]
            for c in after:
                out[space + c] = [
                    ri for ri, f in zip(every, firsts, strict=True) if f is None or c in f
                ]
        return out
