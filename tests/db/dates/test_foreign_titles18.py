"""Titles and dates of events in Spanish, French, Italian, German and Portuguese (the
eighteenth session's rules). Sentences written for this test, none taken from an evaluation
file. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.foreign_life_events import without_opening_aside
from db.dates.foreign_named_subjects import named_subject_first
from tests.db.dates.test_foreign_titles16 import _titles


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # the verb's object after the date and an aside between commas joins the title
        (
            "es",
            "La asociación de vecinos eligió el martes, tras dos horas de debate, a su nueva "
            "presidenta.",
            "2012-05-08",
            "La asociación de vecinos eligió a su nueva presidenta",
        ),
        (
            "fr",
            "Le conseil municipal a voté lundi, à l'unanimité, le budget de la piscine.",
            "2012-05-07",
            "Le conseil municipal a voté à l'unanimité le budget de la piscine",
        ),
        (
            "it",
            "La giunta ha approvato ieri, dopo una lunga discussione, il progetto del nuovo asilo.",
            "2012-05-09",
            "La giunta ha approvato il progetto del nuovo asilo",
        ),
        (
            "pt",
            "O clube contratou na segunda-feira, às 15h, um treinador argentino.",
            "2012-05-07",
            "O clube contratou um treinador argentino",
        ),
        # a person named after Spanish "a" is the object too
        (
            "es",
            "El Deportivo Sanjuanero visitará el sábado, a las 18.00, en su estadio al Club Río "
            "Seco.",
            "2012-05-12",
            "El Deportivo Sanjuanero visitará en su estadio al Club Río Seco",
        ),
    ],
)
def test_object_after_date_and_aside(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_no_object_after_a_noun_or_a_figure() -> None:
    # the title ends with a noun, not its verb: the clause after the comma is its own
    titles = _titles("es", "Los vecinos protestaron en la plaza el lunes, la policía llegó tarde.")
    assert "policía" not in titles["2012-05-07"]
    # an aside with a figure is a fact of its own: the title stays as it was
    titles = _titles("fr", "La mairie a signé mardi, pour 3 millions, le contrat de la cantine.")
    assert "contrat" not in titles["2012-05-08"]


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # a person named after the verb is the subject: first
        (
            "es",
            "Murió el lunes, a los 88 años, Rosa Vidal, fundadora del coro municipal.",
            "2012-05-07",
            "Rosa Vidal murió a los 88 años",
        ),
        (
            "it",
            "È scomparso ieri a 90 anni Piero Lanza.",
            "2012-05-09",
            "Piero Lanza è scomparso a 90 anni",
        ),
        # ... and the subject of the next sentence's verb, its own subject dropped
        (
            "es",
            "Murió ayer a los 80 años Tomás Berrocal, el primer alcalde de Villaseca. Llegó a la "
            "alcaldía en 1979.",
            "1979",
            "Tomás Berrocal llegó a la alcaldía",
        ),
        # a subject with its apposition between commas lends the next sentence its subject
        (
            "it",
            "Il sindaco di Roccalta, l'avvocato Carlo Mei, lascerà l'incarico a giugno. Era stato "
            "eletto nel 2004.",
            "2004",
            "Il sindaco di Roccalta era stato eletto",
        ),
    ],
)
def test_named_subject_after_verb(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, title",
    [
        ("es", "Detuvieron a Luis Peña"),  # Spanish "a": the person is the object
        ("es", "Se inauguró la Casa Blanca"),  # an article: `foreign_late_subjects`' case
        ("pt", "Elogiou Maria Silva"),  # an active verb's name may be its object
        ("it", "È arrivato in Val Gardena"),  # a place after a preposition
    ],
)
def test_no_named_subject(lang: str, title: str) -> None:
    assert named_subject_first(lang, title) == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # "born" without its person takes the subject of the sentence before
        (
            "it",
            "È morta ieri a 96 anni Anna Loy, la prima farmacista del paese. Nata a Bari nel "
            "1931, aveva aperto la farmacia nel 1960.",
            "1931",
            "Anna Loy nata a Bari",
        ),
        # ... and the later fact after that aside is the finite verb's clause, with the subject
        (
            "it",
            "È morta ieri a 96 anni Anna Loy, la prima farmacista del paese. Nata a Bari nel "
            "1931, aveva aperto la farmacia nel 1960.",
            "1960",
            "Anna Loy aveva aperto la farmacia",
        ),
        (
            "es",
            "El escultor Ramón Ibarra inauguró ayer su última exposición. Nacido en 1941 en "
            "Teruel, expuso por primera vez en 1965.",
            "1941",
            "El escultor Ramón Ibarra nacido en Teruel",
        ),
    ],
)
def test_life_events_take_the_subject(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_opening_aside_stays_without_a_subject() -> None:
    # no finite verb after the comma: the participle's clause is the title's own
    assert without_opening_aside("it", "Nata a Bari, la pittrice ha aperto") == (
        "Nata a Bari, la pittrice ha aperto"
    )
    assert without_opening_aside("it", "Nata a Bari, aveva aperto") == "Aveva aperto"


@pytest.mark.parametrize(
    "text, start, title",
    [
        # "of" and "this" in one word before the date leave with it
        (
            "A nova ponte de Vila Serena abre em meados do mês que vem.",
            "2012-06",
            "A nova ponte de Vila Serena abre",
        ),
        (
            "O cantor Zeca Lima morreu na manhã deste sábado.",
            "2012-05-05",
            "O cantor Zeca Lima morreu",
        ),
    ],
)
def test_portuguese_date_words_leave(text: str, start: str, title: str) -> None:
    assert _titles("pt", text)[start] == title


def test_hour_after_weekday_is_no_day() -> None:
    # "jeudi 22 heures" is an hour of the Thursday, not Thursday the 22nd (2012-03-22 was one)
    starts = set(
        _titles("fr", "La préfecture a fermé la route de jeudi 22 heures à vendredi 6 heures.")
    )
    assert "2012-03-22" not in starts and "2012-04-06" not in starts
    starts = set(_titles("es", "El corte de agua durará desde el jueves 22 horas."))
    assert "2012-03-22" not in starts
