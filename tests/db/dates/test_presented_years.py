"""A story that says what time it now is ("It is the spring of 1848 and ...") sets the year its
historical-present narrative takes (db.dates.presented_years); a recent date sets no story."""

import datetime

from db.dates import find_timexes

_DCT = datetime.date(2025, 10, 20)


def _values(text: str, dct: datetime.date = _DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_it_is_a_month_and_year_dates_the_present_tense_story() -> None:
    text = (
        "Right, so it's October 1805 and the fleet is off Cadiz.\n\n"
        "Nelson signals the line at dawn on Monday 21 October. By the evening the battle is "
        "won, and he is dead. The storm that follows scatters the prizes in the spring."
    )
    got = _values(text)
    assert got["Monday 21 October"] == "1805-10-21"
    assert got["the evening"].startswith("1805-10-21")
    assert got["the spring"] == "1806-SP"


def test_we_are_in_a_season_of_a_year() -> None:
    text = (
        "We're in the winter of 1776, and the army is falling apart. "
        "Washington crosses the river on 25 December."
    )
    assert _values(text)["25 December"] == "1776-12-25"


def test_a_recent_date_sets_no_story() -> None:
    text = "It is October 2025 and prices are rising. The budget comes on 4 November."
    assert _values(text)["4 November"] == "2025-11-04"
