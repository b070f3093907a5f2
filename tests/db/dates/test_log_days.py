"""A log or diary under weekday headings: each entry that opens with its clock time is on its
heading's day, not on the day the entry before it last told. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

LOG = (
    "HARBOUR WATCH\n\n"
    "Thursday, October 9\n"
    "6:10 a.m. - A fisherman reported that his nets had been cut on October 2.\n"
    "4:45 p.m. - A kayaker was helped ashore near the lighthouse.\n\n"
    "Friday, October 10\n"
    "1:30 p.m. - A van blocked the slipway for an hour and its driver was warned again two days "
    "later.\n"
    "8:05 p.m. - Coastguards searched the bay after flares were seen."
)


def test_an_entrys_clock_time_is_on_its_headings_day() -> None:
    got = {t.text: t.value for t in find_timexes(LOG, datetime.date(2025, 10, 14))}
    assert got["4:45 p.m."] == "2025-10-09T16:45"
    assert got["8:05 p.m."] == "2025-10-10T20:05"
    items = {d.start: d.title for d in dated_sentences(LOG, datetime.date(2025, 10, 14))}
    assert "kayaker" in items["2025-10-09T16:45"]
    assert "Coastguards searched" in items["2025-10-10T20:05"]


DIARY = (
    "THE WEEK AHEAD\n\n"
    "Tuesday 4 March\n"
    "09:30 The central bank will publish its inflation report.\n"
    "14:00 Transport ministers will meet in Brussels.\n\n"
    "WEDNESDAY\n"
    "10:00 The budget will be presented to parliament."
)


def test_a_week_ahead_diarys_entries_are_on_their_headings_days() -> None:
    got = {t.text: t.value for t in find_timexes(DIARY, datetime.date(2025, 3, 1))}
    assert got["14:00"] == "2025-03-04T14:00"
    assert got["10:00"] == "2025-03-05T10:00"


def test_a_clock_time_inside_a_sentence_keeps_its_sentences_day() -> None:
    text = "Wednesday\nThe match on Saturday kicked off at 3:00 p.m. and ended in a draw."
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2025, 3, 12))}
    assert got["3:00 p.m."] == "2025-03-08T15:00"


def test_a_time_later_in_an_entry_is_on_its_headings_day() -> None:
    text = (
        "NEXT WEEK\n\n"
        "THURSDAY, JUNE 12\n"
        "- Council vote on the harbour plan, first tabled on May 2. Doors open at 18:30.\n"
        "- Street fair on the quay from 11:00."
    )
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2025, 6, 6))}
    assert got["18:30"] == "2025-06-12T18:30"
    assert got["11:00"] == "2025-06-12T11:00"


def test_a_weekday_an_entry_tells_in_the_past_perfect_is_before_its_heading() -> None:
    text = (
        "HARBOUR WATCH\n\n"
        "Tuesday, October 7\n"
        "9:15 a.m. - A skipper reported that his dinghy had been taken sometime Sunday night.\n\n"
        "Thursday, October 9\n"
        "2:00 p.m. - A trader who was fined Monday paid at the harbour office."
    )
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2025, 10, 14))}
    assert got["Sunday night"] == "2025-10-05TNI"
    assert got["Monday"] == "2025-10-13"  # told as past, not past perfect: the reader's week
