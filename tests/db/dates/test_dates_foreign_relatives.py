"""A date inside a relative clause without commas titles what that clause tells of its noun
(db/dates/foreign_relatives.py). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def titles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "Los vecinos apoyaron a los comerciantes que el lunes 7 de mayo fueron desalojados "
            "por la policía.",
            ("2012-05-07", "Los comerciantes fueron desalojados por la policía"),
        ),
        (
            "fr",
            "Le syndicat a défendu les ouvriers qui ont été licenciés le 3 mai par la direction.",
            ("2012-05-03", "Les ouvriers ont été licenciés par la direction"),
        ),
        (
            "it",
            "Il sindacato ha difeso gli operai che sono stati licenziati il 3 maggio dalla "
            "direzione.",
            ("2012-05-03", "Gli operai sono stati licenziati dalla direzione"),
        ),
        (
            "pt",
            "Os moradores apoiaram os comerciantes que foram despejados no dia 7 de maio.",
            ("2012-05-07", "Os comerciantes foram despejados"),
        ),
        (  # a relative clause joined by "and" to one before it; the noun after "ai"
            "it",
            "La rete ha espresso solidarietà ai giornalisti che lavorano a Napoli, e che la "
            "settimana scorsa sono stati minacciati da un gruppo di ultras.",
            ("2012-04-30", "I giornalisti sono stati minacciati da un gruppo di ultras"),
        ),
    ],
)
def test_the_relative_clause_is_the_title(lang: str, text: str, expected: tuple) -> None:
    assert titles(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # the pronoun is the object
            "es",
            "La policía confiscó el 3 de mayo las pancartas que los vecinos habían colgado.",
            ("2012-05-03", "La policía confiscó las pancartas que los vecinos habían colgado"),
        ),
        (  # a quantifier opens the relative clause's own subject
            "es",
            "Los periodistas grabaron un lema que muchos estudiantes corearon el 3 de mayo.",
            ("2012-05-03", "Los periodistas grabaron un lema que muchos estudiantes corearon"),
        ),
        (  # no main clause before the noun
            "es",
            "Los jóvenes que el 3 de mayo pintaron la fachada fueron detenidos.",
            ("2012-05-03", "Los jóvenes que pintaron la fachada fueron detenidos"),
        ),
        (  # the relative clause is in the subject: the date is the main verb's
            "es",
            "El choque entre los vecinos y los agentes que custodiaban la fábrica tuvo lugar el "
            "3 de mayo.",
            (
                "2012-05-03",
                "El choque entre los vecinos y los agentes que custodiaban la fábrica tuvo lugar",
            ),
        ),
        (  # "desde que" is no relative clause
            "es",
            "Es la primera huelga en el puerto desde que los estibadores firmaron el convenio "
            "en 2009.",
            (
                "2009",
                "Es la primera huelga en el puerto desde que los estibadores firmaron el convenio",
            ),
        ),
    ],
)
def test_titles_that_stay(lang: str, text: str, expected: tuple) -> None:
    assert titles(text, lang) == [expected]
