"""Known failures on historical narrative fixed in session 10 (bounds, jumps, anchors and
present states in a history). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def events(text: str) -> dict[str, tuple[str, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["precision"]) for r in rows}


def test_an_early_year_after_as_early_as_is_a_year_and_its_clause_is_dated_by_it() -> None:
    text = "As early as 1649, the town council had complained about the bridge. It fell in 1654."
    assert values(text)["1649"] == "1649"
    assert events(text)["The town council had complained about the bridge"] == ("1649", "year")
    assert (
        values("The custom was recorded as far back as 1520 in the parish book.")["1520"] == "1520"
    )
    assert "1500" not in values("He sold as many as 1500 copies.")  # an amount
