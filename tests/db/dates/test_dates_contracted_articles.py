"""A title cut after a preposition of sequence that took in an article gets the article back
(db/dates/contracted_articles.py): "después del despido" -> "El despido". Sentences written for
this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.contracted_articles import article_in

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "Las clases se suspendieron después del despido de los maestros el 3 de abril.",
            "El despido de los maestros",
        ),
        (
            "it",
            "I cortei sono ripresi a seguito dell'arresto del sindacalista il 2 maggio.",
            "L'arresto del sindacalista",
        ),
        (
            "pt",
            "As aulas foram suspensas depois da morte do estudante em 2 de maio.",
            "A morte do estudante",
        ),
        (
            "fr",  # no article taken in: the noun's own stays
            "La grève a commencé après l'annonce du plan le 3 avril.",
            "L'annonce du plan",
        ),
    ],
)
def test_title_after_a_contraction_keeps_its_article(lang: str, text: str, title: str) -> None:
    assert [d.title for d in dated_sentences(text, DCT, lang)] == [title]


@pytest.mark.parametrize(
    "lang, preposition, article",
    [
        ("es", "después del", "el"),
        ("es", "tras", None),
        ("fr", "au lendemain du", "le"),
        ("it", "dopo la", None),  # "la" is the article itself
        ("it", "a seguito degli", "gli"),
        ("pt", "na sequência das", "as"),
        ("pt", "após", None),
        ("de", "nach dem", None),
    ],
)
def test_article_in(lang: str, preposition: str, article: str | None) -> None:
    assert article_in(lang, preposition) == article
