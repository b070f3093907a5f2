"""Known misses of news and narrative (issue 13): a BC day before a retold happening, and the
rules added for the held-out sets' causes. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences


def test_a_bc_day_before_a_clause_of_names_does_not_break_the_import() -> None:
    text = (
        "Pompey sailed for Greece on 4 January 48 BC. Caesar chased Pompey across the sea, "
        "Antony with the second fleet."
    )
    got = dated_sentences(text, datetime.date(2025, 5, 6))
    chase = [d for d in got if text[d.clause[0] :].startswith("Caesar")]
    assert [d.start for d in chase] == ["-0047-01-04"]  # the story's day, no crash
