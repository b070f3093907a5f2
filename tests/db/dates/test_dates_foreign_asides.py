"""Asides a title in Spanish, French, Italian or Portuguese does without, and the subject of a
predicate cut from it (db/dates/foreign_asides.py). Sentences written for this test. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.foreign_asides import without_asides

DCT = datetime.date(2012, 5, 10)


def titles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",  # an acronym
            "Le collectif Paris Solidaire (PS en abrégé) a organisé une marche le 3 mai.",
            ("2012-05-03", "Le collectif Paris Solidaire a organisé une marche"),
        ),
        (
            "es",  # a translation in quotes
            'La asociación Vecinos Unidos ("United Neighbours") quiere que los vecinos salgan '
            "a las calles del 20 al 22 de mayo, apoyando así a los comerciantes.",
            (
                "2012-05-20",
                "La asociación Vecinos Unidos quiere que los vecinos salgan a las calles",
            ),
        ),
        (
            "it",  # a picture's number
            "Il mercato coperto di Bari dopo l'incendio del 2 maggio (14)",
            ("2012-05-02", "Il mercato coperto di Bari dopo l'incendio"),
        ),
    ],
)
def test_a_parenthetical_leaves_the_title(lang: str, text: str, expected: tuple) -> None:
    assert titles(text, lang)[0] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",  # a subject cut from its simple past by an aside of two segments
            "Los tres músicos, de origen libanés, sirio y jordano, grabaron su primer disco en "
            "2009 en un pequeño estudio del barrio de Hamra en Beirut, la capital.",
            (
                "2009",
                "Los tres músicos grabaron su primer disco en un pequeño estudio del barrio de "
                "Hamra en Beirut",
            ),
        ),
        (
            "it",  # an apposition before an auxiliary
            "Il porto commerciale di Genova, il più grande scalo merci del paese, è stato chiuso "
            "il 3 maggio per uno sciopero dei portuali.",
            (
                "2012-05-03",
                "Il porto commerciale di Genova è stato chiuso per uno sciopero dei portuali",
            ),
        ),
        (
            "pt",
            "Os dois pilotos da companhia aérea regional, ambos naturais de Lisboa, aterraram o "
            "avião avariado em Faro no dia 3 de maio.",
            (
                "2012-05-03",
                "Os dois pilotos da companhia aérea regional aterraram o avião avariado em Faro",
            ),
        ),
        (  # a short title goes without its aside too: a title a reader scans (session 17)
            "es",
            "El 9 de marzo, Julia Pérez, profesora de música, ganó el premio regional.",
            ("2012-03-09", "Julia Pérez ganó el premio regional"),
        ),
        (
            "fr",  # a participle's aside before the predicate the date is in
            "Le maire de la commune, élu en 2008 sur une liste sans étiquette, a démissionné le "
            "3 mai après un long conflit avec son conseil municipal.",
            (
                "2012-05-03",
                "Le maire de la commune a démissionné après un long conflit avec son conseil "
                "municipal",
            ),
        ),
    ],
)
def test_an_aside_between_subject_and_verb(lang: str, text: str, expected: tuple) -> None:
    assert expected in titles(text, lang)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # a name in the aside says who the subject is
            "it",
            "Il capo della protezione civile regionale, l'ingegnere Marco Bellini, ha annunciato "
            "il 4 maggio la riapertura di tutte le strade provinciali della zona colpita.",
            (
                "2012-05-04",
                "Il capo della protezione civile regionale, l'ingegnere Marco Bellini, "
                "ha annunciato la riapertura di tutte le strade provinciali della zona colpita",
            ),
        ),
    ],
)
def test_asides_that_stay(lang: str, text: str, expected: tuple) -> None:
    assert expected in titles(text, lang)


def test_a_list_of_names_is_no_aside() -> None:
    title = (
        "Madrid, Sevilla, Valencia, fueron escenario de protestas multitudinarias en toda la región"
    )
    assert without_asides("es", title + " durante todo el fin de semana") == (
        title + " durante todo el fin de semana"
    )


def test_the_subject_of_a_subordinate_clause() -> None:
    # "desde que": the predicate's subject is after it, not the sentence's start
    text = (
        "Es el primer ministro en dimitir desde que el jefe del gobierno regional, Luis Gil, "
        "dimitió en mayo."
    )
    assert titles(text, "es") == [("2012-05", "El jefe del gobierno regional, Luis Gil, dimitió")]
    # a relative "que" without a comma is not that
    text = "El grupo de vecinos que fundó la asociación, volvió a reunirse el 3 de mayo."
    assert titles(text, "es")[0][1].startswith("El grupo de vecinos")
