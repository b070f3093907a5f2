"""Titles of events in Spanish, French, Italian, German and Portuguese (the twentieth session's
rules). Sentences written for this test, none taken from an evaluation file. DCT: Thursday
2012-05-10."""

from __future__ import annotations

from db.dates.foreign_finish import FOREIGN_TITLE_LIMIT
from tests.db.dates.test_foreign_titles16 import _titles


def test_a_news_clause_past_120_characters_stays_whole() -> None:
    text = (
        "La Policía Local de Valdemora de la Sierra detuvo el martes a dos jóvenes de 19 y 21 "
        "años como presuntos autores de las pintadas en la fachada del antiguo matadero."
    )
    title = _titles("es", text)["2012-05-08"]
    assert title == (
        "La Policía Local de Valdemora de la Sierra detuvo a dos jóvenes de 19 y 21 años como "
        "presuntos autores de las pintadas en la fachada del antiguo matadero"
    )
    assert 120 < len(title) <= FOREIGN_TITLE_LIMIT


def test_a_runaway_title_is_still_cut() -> None:
    text = (
        "Le 3 mai les habitants du quartier des Tanneries réunis en assemblée dans la salle "
        "paroissiale ont voté une motion demandant le maintien de l'école et de la poste et de la "
        "pharmacie et de la ligne de bus qui relie le quartier au centre-ville depuis vingt ans."
    )
    title = _titles("fr", text)["2012-05-03"]
    assert len(title) <= FOREIGN_TITLE_LIMIT and title.endswith("…")
