"""News and history in one article (bench/reader_styles/newshist.json, passages written for
these tests with what a careful reader puts on a timeline): an anniversary feature, an
obituary with the funeral plans, a court report retelling an old case, a festival back after
years. A year-less date in the history takes the story's year, one in the news after it the
publication's. Each test is one cause the passages shared; the sentences are new."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 5, 14)  # a Thursday


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[str]]:
    """Each event's title -> the dates it is placed on."""
    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    got: dict[str, set[str]] = {}
    for r in rows:
        got.setdefault(r["title"], set()).add(r["start"])
    return got


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_clause_opening_on_plans_as_a_noun_is_read() -> None:
    # "Plans to ..." with no word before it: the noun, the subject of what happened (it was
    # read as a verb's object and broke on the empty word before it)
    text = "Plans to turn the old bus depot into flats were thrown out on Tuesday."
    got = placed(text)
    assert {"2026-05-12"} in got.values()
