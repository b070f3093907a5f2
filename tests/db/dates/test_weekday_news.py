"""A weekday told with its date that fits no year of the story but the publication's coming
months is news time, with the year-less dates of its sentence (`rules.weekday_news`). Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)

_MINES = (
    "The last pit in the valley closed in 1958, and the winding house stood empty until 1963. "
    "The society's photographs of it go on show at the library on 8 February, and its "
    "chairman will give a talk there on Friday 15 January."
)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_weekday_that_fits_the_coming_year_is_news_time() -> None:
    # 15 January 2027 is a Friday; in 1963 it was a Tuesday
    assert values(_MINES)["Friday 15 January"] == "2027-01-15"


def test_a_year_less_date_beside_it_is_news_time_too() -> None:
    assert values(_MINES)["8 February"] == "2027-02-08"


def test_a_weekday_that_fits_the_storys_year_keeps_it() -> None:
    text = (
        "The strike began in 1926 and spread to the docks. The men marched on Tuesday "
        "4 May, and the council met on 6 May."
    )
    got = values(text)
    assert got["Tuesday 4 May"] == "1926-05-04"
    assert got["6 May"] == "1926-05-06"
