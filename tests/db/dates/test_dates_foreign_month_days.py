"""A day of the month without its year, named by numbers: "el pasado día 5", "no dia 3",
German "am 28.02." (db/dates/rules/locales_month_days.py). Sentences written for this test.
DCT: Thursday 2016-10-13."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2016, 10, 13)


def starts(text: str, lang: str) -> list[str]:
    return [d.start for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("es", "El pasado día 20, la cofradía eligió a su nueva junta directiva.", ["2016-09-20"]),
        ("es", "El día 4 la cofradía eligió a su nueva junta directiva.", ["2016-10-04"]),
        ("es", "El próximo día 2 la cofradía elegirá a su nueva junta.", ["2016-11-02"]),
        ("pt", "A vacinação das crianças começou no dia 10 em todos os postos.", ["2016-10-10"]),
        ("de", "Schon am 30.09. hatte der Verein die Halle gekündigt.", ["2016-09-30"]),
    ],
)
def test_a_day_of_the_month_by_its_number(lang: str, text: str, expected: list) -> None:
    assert starts(text, lang) == expected


def test_numbers_that_are_no_day() -> None:
    assert starts("El día 3 de la huelga los mineros cortaron la autopista.", "es") == []
    assert starts("Die Regel steht in Abschnitt 4.2. der Satzung.", "de") == []
