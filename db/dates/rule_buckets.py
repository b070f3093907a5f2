"""Which rules starting with a common word ("the", "a", "that") can match where the next word
begins with a given character: `scan` tries only those (78 rules start with "the", and at a
"the" of news one or two match). Read from each rule's own regex (its parse), erring towards
trying a rule: a rule whose match could end before the next word, or that the reading does not
follow (a back-reference), is in every bucket. Exact: the rules left out cannot match there.

The word is known (the trigger), then whitespace (`FOLLOWERS` look for `\\s+` after it), then
the next word's first character, the bucket's key (in lower case)."""

from __future__ import annotations

import re
import string
import sys
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# the characters a bucket is kept for; a next word opening on any other tries every rule
BUCKET_CHARS = string.ascii_lowercase + string.digits + "'’"
_SPACES = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]
_W = "W"  # the state after one whitespace character or more (before the next word)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip


class _GiveUp(Exception):
    """A construct the reading does not follow: the rule goes in every bucket."""


def _matches(op: Any, av: Any, ch: str) -> bool:
    """Whether a one-character item may match `ch` in any case (True where unsure)."""
    cases = {ch, ch.lower(), ch.upper()}
    if op is C.LITERAL:
        return chr(av) in cases or chr(av).lower() in cases or chr(av).upper() in cases
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return True
        return any(_matches(o, a, ch) for o, a in av)
    if op is C.RANGE:
        lo, hi = av
        return any(lo <= ord(c) <= hi for c in cases)
    if op is C.CATEGORY:
        pattern = _CATEGORIES.get(av)
        return pattern is None or any(re.fullmatch(pattern, c) for c in cases)
    return True  # NOT_LITERAL, ANY, ...


def _consume(op: Any, av: Any, states: set, word: str, firsts: set) -> set:
    out: set = set()
    for s in states:
        if isinstance(s, int) and s < len(word):
            if _matches(op, av, word[s]):
                out.add(s + 1)
        else:  # at whitespace (after the word, or after some of it)
            if any(_matches(op, av, sp) for sp in _SPACES):
                out.add(_W)
            if s == _W:  # the next word's first character
                firsts.update(c for c in BUCKET_CHARS if _matches(op, av, c))
    return out


def _run(items: Any, states: set, word: str, firsts: set) -> set:
    """The states after `items` (a parsed sequence) from `states`: an int is how many characters
    of `word` are read; `_W` some whitespace after it (the word itself is whole then)."""
    for op, av in items:
        if not states:
            return states
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY):
            states = _consume(op, av, states, word, firsts)
        elif op is C.SUBPATTERN:
            states = _run(av[3], states, word, firsts)
        elif op is C.ATOMIC_GROUP:
            states = _run(av, states, word, firsts)
        elif op is C.BRANCH:
            states = set().union(*(_run(b, states, word, firsts) for b in av[1]))
        elif op is C.GROUPREF_EXISTS:
            no = _run(av[2], states, word, firsts) if av[2] is not None else states
            states = _run(av[1], states, word, firsts) | no
        elif op in _REPEATS:
            low, high, sub = av
            seen: set = set()
            cur = set(states)
            k = 0
            while True:
                if k >= low:
                    if cur <= seen:
                        break
                    seen |= cur
                if k >= high:
                    break
                cur = _run(sub, cur, word, firsts)
                k += 1
                if k > low + 20:
                    raise _GiveUp
            states = seen
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # takes no character: every state goes on (erring towards a match)
        else:  # GROUPREF and anything else
            raise _GiveUp
    return states


def first_chars(pattern: str, word: str) -> set | None:
    """The characters (of `BUCKET_CHARS`) the next word may open on in a match of `pattern` at
    `word` followed by whitespace; None where any next word may do."""
    firsts: set = set()
    try:
        ends = _run(_parser.parse(pattern), {0}, word, firsts)
    except _GiveUp:
        return None
    if ends:  # a match may end before the next word's first character
        return None
    return firsts


def buckets(word: str, rules: list[int], singles: list[re.Pattern[str]]) -> dict[str, list[int]]:
    """For each character of `BUCKET_CHARS`, the rules of `rules` (in their order) that may match
    at `word` where the next word opens on it."""
    sets = [first_chars(singles[ri].pattern, word) for ri in rules]
    return {
        c: [ri for ri, s in zip(rules, sets, strict=True) if s is None or c in s]
        for c in BUCKET_CHARS
    }
