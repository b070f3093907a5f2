"""Ages counted from a life told only in the opening bracket ("Ada Wren (3 March 1815 - 9 May
1880) ... At fifteen she was sent"), and ages in figures ("At 25 he", "aged 31,") after a known
birth year, but not a figure that is a measure or a clock ("at 25 degrees", "at 10 he").
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 10, 14)


events = partial(starts_and_precisions, dct=DCT)


def test_an_age_counts_from_the_opening_brackets_birth_date() -> None:
    got = events(
        "Ada Wren (3 March 1815 – 9 May 1880) was an English botanist and engraver. She grew "
        "up on a sheep farm near Otley. At fifteen she was sent to a school for girls in York."
    )
    assert got["She was sent to a school for girls in York"] == ("1830", "year")


def test_a_bracket_age_moves_the_story_for_a_season_after_it() -> None:
    got = events(
        "Jonas Pettersen (1802–1871) was a Norwegian shipbuilder. At the age of twenty he "
        "went to Glasgow to learn the trade. That winter he worked on a steam tug."
    )
    assert got["He worked on a steam tug"][0].startswith("1822")


def test_an_age_in_figures_after_a_birth_year() -> None:
    got = events(
        "Tomas Berg was born in Trondheim in 1850 to a family of fishermen. At 25 he opened a "
        "chandler's shop in Bergen. Aged 31, he sold it and sailed for Chicago."
    )
    assert got["He opened a chandler's shop in Bergen"] == ("1875", "year")
    assert got["He sold it and sailed for Chicago"] == ("1881", "year")


def test_a_figure_that_is_a_measure_or_a_clock_is_no_age() -> None:
    got = events(
        "Tomas Berg was born in Trondheim in 1850 to a family of fishermen. The tar softened "
        "at 25 degrees. At 10 he opened the shop each morning."
    )
    assert all(start == "1850" for start, _ in got.values())


def test_a_bracket_with_one_year_and_no_life_gives_no_birth() -> None:
    got = events(
        "The Long Parliament (1640) met at Westminster in November. At fifteen he was sent to "
        "a school for boys in York."
    )
    assert all(not start.startswith("1655") for start, _ in got.values())


def test_an_age_beside_the_day_it_was_reached_leaves_that_day() -> None:
    got = events(
        "Marta Lind (1840–1912) was a Swedish weaver. She died at Mora on 2 April 1912, aged "
        "seventy-one, and was buried in the churchyard three days later."
    )
    assert got["She was buried in the churchyard"] == ("1912-04-05", "day")
