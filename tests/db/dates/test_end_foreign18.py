"""Constructions of the eighteenth session's other-languages end set, each with sentences of
its own: quarters and halves of a year (`rules.locales_quarters`), years clipped to two digits
(`rules.locales_clipped_years`), a span back to the very day ("jour pour jour"), a weekday
after "for" (`rules.locales_ago`, `rules.locales_relative`)."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 2, 19)


def _values(text: str, language: str) -> list[str]:
    return [d.timex.value for d in dated_sentences(text, DCT, language=language)]


def test_quarters_and_halves_with_their_year() -> None:
    assert _values("Las ventas de la bodega subieron en el tercer trimestre de 2024.", "es") == [
        "2024-Q3"
    ]
    assert _values("Die Werft lieferte im vierten Quartal 2023 zwei Fähren aus.", "de") == [
        "2023-Q4"
    ]
    assert _values("A fábrica de Campo Alto contratou no primeiro semestre de 2025.", "pt") == [
        "2025-H1"
    ]
    assert _values("La linea tranviaria aprirà nel secondo semestre del 2028.", "it") == ["2028-H2"]


def test_a_year_named_by_its_distance_from_today() -> None:
    assert _values(
        "Le chantier du pont débutera au premier trimestre de l'année prochaine.", "fr"
    ) == ["2027-Q1"]
    assert _values("Die Zahl der Gäste sank im zweiten Quartal des vergangenen Jahres.", "de") == [
        "2025-Q2"
    ]


def test_a_quarter_without_its_year_follows_the_tense() -> None:
    # told in the past in February: the last one begun (last year's fourth, this year's first)
    assert _values("Le chiffre d'affaires a reculé au quatrième trimestre.", "fr") == ["2025-Q4"]
    # told in the future: the first one not yet over
    assert _values("La planta cerrará en el segundo trimestre.", "es") == ["2026-Q2"]


def test_a_quarter_of_something_else_is_no_date() -> None:
    assert _values("La vacuna se aconseja en el primer trimestre del embarazo.", "es") == []


def test_a_year_clipped_after_a_preposition() -> None:
    assert _values("La peña fue fundada en el 87 por un grupo de vecinos.", "es") == ["1987"]
    assert _values("La squadra vinse lo scudetto nel '64, poi retrocesse.", "it") == ["1964"]
    assert _values("A empresa de calçado cresceu em 97.", "pt") == ["1997"]


def test_two_digits_that_are_a_count_a_share_or_a_day_are_no_year() -> None:
    assert _values("Le club a perdu sa finale en 45 minutes.", "fr") == []
    assert _values("El paro bajó en el 35 por ciento de los municipios.", "es") == []
    assert _values("Il a été élu en 15, puis réélu.", "fr") == []


def test_a_span_back_to_the_very_day() -> None:
    assert _values("Il y a vingt ans jour pour jour, la mine de Saint-Orcel fermait.", "fr") == [
        "2006-02-19"
    ]
    assert _values("Vor fünf Jahren auf den Tag genau öffnete das Hallenbad.", "de") == [
        "2021-02-19"
    ]
    # without those words the year only
    assert _values("Il y a vingt ans, la mine de Saint-Orcel fermait.", "fr") == ["2006"]


def test_a_weekday_after_for_is_the_coming_one() -> None:
    # a Thursday: "for Saturday" is the Saturday ahead, in a forecast told in the present
    assert _values("Für Samstag erwartet der Wetterdienst starken Wind.", "de") == ["2026-02-21"]
    assert _values("Para el sábado se esperan lluvias en la costa.", "es") == ["2026-02-21"]
    # told in the past, the one gone by
    assert _values("Pour samedi, la préfecture avait interdit le défilé.", "fr") == ["2026-02-14"]


def test_a_weekday_after_for_with_its_date_after_it_is_that_date() -> None:
    # the date after the weekday says which Saturday: no second, coming one
    text = "La marcha fue convocada para el sábado día 14 de febrero en la plaza mayor."
    assert _values(text, "es") == ["2026-02-14"]
