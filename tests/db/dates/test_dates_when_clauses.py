"""A dateless clause right before a dated "when" clause is dated by it, not by the dated clause
before it that ", and" joins. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 12, 6)


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
