""" "by morning" after a night told is the next day's morning, and a clause going on with its own
verb after it ("by morning had sunk") is dated by it. Texts written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 1, 7)


def test_by_morning_after_a_night_is_the_next_days_morning() -> None:
    text = (
        "On the night of 14 March 1903 a gale broke over the harbour, and by morning had sunk "
        "nine boats."
    )
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["morning"] == "1903-03-15TMO"
    titles = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert titles["A gale had sunk nine boats"] == "1903-03-15"


def test_by_morning_after_a_day_is_that_days_morning() -> None:
    text = "On Monday the council sat late, and by morning had agreed a budget."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["morning"] == "2026-01-05TMO"


def test_by_morning_before_a_noun_is_no_time() -> None:
    text = "On Monday the slot was taken by morning shows from the capital."
    assert "morning" not in {t.text for t in find_timexes(text, DCT)}
