"""News causes left by session 18's blind end sets (issue 13), each in sentences written for
these tests: a past verb before "the evening of" a day near the turn of the year."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from db.dates.rules.day_part_lead import without_day_part


def values(text: str, dct: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


LATE_NOVEMBER = datetime.date(2026, 11, 26)


def test_a_past_verb_before_a_part_of_the_day_keeps_the_day_gone_by() -> None:
    # a court report in late November about a death last winter: not a day five weeks ahead
    got = values("The pensioner died on the evening of 20 December, the jury heard.", LATE_NOVEMBER)
    assert got["20 December"] == "2025-12-20"
    got = values("Firefighters were called in the early hours of 2 January.", LATE_NOVEMBER)
    assert got["2 January"] == "2026-01-02"
    # a wire style: the verb, then "on the night of"
    got = values("Two men broke into the depot on the night of 28 December.", LATE_NOVEMBER)
    assert got["28 December"] == "2025-12-28"


def test_a_plan_before_a_part_of_the_day_still_looks_ahead() -> None:
    text = "The carol service will be held on the evening of 20 December."
    assert values(text, LATE_NOVEMBER)["20 December"] == "2026-12-20"
    text = "He died on the night of 20 December, and the funeral is on the morning of 4 December."
    got = values(text, LATE_NOVEMBER)
    assert got["20 December"] == "2025-12-20"
    assert got["4 December"] == "2026-12-04"


def test_the_lead_without_the_part_of_the_day() -> None:
    assert without_day_part("He died on the evening of ") == "He died on "
    assert without_day_part("It was found in the small hours of ") == "It was found in "
    assert without_day_part("the report of ") == "the report of "
    assert without_day_part("He died on ") == "He died on "


def test_a_day_paired_with_a_dated_one_takes_its_year() -> None:
    # a complaint told in a later year: both letters are of the year the second one names
    got = values("She wrote to the council on 2 September and 30 October 2025.", LATE_NOVEMBER)
    assert got["2 September"] == "2025-09-02"
    # an American list of three
    got = values("The notices were mailed March 4, April 9 and May 19, 2024.", LATE_NOVEMBER)
    assert got["March 4"] == "2024-03-04"
    assert got["April 9"] == "2024-04-09"
    # a run across New Year: the first day is in the year before
    got = values("The pantomime ran from 18 December to 6 January 2024.", LATE_NOVEMBER)
    assert got["18 December"] == "2023-12-18"


def test_a_day_of_another_clause_keeps_its_own_year() -> None:
    got = values("The shop shut on 3 June and 40 staff lost their jobs in 2019.", LATE_NOVEMBER)
    assert got["3 June"] == "2026-06-03"
