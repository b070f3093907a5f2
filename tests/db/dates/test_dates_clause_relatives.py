"""A subject relative clause after a whole clause takes the clause's last noun phrase, with its
complements, for its subject (db/dates/relative_subjects.py's clause_subject_title). Sentences
written for this test. DCT: Thursday 2016-10-13."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2016, 10, 13)


def titles(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {d.start: (d.title, d.status) for d in dated_sentences(text, DCT, lang)}


@pytest.mark.parametrize(
    "lang, text, start, expected",
    [
        (
            "es",  # a noun with its complement after "por"; the relative clause's negation
            "El ayuntamiento de Valdeloma ha suspendido la feria por el aniversario del "
            "pueblo, que no se celebrará el próximo sábado.",
            "2016-10-15",
            ("La feria por el aniversario del pueblo no se celebrará", "negated"),
        ),
        (
            "es",  # the personal "a" before a count
            "La Policía Local retuvo en la estación de autobuses a dos menores, que volvieron "
            "con sus familias el martes.",
            "2016-10-11",
            ("Dos menores volvieron con sus familias", "happened"),
        ),
        (
            "it",
            "Il 6 ottobre la giunta comunale di Roccalta ha adottato il nuovo regolamento "
            "edilizio, "
            "che entrerà in vigore il primo dicembre.",
            "2016-12-01",
            ("Il nuovo regolamento edilizio entrerà in vigore", "planned"),
        ),
    ],
)
def test_the_clauses_last_noun_is_the_relative_clauses_subject(
    lang: str, text: str, start: str, expected: tuple
) -> None:
    assert titles(text, lang)[start] == expected


def test_a_noun_after_a_preposition_alone_is_no_antecedent() -> None:
    # "de la activista": whose? the title keeps the clause as it is
    text = "Los vecinos de la calle Mayor y el hermano de la activista, que llegó el martes."
    expected = "Los vecinos de la calle Mayor y el hermano de la activista, que llegó"
    assert titles(text, "es")["2016-10-11"][0] == expected
