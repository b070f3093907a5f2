"""A subject after its passive or reflexive verb goes first in a title, and a clock time leaves
it (db/dates/foreign_title_order.py). Sentences written for this test. DCT: Thursday
2016-10-13."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2016, 10, 13)


def titles(text: str, lang: str) -> list[str]:
    return [d.title for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("it", "È stato fermato martedì Luca Bernardi, 35 anni.", "Luca Bernardi è stato fermato"),
        (
            "it",
            "Non si è tenuta lunedì l'assemblea dei soci della cooperativa.",
            "L'assemblea dei soci della cooperativa non si è tenuta",
        ),
        (
            "es",
            "Fue detenido el lunes el tesorero de la asociación vecinal.",
            "El tesorero de la asociación vecinal fue detenido",
        ),
        ("pt", "Foi preso na terça-feira o gerente da agência.", "O gerente da agência foi preso"),
    ],
)
def test_the_subject_goes_first(lang: str, text: str, expected: str) -> None:
    assert titles(text, lang) == [expected]


def test_a_verb_with_its_subject_first_stays() -> None:
    assert titles("Il sindaco è stato rieletto lunedì con il 60% dei voti.", "it") == [
        "Il sindaco è stato rieletto con il 60% dei voti"
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "it",
            "Domenica la processione partirà alle 10.30 dal duomo.",
            "La processione partirà dal duomo",
        ),
        (
            "es",
            "El sábado la cabalgata saldrá a las 18 de la plaza Mayor.",
            "La cabalgata saldrá de la plaza Mayor",
        ),
        (
            "pt",
            "No sábado a corrida começa às 8h no parque da cidade.",
            "A corrida começa no parque da cidade",
        ),
    ],
)
def test_a_clock_time_leaves_the_title(lang: str, text: str, expected: str) -> None:
    assert titles(text, lang) == [expected]


def test_a_copula_before_its_complement_stays() -> None:
    assert titles("È stato un giorno di festa a Borgofranco il 15 ottobre.", "it") == [
        "È stato un giorno di festa a Borgofranco"
    ]


def test_the_words_of_a_clock_time_leave_with_it() -> None:
    text = "Il 12 ottobre il traghetto è partito intorno alle 7 del mattino da Olbia."
    assert titles(text, "it") == ["Il traghetto è partito da Olbia"]
