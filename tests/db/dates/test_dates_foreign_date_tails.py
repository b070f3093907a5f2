"""Words that belong to a date leave the title with it: "prochain", "prossimo" after it, a part
of the night before it ("la madrugada del lunes", "na madrugada de segunda-feira")
(db/dates/other_languages.py). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "Le conseil municipal votera le budget le 24 mai prochain.",
            ("2012-05-24", "Le conseil municipal votera le budget"),
        ),
        (
            "it",
            "Il consiglio comunale voterà il bilancio il 24 maggio prossimo.",
            ("2012-05-24", "Il consiglio comunale voterà il bilancio"),
        ),
        (
            "es",
            "Un incendio destruyó una nave industrial de Arganda la madrugada del lunes.",
            ("2012-05-07", "Un incendio destruyó una nave industrial de Arganda"),
        ),
        (
            "pt",
            "Um incêndio destruiu um armazém no porto na madrugada de segunda-feira.",
            ("2012-05-07", "Um incêndio destruiu um armazém no porto"),
        ),
    ],
)
def test_the_words_of_a_date_go_with_it(lang: str, text: str, expected: tuple) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [expected]
