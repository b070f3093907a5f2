"""A monthly round-up: a month as the subject of its headline or lead ("How June was", "June was
the hottest since 2003") is the month its later "the middle of the month" and "on the 9th" are
in, even published in the month after; "on the 9th" in news that names no month is the
publication's month, or the one before when told as past. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2025, 7, 3)

ROUND_UP = (
    "TRAVEL: How June was\n\n"
    "June at Harbury airport was the busiest since the terminal opened, the operator said on "
    "Tuesday. The rush began in the middle of the month. A baggage belt broke down on the 9th, "
    "and a strike by cleaners followed on the 20th. July has begun no quieter."
)


def test_a_month_as_the_subject_of_a_round_up_is_that_month() -> None:
    got = [(t.text, t.value) for t in find_timexes(ROUND_UP, DCT)]
    assert ("June", "2025-06") in got
    assert got.count(("June", "2025-06")) == 2
    assert ("July", "2025-07") in got


def test_later_days_of_a_round_up_are_in_the_month_it_is_about() -> None:
    got = {t.text: t.value for t in find_timexes(ROUND_UP, DCT)}
    assert got["the middle of the month"] == "2025-06"
    assert got["the 9th"] == "2025-06-09"
    assert got["the 20th"] == "2025-06-20"
    items = {d.start: d.title for d in dated_sentences(ROUND_UP, DCT)}
    assert "baggage belt" in items["2025-06-09"]


def test_a_name_or_a_modal_is_no_month() -> None:
    for text in (
        "June was the youngest of four sisters and grew up in Leeds.",
        "May was the best candidate, the panel decided.",
        "March was cancelled after the police objected.",
    ):
        assert not [t for t in find_timexes(text, DCT) if t.value.startswith("2025-0")], text


def test_a_day_of_the_month_with_no_month_named_follows_the_tense() -> None:
    past = {t.text: t.value for t in find_timexes("The shop was burgled on the 28th.", DCT)}
    assert past["the 28th"] == "2025-06-28"
    now = {t.text: t.value for t in find_timexes("The shop was burgled on the 2nd.", DCT)}
    assert now["the 2nd"] == "2025-07-02"
    ahead = {t.text: t.value for t in find_timexes("The shop will reopen on the 1st.", DCT)}
    assert ahead["the 1st"] == "2025-08-01"
