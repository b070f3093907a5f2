"""Two weekdays with their days joined by "and" after "between" (or "from ... to") are one run
of days, and the title leaves the whole run out (db/dates/rules/locales.py's range words,
db/dates/foreign_ranges.py). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "Los talleres se celebraron entre el viernes 4 y el sábado 5 de mayo en el centro.",
            "Los talleres se celebraron en el centro",
        ),
        (
            "it",
            "I laboratori si sono svolti tra venerdì 4 e sabato 5 maggio nel centro civico.",
            "I laboratori si sono svolti nel centro civico",
        ),
        (
            "fr",
            "Les ateliers se sont tenus entre le vendredi 4 et le samedi 5 mai au centre culturel.",
            "Les ateliers se sont tenus au centre culturel",
        ),
        (
            "pt",
            "As oficinas decorreram entre sexta-feira, 4, e sábado, 5 de maio no centro cultural.",
            "As oficinas decorreram no centro cultural",
        ),
        (
            "de",
            "Die Kurse fanden zwischen Freitag, 4., und Samstag, 5. Mai im Kulturzentrum statt.",
            "Die Kurse fanden im Kulturzentrum statt",
        ),
    ],
)
def test_two_weekdays_between(lang: str, text: str, title: str) -> None:
    [event] = dated_sentences(text, DCT, lang)
    assert (event.start, event.end_date, event.title) == ("2012-05-04", "2012-05-05", title)


def test_from_one_weekday_to_another_in_german() -> None:
    text = "Die Messe lief von Freitag, 4. bis Sonntag, 6. Mai in der Stadthalle."
    [event] = dated_sentences(text, DCT, "de")
    assert (event.start, event.end_date) == ("2012-05-04", "2012-05-06")


def test_two_weekdays_without_between_stay_two_days() -> None:
    # no "between": two days named, each its own event
    text = "Gli scioperi dei treni si sono tenuti venerdì 4 e sabato 5 maggio."
    assert [e.start for e in dated_sentences(text, DCT, "it")] == ["2012-05-04", "2012-05-05"]
