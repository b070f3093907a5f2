"""Titles of Spanish, French and Italian events beside a "while" clause (db/dates/foreign_while.py):
the happening, not the scene set beside it. Sentences written for this test. DCT: Tuesday
2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2011, 4, 5)


def titles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # an opening date goes with the main clause after the "while" segment
        (
            "it",
            "Il 12 marzo, mentre i tifosi aspettavano fuori dallo stadio, il sindaco ha"
            " annunciato la chiusura della curva sud.",
            ("2011-03-12", "Il sindaco ha annunciato la chiusura della curva sud"),
        ),
        (
            "es",
            "El 12 de marzo, mientras los aficionados esperaban fuera del estadio, el alcalde"
            " anunció el cierre de la grada sur.",
            ("2011-03-12", "El alcalde anunció el cierre de la grada sur"),
        ),
        (
            "fr",
            "Le 12 mars, alors que les supporters attendaient devant le stade, le maire a"
            " annoncé la fermeture de la tribune sud.",
            ("2011-03-12", "Le maire a annoncé la fermeture de la tribune sud"),
        ),
        # "Persino ieri, mentre ...": a word before the conjunction
        (
            "it",
            "Persino ieri, mentre la città era sotto la neve, i vigili del fuoco hanno spento"
            " tre incendi.",
            ("2011-04-04", "I vigili del fuoco hanno spento tre incendi"),
        ),
        # a "while" clause after the date's own ends the title
        (
            "it",
            "Il sindaco di Varese è stato arrestato il 4 marzo mentre i consiglieri votavano il"
            " bilancio.",
            ("2011-03-04", "Il sindaco di Varese è stato arrestato"),
        ),
        (
            "fr",
            "Le maire a été arrêté le 4 mars tandis que les conseillers votaient le budget.",
            ("2011-03-04", "Le maire a été arrêté"),
        ),
        # the date inside the "while" clause dates it: it stays the title
        (
            "it",
            "Mentre il 4 marzo i consiglieri votavano il bilancio, fuori pioveva.",
            ("2011-03-04", "I consiglieri votavano il bilancio"),
        ),
    ],
)
def test_a_while_clause_is_no_title(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert titles(text, lang) == [expected]
