"""The stored tables of `rule_buckets` made from the rules' parsed regexes, and the command that
writes them: `python -m db.dates.rule_walk` (after a rule changes; a test fails while a table
is stale, and a stale table is not used, so the scan only tries more rules meanwhile).

A rule is read from its parsed regex as a walk of the characters a match may take over a
"shape" of the text at the trigger: the word, or a run of k digits, then the character right
after it ("24" and "t": "24th"; "10" and ":"), or whitespace and the next word's first
character ("the" and " s": "the summer"), and where that leaves `MIN_RULES` rules or more, its
second ("the" and " su"). The walk errs towards trying a rule: what it does not follow (a
back-reference, a negated set, a letter outside ASCII that may fold into one of ASCII) lets the
rule through, as does a match that may end inside the shape. A rule left out of a table cannot
match where the text has that shape.
"""

from __future__ import annotations

import base64
import string
import sys
import zlib
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .rule_buckets import MAX_DIGITS, MIN_RULES, table_key
from .rules.table import APOSTROPHE, DIGIT
from .scanning import Grammar

# the characters a table is kept for (in lower case; text with another one tries every rule):
# right after a trigger (a digit's run: "24th", "10:30"), and a word's first after whitespace
AFTER_TOKEN = frozenset(string.ascii_lowercase + ",.:;/-–—'’)")
AFTER_WORD = frozenset(string.ascii_lowercase + string.digits + "'’")
SECOND = AFTER_TOKEN | AFTER_WORD  # a next word's second character
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
STORED = Path(__file__).with_name("rule_tables.py")


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


def _head(key: str, run: int) -> Shape:
    if not run:
        return [(frozenset(c), False) for c in key]
    return [(_DIGITS, False)] * run + ([(_DIGITS, True)] if run == MAX_DIGITS else [])


def table(key: str, run: int, parsed: list[Any]) -> dict[str, list[int]]:
    """The rules of `parsed` (their places in it) that may match at the trigger `key` (or a
    run of `run` digits, `MAX_DIGITS` or more), by the characters after it: one of
    `AFTER_TOKEN` right after it, " " and one of `AFTER_WORD` (whitespace and the next word's
    first character), and where that leaves `MIN_RULES` or more, " " and two characters (the
    second one of `SECOND`). Entries that leave out no rule of the shorter key are not kept."""
    head = _head(key, run)
    spaces: Shape = [(_SPACES, False), (_SPACES, True)]
    every = list(range(len(parsed)))
    out: dict[str, list[int]] = {}
    for shape, after, space in ((head, AFTER_TOKEN, ""), (head + spaces, AFTER_WORD, " ")):
        firsts = [first_chars(p, shape, after) for p in parsed]
        for c in sorted(after):
            got = [i for i, f in zip(every, firsts, strict=True) if f is None or c in f]
            if got != every:
                out[space + c] = got
    for c in sorted(AFTER_WORD):
        got = out.get(" " + c, every)
        if len(got) < MIN_RULES:
            continue
        shape = head + spaces + [(frozenset(c), False)]
        seconds = {i: first_chars(parsed[i], shape, SECOND) for i in got}
        for c2 in sorted(SECOND):
            kept = [i for i in got if seconds[i] is None or c2 in seconds[i]]  # type: ignore[operator]
            if kept != got:
                out[" " + c + c2] = kept
    return out


def tables(grammars: list[Grammar]) -> dict[str, str]:
    """Every stored table of `grammars`, as `rule_buckets.stored_tables` reads them: by
    `rule_buckets.table_key`, the table as `rule_buckets.read_table` reads it."""
    out: dict[str, str] = {}
    for grammar in grammars:
        for key, every in grammar.by_start.items():
            if len(every) < MIN_RULES or key == APOSTROPHE:
                continue
            rules = [grammar.rules[i] for i in every]
            parsed = [_parser.parse(grammar.singles[i].pattern) for i in every]
            for run in range(1, MAX_DIGITS + 1) if key == DIGIT else (0,):
                name = table_key(key, run, rules)
                if name not in out:
                    got = table(key, run, parsed)
                    out[name] = _encoded(got)
    return out


def _encoded(table: dict[str, list[int]]) -> str:
    """A table as `rule_buckets.read_table` reads it: "place,place=after~after|..."."""
    by_places: dict[tuple[int, ...], list[str]] = {}
    for after, places in table.items():
        by_places.setdefault(tuple(places), []).append(after)
    return "|".join(
        f"{','.join(map(str, places))}={'~'.join(afters)}" for places, afters in by_places.items()
    )


def every_grammar() -> list[Grammar]:
    from .extract import _grammar
    from .rules.locales import FOREIGN

    return [_grammar(language) for language in ("en", *FOREIGN)]


def write(path: Path = STORED) -> None:
    """Writes `rule_tables.py` from the rules as they are: one line "name<TAB>table" a table,
    compressed (the text is 400 kB, 5,000 lines of source; compressed, 370)."""
    text = "\n".join(f"{name}\t{value}" for name, value in sorted(tables(every_grammar()).items()))
    packed = base64.b64encode(zlib.compress(text.encode(), 9)).decode()
    lines = [
        '"""Generated by `python -m db.dates.rule_walk` from the rules\' parsed regexes: do not',
        "edit (after a merge that changes rules, run it again). The rules `scan` tries at a",
        "trigger by the characters after it (`rule_buckets`), compressed: read by",
        "`rule_buckets.stored_tables`.",
        '"""',
        "",
        "PACKED = (",
        *(f'    "{packed[i : i + 92]}"' for i in range(0, len(packed), 92)),
        ")",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else STORED)
