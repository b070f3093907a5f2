"""A sentence opened by "Asked on Wednesday ..." tells the asking, in the past, whatever modal the
reply has ("would not say"): the weekday is the one gone by. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

THURSDAY = datetime.date(2027, 2, 11)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, THURSDAY)}


def test_asked_on_a_weekday_is_the_last_one() -> None:
    text = (
        "Asked on Wednesday whether the library would close in the summer, the council's "
        "leader would not say."
    )
    assert values(text)["Wednesday"] == "2027-02-10"


def test_pressed_on_a_weekday_is_the_last_one() -> None:
    text = "Pressed on Tuesday about the job cuts, the owner said more could follow."
    assert values(text)["Tuesday"] == "2027-02-09"
