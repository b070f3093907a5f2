"""A happening set for a date and called off is that date's negated event, titled by its noun;
a dated noun whose clause says it did not take place stays negated (db/dates/called_off.py).
Sentences written for this test. DCT: Thursday 2016-10-13."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2016, 10, 13)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "pt",
            "A assembleia dos professores, marcada para o dia 20 de outubro, foi adiada pela "
            "direção do sindicato.",
            ("2016-10-20", "A assembleia dos professores", "negated"),
        ),
        (
            "fr",
            "Le match de rugby, prévu le 22 octobre, a été reporté en raison des orages.",
            ("2016-10-22", "Le match de rugby", "negated"),
        ),
        (
            "it",
            "Il concerto di beneficenza, in programma il 29 ottobre, è stato annullato.",
            ("2016-10-29", "Il concerto di beneficenza", "negated"),
        ),
    ],
)
def test_a_thing_set_for_a_date_and_called_off(lang: str, text: str, expected: tuple) -> None:
    assert events(text, lang) == [expected]


def test_a_thing_set_for_a_date_that_stands_keeps_its_predicate() -> None:
    text = "La feria, prevista para el 25 de octubre, reunirá a cuarenta editoriales."
    assert events(text, "es") == [
        ("2016-10-25", "La feria reunirá a cuarenta editoriales", "planned")
    ]


def test_a_dated_noun_that_did_not_take_place() -> None:
    text = "Non si è tenuta l'assemblea del 7 ottobre tra i soci della cooperativa."
    assert [(s, st) for s, _, st in events(text, "it")] == [("2016-10-07", "negated")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the participle in brackets
        ("pt", "O show da banda Maré Alta (marcado para 20 de junho) foi cancelado pela produtora.",
         ("O show da banda Maré Alta", "negated")),
        ("es", "La carrera popular de Villaverde (prevista para el 20 de junio) fue suspendida.",
         ("La carrera popular de Villaverde", "negated")),
        # in a relative clause of being between commas
        ("fr", "Le procès de l'ancien maire, qui était prévu le 20 juin, a été reporté.",
         ("Le procès de l'ancien maire", "negated")),
        ("it", "La sagra del paese, che era prevista per il 20 giugno, è stata annullata.",
         ("La sagra del paese", "negated")),
    ],
)  # fmt: skip
def test_a_thing_set_in_brackets_or_a_relative_clause_and_called_off(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = dated_sentences(text, DCT, lang)
    assert [(d.title, d.status) for d in found] == [expected]
