"""The days of an event over several, counted from the first day the text tells ("the second
evening", "the third day", "the fourth and final day"). Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 8, 15)  # a Saturday


def values(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


REPORT = (
    "Bad light ended the first session on Tuesday after only 40 overs. The visitors were "
    "rebuilt by their tail on the second evening, and the pitch was flat on the third day. "
    "Play on the fourth and final day begins at 11am."
)


def test_match_days_count_from_the_first_day_told() -> None:
    got = values(REPORT)
    assert got["the second evening"] == ("TIME", "2026-08-12TEV")
    assert got["the third day"] == ("DATE", "2026-08-13")
    assert got["the fourth and final day"] == ("DATE", "2026-08-14")


def test_a_trial_that_opened_on_a_weekday() -> None:
    got = values("The trial opened on Monday. On the fourth day, the defendant gave evidence.")
    assert got["the fourth day"] == ("DATE", "2026-08-13")


def test_no_start_told_leaves_the_words_alone() -> None:
    got = values("The strike is in its third day, and on the second day pickets blocked the gate.")
    assert "the second day" not in got


def test_a_day_of_a_named_stretch_is_not_a_match_day() -> None:
    got = values("The festival began on Thursday; on the third day of the heatwave it rained.")
    assert "the third day" not in got
