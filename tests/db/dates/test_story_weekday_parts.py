"""A weekday of the story's week with its part of the day: "early on the Wednesday morning"
after a story's day is that Wednesday's morning, not the publication week's. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2025, 12, 10)
TEXT = (
    "Mr Dale collapsed at the station on November 24. He waited in a corridor for two days "
    "before a ward bed was found late on the Wednesday evening."
)


def test_the_weekday_and_its_part_of_the_day_is_in_the_storys_week() -> None:
    got = {t.text: t.value for t in find_timexes(TEXT, DCT)}
    assert got["the Wednesday evening"] == "2025-11-26TEV"
    items = {d.title: d.start for d in dated_sentences(TEXT, DCT)}
    assert [s for t, s in items.items() if "bed was found" in t] == ["2025-11-26"]


def test_a_compound_noun_after_the_part_is_no_story_day() -> None:
    got = {t.text for t in find_timexes("On Monday the Sunday night bus was cut.", DCT)}
    assert "the Sunday night" not in got
