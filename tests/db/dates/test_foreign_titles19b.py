"""Titles of events in Spanish, French, Italian, German and Portuguese (the nineteenth session's
second pass). Sentences written for this test, none taken from an evaluation file. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.dangling_words import without_dangling_word
from db.dates.datelines import TITLE_DATELINE
from db.dates.reported_asides import reported_predicate
from db.dates.weekday_day_numbers import without_day_number
from tests.db.dates.test_foreign_titles16 import _titles


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # the agency before the place, a passive's subject put first
            "it",
            "(ANSA) CASTELVERDE, 9 mag. – È stata inaugurata ieri la nuova palestra della "
            "scuola media.",
            "2012-05-08",
            "La nuova palestra della scuola media è stata inaugurata",
        ),
        (  # the agency and a dash before the place
            "es",
            "(Efe) - VILLAMAYOR, 9 may. – El Ayuntamiento aprobó ayer el presupuesto de 2012.",
            "2012-05-08",
            "El Ayuntamiento aprobó el presupuesto de 2012",
        ),
    ],
)
def test_agency_first_dateline_leaves_the_title(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_a_bracket_before_no_dateline_stays() -> None:
    # a bracket before words in lower case, or before a capital place with no date and dash, is
    # no dateline's
    for title in (
        "(ANSA) Il sindaco, Marco Rossi – ha inaugurato la piazza",
        "(Foto) ROMA è la città più visitata",
    ):
        assert TITLE_DATELINE.sub("", title, count=1) == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a weekday's day number before an article goes with the weekday
            "es",
            "El Ayuntamiento de Villamayor abrirá el próximo lunes 14 el plazo de matrícula.",
            "2012-05-14",
            "El Ayuntamiento de Villamayor abrirá el plazo de matrícula",
        ),
        (  # an elided article after it
            "fr",
            "La médiathèque de Saint-Rémy rouvrira mardi 15 l'espace jeunesse.",
            "2012-05-15",
            "La médiathèque de Saint-Rémy rouvrira l'espace jeunesse",
        ),
        (
            "pt",
            "A Câmara de Vila Alta abre na segunda-feira 14 as inscrições para a colónia de "
            "férias.",
            "2012-05-14",
            "A Câmara de Vila Alta abre as inscrições para a colónia de férias",
        ),
    ],
)
def test_weekday_day_number_goes_with_the_date(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_number_after_a_weekday_counting_a_noun_stays() -> None:
    # "22 alumnos" counts pupils: no article after the number, it stays
    assert without_day_number("es", "el martes", " 22 alumnos se graduaron") == (
        " 22 alumnos se graduaron"
    )
    # after a date that is no weekday the number is not the day's
    assert without_day_number("es", "en mayo", " 4 las obras") == " 4 las obras"
    assert without_day_number("es", "el martes", " 15 la feria") == "la feria"


@pytest.mark.parametrize(
    "lang, title, kept",
    [
        (
            "fr",
            "La rénovation de la piscine de Saint-Rémy ne sera pas terminée avant",
            "La rénovation de la piscine de Saint-Rémy ne sera pas terminée",
        ),
        (
            "es",
            "La carretera de Villamayor seguirá cortada hasta",
            "La carretera de Villamayor seguirá cortada",
        ),
        (
            "it",
            "Il mercato di Roccalta riaprirà la piazza, ma",
            "Il mercato di Roccalta riaprirà la piazza",
        ),
        ("pt", "A ponte de Vila Alta fica fechada até", "A ponte de Vila Alta fica fechada"),
        ("de", "Die Brücke in Lindau bleibt gesperrt bis", "Die Brücke in Lindau bleibt gesperrt"),
        # a German separable particle closes its clause: it stays
        (
            "de",
            "Die Gemeinde Lindau lehnt den Antrag ab",
            "Die Gemeinde Lindau lehnt den Antrag ab",
        ),
        # a word that closes a phrase stays ("hasta" alone would leave too little)
        ("es", "Las obras del puente continúan", "Las obras del puente continúan"),
        ("es", "Hasta luego y", "Hasta luego y"),
    ],
)
def test_title_ends_on_no_phrase_opening_word(lang: str, title: str, kept: str) -> None:
    assert without_dangling_word(lang, title) == kept


def test_bound_cut_with_its_date_ends_the_title() -> None:
    # the date after "avant" cut, the word goes with it
    assert _titles("fr", "La piscine de Saint-Rémy ne rouvrira pas avant l'été prochain.") == {
        "2012-06": "La piscine de Saint-Rémy ne rouvrira pas"
    }


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a participle's aside inside reported words, the verb's own date cut
            "es",
            "La empresa Lácteos Villamayor anunció ayer que su fábrica de Cerezal, abierta en "
            "1990, cerrará en diciembre.",
            "2012-05-09",
            "La empresa Lácteos Villamayor anunció que su fábrica de Cerezal cerrará",
        ),
        (  # a relative pronoun's aside
            "fr",
            "La mairie de Saint-Rémy a annoncé mardi que la piscine, dont le toit fuyait, "
            "rouvrira en septembre.",
            "2012-05-08",
            "La mairie de Saint-Rémy a annoncé que la piscine rouvrira",
        ),
        (
            "pt",
            "A Câmara de Vila Alta anunciou ontem que a biblioteca, fechada há um ano, reabre "
            "em junho.",
            "2012-05-09",
            "A Câmara de Vila Alta anunciou que a biblioteca reabre",
        ),
    ],
)
def test_reported_verb_after_an_aside_ends_the_title(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_reported_words_with_their_verb_take_nothing_after_an_aside() -> None:
    # the reported clause has its verb before the comma: what follows is no verb of its
    cut = lambda b, e, at, until: ""  # noqa: E731
    assert (
        reported_predicate(
            "es",
            "El alcalde dijo que la obra terminó, tal como estaba previsto, sin retrasos.",
            (0, 76),
            "El alcalde dijo que la obra terminó",
            35,
            (),
            cut,
        )
        is None
    )
    # after a comma that opens no aside (an article) nothing is joined
    text = "El alcalde dijo ayer que la obra, la mayor del año, empieza en junio."
    assert (
        reported_predicate("es", text, (0, len(text)), "El alcalde dijo que la obra", 32, (), cut)
        is None
    )


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (
            "it",
            "Gli studenti del liceo di Roccalta non torneranno in aula lunedì 14, ma giovedì 17.",
            "2012-05-17",
            "Gli studenti del liceo di Roccalta torneranno in aula",
        ),
        (
            "es",
            "Los alumnos del colegio de Villamayor no volverán a clase el lunes 14, sino el "
            "jueves 17.",
            "2012-05-17",
            "Los alumnos del colegio de Villamayor volverán a clase",
        ),
        (  # French's negation in two words
            "fr",
            "Les élèves du collège de Saint-Rémy ne rentreront pas lundi 14 mais jeudi 17.",
            "2012-05-17",
            "Les élèves du collège de Saint-Rémy rentreront",
        ),
    ],
)
def test_corrected_date_takes_the_clause_without_its_negation(
    lang: str, text: str, start: str, title: str
) -> None:
    titles = _titles(lang, text)
    assert titles[start] == title


def test_but_before_a_clause_of_its_own_corrects_no_date() -> None:
    # "pero el jueves sí lo hizo la comisión": a clause of its own after the date, no correction
    titles = _titles(
        "es", "El pleno no aprobó el lunes el presupuesto, pero el jueves lo aprobó la comisión."
    )
    assert titles["2012-05-10"] != "El pleno aprobó el presupuesto"
    assert "no" not in titles["2012-05-10"].split()
