"""A date joined to a noun by "of" names that noun's happening, whose status is the date's own,
not the clause's negation or future (db/dates/foreign_dated_nouns.py); a weekday's modifier
after it counts from the publication date without CLDR's article ("del sábado pasado"). Sentences
written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the debate took place: not negated
        ("fr", "Le débat de lundi n'était pas brillant.", ("2012-05-07", "happened")),
        # the elections are to come: planned, not negated
        (
            "it",
            "Le elezioni di venerdì non cambieranno nulla.",
            ("2012-05-11", "planned"),
        ),
        # the parade is to come; not cancelling it is no negation of it
        ("pt", "O governo não vai cancelar o desfile de domingo.", ("2012-05-13", "planned")),
        # a time noun before "of" is the date itself: the clause's negation stands
        ("es", "No dormimos nada la noche del 3 de mayo.", ("2012-05-03", "negated")),
    ],
)
def test_status_of_a_dated_noun(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert [(d.start, d.status) for d in dated_sentences(text, DCT, lang)] == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # the article "della" took in given back
            "it",
            "Nessuno vuole ripetere gli errori della riforma sanitaria del 1998.",
            ("1998", "La riforma sanitaria", "happened"),
        ),
        (
            "fr",
            "Le journal ne fait pas mention de la manifestation pro-régime de mercredi.",
            ("2012-05-09", "La manifestation pro-régime", "happened"),
        ),
    ],
)
def test_title_of_a_dated_noun_phrase(lang: str, text: str, expected: tuple) -> None:
    assert [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)] == [expected]


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("es", "La marcha del sábado pasado no se repetirá.", "2012-05-05"),
        ("es", "Habrá otra marcha el lunes próximo.", "2012-05-14"),
        ("pt", "A reunião da segunda-feira passada foi adiada.", "2012-05-07"),
    ],
)
def test_weekday_with_its_modifier_after(lang: str, text: str, start: str) -> None:
    assert [d.start for d in dated_sentences(text, DCT, lang)] == [start]
