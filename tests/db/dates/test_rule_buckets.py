"""The rules `scan` tries at a trigger, by the characters after it (db.dates.rule_buckets): a rule
left out cannot match there, so the scan finds what trying every rule finds. Sentences and
patterns written for these tests."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from db.dates.extract import _ENGLISH
from db.dates.rule_buckets import AFTER_WORD, Buckets, compile_parsed, first_chars
from db.dates.rules.table import DIGIT
from db.dates.scanning import scan


class _EveryRule(Buckets):
    """Every rule of the trigger, as before the tables."""

    def rules(self, key: str, text: str, begin: int, end: int) -> Sequence[int]:
        return _ENGLISH.by_start.get(key, ())


_EVERY_RULE = dataclasses.replace(_ENGLISH, buckets=_EveryRule({}, []))

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


def _found(text: str, grammar: Any) -> list[tuple[int, list[tuple[int, int]]]]:
    return [(g.begin, [(ri, m.end()) for ri, m in g.cands]) for g in scan(text, grammar)]


def test_scan_finds_what_trying_every_rule_finds() -> None:
    for text in _SENTENCES:
        assert _found(text, _ENGLISH) == _found(text, _EVERY_RULE), text
    assert _found(_SENTENCES[0], _ENGLISH)


def test_a_trigger_wakes_only_the_rules_the_next_characters_can_open() -> None:
    every = _ENGLISH.by_start["the"]
    text = "Then the summer came."
    summer = _ENGLISH.buckets.rules("the", text, 5, 8)
    assert len(summer) < len(every) / 2 and set(summer) <= set(every)
    year = _ENGLISH.buckets.rules(DIGIT, "In 1998 a flood", 3, 4)
    assert len(year) < len(_ENGLISH.by_start[DIGIT]) / 2


def _parse(pattern: str) -> Any:
    return _parser.parse(pattern)


def _buckets(patterns: list[str], key: str) -> Buckets:
    return Buckets({key: list(range(len(patterns)))}, [_parse(p) for p in patterns])


def test_the_next_words_first_characters() -> None:
    patterns = [
        r"(?i)the\s+(?:summer|spring|next\s+day)",
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
    assert first_chars(_parse("the?"), shape, AFTER_WORD) is None  # may end inside the shape


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


def test_compile_parsed_keeps_the_parse_of_its_compile() -> None:
    compiled, parsed = compile_parsed(r"(?<!\w)on\s+(?P<day>\d\d?)(?!\w)")
    assert compiled.match("on 14 May") is not None
    assert isinstance(compiled, re.Pattern)
    assert repr(parsed.data) == repr(_parse(compiled.pattern).data)
