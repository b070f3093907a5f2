"""A year quoted as it is cut or painted on a thing ("the lintel is carved 'TW 1702'") is a
year; a number in other quotations stays what it was. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_a_year_with_initials_in_an_inscription() -> None:
    assert timexes("Over the barn door the lintel is carved 'TW 1702'.") == [("1702", "1702")]
    assert timexes('The treble bell is inscribed "LAUS DEO 1738" and hangs in the tower.') == [
        ("1738", "1738")
    ]


def test_a_number_in_a_quotation_of_speech_or_a_count_is_no_inscription() -> None:
    assert timexes("The sign reads 'ROOM 1205' in red letters.") == []
    assert timexes("She said 'Call me at 1630' and hung up.") == []
