"""The rules `scan` tries at a trigger, by the characters after it (db.dates.rule_buckets, its
tables made by db.dates.rule_walk and stored in db.dates.rule_tables): a rule left out cannot
match there, so the scan finds what trying every rule finds. Sentences and patterns written for
these tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from db.dates.extract import _ENGLISH
from db.dates.rule_buckets import Buckets, read_table, stored_tables, table_key
from db.dates.rule_walk import AFTER_WORD, _encoded, every_grammar, first_chars, table, tables
from db.dates.rules.table import DIGIT, Rule
from db.dates.scanning import scan


class _EveryRule(Buckets):
    """Every rule of the trigger, as without the tables."""

    def rules(self, key: str, text: str, begin: int, end: int) -> Sequence[int]:
        return self._by_start.get(key, ())


_EVERY_RULE = dataclasses.replace(_ENGLISH, buckets=_EveryRule(_ENGLISH.by_start, _ENGLISH.rules))

_SENTENCES = [
    "The summer fete moved to the 14th, and the following week the hall closed for 3 months.",
    "At 10:30 on 4 March 1998 the board met; the 1990s were long gone, the year-ago quarter too.",
    "THE NEXT DAY a crowd of 1,200 waited 2 1/2 hours, and the Friday before that, 7 days.",
    "In the spring of '89 the town\u00a0of 12,000 voted; the\tsame night, the 3rd and 4th.",
    "a year later, an extra week, all saints' day, that May. 14.vii.1868 and 3-5 October.",
    "Room 12\u0663 and 2019-10-24 and 5.30 p.m. and 793 and 100 BC and the K\u212a week.",
    "Two days on, on Friday the 13th, three weeks after last March, 20 years ago, the 2 of us",
    "the",
    "",
]


def test_the_stored_tables_are_those_the_rules_make() -> None:
    # fails after a rule changes: run `python -m db.dates.rule_walk` and commit rule_tables.py
    assert tables(every_grammar()) == stored_tables(), "stale: python -m db.dates.rule_walk"


def _found(text: str, grammar: Any) -> list[tuple[int, list[tuple[int, int]]]]:
    return [(g.begin, [(ri, m.end()) for ri, m in g.cands]) for g in scan(text, grammar)]


def test_scan_finds_what_trying_every_rule_finds() -> None:
    for text in _SENTENCES:
        assert _found(text, _ENGLISH) == _found(text, _EVERY_RULE), text
    assert _found(_SENTENCES[0], _ENGLISH)


def test_a_trigger_wakes_only_the_rules_the_next_characters_can_open() -> None:
    every = _ENGLISH.by_start["the"]
    summer = _ENGLISH.buckets.rules("the", "Then the summer came.", 5, 8)
    assert len(summer) < len(every) / 2 and set(summer) <= set(every)
    year = _ENGLISH.buckets.rules(DIGIT, "In 1998 a flood", 3, 4)
    assert len(year) < len(_ENGLISH.by_start[DIGIT]) / 2


def _rules(patterns: list[str]) -> list[Rule]:
    return [Rule(f"r{i}", p, lambda g, c: None, frozenset({"the"})) for i, p in enumerate(patterns)]


def _buckets(patterns: list[str], key: str) -> Buckets:
    """Buckets of rules with these patterns, their tables made here."""
    rules = _rules(patterns)
    parsed = [_parser.parse(rf"(?<!\w)(?:{p})(?!\w)") for p in patterns]
    runs = range(1, 6) if key == DIGIT else (0,)
    stored = {table_key(key, run, rules): _encoded(table(key, run, parsed)) for run in runs}
    return Buckets({key: list(range(len(patterns)))}, rules, stored)


def test_the_next_words_first_characters() -> None:
    patterns = [
        r"(?i:the\s+(?:summer|spring|next\s+day))",
        r"the\s+(\w)\1",  # a back-reference: tried everywhere
        r"the\s+s?pring",
        r"the\s+\d+(?:st|nd|rd|th)",
        r"the\s+summer\s+of",
    ]
    buckets = _buckets(patterns, "the")
    # four rules may open on "s": the next word's second character is asked too
    assert buckets.rules("the", "the summer", 0, 3) == [0, 1, 4]
    assert buckets.rules("the", "THE  Spring", 0, 3) == [0, 1, 2]
    assert buckets.rules("the", "the pring", 0, 3) == [1, 2]
    assert buckets.rules("the", "the 14th", 0, 3) == [1, 3]
    assert buckets.rules("the", "the wall", 0, 3) == [1]
    assert buckets.rules("the", "the \u00e9t\u00e9", 0, 3) == [0, 1, 2, 3, 4]  # not ASCII
    shape = [(frozenset(c), False) for c in "the"] + [(frozenset(" "), False)]
    assert first_chars(_parser.parse("the?"), shape, AFTER_WORD) is None  # may end inside


def test_a_run_of_digits_and_what_follows_it() -> None:
    patterns = [r"\d{4}(?!\w)", r"\d\d?(?:st|nd|rd|th)", r"\d\d?:\d\d", r"\d+\s+days?"]
    buckets = _buckets(patterns, DIGIT)
    assert buckets.rules(DIGIT, "1998 then", 0, 1) == [0]  # a year, whatever follows it
    assert buckets.rules(DIGIT, "1998, then", 0, 1) == [0]
    assert buckets.rules(DIGIT, "14th", 0, 1) == [1]
    assert buckets.rules(DIGIT, "10:30", 0, 1) == [2]
    assert buckets.rules(DIGIT, "100:30", 0, 1) == []
    assert buckets.rules(DIGIT, "3 days", 0, 1) == [3]
    assert buckets.rules(DIGIT, "3 weeks", 0, 1) == []


def test_a_changed_rule_finds_no_table_and_tries_every_rule() -> None:
    patterns = [r"\d{4}(?!\w)", r"\d\d?(?:st|nd|rd|th)", r"\d\d?:\d\d", r"\d+\s+days?"]
    stale = _buckets(patterns, DIGIT)
    changed = _rules(patterns[:3] + [r"\d+\s+weeks?"])
    stale._rules = changed  # the rule changed after its table was made
    assert stale.rules(DIGIT, "3 weeks", 0, 1) == [0, 1, 2, 3]


def test_a_stored_table_reads_back() -> None:
    made = {" s": [0, 2], " t": [0, 2], ",": [], " su": [2]}
    assert read_table(_encoded(made), [10, 11, 12]) == {
        " s": [10, 12],
        " t": [10, 12],
        ",": [],
        " su": [12],
    }
