"""Dates and statuses of events in Spanish, French, Italian, German and Portuguese (issue 13
item 6, session 18). Sentences written for this test, none taken from an evaluation file. DCT:
Monday 2025-03-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2025, 3, 10)


def _events(lang: str, text: str) -> dict[str, str]:
    return {d.start: d.status for d in dated_sentences(text, DCT, lang) if not d.comparison}


@pytest.mark.parametrize(
    "lang, text, start, status",
    [
        # German "soll" / "sollen": a plan, the coming feast
        ("de", "Das neue Museum soll zu Pfingsten öffnen.", "2025-06-08", "planned"),
        ("de", "Die Brücken sollen im Mai fertig werden.", "2025-05", "planned"),
        # a plan's participle: the coming weekday, though the clause is told in the past
        (
            "es",
            "La asamblea de socios, prevista para el jueves, fue suspendida por la nieve.",
            "2025-03-13",
            "negated",
        ),
        (
            "fr",
            "La réunion du syndicat, prévue jeudi, a été reportée sine die.",
            "2025-03-13",
            "negated",
        ),
        (
            "it",
            "Il concerto della banda, previsto per sabato, è stato rinviato.",
            "2025-03-15",
            "negated",
        ),
        (
            "pt",
            "A votação do orçamento, marcada para quinta-feira, foi adiada.",
            "2025-03-13",
            "negated",
        ),
        (
            "es",
            "La asamblea de socios, prevista para el jueves, se celebrará en el casino.",
            "2025-03-13",
            "planned",
        ),
        # a date moved: the old day no longer the plan, the new one (the second) the event's
        (
            "es",
            "La junta ha aplazado del 2 al 9 de abril la subasta de los terrenos.",
            "2025-04-02",
            "negated",
        ),
        (
            "es",
            "La junta ha aplazado del 2 al 9 de abril la subasta de los terrenos.",
            "2025-04-09",
            "planned",
        ),
        (
            "fr",
            "Le club a reporté du 5 au 12 avril son tournoi de printemps.",
            "2025-04-12",
            "planned",
        ),
        (
            "it",
            "La fiera del bestiame è stata rinviata dal 6 al 13 aprile.",
            "2025-04-13",
            "planned",
        ),
        (
            "it",
            "La fiera del bestiame è stata rinviata dal 6 al 13 aprile.",
            "2025-04-06",
            "negated",
        ),
    ],
)
def test_dates(lang: str, text: str, start: str, status: str) -> None:
    assert _events(lang, text).get(start) == status


def test_hearsay_soll_is_no_plan() -> None:
    # "soll ... getötet haben": what someone is said to have done, not a plan
    events = _events("de", "Der Mann soll am Freitag seinen Nachbarn bestohlen haben.")
    assert events == {"2025-03-07": "happened"}


def test_hearsay_soll_after_perfect_is_no_plan() -> None:
    text = "Die Frau, die vor zwei Wochen ein Auto gestohlen haben soll, wurde am Samstag gefasst."
    assert _events("de", text).get("2025-03-08") == "happened"


def test_run_without_moving_is_one_event() -> None:
    events = _events("es", "La feria de artesanía se celebrará del 2 al 9 de abril en el puerto.")
    assert events == {"2025-04-02": "planned"}


def test_plan_participle_elsewhere_leaves_the_weekday() -> None:
    # the participle dates another noun: the weekday is the saying's, gone by
    text = "El alcalde inauguró el jueves la piscina prevista para el verano pasado."
    assert "2025-03-06" in _events("es", text)
