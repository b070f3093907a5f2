"""The words that make a date part of a month or a weekday's neighbour leave a title with the
date (db/dates/other_languages.py's prepositions, db/dates/rules/locales.py's German weekday
before "dem"/"den"). Sentences written for this test. DCT: Thursday 2016-10-13."""

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
            "de",  # "Anfang", "Mitte", "Ende" before a month are the date's
            "Ende November soll die neue Stadtbibliothek ihre Türen öffnen.",
            ("2016-11", "Die neue Stadtbibliothek soll ihre Türen öffnen", "planned"),
        ),
        (
            "de",
            "Mitte September hatte der Kreistag den Haushalt beschlossen.",
            ("2016-09", "Der Kreistag hatte den Haushalt beschlossen", "happened"),
        ),
        (
            "fr",  # "mi-" joined by a hyphen
            "La nouvelle ligne de tramway sera inaugurée à la mi-décembre.",
            ("2016-12", "La nouvelle ligne de tramway sera inaugurée", "planned"),
        ),
        (
            "it",  # "a metà", "a fine" before a month
            "A fine novembre la giunta presenterà il bilancio comunale.",
            ("2016-11", "La giunta presenterà il bilancio comunale", "planned"),
        ),
        (
            "pt",  # "último" before a weekday the bracket's day follows
            "No último domingo (9), os bombeiros resgataram três pescadores no rio Pardo.",
            ("2016-10-09", "Os bombeiros resgataram três pescadores no rio Pardo", "happened"),
        ),
        (
            "de",  # a weekday and its day after "dem": one date
            "Am Montag, dem 10. Oktober, hat der Gemeinderat den Bebauungsplan gebilligt.",
            ("2016-10-10", "Der Gemeinderat hat den Bebauungsplan gebilligt", "happened"),
        ),
    ],
)
def test_a_date_takes_its_words_out_of_the_title(lang: str, text: str, expected: tuple) -> None:
    assert events(text, lang) == [expected]
