"""Which rules can match at a trigger, from the characters after it: `scan` tries only those.
82 rules start with "the" and 46 with a digit, and at most places one or none of them matches.

The tables are made once from the rules' parsed regexes (`rule_walk`, which says how) and kept
in the tree (`rule_tables`, read on a trigger's first meeting): made at start-up they would
cost more than they save. Each is stored under a hash of its trigger's rules, so a rule
changed since (until `python -m db.dates.rule_walk` is run again; a test fails meanwhile) finds
no table and every rule of its trigger is tried. Text outside ASCII after a trigger, and a
trigger of fewer than `MIN_RULES` rules, tries them all.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Mapping, Sequence

from .rules.table import APOSTROPHE, DIGIT, Rule

MAX_DIGITS = 5  # a run of this many digits or more is one table
MIN_RULES = 4  # a trigger (or a table's entry) with fewer rules tries them all
_ASCII_DIGITS = "0123456789"
Table = dict[str, Sequence[int]]


def table_key(key: str, run: int, rules: Sequence[Rule]) -> str:
    """Where `stored_tables()` keeps the table of the trigger `key` (with a run of `run`
    digits) and its rules, in their order: by their names and their patterns' lengths (some
    patterns are built from sets, so their text changes from process to process, and their
    lengths and tables do not; the test of the tables compares them whole)."""
    names = "|".join(f"{r.name}:{len(r.pattern)}" for r in rules)
    return f"{key} {run} {zlib.crc32(names.encode()):08x}"


def read_table(stored: str, every: Sequence[int]) -> Table:
    """A stored table ("place,place=after~after|...": the rules' places in `every`, the texts
    after the trigger that leave those rules), the places made the rules' indices."""
    out: Table = {}
    for entry in stored.split("|") if stored else ():
        places, _, afters = entry.partition("=")
        rules = [every[int(p)] for p in places.split(",")] if places else []
        out.update(dict.fromkeys(afters.split("~"), rules))
    return out


class Buckets:
    """A grammar's rules by trigger and what follows it: the rules `scan` tries at a trigger."""

    __slots__ = ("_by_start", "_rules", "_stored", "_tables")

    def __init__(
        self,
        by_start: dict[str, list[int]],
        rules: list[Rule],
        stored: Mapping[str, str] | None = None,  # (`stored_tables()` where None)
    ) -> None:
        self._by_start, self._rules, self._stored = by_start, rules, stored
        self._tables: dict[tuple[str, int], Table] = {}  # (trigger, digits) -> a table

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
        table = self._tables.get((key, run))
        if table is None:
            table = self._tables[key, run] = self._read(key, run, every)
        after = text[end : end + 1]
        if not after.isspace():
            return table.get(after.lower(), every) if after.isascii() else every
        after = text[end : end + 40].lstrip()[:2]  # the next word's first two characters
        if not after.isascii():
            return every
        after = " " + after.lower()
        got = table.get(after)
        return got if got is not None else table.get(after[:2], every)

    def _read(self, key: str, run: int, every: Sequence[int]) -> Table:
        if self._stored is None:
            self._stored = stored_tables()  # (read on the first trigger met, not at start-up)
        stored = self._stored.get(table_key(key, run, [self._rules[i] for i in every]))
        return {} if stored is None else read_table(stored, every)


def stored_tables() -> dict[str, str]:
    """The tables `rule_walk` stored (`rule_tables.PACKED`), by `table_key`."""
    from .rule_tables import PACKED

    text = zlib.decompress(base64.b64decode(PACKED)).decode()
    return dict(line.split("\t", 1) for line in text.split("\n"))
