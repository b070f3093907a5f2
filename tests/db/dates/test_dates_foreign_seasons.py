"""Seasons, parts of today and yesterday, and "now" in Spanish, French, Italian, German and
Portuguese (db/dates/rules/locales_seasons.py, rules/locales_day_parts.py, foreign_now.py).
Sentences written for this test. DCT: Wednesday 2020-02-12."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import dated_sentences

DCT = dt.date(2020, 2, 12)


def values(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (d.timex.value if d.precision == "season" else d.start, d.status)
        for d in dated_sentences(text, DCT, lang)
    ]


def titles(text: str, lang: str) -> list[str]:
    return [d.title for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a season with its year
        ("es", "La presa se terminó en el otoño de 2016.", [("2016-FA", "happened")]),
        ("fr", "Le club a changé d'entraîneur à l'été 2018.", [("2018-SU", "happened")]),
        ("it", "Nell'inverno del 2017 la neve ha isolato il paese.", [("2017-WI", "happened")]),
        ("pt", "A ponte caiu no outono de 2015.", [("2015-FA", "happened")]),
        ("de", "Im Frühling 2016 eröffnete der Zoo ein neues Gehege.", [("2016-SP", "happened")]),
        # last, next and this one, counted from February
        ("es", "El invierno pasado nevó en la costa.", [("2018-WI", "happened")]),
        ("fr", "La digue a cédé l'automne dernier.", [("2019-FA", "happened")]),
        ("it", "La prossima estate riaprirà il lido comunale.", [("2020-SU", "planned")]),
        ("de", "Letzten Sommer brannte der Wald bei Lindau.", [("2019-SU", "happened")]),
        ("pt", "Este inverno choveu menos do que o normal.", [("2019-WI", "happened")]),
        # after a preposition alone: to come in the future or put off, else the last begun
        ("es", "El nuevo tranvía funcionará en primavera.", [("2020-SP", "planned")]),
        ("fr", "Le procès a été reporté à l'automne.", [("2020-FA", "planned")]),
        ("de", "Das Konzert wurde auf den Herbst verschoben.", [("2020-FA", "planned")]),
        ("it", "In estate il fiume si è quasi asciugato.", [("2019-SU", "happened")]),
        # no time: a name, a compound, a season as a subject
        ("es", "La Primavera Árabe cambió la región.", []),
        ("de", "Das Sommerfest der Schule fällt aus.", []),
        ("it", "L'estate è la stagione preferita dei turisti.", []),
    ],
)
def test_seasons(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("es", "Los vecinos cortaron esta tarde la carretera de Lorca.", "2020-02-12"),
        ("es", "La policía desalojó anoche el edificio okupado.", "2020-02-11"),
        ("fr", "Un camion s'est renversé ce soir sur la rocade.", "2020-02-12"),
        ("fr", "Le maire a reçu hier après-midi les commerçants.", "2020-02-11"),
        ("it", "Stasera il sindaco ha incontrato i commercianti.", "2020-02-12"),
        ("it", "Questo pomeriggio è crollato un muro in via Roma.", "2020-02-12"),
        ("de", "Gestern Abend brannte eine Scheune in Kirchdorf.", "2020-02-11"),
        ("pt", "Nesta tarde, a prefeitura anunciou o novo secretário.", "2020-02-12"),
    ],
)
def test_parts_of_a_day(lang: str, text: str, expected: str) -> None:
    assert [d.start for d in dated_sentences(text, DCT, lang)] == [expected]


def test_a_part_of_today_leaves_the_title() -> None:
    text = "Heute Morgen hat die Feuerwehr eine Katze aus dem Kanal gerettet."
    assert all("Morgen" not in t for t in titles(text, "de"))


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "de",
            "Im Herbst 2016 war das Hallenbad geschlossen worden; nun öffnet es im Mai wieder.",
            ["2016-09", "2020-05"],
        ),
        (
            "es",
            "En 2015 la fábrica cerró sus puertas; ahora el edificio abrirá en junio como museo.",
            ["2015", "2020-06"],
        ),
    ],
)
def test_now_brings_a_month_back_to_the_news(lang: str, text: str, expected: list[str]) -> None:
    assert [d.start for d in dated_sentences(text, DCT, lang)] == expected
