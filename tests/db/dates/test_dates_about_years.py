"""A year given as an approximation ("born around 1412,", "from about 870,", "c. 1150"), and the
amounts that read the same (issue 13). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

import pytest

from db.dates import find_timexes

DCT = datetime.date(2025, 9, 1)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The island was farmed by settlers from about 880, most of them from the coast.", "0880"),
        ("The painter was born in Bruges around 1430, the son of a glazier.", "1430"),
        ("The monks copied their first gospel book around 1120.", "1120"),
        ("The abbey was founded c. 1150 by monks from Cîteaux.", "1150"),
    ],
)
def test_an_approximate_year_is_a_year(text: str, year: str) -> None:
    assert year in found(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The flood killed about 1500.",
        "A crowd of around 1400, mostly students, gathered outside.",
        "Prices rose from about 150, then fell again.",
        "The new stadium seats around 1200.",
    ],
)
def test_an_amount_after_about_stays_an_amount(text: str) -> None:
    assert not found(text)
