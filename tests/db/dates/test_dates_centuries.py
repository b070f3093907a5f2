"""Centuries in a history: "the late 18th century" (TimeML's span takes the modifier in) and
"mid-century" without a number, the century the text is told in (issue 13). Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 2, 1)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_century_with_its_modifier() -> None:
    got = found("Glass lenses spread across Europe in the late 13th century.")
    assert got == {"the late 13th century": "12"}
    assert found("The early 19th century saw the first railways.") == {
        "The early 19th century": "18"
    }


def test_mid_century_is_the_century_told() -> None:
    got = found("The first canal opened in 1761, and by mid-century barges carried most coal.")
    assert got["mid-century"] == "17"
    got = found("Steam looms came in 1830. In the middle of the century the town doubled.")
    assert got["the middle of the century"] == "18"
