"""db.ingest.events.sentence_events on dated sentences of the date finder."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import SENTENCE, sentence_events

DCT = datetime.date(2019, 12, 23)


def events(text: str) -> list[tuple[str, str | None, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=1, lane="News")
    assert all(r["kind"] == SENTENCE for r in rows)
    return [(r["start"], r["end"], r["precision"]) for r in rows]


def test_a_comparison_makes_no_event_and_no_range() -> None:
    text = (
        "The rand fell to its weakest level against the dollar since April 2016 on Friday. "
        "It was the biggest one-day drop since 2008."
    )
    assert events(text) == [("2019-12-20", None, "day")]


def test_a_change_from_a_date_makes_no_event() -> None:
    assert events("Car exports reached 90,000 in November, up from 2015.") == [
        ("2019-11", None, "month")
    ]


def test_a_real_range_stays() -> None:
    assert events("The province has been the scene of clashes since 2014.") == [
        ("2014", "2019-12-23", "year")
    ]
