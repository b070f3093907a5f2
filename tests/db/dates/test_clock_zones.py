"""Clock times with a written-out time zone and a clock time told before its own day. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 7)  # a Thursday: Wednesday is 2026-05-06


def spans(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_written_out_zone_is_part_of_the_clock_time() -> None:
    got = spans(
        "The launch was moved to 6.30pm Eastern Time on Wednesday, and the crew "
        "boarded at 4pm Pacific."
    )
    assert "6.30pm Eastern Time" in got
    assert "4pm Pacific" in got


def test_a_zone_word_before_a_place_name_is_left_out() -> None:
    got = spans("Trading opened at 9am Central Europe was still asleep.")
    assert "9am" in got
    assert not any(k.startswith("9am Central") for k in got)


def test_a_clock_time_takes_the_day_named_right_after_it() -> None:
    got = spans(
        "Voters in Tuesday's referendum backed the plan, according to a count released at "
        "7.45am on Wednesday."
    )
    assert got["7.45am"] == "2026-05-06T07:45"


def test_an_evening_told_the_morning_after_a_named_day_is_that_day() -> None:
    got = spans(
        "Wednesday's mayoral run-off went to the sitting mayor, the city said on Thursday.\n\n"
        "Stations shut at 9pm and the last ballot papers were counted at 11.30pm."
    )
    assert got["9pm"] == "2026-05-06T21:00"
    assert got["11.30pm"] == "2026-05-06T23:30"


def test_an_evening_in_a_report_that_names_no_earlier_day_stays_on_the_report_day() -> None:
    got = spans("The museum closed its doors at 7pm after a record number of visitors.")
    assert got["7pm"] == "2026-05-07T19:00"


def test_a_restatement_in_another_zone_does_not_give_its_day() -> None:
    got = spans(
        "Wednesday's mayoral run-off went to the sitting mayor, the city said on Thursday.\n\n"
        "Stations shut at 9pm Pacific Time (04:00 GMT) across the county."
    )
    assert got["9pm Pacific Time"] == "2026-05-06T21:00"


def test_a_day_after_the_restatement_is_still_the_day() -> None:
    got = spans("The ferry sailed at 18:20 local time (17:20 UTC) on March 3 with 80 aboard.")
    assert got["18:20 local time"] == "2026-03-03T18:20"


def test_the_past_fortnight_is_two_weeks() -> None:
    found = {
        t.text: (t.type, t.value) for t in find_timexes("Rents rose over the past fortnight.", DCT)
    }
    assert found["the past fortnight"] == ("DURATION", "P2W")


def test_a_night_told_as_done_the_morning_after_a_named_day_is_that_night() -> None:
    got = spans(
        "Wednesday's run-off went to the sitting mayor, figures released at 8am on Thursday "
        "showed, after officials counted through the night."
    )
    assert got["the night"] == "2026-05-06TNI"
