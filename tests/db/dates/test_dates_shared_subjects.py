"""A conjunction before a predicate of the same subject cuts a sentence when each side holds a
date, and the second predicate takes the subject the sentence opens with
(db/dates/coordinated_segments.py's predicate cut and shared_subject). Sentences written for
this test. DCT: Thursday 2016-10-13."""

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
            "de",
            "Die Satzung wurde am 4. Oktober beschlossen und gilt ab dem 1. Januar "
            "für alle Vereine.",
            [
                ("2016-10-04", "Die Satzung wurde beschlossen", "happened"),
                ("2017-01-01", "Die Satzung gilt für alle Vereine", "planned"),
            ],
        ),
        (
            "pt",
            "A portaria foi assinada na segunda-feira e entra em vigor no dia 1º de novembro.",
            [
                ("2016-10-10", "A portaria foi assinada", "happened"),
                ("2016-11-01", "A portaria entra em vigor", "planned"),
            ],
        ),
        (
            "es",
            "La consejera inauguró el centro de salud el lunes y visitó la residencia el martes.",
            [
                ("2016-10-10", "La consejera inauguró el centro de salud", "happened"),
                ("2016-10-11", "La consejera visitó la residencia", "happened"),
            ],
        ),
    ],
)
def test_a_second_predicate_keeps_its_subject(lang: str, text: str, expected: list) -> None:
    assert events(text, lang) == expected


def test_one_predicate_with_one_date_is_not_cut() -> None:
    text = "El alcalde llegó al pleno y firmó el convenio el martes."
    assert events(text, "es") == [
        ("2016-10-11", "El alcalde llegó al pleno y firmó el convenio", "happened")
    ]
