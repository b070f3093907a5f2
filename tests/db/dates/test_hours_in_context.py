"""An hour told in words or figures beside the clock or the part of the day it falls in: "the
second just after five" after "at 3.40am" in the same sentence, "by nine" after "tonight"
(`rules.bare_hours`), and "at 8 this morning", "at six this evening", "at ten tonight" on the
speaker's day, a quoted diary's too (`rules.hours_this_part`). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 20)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_bare_hour_after_a_clock_of_its_sentence_in_news() -> None:
    got = values('"The first lamb came at 3.40am and the second just after five," he said.')
    assert got["3.40am"] == "2026-05-20T03:40"
    assert got["five"] == "2026-05-20T05:00"


def test_a_bare_hour_after_tonight_in_a_letter_is_in_the_evening() -> None:
    text = 'On 2 February 1899 she wrote: "Snow tonight; the men to bring the ewes down by nine."'
    assert values(text)["nine"] == "1899-02-02T21:00"


def test_a_count_or_a_score_is_no_hour() -> None:
    assert "nine" not in values("The team won by nine.")
    assert "four" not in values("Prices rose 2.5% in May, the sharpest rise of the last four.")


def test_an_hour_before_this_morning_is_on_the_speakers_day() -> None:
    got = values('"I got to the station at 8 this morning," he said.')
    assert got["8 this morning"] == "2026-05-20T08:00"


def test_an_hour_of_this_evening_and_tonight_is_after_noon() -> None:
    assert values("The bus left at six this evening.")["six this evening"] == "2026-05-20T18:00"
    assert values("We close at ten tonight.")["ten tonight"] == "2026-05-20T22:00"


def test_an_hour_of_this_afternoon_in_a_quoted_entry_is_the_entrys() -> None:
    text = 'Her entry for 4 July 1910 reads: "Arrived at three this afternoon."'
    assert values(text)["three this afternoon"] == "1910-07-04T15:00"


def test_a_count_before_this_afternoon_is_no_hour() -> None:
    got = values("Four this afternoon were treated for smoke.")
    assert "Four this afternoon" not in got
    assert got["this afternoon"] == "2026-05-20TAF"
