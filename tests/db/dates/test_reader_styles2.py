"""Historical writing in further styles (bench/reader_styles/narrself2.json, a second round of
passages written for these tests with what a careful reader puts on a timeline): an expedition's
journal entries with an editor's prose, an obituary of 1890 reprinted, a dynasty's encyclopedia
entry, a war memorial's stories. Each test is one cause the passages shared."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 7)


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[str]]:
    """Each event's title -> the dates it is placed on."""
    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    got: dict[str, set[str]] = {}
    for r in rows:
        got.setdefault(r["title"], set()).add(r["start"])
    return got


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_journal_quoted_in_entries_then_told_on_keeps_the_story_year() -> None:
    # an entry's year-less heading ("3rd March.") is read from the entry before it, not from the
    # publication date: the story stays in 1898, and the editor's paragraph after the entries
    # is told forward from them, not from the last entry's day backward
    text = (
        "27th February 1898. Sailed from Halvik with the mail steamer.\n"
        "3rd March. Landed at the mission. Fever in the village.\n\n"
        "The surveyors reached the lake on the 19th of April and left it on the 2nd of June."
    )
    got = values(text)
    assert got["3rd March"] == "1898-03-03"
    assert got["the 19th of April"] == "1898-04-19" and got["the 2nd of June"] == "1898-06-02"
    # an entry's own lines still count from its day: "yesterday" under 3 March is 2 March
    text = "27th February 1898. Sailed from Halvik.\n3rd March. The pilot came aboard yesterday."
    assert values(text)["yesterday"] == "1898-03-02"
