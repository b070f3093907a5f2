"""German strong verbs' plural simple past (db/dates/german_tense.py `strong_plural`): a
year-less date told with "schlossen", "gingen", "fanden" is the one gone by, as with the
singular "schloss". Sentences written for this test. DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.german_tense import strong_plural

DCT = datetime.date(2011, 4, 5)


def events(text: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, "de")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Am 20. Juni schlossen die Behörden das Hallenbad in Kassel.",
            ("2010-06-20", "Die Behörden schlossen das Hallenbad in Kassel", "happened"),
        ),
        (
            "Die Behörden schlossen am 20. Juni das Hallenbad in Kassel.",
            ("2010-06-20", "Die Behörden schlossen das Hallenbad in Kassel", "happened"),
        ),
        (
            "Am 14. Juli gingen Tausende in Leipzig auf die Straße.",
            ("2010-07-14", "Tausende gingen in Leipzig auf die Straße", "happened"),
        ),
        (
            "Am 14. Juli waren die Geschäfte in der Innenstadt geschlossen.",
            ("2010-07-14", "Die Geschäfte waren in der Innenstadt geschlossen", "happened"),
        ),
        # the present plural is no past: a date to come
        (
            "Am 20. Juni schließen die Behörden das Hallenbad in Kassel.",
            ("2011-06-20", "Die Behörden schließen das Hallenbad in Kassel", "planned"),
        ),
    ],
)
def test_a_strong_plural_past_dates_the_year_gone_by(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert events(text) == [expected]


@pytest.mark.parametrize(
    "word, past",
    [
        ("schlossen", True),
        ("fanden", True),
        ("blieben", True),
        ("waren", True),
        ("schließen", False),  # present plural, the infinitive itself
        ("offenen", False),  # an adjective's ending on "offen"
        ("ersten", False),
        ("Behörden", False),  # a noun
    ],
)
def test_strong_plural(word: str, past: bool) -> None:
    assert strong_plural(word) is past


@pytest.mark.parametrize(
    "text, title",
    [
        # after an opening date: a number's subject (after a place phrase too), a pronoun, or
        # the place phrase put first
        (
            "Am 3. März fanden in Dresden drei Kundgebungen statt.",
            "Drei Kundgebungen fanden in Dresden statt",
        ),
        (
            "Am 3. März kam es in Köln zu Ausschreitungen.",
            "Es kam in Köln zu Ausschreitungen",
        ),
        (
            "Am 3. März fanden in Dresden Kundgebungen statt.",
            "In Dresden fanden Kundgebungen statt",
        ),
        (
            "Am 3. März demonstrierten zwei Gruppen vor dem Rathaus.",
            "Zwei Gruppen demonstrierten vor dem Rathaus",
        ),
    ],
)
def test_a_title_opens_with_the_subject_or_a_place(text: str, title: str) -> None:
    assert [d.title for d in dated_sentences(text, DCT, "de")] == [title]
