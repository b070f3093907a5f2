"""Rules for news failures known from the held-out sets' error lists (issue 13): a relative
clause's date is its own happening's, an opening "when" clause dates the clause it leads into.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2025, 9, 5)  # a Friday


def events(text: str, dct: datetime.date = DCT) -> list[tuple[str, str, str]]:
    """(start, title, the text of the span the event dates) of each dated clause."""
    out = []
    for d in dated_sentences(text, dct):
        b, e = d.title_span or (d.begin, d.end)
        out.append((d.start, d.title, text[b:e]))
    return out


def test_a_death_in_a_relative_clause_dates_the_death_not_the_host() -> None:
    text = "The singer, who died on August 30, was remembered at a service on Friday."
    got = events(text)
    death = next(e for e in got if e[0] == "2025-08-30")
    assert death[1] == "The singer died"
    assert "remembered" not in death[2]  # the host clause is not the death's
    service = next(e for e in got if e[0] == "2025-09-05")
    assert "remembered" in service[1] and "died" not in service[1]


def test_a_pronoun_after_when_opens_no_relative_clause() -> None:
    # "he retired in 1931" is the "when" clause's, not a relative clause of "the library"
    text = (
        "The atlas was bought by a collector, who left it to the library when he retired in 1931."
    )
    got = events(text)
    assert [(start, title) for start, title, _ in got] == [
        ("1931", "A collector left it to the library when he retired")
    ]


def test_an_opening_when_clause_dates_the_clause_it_leads_into() -> None:
    # "within a year" dates nothing of its own: the brother's regency is March 1421's
    text = (
        "When the old duke abdicated in March 1421, his brother became regent and married a widow "
        "within a year."
    )
    got = events(text, datetime.date(2026, 1, 1))
    assert [start for start, _, _ in got] == ["1421-03"]
    assert "became regent" in got[0][2]
