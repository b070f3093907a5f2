"""Titles and status of Spanish, French, Italian and German events beyond the segment cut:
link notes anywhere in a title (db/dates/link_notes.py), the main clause instead of an adverbial
fragment, negation that is not the happening's, German's simple past. Each rule on a sentence
written for this test. DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.link_notes import without_link_notes

DCT = datetime.date(2011, 4, 5)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "Los pescadores bloquearon el puerto [en] el 2 de abril de 2011 [es].",
            "Los pescadores bloquearon el puerto",
        ),
        (
            "fr",
            "Les pompiers ont éteint l'incendie [en anglais] du marché le 2 avril 2011.",
            "Les pompiers ont éteint l'incendie du marché",
        ),
        (
            "es",
            "El alcalde cerró la biblioteca (en inglés) el 2 de abril de 2011.",
            "El alcalde cerró la biblioteca",
        ),
        # a note with its own comma, cut by no segment boundary
        (
            "it",
            "Il sindaco ha chiuso la biblioteca [en, come tutti i link seguenti] il 2 aprile.",
            "Il sindaco ha chiuso la biblioteca",
        ),
        (
            "it",
            "Il sindaco ha chiuso la biblioteca [ar/en] il 2 aprile.",
            "Il sindaco ha chiuso la biblioteca",
        ),
    ],
)
def test_link_notes_leave_titles_wherever_they_stand(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


def test_a_bracket_that_says_something_stays() -> None:
    for kept in (
        "Gritaron Alá es grande [Dios es grandioso] en la plaza",
        "Volvieron a la plaza [en Siria] el viernes",
        "Los dos niños comparecerán [7 de octubre]",
        "Bailaron (en la calle) toda la noche",
    ):
        assert without_link_notes(kept) == kept
    assert without_link_notes("Volvieron a la plaza [eng] el viernes") == (
        "Volvieron a la plaza el viernes"
    )
