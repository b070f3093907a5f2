"""A year laid out as a line's date is a year even under 1800: a timeline entry's head before a
dash, a label's or catalogue's date line closing a line after a comma; a number elsewhere in a
line stays an amount. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_years_heading_timeline_entries() -> None:
    text = (
        "Chronology\n\n"
        "1712 – The fulling mill on the Dane is built by the Hollins family.\n"
        "c. 1735 – A dye house is added beside the weir.\n"
        "1798 — Flood damage closes the mill for a year.\n"
    )
    assert [v for _, v in timexes(text)][:3] == ["1712", "1735", "1798"]


def test_a_label_date_line_after_a_comma() -> None:
    text = (
        "7. Powder flask\nHorn and brass, about 1665\nCarried at the siege of the castle.\n\n"
        "8. Pike head\nWrought iron, 1690\nFound in the moat.\n"
    )
    assert timexes(text) == [("1665", "1665"), ("1690", "1690")]


def test_an_amount_in_a_line_stays_an_amount() -> None:
    assert timexes("The regiment marched with 1500 men and 40 guns.\n") == []
    assert timexes("Stores\nStock on the shelf, 1250\nItems in the yard, 300\n") == []
