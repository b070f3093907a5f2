"""An interview printed as questions and answers: the speaker's relative dates count from the
day of the talk the introduction names. Texts written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 10, 8)  # a Thursday

INTERVIEW = (
    "Rosa Keel, the village's last blacksmith, is closing her forge. She talked to us in her "
    "yard on Tuesday.\n\n"
    "Why now?\n"
    "My knees, mostly. I shod my last horse yesterday and it took me all morning.\n\n"
    "What will you miss?\n"
    "The mornings. I light the fire at six, every day since I was twelve.\n"
)


def test_a_speakers_yesterday_counts_from_the_day_of_the_talk() -> None:
    got = {t.text: t.value for t in find_timexes(INTERVIEW, DCT)}
    assert got["Tuesday"] == "2026-10-06"
    assert got["yesterday"] == "2026-10-05"


def test_without_questions_the_publication_day_stays_the_writers_now() -> None:
    plain = INTERVIEW.replace("Why now?", "She said why.").replace(
        "What will you miss?", "She spoke of the mornings."
    )
    got = {t.text: t.value for t in find_timexes(plain, DCT)}
    assert got["yesterday"] == "2026-10-07"
