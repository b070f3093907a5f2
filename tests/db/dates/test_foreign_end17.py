"""Other-language causes of session 17's blind end set, each with sentences of our own."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

_DCT = datetime.date(2025, 10, 27)  # a Monday


def _dates(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.precision, d.status) for d in dated_sentences(text, _DCT, language)]


def test_a_span_from_now_opened_by_binnen_or_dentro_de() -> None:
    # CLDR's "in drei Wochen" / "em duas semanas" can say how long something took; "binnen",
    # "dentro de", "daqui a" say from when
    assert _dates("Binnen drei Wochen muss die Stadt einen Plan vorlegen.", "de") == [
        ("2025-11-17", "week", "planned")
    ]
    assert _dates("A ponte será reaberta dentro de duas semanas, diz a câmara.", "pt") == [
        ("2025-11-10", "week", "planned")
    ]
    assert _dates("Daqui a três dias começa a feira do livro de Vilarelho.", "pt") == [
        ("2025-10-30", "day", "planned")
    ]


def test_the_first_year_of_a_span_between_two_years() -> None:
    assert _dates("Er hatte zwischen 2015 und 2019 Geld aus der Kasse genommen.", "de") == [
        ("2015", "year", "happened")
    ]
    assert _dates("Tra il 2015 e il 2019 ha sottratto denaro alla cassa.", "it")[0][0] == "2015"
    assert _dates("Entre 2012 et 2016, il a détourné des fonds.", "fr")[0][0] == "2012"
    # an amount between two numbers is no span of years
    assert _dates("Die Karten kosten zwischen 2000 und 2500 Euro.", "de") == []
    assert _dates("Asistieron entre 1500 y 1800 personas a la marcha.", "es") == []


def test_a_holiday_days_ahead_is_the_coming_one_unless_told_in_the_past() -> None:
    # the DCT is five days before All Saints'
    assert _dates("Pienone nei rifugi per il ponte di Ognissanti, dice il consorzio.", "it") == [
        ("2025-11-01", "day", "planned")
    ]
    assert _dates("À la Toussaint, les cimetières étaient fleuris.", "fr")[0][0] == "2024-11-01"
    # months ahead, told in the present: the last one still
    assert _dates("In der Adventszeit ist der Markt an Weihnachten voll.", "de")[0][0] == (
        "2024-12-25"
    )


def test_a_weekday_of_a_saying_told_in_the_past_before_a_future_plan() -> None:
    # the weekday dates the announcement, gone by, though what was announced is to come
    assert _dates("El club anunció el jueves que en primavera inaugurará un nuevo estadio.", "es")[
        0
    ][:2] == ("2025-10-23", "day")
    # a weekday in the future clause itself is still the coming one
    assert _dates("El club inaugurará el jueves un nuevo estadio.", "es")[0][:2] == (
        "2025-10-30",
        "day",
    )


def test_a_weekday_after_a_past_participle_is_gone_by_and_done() -> None:
    # the clause is told in the future; the weekday dates the participle's deed
    assert _dates("Les salariés voteront jeudi sur l'accord signé dimanche à Paris.", "fr") == [
        ("2025-10-30", "day", "planned"),
        ("2025-10-26", "day", "happened"),
    ]
    found = _dates(
        "Os médicos vão parar a 4 de dezembro, segundo o aviso entregue na sexta-feira.", "pt"
    )
    assert ("2025-10-24", "day", "happened") in found
    # no participle before it: the coming one, planned
    assert _dates("El partido se jugará el domingo en Vigo.", "es") == [
        ("2025-11-02", "day", "planned")
    ]


def test_a_participle_of_a_passive_infinitive_is_still_to_come() -> None:
    assert _dates("El acuerdo va a ser firmado el lunes en Madrid.", "es") == [
        ("2025-10-27", "day", "planned")
    ]


def test_every_first_weekday_of_the_month_is_a_set_not_a_day() -> None:
    assert _dates("La fiera si tiene ogni primo sabato del mese in piazza.", "it") == []
    assert _dates("El mercadillo se celebra cada primer domingo del mes en la plaza.", "es") == []
    assert _dates("Le marché a lieu chaque premier samedi du mois.", "fr") == []
