"""A fortnight counted within a month ("the second fortnight of August") is that month, with its
year from the story or its own. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_a_fortnight_of_a_month_is_the_month() -> None:
    text = "In 1871 the harvest was got in during the second fortnight of August."
    assert timexes(text)[1] == ("the second fortnight of August", "1871-08")
    assert timexes("The mine flooded in the last fortnight of March 1902.") == [
        ("the last fortnight of March 1902", "1902-03")
    ]


def test_a_fortnight_alone_stays_a_duration() -> None:
    assert timexes("The harvest took a fortnight.")[0][1] == "P2W"
