"""An unstated amount opening a sentence, "Decades earlier," / "Centuries before,", takes the story
back to an imprecise earlier time: what follows ("That spring") is not in the year the story
had reached. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def events(text: str) -> dict[str, str]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: r["start"] for r in rows}


def test_decades_earlier_takes_the_story_back_from_its_year() -> None:
    got = events(
        "The chapel at Kirkby was rebuilt in stone in 1721. Decades earlier, the monks had "
        "abandoned it for the valley. That spring a flood carried away the old bridge."
    )
    assert not any(start.startswith("1721") for t, start in got.items() if "flood" in t)
    assert got["The chapel at Kirkby was rebuilt in stone"] == "1721"


def test_centuries_before_opens_an_anecdote_before_the_story_year() -> None:
    got = events(
        "The castle passed to the Percy family in 1405. Centuries before, a Roman fort had "
        "guarded the crossing. That winter the garrison was doubled."
    )
    assert not any(start.startswith("1405") for t, start in got.items() if "garrison" in t)
