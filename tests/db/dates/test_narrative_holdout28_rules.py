"""Rules added for the misses of a blind narrative set (a ship's log, a saint's life, an
account book, a school textbook); every sentence here is written for the test."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 2)


def found(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_year_told_with_its_era_in_words() -> None:
    got = found("In the year of grace 1187 the pilgrims reached Acre; in the spring they sailed.")
    assert got["the year of grace 1187"] == "1187"
    assert got["the spring"] == "1187-SP"
    got = found("In the year of our Lord 832 the abbey burned at Candlemas.")
    assert got["the year of our Lord 832"] == "0832"
    assert got["Candlemas"] == "0832-02-02"


def test_a_source_set_out_under_its_caption_is_written_on_the_captions_day() -> None:
    text = (
        "Source C: a letter from Tom Hale to his sister, written on Tuesday 12 March 1918\n"
        "'Dear Sis, the parcel came yesterday and we are all well. Give my love to Mother.'"
    )
    assert found(text)["yesterday"] == "1918-03-11"


def test_a_caption_without_words_of_writing_sets_no_day() -> None:
    text = "Figure 2: the harbour on 4 June 1921\n'Gone fishing' reads the sign, as yesterday."
    assert found(text)["yesterday"] == "2026-03-01"


def test_a_feast_day_as_the_calendar_keeps_it_is_every_years() -> None:
    got = found(
        "In 1412 the abbot came at Candlemas. [The feast falls on 2 February.] That spring he died."
    )
    assert got["2 February"] == "XXXX-02-02"
    assert got["That spring"] == "1412-SP"
    got = found("Her bones came to Ely in 1106, and 17 June is kept as her feast day still.")
    assert got["17 June"] == "XXXX-06-17"


def test_a_deadline_that_falls_on_a_day_is_this_years() -> None:
    assert found("The tax deadline falls on 30 April.")["30 April"] == "2026-04-30"


def test_a_journal_entry_headed_by_weekday_and_day_of_the_month() -> None:
    text = (
        "Monday 2nd June 1817. Left Leith with a fair wind.\n\n"
        "Thursday 5th. Fog off the Bass Rock.\n\n"
        "Saturday the 7th. Anchored in Bressay Sound.\n\n"
        "Tuesday 1st. Sailed for Bergen."
    )
    got = found(text)
    assert got["Thursday 5th"] == "1817-06-05"
    assert got["Saturday the 7th"] == "1817-06-07"
    assert got["Tuesday 1st"] == "1817-07-01"  # the next month: the day has gone by in June


def test_a_weekday_and_day_that_do_not_agree_are_left_to_the_weekday() -> None:
    got = found("Monday 2nd June 1817. Left Leith. Friday 5th. Fog.")
    assert "Friday 5th" not in got


def test_a_weekday_and_day_instant_is_not_a_journal_heading() -> None:
    got = found("Monday 2nd June 1817. The board will meet on Friday the 13th instant.")
    assert "Friday the 13th" not in got


def test_a_day_of_the_month_with_past_after_it_is_the_last_such_day() -> None:
    got = found("August 2nd 1701. To the mason for the wall fallen in the rain of the 28th past.")
    assert got["the 28th past"] == "1701-07-28"
    assert found("The parcel of the 1st past came safe.")["the 1st past"] == "2026-03-01"
    assert "the 5th past" not in found("She came in the 5th past the post.")
