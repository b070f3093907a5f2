"""A focus word right before a date ("erst", "bereits", "ya", "déjà", "già", "só") goes with the
date out of the title (db/dates/foreign_focus.py). Sentences written for this test. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "de",
            "Die neue Sporthalle in Altdorf soll erst im September eröffnet werden.",
            ("2012-09", "Die neue Sporthalle in Altdorf soll eröffnet werden"),
        ),
        (
            "de",
            "Die Feuerwehr hatte den Brand im Lager schon am 2. Mai gelöscht.",
            ("2012-05-02", "Die Feuerwehr hatte den Brand im Lager gelöscht"),
        ),
        (
            "es",
            "El ayuntamiento ya en marzo había cerrado el mercado de abastos.",
            ("2012-03", "El ayuntamiento había cerrado el mercado de abastos"),
        ),
        (
            "fr",
            "La commune avait déjà en mars fermé la halle aux grains.",
            ("2012-03", "La commune avait fermé la halle aux grains"),
        ),
        (
            "it",
            "Il museo civico riaprirà soltanto a settembre.",
            ("2012-09", "Il museo civico riaprirà"),
        ),
        (
            "pt",
            "A biblioteca já em março tinha fechado a sala de leitura.",
            ("2012-03", "A biblioteca tinha fechado a sala de leitura"),
        ),
    ],
)
def test_a_focus_word_goes_with_its_date(lang: str, text: str, expected: tuple) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [expected]
