"""A modal after "that" is a verb of the clause "that" opens ("a voyage that will end in
December"), not a noun after a determiner: it gives the date its tense. Texts written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 2, 20)


def test_a_future_in_a_that_clause_looks_ahead() -> None:
    text = "The museum's barge left Leith on Monday for a tour that will end in November."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["Monday"] == "2026-02-16"
    assert got["November"] == "2026-11"
    status = {d.timex.text: d.status for d in dated_sentences(text, DCT)}
    assert status["November"] == "planned"


def test_a_past_that_clause_keeps_the_past() -> None:
    text = "The barge left Leith on Monday after a tour that began in November."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["November"] == "2025-11"
