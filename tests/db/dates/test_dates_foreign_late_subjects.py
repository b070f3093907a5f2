"""A subject told after its verb and the verb's complement goes first in a Spanish, Italian or
Portuguese title; an object after an active verb stays where it is
(db/dates/foreign_late_subjects.py). Sentences written for this test. DCT: Thursday
2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.foreign_late_subjects import late_subject_first

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # a passive, its complement, the subject, a relative clause of its own
            "es",
            "El martes fue hallado en una cuneta un perro de caza que llevaba semanas perdido.",
            ("2012-05-08", "Un perro de caza fue hallado en una cuneta"),
        ),
        (  # a reflexive verb
            "es",
            "El 3 de mayo se inauguró en la plaza mayor la nueva fuente de los leones.",
            ("2012-05-03", "La nueva fuente de los leones se inauguró en la plaza mayor"),
        ),
        (  # a simple past before a person named: no "a", so the subject
            "es",
            "Ayer dimitió por sorpresa el concejal Tomás Berrocal.",
            ("2012-05-09", "El concejal Tomás Berrocal dimitió por sorpresa"),
        ),
        (
            "it",
            "Il 2 maggio è stato chiuso per lavori di restauro il ponte romano di Castelfranco.",
            ("2012-05-02", "Il ponte romano di Castelfranco è stato chiuso per lavori di restauro"),
        ),
        (  # an unaccusative verb with "essere"
            "it",
            "Lunedì è morto nella sua casa di campagna il pittore Aldo Ferretti.",
            ("2012-05-07", "Il pittore Aldo Ferretti è morto nella sua casa di campagna"),
        ),
        (
            "pt",
            "No dia 4 de maio foi inaugurada no bairro da Luz a nova escola municipal.",
            ("2012-05-04", "A nova escola municipal foi inaugurada no bairro da Luz"),
        ),
    ],
)
def test_a_late_subject_goes_first(lang: str, text: str, expected: tuple) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [expected]


@pytest.mark.parametrize(
    "lang, title",
    [
        ("es", "Aprobó el presupuesto de la diputación"),  # an object: its subject left out
        ("es", "Detuvieron al joven Tomás Berrocal"),  # "al": an object
        ("it", "Ha approvato il bilancio della regione"),
        ("pt", "Aprovaram o orçamento da câmara"),
        ("es", "Fueron detenidos en el puerto dos hombres y una mujer"),  # no article opens it
    ],
)
def test_an_object_stays(lang: str, title: str) -> None:
    assert late_subject_first(lang, title) == title
