"""Dates of quotations and pictures in Spanish, French and Italian posts
(db/dates/foreign_citations.py): an embedded tweet is an event only with a title a reader can
scan, a photo's place-date-credit line is none. Posts written for this test. DCT: 2011-03-21."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2011, 3, 21)


def events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang) if not d.comparison]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a tweet in English, the post's translation after its signature: the translation
        (
            "es",
            "Los vecinos de Triana siguen en la calle.\n\n"
            "The bridge is closed again and nobody tells us why. #Sevilla\n\n"
            "— Ana Ruiz (@anaruiz) March 14, 2011\n\n"
            "El puente está cerrado otra vez y nadie nos dice por qué. #Sevilla",
            [("2011-03-14", "El puente está cerrado otra vez y nadie nos dice por qué. #Sevilla")],
        ),
        # a tweet in the post's own language: the tweet
        (
            "it",
            "Molti hanno commentato la decisione del comune.\n\n"
            "Il ponte di Rialto resta chiuso ai turisti fino a nuovo ordine, che vergogna\n\n"
            "— Marco Neri (@marconeri) 14 marzo 2011\n\n"
            "Altri utenti hanno risposto con ironia.",
            [
                (
                    "2011-03-14",
                    "Il ponte di Rialto resta chiuso ai turisti fino a nuovo ordine, che vergogna",
                )
            ],
        ),
        # a tweet of two words and a paragraph after it that is no translation: no event
        (
            "fr",
            "Les réactions ne se sont pas fait attendre.\n\n"
            "No comment. #Lyon\n\n"
            "— Paul Morel (@paulmorel) March 14, 2011\n\n"
            "D'autres internautes ont publié des photos de la place Bellecour envahie par les"
            " manifestants pendant tout l'après-midi.",
            [],
        ),
        # a photo's line of place, date and source on its own: no event
        (
            "it",
            "Le prime foto dal corteo:\n\nGenova, 14 marzo – Via Lavoce.info\n\n"
            "Nel pomeriggio il corteo ha raggiunto il porto.",
            [],
        ),
        # a credit and its date, nothing else: a picture's date (was titled "Foto: Reuters")
        ("es", "Foto: Reuters, 4 de abril de 2013.", []),
    ],
)
def test_quotations_and_pictures(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert events(text, lang) == expected
