"""A fortnight of the story's time: "The first fortnight" of the month the story is in (its days
1-14), or of a stay begun on the story's day; "A fortnight later" counts from the story's day.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def events(text: str) -> dict[str, tuple[str, str | None, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["end"], r["precision"]) for r in rows}


def test_the_first_fortnight_of_the_storys_month() -> None:
    got = events(
        "The battalion came into the line near Arras in April 1917. The first fortnight was "
        "quiet, and the men repaired the trenches."
    )
    assert ("1917-04-01", "1917-04-14", "day") in got.values()


def test_the_second_fortnight_of_a_stay_begun_on_the_storys_day() -> None:
    got = events(
        "The expedition reached Fort Chipewyan on 6 June 1820. During the second fortnight "
        "they built canoes for the river."
    )
    assert got["They built canoes for the river"] == ("1820-06-20", "1820-07-03", "day")


def test_a_fortnight_later_counts_from_the_storys_day() -> None:
    got = events(
        "The expedition reached Fort Chipewyan on 6 June 1820. A fortnight later they set off "
        "down the river."
    )
    assert got["They set off down the river"][0] == "1820-06-20"


def test_the_first_fortnight_in_the_news_is_no_date() -> None:
    got = events("The first fortnight of any new job is hard, the survey found.")
    assert all(end is None for _, end, _ in got.values())


def test_the_fortnight_is_marked_as_timeml_marks_it() -> None:
    from db.dates.extract import analyse

    text = "The expedition reached the fort on 6 June 1820. The first fortnight was spent resting."
    got = [(t.text, t.type, t.value) for t in analyse(text, DCT).timexes()]
    assert ("The first fortnight", "DURATION", "P2W") in got
