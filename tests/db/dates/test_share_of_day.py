""" "For most of the evening", "throughout the night": a part of the day the sentence is on, and
the title keeps the whole phrase. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 10, 12)


def test_most_of_the_evening_after_a_day_is_that_days_evening() -> None:
    text = (
        "The title holder lost to a teenager on Sunday. She attacked for most of the evening "
        "but could not find a win."
    )
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["the evening"] == "2026-10-11TEV"


def test_the_title_keeps_the_share_of_the_day() -> None:
    (event,) = dated_sentences("Shoppers queued outside for most of the afternoon.", DCT)
    assert event.title == "Shoppers queued outside for most of the afternoon"


def test_throughout_the_night_is_a_time() -> None:
    got = {t.text: t.value for t in find_timexes("Crews worked throughout the night.", DCT)}
    assert got["the night"] == "2026-10-12TNI"
