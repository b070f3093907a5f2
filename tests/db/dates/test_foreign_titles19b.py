"""Titles of events in Spanish, French, Italian, German and Portuguese (the nineteenth session's
second pass). Sentences written for this test, none taken from an evaluation file. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.datelines import TITLE_DATELINE
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
