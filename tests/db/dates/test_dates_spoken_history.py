"""Rules shown by a radio history programme's transcript (narrative held-out 27): a thing's
history as speech puts it ("the old pier, it was only opened in 1902, ...") leaves the story in
its year, and clock times told in words through an evening run on past midnight ("that evening
... at ten past eleven ... about twenty to one"). Sentences written for these tests, none from
an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_spoken_aside_with_an_earlier_year_leaves_the_story_in_its_year() -> None:
    got = found(
        "HOST: Where are we? GUEST: It's 1902, it's Hallam Bay. All through that March the "
        "gales are bad, and on the 9th, the Sunday, the lifeboat goes out. The old pier, it was "
        "only built in 1871, and the coxswain, he's uneasy by the afternoon."
    )
    assert got["the 9th"] == "1902-03-09"
    assert got["1871"] == "1871"
    assert got["the afternoon"] == "1902-03-09TAF"


def test_clock_times_in_words_through_an_evening_run_past_midnight() -> None:
    got = found(
        "The ferry left Harwich on 3 February 1921. She was in fog that evening, and at a "
        "quarter past ten the mate heard breakers. By twenty past twelve she was aground, and "
        "at a quarter to one the crew took to the boats."
    )
    assert got["a quarter past ten"] == "1921-02-03T22:15"
    assert got["twenty past twelve"] == "1921-02-04T00:20"
    assert got["a quarter to one"] == "1921-02-04T00:45"


def test_a_morning_hour_or_a_noon_stays_where_it_is() -> None:
    got = found(
        "The ferry left Harwich on 3 February 1921. At a quarter past ten she passed the "
        "lightship, and at twenty past twelve the passengers had lunch."
    )
    assert got["a quarter past ten"] == "1921-02-03T10:15"
    assert got["twenty past twelve"] == "1921-02-03T12:20"


def test_an_hour_in_words_with_its_part_of_the_day_after_it() -> None:
    got = found(
        "The mill was fired on 14 April 1812. At nine that evening the troops came, and at five "
        "the next morning they left. The magistrates met at ten o'clock in the forenoon."
    )
    assert got["nine that evening"] == "1812-04-14T21:00"
    assert got["five the next morning"] == "1812-04-15T05:00"
    assert got["ten o'clock in the forenoon"] == "1812-04-15T10:00"
    assert "Six that evening" not in found("Six that evening were hurt in the crush.")
