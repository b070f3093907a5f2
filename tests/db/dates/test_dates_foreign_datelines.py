"""A dateline opening an article in another language is the day it was filed: its day words
count from it, and where the lede has a day of its own the dateline dates no event
(db/dates/foreign_datelines.py). Sentences written for this test. DCT: Friday 2020-11-13, the
day after the datelines' day."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import dated_sentences

DCT = dt.date(2020, 11, 13)


def starts(text: str, lang: str) -> list[str]:
    return [d.start for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("es", "Puerto Lumbreras, 12 de noviembre de 2020. — Los bomberos apagaron ayer un "
         "incendio en una nave.", ["2020-11-11"]),
        ("fr", "Saint-Flour, le 12 novembre 2020 — La préfecture a fermé hier soir le col du "
         "Lioran.", ["2020-11-11"]),
        ("it", "Cantù, 12 novembre 2020 – Il consiglio ha approvato ieri il piano del traffico.",
         ["2020-11-11"]),
        ("pt", "Tavira, 12 nov 2020 — A câmara fecha hoje o mercado municipal.", ["2020-11-12"]),
        ("de", "12.11.2020 – Die Stadt Wittlich hat gestern den Haushalt beschlossen.",
         ["2020-11-11"]),
    ],
)  # fmt: skip
def test_day_words_count_from_the_dateline(lang: str, text: str, expected: list[str]) -> None:
    assert starts(text, lang) == expected


def test_a_dateline_dates_a_lede_without_a_day_of_its_own() -> None:
    text = "Tavira, 12 nov 2020 — Câmara aprova novo plano de estacionamento"
    assert starts(text, "pt") == ["2020-11-12"]


def test_no_dateline_day_words_count_from_the_publication_date() -> None:
    assert starts("La préfecture a fermé hier soir le col du Lioran.", "fr") == ["2020-11-12"]
