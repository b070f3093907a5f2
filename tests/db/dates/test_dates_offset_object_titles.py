"""An amount counted from a happening ("Two years after her marriage") dates the main clause; the
happening it counts from is no part of the title. Sentences written for these tests, none from
an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def titles(text: str) -> dict[str, str]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: r["start"] for r in rows}


def test_the_happening_counted_from_leaves_the_title_before_the_main_clause() -> None:
    got = titles(
        "Marie Lenoir married a country doctor in 1890. Two years after her marriage she left "
        "for Paris to study painting."
    )
    assert got["She left for Paris to study painting"] == "1892"


def test_a_clause_after_before_at_the_end_keeps_its_title() -> None:
    got = titles(
        "The two banks agreed terms on 20 December 2019. Two days before the merger was "
        "announced, the chairman met the regulator."
    )
    assert "The chairman met the regulator" in got
