"""Constructions of the nineteenth session's other-languages end set, each with sentences of
its own: a thing set for a day whose taking place is then denied ("no se celebrará", "non si
terrà", `called_off`), put off with no day set ("rinviato a data da destinarsi"), a run of
weekdays of a named week (`rules.locales_weekday_weeks`) and German's reported plan ("solle")."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 7, 31)


def _events(text: str, language: str) -> list[tuple[str, str]]:
    return [(d.timex.value, d.status) for d in dated_sentences(text, DCT, language=language)]


def test_a_set_happening_whose_taking_place_is_denied() -> None:
    assert ("2026-09-12", "negated") in _events(
        "La Carrera de Cintas de Villamora, prevista para el 12 de septiembre, no se "
        "celebrará por falta de caballistas.",
        "es",
    )
    assert ("2026-08-23", "negated") in _events(
        "La Sagra del Fungo di Roccabella, in programma il 23 agosto, non si terrà per la siccità.",
        "it",
    )
    assert ("2026-08-08", "negated") in _events(
        "O festival de bandas da Vila Serena, marcado para 8 de agosto, não vai acontecer.",
        "pt",
    )
    # a long noun phrase of names is still a noun phrase
    assert ("2026-08-08", "negated") in _events(
        "A feira de artesanato do Clube de Campo de Vila Serena de Cima, marcada para 8 de "
        "agosto, foi cancelada.",
        "pt",
    )


def test_a_set_happening_that_does_take_place_stays_planned() -> None:
    assert ("2026-09-12", "planned") in _events(
        "La Carrera de Cintas de Villamora, prevista para el 12 de septiembre, se celebrará "
        "con más caballistas que el año pasado.",
        "es",
    )
    assert ("2026-08-23", "planned") in _events(
        "La Sagra del Fungo di Roccabella, in programma il 23 agosto, si terrà nel parco.",
        "it",
    )


def test_put_off_with_no_day_set() -> None:
    assert _events(
        "Lo spettacolo dei burattini in programma domani è stato rinviato a data da destinarsi.",
        "it",
    ) == [("2026-08-01", "negated")]
    assert _events(
        "Das Sommerfest am kommenden Samstag wurde auf unbestimmte Zeit verschoben.", "de"
    ) == [("2026-08-01", "negated")]
    # put off to a day: the old day is not said to be off for good
    assert ("2026-08-01", "planned") in _events(
        "Lo spettacolo dei burattini in programma domani è stato rinviato al 20 settembre.", "it"
    )


def test_a_run_of_weekdays_of_a_named_week() -> None:
    assert _events(
        "Du mardi au vendredi de la semaine prochaine, la piscine sera fermée.", "fr"
    ) == [("2026-08-04", "planned")]
    assert _events("Entre terça e quinta-feira da próxima semana, a ponte será fechada.", "pt") == [
        ("2026-08-04", "planned")
    ]
    assert _events("Del martes al viernes de la semana próxima cerrará la biblioteca.", "es") == [
        ("2026-08-04", "planned")
    ]
    assert _events("Von Dienstag bis Freitag nächster Woche bleibt das Rathaus zu.", "de") == [
        ("2026-08-04", "planned")
    ]


def test_a_clipped_portuguese_weekday_only_in_a_run() -> None:
    # "a segunda" alone is "the second": no weekday of that week
    assert ("2026-07-20", "happened") not in _events(
        "A segunda da semana passada foi a mais fria do ano.", "pt"
    )


def test_a_reported_plan_in_the_subjunctive() -> None:
    assert _events("Eröffnen solle die Bücherei im Februar, sagte die Stadträtin.", "de") == [
        ("2027-02", "planned")
    ]
    # hearsay of a deed done is no plan
    assert _events("Er solle im Februar Geld genommen haben.", "de") != [("2027-02", "planned")]
