"""A time of day right after a removed day word leaves the title with it ("hier matin", "ayer
por la tarde", "ieri sera", "ontem à noite", "gestern Abend"; db/dates/other_languages.py
`_AFTER_DATE`). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, title",
    [
        ("fr", "Une militante est décédée hier matin des suites de ses blessures.",
         "Une militante est décédée des suites de ses blessures"),
        ("es", "El alcalde renunció ayer por la tarde ante el pleno.",
         "El alcalde renunció ante el pleno"),
        ("it", "Il sindaco si è dimesso ieri sera davanti al consiglio.",
         "Il sindaco si è dimesso davanti al consiglio"),
        ("pt", "O prefeito renunciou ontem à noite diante da câmara.",
         "O prefeito renunciou diante da câmara"),
        ("de", "Der Bürgermeister trat gestern Abend zurück.", "Der Bürgermeister trat zurück"),
    ],
)  # fmt: skip
def test_time_of_day_leaves_the_title(lang: str, text: str, title: str) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, lang)] == [("2012-05-09", title)]


def test_italian_contracted_preposition_leaves_with_the_date() -> None:
    text = "Un filmato della scorsa domenica sera a Verona mostra i vigili in azione."
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, "it")] == [
        ("2012-05-06", "Un filmato a Verona mostra i vigili in azione")
    ]
