"""German titles without who says so and without the clock time after their date
(db/dates/german_order.py's source phrase, other_languages' time of day). Sentences written
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
