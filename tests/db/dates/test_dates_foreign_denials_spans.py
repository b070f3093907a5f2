"""Foreign-language sentences written for this test (none from an evaluation file): a date in a
denied clause is negated, the denial keeps its own status; Portuguese feminine counts in spans
counted back ("há duas semanas"). DCT: Friday 2023-03-03."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import dated_sentences

DCT = dt.date(2023, 3, 3)


def statuses(text: str, lang: str) -> dict[str, str]:
    return {d.start: d.status for d in dated_sentences(text, DCT, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "denial", "denied"),
    [
        ("es", "El alcalde negó el martes que hubiera firmado el contrato el 2 de enero.",
         "2023-02-28", "2023-01-02"),
        ("it", "Il sindaco ha smentito ieri che la scuola chiuderà a settembre.",
         "2023-03-02", "2023-09"),
        ("de", "Der Trainer bestritt am Montag, dass er am 3. Februar im Hotel war.",
         "2023-02-27", "2023-02-03"),
        ("pt", "A ministra negou ontem que a reunião tenha acontecido em 5 de fevereiro.",
         "2023-03-02", "2023-02-05"),
    ],
)  # fmt: skip
def test_a_denied_clause_is_negated(lang: str, text: str, denial: str, denied: str) -> None:
    got = statuses(text, lang)
    assert got[denial] == "happened"
    assert got[denied] == "negated"


def test_a_shop_is_no_denial() -> None:
    # "negozio" starts like "negò": only the verb's own forms deny
    assert statuses("Il negozio che vende dischi ha aperto il 3 febbraio.", "it") == {
        "2023-02-03": "happened"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Há duas semanas, a câmara aprovou o novo regulamento do mercado.",
        "O clube despediu o treinador há duas semanas.",
    ],
)
def test_portuguese_feminine_count_ago(text: str) -> None:
    got = [(d.start, d.precision) for d in dated_sentences(text, DCT, "pt")]
    assert got == [("2023-02-13", "week")]


@pytest.mark.parametrize(
    ("lang", "text", "start", "precision"),
    [
        ("it", "Tra due settimane riapre al pubblico la biblioteca.", "2023-03-13", "week"),
        ("fr", "Dans deux semaines, le musée rouvrira ses portes.", "2023-03-13", "week"),
        ("es", "La piscina municipal abrirá dentro de un mes.", "2023-04", "month"),
        ("fr", "Le verdict sera rendu dans trois jours.", "2023-03-06", "day"),
    ],
)  # fmt: skip
def test_span_counted_forward_is_planned(lang: str, text: str, start: str, precision: str) -> None:
    got = [(d.start, d.precision, d.status) for d in dated_sentences(text, DCT, lang)]
    assert got == [(start, precision, "planned")]


def test_german_in_weeks_is_left_out() -> None:
    # "in zwei Wochen" also says how long a thing took
    assert dated_sentences("Die Brücke wurde in zwei Wochen gebaut.", DCT, "de") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Era il 1985 quando la fabbrica di Pontelungo chiuse per sempre."),
        ("es", "Corría 1985 cuando cerró la fábrica de Valdemora."),
        ("de", "1985 wurde die Fabrik in Altdorf geschlossen."),
        ("de", "1985 schloss die Fabrik in Altdorf ihre Tore."),
    ],
)
def test_bare_year_by_its_words(lang: str, text: str) -> None:
    assert [(d.start, d.precision) for d in dated_sentences(text, DCT, lang)] == [("1985", "year")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "1500 geschulte Helfer kamen aus dem ganzen Land."),
        ("de", "2000 neue Wohnungen sollen am Stadtrand entstehen."),
        ("it", "Circa 1000 poliziotti erano in piazza."),
    ],
)
def test_amounts_stay_amounts(lang: str, text: str) -> None:
    assert dated_sentences(text, DCT, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les chauffeurs menacent de faire grève le 20 mars si la mairie ne recule pas."),
        ("es", "Los taxistas volverán a la huelga el 20 de marzo si el ayuntamiento no retira "
               "la tasa."),
        ("it", "I tassisti sciopereranno il 20 marzo se il Comune non ritira la tassa."),
    ],
)  # fmt: skip
def test_a_conditions_negation_is_not_the_plans(lang: str, text: str) -> None:
    assert statuses(text, lang) == {"2023-03-20": "planned"}


def test_si_before_an_adjective_is_no_condition() -> None:
    assert statuses("Le bilan n'était pas si lourd le 2 mars.", "fr") == {"2023-03-02": "negated"}


@pytest.mark.parametrize(
    ("lang", "text", "start", "title"),
    [
        ("fr", "La fête du village, qui devait se tenir samedi 25 février, a été annulée à cause "
               "du vent.", "2023-02-25", "La fête du village"),
        ("es", "El pleno municipal, que debía celebrarse el lunes, fue aplazado por la tormenta.",
         "2023-02-27", "El pleno municipal"),
        ("it", "Il concerto di Capodanno, che doveva svolgersi il 28 febbraio, è stato rinviato.",
         "2023-02-28", "Il concerto di Capodanno"),
        ("pt", "A assembleia, que devia realizar-se no dia 20 de fevereiro, foi adiada.",
         "2023-02-20", "A assembleia"),
    ],
)  # fmt: skip
def test_was_to_happen_and_called_off(lang: str, text: str, start: str, title: str) -> None:
    got = [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]
    assert got == [(start, title, "negated")]


@pytest.mark.parametrize(
    ("lang", "text", "start", "precision"),
    [
        ("de", "Heute vor 30 Jahren wurde in Altdorf die neue Brücke eingeweiht.",
         "1993-03-03", "day"),
        ("fr", "Il y a vingt ans aujourd’hui, le pont de Mérival était inauguré.",
         "2003-03-03", "day"),
        ("es", "Hoy hace diez años se inauguró el puente de Valdemora.", "2013-03-03", "day"),
        ("fr", "Il y a vingt ans, le pont de Mérival était inauguré.", "2003", "year"),
        ("it", "Il ponte sul Vara fu inaugurato cinquanta anni fa.", "1973", "year"),
    ],
)  # fmt: skip
def test_years_ago_and_today_years_ago(lang: str, text: str, start: str, precision: str) -> None:
    got = [(d.start, d.precision) for d in dated_sentences(text, DCT, lang)]
    assert got == [(start, precision)]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("it", "Era il 1985 quando la fabbrica di Pontelungo chiuse.",
         "La fabbrica di Pontelungo chiuse"),
        ("es", "Fue en 1985 cuando cerró la fábrica de Valdemora.",
         "La fábrica de Valdemora cerró"),
        ("pt", "Foi há duas semanas que a câmara aprovou o regulamento.",
         "A câmara aprovou o regulamento"),
        ("fr", "C’est en 1998 que l’usine de Mérival a fermé.", "L’usine de Mérival a fermé"),
    ],
)  # fmt: skip
def test_a_clefts_frame_is_no_title(lang: str, text: str, title: str) -> None:
    assert [d.title for d in dated_sentences(text, DCT, lang)] == [title]


@pytest.mark.parametrize(
    ("lang", "text", "start", "precision"),
    [
        ("fr", "La mairie fermera la piscine d’ici la fin de l’année.", "2023", "year"),
        ("fr", "La mairie fermera la piscine à la fin du mois.", "2023-03", "month"),
        ("es", "El ayuntamiento cerrará la piscina a finales de año.", "2023", "year"),
        ("it", "Il Comune chiuderà la piscina entro la fine dell’anno.", "2023", "year"),
        ("de", "Die Stadt will das Bad bis Ende des Jahres schließen.", "2023", "year"),
        ("pt", "A câmara vai fechar a piscina até o fim do ano.", "2023", "year"),
        ("fr", "La fin de l’année 2022 a été difficile pour les commerçants.", "2022", "year"),
    ],
)  # fmt: skip
def test_the_end_of_this_year_or_month(lang: str, text: str, start: str, precision: str) -> None:
    assert [(d.start, d.precision) for d in dated_sentences(text, DCT, lang)] == [
        (start, precision)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les lycéens passent leurs examens de fin d'année dans la chaleur."),
        ("es", "La fiesta de fin de año del colegio reunió a las familias."),
        ("it", "Gli esami di fine anno preoccupano gli studenti."),
    ],
)
def test_an_end_of_year_kind_is_no_date(lang: str, text: str) -> None:
    assert dated_sentences(text, DCT, lang) == []


def test_another_months_end_is_no_date() -> None:
    assert dated_sentences("La fiesta marca el fin del mes sagrado de ayuno.", DCT, "es") == []
