"""A thing named by its year and set off as the sentence's frame ("in the drought of 1976", at
the start or between commas) gives the year of the sentence's year-less dates; as an object it
still only names a thing. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 4, 9)


def spans(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_framed_year_between_commas_dates_the_sentence() -> None:
    got = spans(
        "The club's last cup run, in 2019, ended in the semi-finals. The one before, in the "
        "famous run of 1988, started on 9 January and ended at Wembley on 14 May."
    )
    assert got["9 January"] == "1988-01-09"
    assert got["14 May"] == "1988-05-14"


def test_a_frame_opening_the_sentence_dates_it() -> None:
    got = spans(
        "Pickets returned to the gates in 2021. During the long strike of 1984, the colliery "
        "shut on 12 March."
    )
    assert got["12 March"] == "1984-03-12"


def test_a_year_naming_an_object_is_not_a_frame() -> None:
    got = spans(
        "The army invaded in 1939. It broke the treaty of 1932 and crossed the river on "
        "30 November."
    )
    assert got["30 November"] == "1939-11-30"
