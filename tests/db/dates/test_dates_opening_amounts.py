"""An amount counted from a clause, after a date that opens the sentence ("In 1990, thirty years
after ..."): the clause after the comma is the sentence's, the counted clause its own. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates.clauses import RELATIVE, split
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_an_amount_after_an_opening_year_dates_the_clause_it_counts_from() -> None:
    got = events(
        "In 1990, thirty years after the pilot first crossed the strait, the town put up a statue."
    )
    assert got == {
        "The town put up a statue": ("1990", "year"),
        "The pilot first crossed the strait": ("1960", "year"),
    }
    got = events("By 1875, ten years after the mill had burned, the village had a new school.")
    assert got["The village had a new school"] == ("1875", "year")


def test_the_counted_clause_is_cut_only_after_a_date_alone() -> None:
    text = "In 1990, thirty years after the pilot first crossed the strait, the town put up a bust."
    clauses = split(text, 0, len(text), [(3, 7), (9, 27)])
    relative = [c for c in clauses if c.kind == RELATIVE]
    assert [text[c.begin : c.end].strip(" ,") for c in relative] == [
        "thirty years after the pilot first crossed the strait"
    ]
    # a verb before the amount: no opening date, no such cut
    text = "The town grew in 1990, thirty years after the pilot crossed the strait."
    clauses = split(text, 0, len(text), [(17, 21), (23, 41)])
    assert not any(c.kind == RELATIVE for c in clauses)
