"""A date inside a relative clause whose pronoun is its subject titles its noun with the clause's
predicate, without the comma and the pronoun (db/dates/relative_subjects.py); an object's
pronoun ("que la policía confiscó") and "cuyo" keep the clause as written. Sentences written for
this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.relative_subjects import antecedent_noun, subject_relative

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "Los mineros, que iniciaron la huelga el 3 de abril, volvieron al pozo el 2 de mayo.",
            ("2012-04-03", "Los mineros iniciaron la huelga"),
        ),
        (
            "fr",  # "qui" is no participle ("-i")
            "Les ouvriers, qui avaient occupé l'usine le 3 avril, ont été évacués le 5 mai.",
            ("2012-04-03", "Les ouvriers avaient occupé l'usine"),
        ),
        (
            "it",
            "La giornalista, che era stata arrestata il 2 aprile, è stata liberata ieri.",
            ("2012-04-02", "La giornalista era stata arrestata"),
        ),
        (
            "pt",
            "A ministra, que tinha renunciado em 3 de abril, voltou ao governo.",
            ("2012-04-03", "A ministra tinha renunciado"),
        ),
        (
            "pt",  # a clause before the comma: the pronoun's noun is its last one
            "A assembleia aprovou ontem a lei, que será sancionada em junho.",
            ("2012-06", "A lei será sancionada"),
        ),
        (
            "es",  # the object's pronoun: the clause as written
            "Los libros, que la policía confiscó el 3 de abril, fueron devueltos ayer.",
            ("2012-04-03", "Los libros, que la policía confiscó"),
        ),
    ],
)
def test_relative_clause_title(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, clause, predicate",
    [
        ("es", "que votaron en contra", "votaron en contra"),
        ("es", "que el juez absolvió", None),  # an object's "que"
        ("it", "che Marco aveva scritto", None),  # a name after "che"
        ("fr", "qui l'avait arrêté", "l'avait arrêté"),  # French "qui" is the subject
        ("es", "cuyo mandato terminó", None),
        ("de", "die gestern streikten", None),
    ],
)
def test_subject_relative(lang: str, clause: str, predicate: str | None) -> None:
    assert subject_relative(lang, clause) == predicate


@pytest.mark.parametrize(
    "lang, antecedent, noun",
    [
        ("pt", "A assembleia aprovou ontem a lei", "a lei"),
        ("es", "El hermano de la activista", "El hermano de la activista"),  # a complement
        ("fr", "Les ouvriers", "Les ouvriers"),
        ("it", "Il comune ha chiuso la scuola", "la scuola"),
    ],
)
def test_antecedent_noun(lang: str, antecedent: str, noun: str) -> None:
    assert antecedent_noun(lang, antecedent) == noun
