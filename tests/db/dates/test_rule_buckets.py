"""The rules a common word's next word leaves to try (`rule_buckets`): read from each rule's
regex, and never leaving out a rule that matches."""

from __future__ import annotations

import re

from db.dates.extract import _ENGLISH
from db.dates.rule_buckets import first_chars


def test_the_next_words_first_character_is_read_from_the_pattern() -> None:
    assert first_chars(r"(?i:the)\s+(?i:week|weekend)\s+of\b", "the") == {"w"}
    assert first_chars(r"(?:(?i:the)\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b", "the") == set(
        "0123456789"
    )
    # either word after "the": the union, in either case
    assert first_chars(r"(?i)the\s+(?:Past|next)\s+year", "the") == {"p", "n"}


def test_a_rule_the_reading_cannot_bound_is_tried_at_every_next_word() -> None:
    assert first_chars(r"(?i:the)(?:\s+year)?", "the") is None  # may end after "the"
    assert first_chars(r"(?P<w>the)\s+(?P=w)", "the") is None  # a back-reference
    assert first_chars(r"(?i:the)\s+[^x]", "the") is None  # a negated set: anything may do
    assert first_chars(r"(?i:this)\s+year", "the") == set()  # cannot match at "the" at all


def test_no_rule_left_out_of_a_bucket_matches_there() -> None:
    text = (
        "The week of March 3 was busy. On the 14th the council met; the past two years were "
        "hard, and the following Monday the mayor left. A year later, an additional month "
        "passed. That same night, all saints' day fell in the fall of 2019, the 1990s over."
    )
    grammar = _ENGLISH
    tried = 0
    for found in re.finditer(r"\b(?:the|a|an|that|all)\b(?=\s+(\S))", text, re.I):
        word, after = found.group().lower(), found.group(1).lower()
        rules = grammar.by_start.get(word, [])
        bucket = grammar.buckets[word].get(after, rules)
        for ri in rules:
            if grammar.singles[ri].match(text, found.start()):
                assert ri in bucket, (grammar.rules[ri].name, text[found.start() :][:30])
                tried += 1
    assert tried >= 8  # the text's dates were matched at all
