"""A clipped year told by a speaker with a part of it or a word that opens a time ("the back end
of '87", "early '03", "in '09"). Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 10, 8)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_part_of_a_clipped_year_is_that_year() -> None:
    got = values("The back end of '87, October, the roof came off the chapel.")
    assert got["The back end of '87"] == "1987" and got["October"] == "1987-10"
    assert values("We bought the van early '03.")["early '03"] == "2003"


def test_a_clipped_year_after_in_is_a_year() -> None:
    got = values("We opened the caff in '09 and sold it in '21.")
    assert got["'09"] == "2009" and got["'21"] == "2021"


def test_a_clipped_year_is_never_far_past_the_writers_day() -> None:
    got = values("They played 'Tomorrow' on Monday, the song they wrote in '68.")
    assert got["'68"] == "1968"


def test_a_clipped_number_after_another_word_is_no_year() -> None:
    assert "'90" not in values("She called it the '90 problem, after the old engine.")
