"""`lexicon.trie`: the word alternations the rules share, as a trie regex that matches what the
flat list (longest word first) matched, and the rules built on it reading counts and holidays."""

from __future__ import annotations

import datetime
import re

import pytest

from db.dates import find_timexes
from db.dates.lexicon import COUNT_WORDS, trie

DCT = datetime.date(2019, 12, 23)


def flat(words: list[str], tokens: dict[str, str]) -> str:
    """The alternation as it was written before the trie: longest first."""
    escaped = {"".join(tokens.get(ch) or re.escape(ch) for ch in w) for w in words}
    return "|".join(sorted(escaped, key=len, reverse=True))


@pytest.mark.parametrize(
    "text",
    [
        "a couple of days",
        "a couple weeks",
        "an hour",
        "A few months",
        "twenty-one years",
        "twenty  one   years",
        "seventy days",
        "several decades",
        "couple of years",
        "a hundred days",
        "a single day",
        "anniversary",  # no count word: "an" alone, then the unit is missing
    ],
)
def test_trie_matches_like_the_flat_list(text: str) -> None:
    words = list(COUNT_WORDS)
    spaces = {" ": r"\s+"}
    for tail in ("", r"\s+(?:days?|weeks?|months?|years?|hours?|decades?)", r"(?!\w)"):
        old = re.compile(f"(?i:{flat(words, spaces)}){tail}")
        new = re.compile(f"(?i:{trie(words, spaces)}){tail}")
        got_old, got_new = old.match(text), new.match(text)
        assert (got_old and got_old.group()) == (got_new and got_new.group())


def test_trie_tries_a_longer_word_before_its_prefix() -> None:
    pattern = re.compile(trie(["new year", "new year's eve", "new"], {" ": r"\s+", "'": "['’]?"}))
    assert pattern.match("new year’s eve party").group() == "new year’s eve"
    assert pattern.match("new years eve").group() == "new years eve"
    assert pattern.match("new year plans").group() == "new year"
    assert pattern.match("newly").group() == "new"


def test_counts_and_holidays_read_through_the_trie() -> None:
    found = [
        (t.text, t.value)
        for t in find_timexes(
            "The strike lasted twenty-two days. Talks resume after New Year's Day, and the "
            "mayor spoke on Christmas Eve, a couple of weeks ago.",
            DCT,
        )
    ]
    assert ("twenty-two days", "P22D") in found
    assert ("New Year's Day", "2020-01-01") in found
    assert "Christmas Eve" in [text for text, _ in found]  # "Eve" too, not "Christmas" alone
