"""An amount counted from the date after it ("three days before Christmas he escaped"): the
story is on the day counted to, and the clause has one event, there. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import find_timexes
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_the_story_goes_on_from_the_day_counted_to() -> None:
    text = (
        "In 1140 the earl held the castle. The next year he was besieged there, and three days "
        "before Christmas he slipped out by the river gate. The garrison surrendered the next day."
    )
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["Christmas"] == "1141-12-25"
    assert got["the next day"] == "1141-12-23"  # the day after the 22nd
    placed = events(text)
    assert placed["He slipped out by the river gate"] == ("1141-12-22", "day")
    assert placed["The garrison surrendered"] == ("1141-12-23", "day")
    assert len(placed) == 4  # no second event on Christmas Day for the escape


def test_a_date_naming_a_happening_keeps_its_own_event() -> None:
    # "the 3 March vote" names the vote: its day is the vote's, as before
    placed = events("In 1141 the earl left the town. He sailed two days after the March 3 vote.")
    assert ("1141-03-05", "day") in placed.values()
    assert ("1141-03-03", "day") in placed.values()
