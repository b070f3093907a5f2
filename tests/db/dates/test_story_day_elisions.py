"""A day counted from the day just named ("la veille", "il giorno prima") is not counted when an
elided "d'" or "l'" gives it an anchor of its own: "Le 3 mai, à la veille d'un match décisif"
is 3 May itself, the eve of the match. Sentences written for this test."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2030, 5, 10)


def _starts(lang: str, text: str) -> set[str]:
    return {d.start for d in dated_sentences(text, DCT, lang) if not d.comparison}


def test_an_elided_complement_keeps_the_named_day():
    text = "Le 3 mai, à la veille d'un match décisif, l'entraîneur a annoncé son départ."
    assert _starts("fr", text) == {"2030-05-03"}


def test_an_elided_article_keeps_the_named_day_in_italian():
    text = "Il 3 maggio, il giorno prima dell'assemblea, il sindaco si è dimesso."
    assert "2030-05-02" not in _starts("it", text)


def test_a_bare_eve_still_counts_back_from_the_named_day():
    text = "Le match a eu lieu le 3 mai. La veille, l'entraîneur avait annoncé son départ."
    assert "2030-05-02" in _starts("fr", text)
