"""Known failures of the date extractor on historical narrative (issue 13, item 5): a week
counted from the story's day is a week, a day of a siege counted from its start, N years after a
happening the text dated, an anecdote's offset carried as the story's time, BC decades and
centuries, and a bare "years" left without a value. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def events(text: str) -> dict[str, tuple[str, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["precision"]) for r in rows}


def test_the_following_week_after_a_story_day_is_the_next_iso_week() -> None:
    text = (
        "The regiment crossed the river on 20 June 1941. The following week it reached the "
        "outskirts of the town. The next week the autumn rains came early."
    )
    got = values(text)
    assert got["The following week"] == "1941-W26"  # 20 June 1941 is in week 25
    assert got["The next week"] == "1941-W27"
    assert events(text)["It reached the outskirts of the town"] == ("1941-06-23", "week")
