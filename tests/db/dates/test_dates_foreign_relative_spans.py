"""Days, weeks, months and years counted back from the publication date by CLDR's own
relative-time patterns (db/dates/rules/locales_ago.py), the weekend (locales_weekend.py) and
CLDR's "this Thursday" (locales.py's weekday phrases). Sentences written for this test. DCT:
Thursday 2016-10-13."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2016, 10, 13)


def events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "Il y a quatre jours, un camion a renversé un poteau électrique à Montval.",
            ("2016-10-09", "Un camion a renversé un poteau électrique à Montval"),
        ),
        (
            "es",
            "Hace dos semanas, la cooperativa vendió toda la cosecha de almendras.",
            ("2016-09-26", "La cooperativa vendió toda la cosecha de almendras"),
        ),
        (
            "it",
            "Tre mesi fa il comune ha chiuso la biblioteca di quartiere.",
            ("2016-07", "Il comune ha chiuso la biblioteca di quartiere"),
        ),
        (
            "de",
            "Vor 2 Tagen hat ein Sturm das Dach der Turnhalle abgedeckt.",
            ("2016-10-11", "Ein Sturm hat das Dach der Turnhalle abgedeckt"),
        ),
        (
            "pt",
            "Há um ano, a cooperativa inaugurou a nova fábrica de queijo.",
            ("2015", "A cooperativa inaugurou a nova fábrica de queijo"),
        ),
    ],
)
def test_a_span_counted_back_from_the_publication_date(
    lang: str, text: str, expected: tuple
) -> None:
    assert events(text, lang) == [expected]


def test_since_a_span_ago_is_a_duration() -> None:
    assert events("La carretera sigue cortada desde hace tres días por la nieve.", "es") == []


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("es", "El fin de semana, la Guardia Civil rescató a dos montañeros.", "2016-10-08"),
        ("fr", "Le marché de Noël n'ouvrira pas ce week-end.", "2016-10-15"),
        ("it", "Nel prossimo fine settimana si vota per il referendum.", "2016-10-15"),
        ("de", "Am Wochenende hat die Feuerwehr einen Waldbrand gelöscht.", "2016-10-08"),
        ("pt", "No último fim de semana, a polícia apreendeu duas motos.", "2016-10-08"),
    ],
)
def test_the_weekend_is_its_saturday(lang: str, text: str, start: str) -> None:
    assert [s for s, _ in events(text, lang)] == [start]


def test_weekends_of_many_are_no_date() -> None:
    assert events("Los fines de semana el museo abre hasta tarde.", "es") == []
    assert events("Chaque week-end, le marché attire des centaines de visiteurs.", "fr") == []


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("es", "El consejo escolar se reúne este martes para votar el calendario.", "2016-10-11"),
        ("pt", "A greve dos professores começa esta sexta-feira.", "2016-10-14"),
        ("de", "Der Kreistag stimmt diesen Freitag über den Haushalt ab.", "2016-10-14"),
    ],
)
def test_this_weekday_is_the_one_of_the_publication_dates_week(
    lang: str, text: str, start: str
) -> None:
    assert [s for s, _ in events(text, lang)] == [start]


def test_a_weekend_in_a_name_is_no_date() -> None:
    text = "Les jeunes ont préparé ensemble le festival Street Art Weekend de Lyon."
    assert events(text, "fr") == []


def test_a_weekend_planned_for_is_the_coming_one() -> None:
    text = "Tenemos reservadas las cabañas para el fin de semana."
    assert [s for s, _ in events(text, "es")] == ["2016-10-15"]


def test_this_weekday_told_in_the_past_is_the_one_gone_by() -> None:
    # written on a Thursday: "questo sabato" with a past tense is last Saturday
    text = "Questo sabato, gli studenti hanno occupato il liceo Galvani."
    assert [s for s, _ in events(text, "it")] == ["2016-10-08"]


def test_this_weekday_before_its_date_is_that_date() -> None:
    text = "Le conseil municipal s'est réuni ce lundi 10 octobre à la mairie."
    assert events(text, "fr") == [("2016-10-10", "Le conseil municipal s'est réuni à la mairie")]


def test_a_conjunction_before_a_subordinate_clause_cuts_nothing() -> None:
    # "et que": no predicate of the subject; "a 30 años" no date of its own
    text = (
        "El 3 de octubre pidieron el fin de la guerra y que se ponga punto a 30 años de conflicto."
    )
    assert len(events(text, "es")) == 1
    assert events(text, "es")[0][1].startswith("Pidieron el fin de la guerra y que")
