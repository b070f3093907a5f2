"""Reported words title their own date: the clause after "que" / "che" / "qu'", not who said it;
a date of the saying, a relative clause and an adjective before "que" keep the title whole
(db/dates/foreign_reported.py). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def titles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "La alcaldesa de Villalba aseguró que la piscina municipal reabrirá el 1 de junio.",
            ("2012-06-01", "La piscina municipal reabrirá"),
        ),
        (
            "fr",
            "Le préfet a annoncé que la route du col sera rouverte le 15 juin.",
            ("2012-06-15", "La route du col sera rouverte"),
        ),
        (
            "it",
            "L'assessore ai trasporti ha spiegato che la nuova linea del tram partirà il 4 giugno.",
            ("2012-06-04", "La nuova linea del tram partirà"),
        ),
        (
            "pt",
            "O presidente da câmara garantiu que a ponte velha vai reabrir no dia 20 de junho.",
            ("2012-06-20", "A ponte velha vai reabrir"),
        ),
    ],
)
def test_the_reported_clause_titles_its_date(lang: str, text: str, expected: tuple) -> None:
    assert titles(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # the date is the saying's ("en verano" is the closing's own: `locales_seasons`)
            "es",
            "El consejero anunció ayer que la consulta cerrará en verano.",
            ("2012-05-09", "El consejero anunció que la consulta cerrará"),
        ),
        (  # a relative clause: a noun before "que"
            "es",
            "La ley que aprobó el parlamento entró en vigor el 2 de mayo.",
            ("2012-05-02", "La ley que aprobó el parlamento entró en vigor"),
        ),
    ],
)
def test_a_title_that_is_no_report_stays(lang: str, text: str, expected: tuple) -> None:
    assert expected in titles(text, lang)
