"""Dates, titles and status in Portuguese (db/dates/rules/locales.py's "pt" words, the relative
rules and `other_languages`), each on a sentence written for this test, with the year
lookalikes and names they must leave alone. DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes, language_code

DCT = datetime.date(2011, 4, 5)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT, "pt")]


def events(text: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, "pt")]


def test_portuguese_is_read() -> None:
    assert language_code("pt-BR") == "pt"
    assert language_code("pt_PT") == "pt"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Os estudantes ocuparam a reitoria em 25 de janeiro de 2011.",
            [("25 de janeiro de 2011", "2011-01-25")],
        ),
        ("O sindicato marcou uma greve geral em 15 de março.", [("15 de março", "2011-03-15")]),
        (
            "A sessão foi interrompida no dia 3 de abril de 2010, segundo a ata.",
            [("3 de abril de 2010", "2010-04-03")],
        ),
        ("A biblioteca reabriu em fevereiro de 2011.", [("fevereiro de 2011", "2011-02")]),
        ("A nova lei entrou em vigor em 2009.", [("2009", "2009")]),
        ("A feira começou em 1º de março de 2011.", [("1º de março de 2011", "2011-03-01")]),
        ("O contrato tem a data 15/03/2011 e duas assinaturas.", [("15/03/2011", "2011-03-15")]),
        ("Em meados de fevereiro, a prefeitura fechou o mercado.", [("fevereiro", "2011-02")]),
        # Portugal's older spelling capitalises months: a date after a cue all the same
        ("A fábrica fechou em 12 de Março de 2010.", [("12 de Março de 2010", "2010-03-12")]),
    ],
)
def test_absolute_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cerca de 1000 policiais foram enviados para o estádio.",  # an amount, not a year
        "A cooperativa distribuiu 2011 reais entre os sócios.",
        "O Movimento 6 de Abril convocou uma nova greve.",  # a name
        "A loja fica na Rua 25 de Março, no centro.",  # a street
        "O trânsito parou na Ponte 25 de Abril.",
    ],
)
def test_lookalikes_date_nothing(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weekday with its day number in brackets, as Portuguese news writes it
        (
            "Na segunda-feira (4), os taxistas bloquearam a avenida.",
            [("segunda-feira (4)", "2011-04-04")],
        ),
        ("Sexta-feira (1) a câmara aprovou o orçamento.", [("Sexta-feira (1)", "2011-04-01")]),
        ("Na quinta-feira os professores fizeram greve.", [("quinta-feira", "2011-03-31")]),
        ("Os deputados votarão a lei na quinta-feira.", [("quinta-feira", "2011-04-07")]),
        ("No sábado passado a polícia evacuou a praça.", [("sábado passado", "2011-04-02")]),
        ("Ontem a polícia dispersou a manifestação.", [("Ontem", "2011-04-04")]),
        ("Hoje os ativistas publicaram um vídeo.", [("Hoje", "2011-04-05")]),
        ("O ministro vai discursar amanhã no parlamento.", [("amanhã", "2011-04-06")]),
        ("A comissão reuniu-se na semana passada.", [("semana passada", "2011-W13")]),
        (
            "Três dias depois de 25 de março, a polícia deixou as ruas.",
            [("Três dias depois", "2011-03-28"), ("25 de março", "2011-03-25")],
        ),
    ],
)
def test_relative_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Os feirantes montam as barracas aos domingos.",  # every Sunday
        "O museu fecha ao domingo e abre à segunda-feira.",
        "Todos os anos em março a cidade lembra a revolução.",  # every March
        "Os jovens sonham com o mundo de amanhã.",  # the future, no day
    ],
)
def test_no_day(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Em 25 de janeiro de 2011, milhares de pessoas saíram às ruas do Cairo.",
            [("2011-01-25", "Milhares de pessoas saíram às ruas do Cairo", "happened")],
        ),
        (
            "A polícia prendeu dezenas de manifestantes em 15 de março.",
            [("2011-03-15", "A polícia prendeu dezenas de manifestantes", "happened")],
        ),
        (
            "O julgamento não foi realizado em 12 de março.",
            [("2011-03-12", "O julgamento não foi realizado", "negated")],
        ),
        (
            "O governo anunciou que as eleições serão realizadas em junho.",
            # the date is the elections': the reported clause is the title (foreign_reported)
            [("2011-06", "As eleições serão realizadas", "planned")],
        ),
        (
            "A votação está marcada para terça-feira, 12 de abril.",
            # "para" and the date set leave together (session 17)
            [("2011-04-12", "A votação está marcada", "planned")],
        ),
    ],
)
def test_titles_and_status(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(text) == expected


def test_a_weekday_ending_in_feira_is_no_future() -> None:
    """ "-feira" has the future's "-ra" ending without its accent: the Monday gone by."""
    assert events("Na segunda-feira, os médicos entraram em greve.") == [
        ("2011-04-04", "Os médicos entraram em greve", "happened")
    ]
