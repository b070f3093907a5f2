"""A notebook's entry quoted whole with its own day heading it inside the marks
(`headed_quotes`), and "the 3rd of last month" as a day of the writer's month before
(`rules.days_of_near_months`), which keeps the story's year after the entry. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 12, 7)

_GALE = (
    "The keeper's logbooks run from 1880 to 1912. In the spring of 1895 a gale cut the rock "
    "off for a week. "
    '"Mar. 18th. Wind backing since the 9th of last month. Lamp glass cracked this morning. '
    'No boat for six days." On 2 April he wrote only: "Calm."'
)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_entrys_heading_is_its_writers_day() -> None:
    got = values(_GALE)
    assert got["Mar. 18th"] == "1895-03-18"
    assert got["this morning"] == "1895-03-18TMO"


def test_a_day_of_last_month_counts_from_the_entry() -> None:
    assert values(_GALE)["the 9th of last month"] == "1895-02-09"


def test_the_story_keeps_its_year_after_the_entry() -> None:
    assert values(_GALE)["2 April"] == "1895-04-02"


def test_a_day_of_next_month_in_news_time() -> None:
    text = "The council said on Friday that the new bridge opens on the 4th of next month."
    assert values(text)["the 4th of next month"] == "2027-01-04"


def test_the_entrys_dateless_sentences_are_on_its_day() -> None:
    text = (
        "Her husband kept the lock at Sedge Bottom from 1901 to 1930. In the spring of 1912 the "
        'river rose three times. "Apr. 2nd. Water over the towpath. Moved the hens to the loft."'
    )
    starts = {s.title: s.start for s in dated_sentences(text, DCT)}
    hens = [v for k, v in starts.items() if "hens" in k]
    assert hens == ["1912-04-02"], starts
