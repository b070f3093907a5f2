"""A timeline's entry on its own line, headed by a date and a dash, is a sentence of its own even
after a line ending in a full stop (blingfire joins a line opening with a digit to the one before).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.sentences import sentence_spans

TEXT = (
    "Chronology\n\n"
    "1921 – The mill is sold to the Hebden co-operative; forty looms are scrapped.\n"
    "1934 – A second shed opens beside the canal.\n"
    "c. 1950 – Weaving ends.\n"
)


def test_each_dash_entry_is_its_own_sentence() -> None:
    starts = [TEXT[b:e].split(" ", 1)[0] for b, e in sentence_spans(TEXT)]
    assert starts[:3] == ["Chronology", "1921", "1934"]


def test_the_last_clause_of_an_entry_keeps_its_date() -> None:
    rows = dated_sentences(TEXT, datetime.date(2026, 12, 6))
    by_value = {s.timex.value: TEXT[s.clause[0] : s.clause[1]] for s in rows}
    assert "forty looms are scrapped" in by_value["1921"]
    assert "forty looms" not in by_value["1934"]
