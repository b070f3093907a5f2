"""Dates of quotations and pictures in Spanish, French and Italian posts
(db/dates/foreign_citations.py): an embedded tweet is an event only with a title a reader can
scan, a photo's place-date-credit line is none, a credit closing a title is cut; and two fixes of
Spanish titles found beside them (a day and month without "de" before a year, locutions ending in
"al"/"del"). Posts written for this test. DCT: 2011-03-21."""

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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a citation's date, its day and abbreviated month without "de": the day is the date's,
        # no stray number is left in the title
        (
            "Lecturas recomendadas:\n\nEl Correo, 3 mar, 2011: Madrid: Los taxistas vuelven a la"
            " huelga",
            [("2011-03-03", "Madrid: Los taxistas vuelven a la huelga")],
        ),
        (
            "Los vecinos cortaron la calle 14 marzo 2011 en Vallecas.",
            [("2011-03-14", "Los vecinos cortaron la calle en Vallecas")],
        ),
        # without a year, a day and a month need their "de": "20 marzos" is no date
        ("Celebró sus 20 marzos en la sierra con los amigos de siempre.", []),
    ],
)
def test_spanish_day_and_month_without_de_before_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert events(text, "es") == expected


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # a photographer's credit after the caption, set off by a dash
        (
            "fr",
            "France – Marseille – 14/03/2011 – Des dockers bloquent le port autonome- Photo Jean"
            " Blanc – AGENCE SUD | reporter. Utilisée avec permission",
            "Des dockers bloquent le port autonome",
        ),
        (
            "es",
            "Los bomberos apagaron el fuego del puerto el 14 de marzo, foto Ana Gil",
            "Los bomberos apagaron el fuego del puerto",
        ),
        (
            "it",
            "Il sindaco ha inaugurato il ponte sul Bisagno il 14 marzo – Via Genova24.it",
            "Il sindaco ha inaugurato il ponte sul Bisagno",
        ),
    ],
)
def test_a_credit_closing_a_title_is_cut(lang: str, text: str, title: str) -> None:
    assert events(text, lang) == [("2011-03-14", title)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # "Photo shared by <name>" after its caption: the caption (its opening adjunct aside)
        (
            "es",
            "En el segundo día, hombres a caballo cargaron contra los manifestantes en la plaza"
            " Mayor. Foto compartida por LuisaGomez el 2 de marzo de 2011.",
            "Hombres a caballo cargaron contra los manifestantes en la plaza Mayor",
        ),
        (
            "fr",
            "Des cavaliers ont chargé les manifestants sur la place du Capitole. Photo mise en"
            " ligne par LuisaGomez le 2 mars 2011",
            "Des cavaliers ont chargé les manifestants sur la place du Capitole",
        ),
    ],
)
def test_a_shared_photo_takes_its_caption(lang: str, text: str, title: str) -> None:
    assert events(text, lang) == [("2011-03-02", title)]


@pytest.mark.parametrize(
    "text, title",
    [
        # a locution ending in a contraction ("frente al", "cerca del", "a pesar del") opens an
        # adjunct, not the title: the main clause after it is
        (
            "El 3 de marzo, frente al ayuntamiento, cientos de vecinos pidieron la dimisión del"
            " alcalde.",
            "Cientos de vecinos pidieron la dimisión del alcalde",
        ),
        (
            "El 3 de marzo, cerca del puerto, la policía detuvo a dos pescadores.",
            "La policía detuvo a dos pescadores",
        ),
        (
            "El 3 de marzo, a pesar del frío, miles de personas marcharon por el centro.",
            "Miles de personas marcharon por el centro",
        ),
    ],
)
def test_spanish_locutions_with_a_contraction_open_no_title(text: str, title: str) -> None:
    assert events(text, "es") == [("2011-03-03", title)]
