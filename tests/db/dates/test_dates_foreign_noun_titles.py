"""A date joined to a noun by "of" titles that noun's happening when the noun's segment is set
off and has no verb, with the place phrase after the date; a noun in the sentence's own clause
leaves the clause its title (db/dates/foreign_noun_titles.py). Sentences written for this test.
DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "Tres años después de la riada del 4 de octubre de 2009, muchas familias siguen en "
            "casas prefabricadas.",
            ("2009-10-04", "La riada"),
        ),
        (
            "fr",
            "Un an après l'incendie du 2 mai 2011, les ouvriers de l'usine sont toujours au "
            "chômage.",
            ("2011-05-02", "L'incendie"),
        ),
        (
            "it",
            "Sono stati arrestati due giovani, accusati del furto del 2 maggio alla gioielleria di "
            "corso Roma.",
            ("2012-05-02", "Il furto alla gioielleria di corso Roma"),
        ),
        (
            "pt",
            "Um ano depois do desabamento de 3 de março no bairro do Carmo, os moradores ainda "
            "esperam indenizações.",
            ("2012-03-03", "O desabamento no bairro do Carmo"),
        ),
    ],
)
def test_a_dated_noun_titles_its_happening(lang: str, text: str, expected: tuple) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # the noun is in the clause the date is told in
            "es",
            "El alcalde firmó el convenio del 12 de abril con la patronal.",
            ("2012-04-12", "El alcalde firmó el convenio con la patronal"),
        ),
    ],
)
def test_a_dated_noun_in_the_sentence_clause_leaves_it(
    lang: str, text: str, expected: tuple
) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [expected]
