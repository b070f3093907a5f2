"""Titles of events in Spanish, French, Italian, German and Portuguese (the nineteenth session's
second pass). Sentences written for this test, none taken from an evaluation file. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.datelines import TITLE_DATELINE
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
