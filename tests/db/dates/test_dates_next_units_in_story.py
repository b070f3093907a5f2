""" "the next four years" in a story of a past year runs from the story's time, not from the
publication date; in news it still runs from the publication date. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 6, 2)


def placed(text: str) -> dict[str, tuple[str, str | None, str]]:
    return {d.timex.text: (d.start, d.end_date, d.precision) for d in dated_sentences(text, DCT)}


def test_the_next_years_of_a_life_run_from_its_year() -> None:
    got = placed(
        "In 1904 she won a place at the art school, and she spent the next three years "
        "drawing from casts."
    )
    assert got["the next three years"] == ("1904", "1907", "year")


def test_the_next_days_of_a_siege_run_from_its_day() -> None:
    got = placed("The siege began on 9 June 1690. For the next two days the guns fired.")
    assert got["the next two days"] == ("1690-06-09", "1690-06-11", "day")


def test_weeks_after_a_year_are_that_year() -> None:
    got = placed("In 1812 the army reached the river. Over the next six weeks it froze.")
    assert got["the next six weeks"] == ("1812", None, "year")


def test_the_next_years_of_news_run_from_the_publication_date() -> None:
    got = placed("The company said it will hire 300 people over the next three years.")
    assert got["the next three years"] == ("2026", "2029", "year")
