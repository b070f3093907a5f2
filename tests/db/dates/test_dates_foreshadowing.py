"""A year a story names without going there, told from a day or month it is on ("would not ...
until 1701", "a year earlier" inside the sentence, "the charter of 1820"), leaves the story on its
day: the next year-less date counts from that day. Sentences written for these tests, none from
an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from db.dates.foreshadowing import looks_back_within

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_look_ahead_in_would_until_keeps_the_story_day() -> None:
    text = (
        "On 9 May 1763 the bishop entered Stenholm. The city would not open its gates to a "
        "bishop again until 1801. The following Monday he burned the guild charters."
    )
    assert values(text)["The following Monday"] == "1763-05-16"


def test_a_look_back_inside_the_sentence_keeps_the_story_day() -> None:
    text = (
        "On 9 May 1563 the bishop entered Stenholm, which had driven him out two years "
        "earlier. By Midsummer the chapter had paid him a fine."
    )
    assert values(text)["Midsummer"] == "1563-06-24"


def test_a_thing_named_by_its_year_keeps_the_story_month() -> None:
    text = (
        "The settlers reached the river in early June 1871. Under the homestead act of 1864 "
        "each family could claim a quarter section. Most had built a cabin by that October."
    )
    assert values(text)["that October"] == "1871-10"


def test_a_flashback_opening_with_the_amount_is_no_aside() -> None:
    text = "On 9 May 1563 the bishop entered Stenholm. Two years earlier he had fled it."
    assert not looks_back_within(text, text.index("Two"), text.index("Two"))
    inside = "He took the town that had driven him out two years earlier."
    assert looks_back_within(inside, 0, inside.index("two"))
