"""A thing set for a date titles that date's event, and a title leaves out the other dates of
its sentence (db/dates/foreign_titles.py). Sentences written for this test. DCT: Thursday
2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "La federación convocó el lunes una marcha nacional para el 20 de mayo.",
            [
                ("2012-05-07", "La federación convocó una marcha nacional", "happened"),
                ("2012-05-20", "Una marcha nacional", "planned"),
            ],
        ),
        (
            "it",
            "I sindacati hanno indetto ieri uno sciopero dei trasporti per il 25 maggio.",
            [
                ("2012-05-09", "I sindacati hanno indetto uno sciopero dei trasporti", "happened"),
                ("2012-05-25", "Uno sciopero dei trasporti", "planned"),
            ],
        ),
        (
            "pt",
            "Os estudantes marcaram na terça-feira um protesto para 18 de maio.",
            [
                ("2012-05-08", "Os estudantes marcaram um protesto", "happened"),
                ("2012-05-18", "Um protesto", "planned"),
            ],
        ),
    ],
)
def test_a_thing_set_for_a_date(lang: str, text: str, expected: list) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",  # the other date and its "depuis le" leave the title
            "Le blocus partiel a commencé le 3 mars et le blocus total depuis le 2 avril.",
            ("2012-03-03", "Le blocus partiel a commencé et le blocus total"),
        ),
        (
            "it",  # the other date is a weekday with its modifier
            "Il comune ha annunciato martedì scorso la chiusura della piscina per il 2 giugno.",
            ("2012-05-08", "Il comune ha annunciato la chiusura della piscina"),
        ),
    ],
)
def test_other_dates_leave_the_title(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, date, kept",
    [
        # a date in brackets is a note of the title's; a run's first day; a copula's date
        (
            "es",
            "El 3 de marzo saldremos a las calles de 25 Esfand [15 de marzo] en adelante.",
            "2012-03-03",
            "[15 de marzo]",
        ),
        (
            "it",
            "Il 2 marzo i video girati tra venerdì 18 e sabato 19 maggio erano già online.",
            "2012-03-02",
            "venerdì 18",
        ),
        (
            "fr",
            "Le 3 avril, c'est le 1er mai pour les ouvriers de l'usine.",
            "2012-04-03",
            "le 1er mai",
        ),
    ],
)
def test_other_dates_that_stay(lang: str, text: str, date: str, kept: str) -> None:
    assert any(d.start == date and kept in d.title for d in dated_sentences(text, DCT, lang)), [
        (d.start, d.title) for d in dated_sentences(text, DCT, lang)
    ]
