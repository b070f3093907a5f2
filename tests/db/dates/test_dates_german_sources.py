"""German titles without who says so and without the clock time after their date
(db/dates/german_order.py's source phrase, other_languages' time of day), and a weekday with
its time of day in one word, "am Samstagabend" (rules/locales_relative.py). Sentences written
for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nach Angaben der Veranstalter kamen am Sonntag rund 800 Gäste zum Stadtfest.",
            ("2012-05-06", "Rund 800 Gäste kamen zum Stadtfest"),
        ),
        (
            "Laut einem Sprecher des Landkreises wurde die Umgehungsstraße am 2. Mai gesperrt.",
            ("2012-05-02", "Die Umgehungsstraße wurde gesperrt"),
        ),
        (
            "Laut Feuerwehr brannte am Dienstag eine Lagerhalle in Kiel.",
            ("2012-05-08", "Eine Lagerhalle brannte in Kiel"),
        ),
        (  # a clock time after the date goes with it
            "Am 2. Mai um 9.30 Uhr begann der Prozess gegen die beiden Angeklagten.",
            ("2012-05-02", "Der Prozess begann gegen die beiden Angeklagten"),
        ),
    ],
)
def test_german_titles(text: str, expected: tuple) -> None:
    assert [(d.start, d.title) for d in dated_sentences(text, DCT, "de")] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Am Freitagabend räumte die Feuerwehr die Unterführung.",
            ("2012-05-04", "happened", "Die Feuerwehr räumte die Unterführung"),
        ),
        (
            "Am Montagvormittag wird der Kreistag über die Klinik beraten.",
            ("2012-05-14", "planned", "Der Kreistag wird über die Klinik beraten"),
        ),
    ],
)
def test_a_weekday_and_its_time_of_day_in_one_word(text: str, expected: tuple) -> None:
    # CLDR's weekday with a part of the day joined to it: that weekday
    assert [(d.start, d.status, d.title) for d in dated_sentences(text, DCT, "de")] == [expected]


def test_a_weekday_part_is_not_every_week() -> None:
    assert dated_sentences("Jeden Samstagabend spielt die Band im Hafen.", DCT, "de") == []
