"""A German relative clause between commas: a date in it titles what it tells of its noun, a
date after it the main predicate with the noun as subject (db/dates/german_relatives.py).
Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Ausstellung, die am 3. Mai eröffnet wurde, zeigt Werke von Paul Klee.",
            [("2012-05-03", "Die Ausstellung wurde eröffnet")],
        ),
        (  # a separable particle back at the end
            "Die Delegation, die am Montag in Berlin eintraf, wurde vom Kanzler empfangen.",
            [("2012-05-07", "Die Delegation traf in Berlin ein")],
        ),
        (  # the main predicate's date
            "Der Fahrer, der den Unfall verursacht hatte, wurde am 3. Mai verurteilt.",
            [("2012-05-03", "Der Fahrer wurde verurteilt")],
        ),
        (  # both
            "Der Bürgermeister, der seit 2008 im Amt ist, trat am 3. Mai zurück.",
            [
                ("2008", "Der Bürgermeister ist im Amt"),
                ("2012-05-03", "Der Bürgermeister trat zurück"),
            ],
        ),
    ],
)
def test_titles_around_a_relative_clause(text: str, expected: list) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, "de")] == expected


def test_a_clause_after_a_comma_that_is_no_relative_one() -> None:
    text = "Die Zeitung berichtete am 3. Mai, dass der Minister zurücktreten werde."
    assert [d.title for d in dated_sentences(text, DCT, "de")] == ["Die Zeitung berichtete"]
