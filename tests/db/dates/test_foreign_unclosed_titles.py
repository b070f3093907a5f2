"""A title the cut leaves with an open bracket at its end drops it (`foreign_finish`)."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.foreign_finish import without_unclosed


def test_a_bracket_left_open_by_the_cut_leaves_the_title() -> None:
    text = (
        "Desde las protestas de los estudiantes y las huelgas del campo en primavera (Lugo, "
        "Ourense), hasta el incendio de agosto, todo cambió."
    )
    (d,) = dated_sentences(text, datetime.date(2024, 6, 10), language="es")
    assert d.title == "Las protestas de los estudiantes y las huelgas del campo"


def test_closed_brackets_and_a_lone_opening_one() -> None:
    assert without_unclosed("Votó (en contra) el lunes") == "Votó (en contra) el lunes"
    assert without_unclosed("Il vote le texte [art. 3]") == "Il vote le texte [art. 3]"
    # too little before it to stand alone: only the mark goes
    assert without_unclosed("(Bahréin, Yemen") == "Bahréin, Yemen"
