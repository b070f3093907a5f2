"""db.ingest.events.sentence_events on dated sentences of the date finder."""

from __future__ import annotations

import datetime
import json

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
    # the drop is news of its report's day (around it), not of 2008
    assert events(text) == [("2019-12-20", None, "day"), ("2019-12-23", None, "day")]


def test_a_change_from_a_date_makes_no_event() -> None:
    assert events("Car exports reached 90,000 in November, up from 2015.") == [
        ("2019-11", None, "month")
    ]


def test_a_real_range_stays() -> None:
    assert events("The province has been the scene of clashes since 2014.") == [
        ("2014", "2019-12-23", "year")
    ]


def test_each_clause_gets_its_short_title_and_status_and_keeps_its_sentence() -> None:
    text = "The transport minister said on Friday that the new metro line would open in June."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=1, lane="News")
    got = [(r["start"], r["title"], r["status"]) for r in rows]
    assert got == [
        (
            "2019-12-20",
            "The transport minister said that the new metro line would open in June",
            "happened",
        ),
        ("2020-06", "The new metro line would open", "planned"),
    ]
    # the panel still highlights the whole sentence; the clause each dates is in data
    assert all(
        r["text"] == text and (r["span_start"], r["span_end"]) == (0, len(text)) for r in rows
    )
    clause = json.loads(rows[1]["data"])["clause"]
    assert text[clause["begin"] : clause["end"]] == "that the new metro line would open in June."


def test_provenance_and_data_are_stored_as_json_dumps_writes_them() -> None:
    # the events' JSON columns come from a C encoder built once (events._json): the same text
    # json.dumps(..., ensure_ascii=False) writes, quotes, non-ASCII and nesting included
    text = 'Le ministre a dit « non » on Monday, calling it "the end of an era".'
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=1, lane="News")
    assert rows
    for row in rows:
        for column in ("provenance", "data"):
            value = json.loads(row[column])
            assert row[column] == json.dumps(value, ensure_ascii=False)
    assert json.loads(rows[0]["provenance"])["text"] == "Monday"
