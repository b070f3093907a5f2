"""A "when" clause after a date tells what happened then: after a range, at its end; a dateless
clause right before a dated "when" clause is dated by it, not by the dated clause before it that
", and" joins. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import dated_sentences
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_a_when_clause_after_a_date_the_cutter_took_for_a_relative_is_an_event() -> None:
    got = events("The tannery prospered until 1902, when the river silted up.")
    assert got == {
        "The tannery prospered until 1902": ("1902", "year"),
        "The river silted up": ("1902", "year"),
    }


def test_a_when_clause_after_a_range_is_at_its_end() -> None:
    got = events(
        "The garrison held the fort from May 1916 until 3 August 1918, when the last "
        "battalion marched out."
    )
    assert got["The last battalion marched out"] == ("1918-08-03", "day")
    got = events("The family farmed at Hexham from 1850 to 1871, when they sold the land.")
    assert got["They sold the land"] == ("1871", "year")


def test_a_plan_s_when_clause_makes_no_event() -> None:
    got = events("The lease will run until 2040, when the council may sell the site.")
    assert "The council may sell the site" not in got


def covering(text: str, words: str) -> list[str]:
    """The dates of the events whose text covers `words`."""
    at = text.index(words)
    out = []
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        if b <= at and at + len(words) <= e:
            out.append(d.start)
    return out


def test_a_clause_before_a_dated_when_clause_takes_its_date() -> None:
    text = "He bought the forge in 1902, and it was sold when the railway came in 1931."
    assert covering(text, "it was sold") == ["1931"]
    assert covering(text, "He bought the forge") == ["1902"]


def test_other_clauses_keep_their_own_dates() -> None:
    text = "He bought the forge in 1902, and it was sold after the railway came in 1931."
    assert "1931" in covering(text, "the railway came")
    text = "He bought the forge in 1902 and ran it alone; the railway came in 1931."
    assert covering(text, "ran it alone") == ["1902"]
